"""Dumps of the store in standard formats, each written atomically.

N-Quads and TriG keep one named graph per report; Turtle, N-Triples and JSON-LD merge
all graphs into one. Every format is written a graph at a time (memory grows with the
largest report, not the corpus); N-Quads lines are sorted within each graph and the
graphs are in order, so two builds of the same reports give identical files.
"""
from __future__ import annotations

import gzip
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.resources import ONTOLOGY
from kg.vocab import PREFIXES

FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DEFAULT_DUMPS = ("nq", "trig", "ttl", "jsonld")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Write to a temporary file beside `path`, then rename it over `path`.

    An error or an interrupt leaves the old file as it was and no temporary behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def graphs(store: ox.Store) -> list[ox.NamedNode]:
    """Every named graph (the reports and the summary), in a stable order."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def _prefix_lines() -> bytes:
    return "".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIXES.items()).encode("utf-8")


def _turtle_body(store: ox.Store, g: ox.NamedNode) -> bytes:
    """One graph's triples in Turtle with the shared prefixes, without declaring them."""
    data = store.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=PREFIXES)
    return b"".join(line for line in data.splitlines(keepends=True) if not line.startswith(b"@prefix"))


def stream(store: ox.Store, fmt: str, write: Callable[[bytes], object]) -> None:
    """Write the store in format `fmt` a graph at a time, so memory grows with the
    largest report, not with the corpus. N-Quads and TriG keep one named graph per
    report; Turtle, N-Triples and JSON-LD merge them, and a node named in several
    reports is written once for each (RDF graphs are sets: every parser merges them)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown dump format {fmt!r}; use one of {', '.join(FORMATS)}")
    write(_head(fmt))
    first = True
    for g in graphs(store):
        if fmt == "jsonld":
            first = _jsonld_nodes(store, g, write, first)
        else:
            _write_graph(store, g, fmt, write)
    write(_tail(fmt))


def _head(fmt: str) -> bytes:
    return _prefix_lines() if fmt in ("ttl", "trig") else _jsonld_head() if fmt == "jsonld" else b""


def _tail(fmt: str) -> bytes:
    return b"\n]}\n" if fmt == "jsonld" else b""


def _write_graph(store: ox.Store, g: ox.NamedNode, fmt: str, write: Callable[[bytes], object],
                 triples: bytes | None = None) -> None:
    """One graph in nq, nt, ttl or trig (the file's head written already); `triples`
    are the graph's N-Triples when the caller has read them already."""
    if fmt in ("nq", "nt"):
        if triples is None:
            triples = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        write(_sorted_lines(triples, g if fmt == "nq" else None))
    elif fmt == "ttl":
        write(_turtle_body(store, g))
    else:
        write(f"\n{g} {{\n".encode("utf-8") + _turtle_body(store, g) + b"}\n")


def _sorted_lines(data: bytes, graph: ox.NamedNode | None = None) -> bytes:
    """Lines sorted, so two builds of the same reports give identical files; N-Triples
    dumped from a named graph are turned into N-Quads of it."""
    lines = sorted(set(data.splitlines()))
    if graph is not None and lines and not lines[0].endswith(f"{graph} .".encode("utf-8")):
        tail = f" {graph} .".encode("utf-8")
        lines = [line[:-2] + tail if line.endswith(b" .") else line for line in lines]
    return b"\n".join(lines) + (b"\n" if lines else b"")


@lru_cache(maxsize=1)
def _context() -> tuple[dict, tuple[tuple[str, str], ...]]:
    import json

    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = sorted(((v, k) for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))),
                      key=lambda x: -len(x[0]))
    return context, tuple(prefixes)


def _jsonld_head() -> bytes:
    import json

    return (json.dumps({"@context": _context()[0]}, ensure_ascii=False)[:-1] + ', "@graph": [\n').encode("utf-8")


def _jsonld_nodes(store: ox.Store, g: ox.NamedNode, write: Callable[[bytes], object], first: bool) -> bool:
    """One graph's subjects as JSON-LD node objects compacted with ontology/context.jsonld.
    Written here, a subject at a time, because rdflib's compaction needs the whole graph
    in memory (and minutes) on a large corpus, and pyoxigraph writes only expanded
    JSON-LD. Returns whether nothing has been written yet."""
    import json

    _, prefixes = _context()

    def compact(iri: str) -> str:
        for base, name in prefixes:
            if iri.startswith(base) and len(iri) > len(base):
                return f"{name}:{iri[len(base):]}"
        return iri

    def value(o) -> object:
        if isinstance(o, ox.NamedNode):
            return {"@id": compact(o.value)}
        if isinstance(o, ox.BlankNode):
            return {"@id": f"_:{o.value}"}
        if o.language:
            return {"@value": o.value, "@language": o.language}
        if o.datatype.value != XSD_STRING:
            return {"@value": o.value, "@type": compact(o.datatype.value)}
        return o.value

    def emit(node: dict) -> None:
        nonlocal first
        write((("" if first else ",\n") + json.dumps(node, ensure_ascii=False)).encode("utf-8"))
        first = False

    node: dict | None = None
    subject = None
    for q in store.quads_for_pattern(None, None, None, g):
        if q.subject != subject:
            if node is not None:
                emit(node)
            subject = q.subject
            node = {"@id": compact(q.subject.value) if isinstance(q.subject, ox.NamedNode) else f"_:{q.subject.value}"}
        if q.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(compact(q.object.value))
        else:
            node.setdefault(compact(q.predicate.value), []).append(value(q.object))
    if node is not None:
        emit(node)
    return first


def write_dump(store: ox.Store, path: str | Path, fmt: str | None = None, gz: bool = False) -> Path:
    """Write one dump atomically, streamed; the format is guessed from the suffix when
    not given."""
    path = Path(path)
    if fmt is None:
        name = path.name[:-3] if path.name.endswith(".gz") else path.name
        fmt = name.rsplit(".", 1)[-1]
    if fmt not in FORMATS:
        raise ValueError(f"unknown dump format {fmt!r}; use one of {', '.join(FORMATS)}")
    with atomic_write(path) as f:
        if gz:
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as z:
                stream(store, fmt, z.write)
        else:
            stream(store, fmt, f.write)
    return path


def write_dumps(store: ox.Store, out: str | Path, formats: tuple[str, ...] = DEFAULT_DUMPS) -> list[Path]:
    """graph.nq, graph.trig, graph.ttl and graph.jsonld under `out`, all in one pass.

    Reading the on-disk store costs about 8 µs a quad (its terms are decoded from
    RocksDB); each graph is read once, into a small in-memory store, and every format
    is written from that copy, three times faster than four passes over the disk."""
    out = Path(out)
    paths = [out / f"graph.{fmt}" for fmt in formats]
    with ExitStack() as stack:
        files = {fmt: stack.enter_context(atomic_write(p)) for fmt, p in zip(formats, paths)}
        for fmt, f in files.items():
            f.write(_head(fmt))
        first = True
        for g in graphs(store):
            triples = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            mem = ox.Store()
            mem.bulk_load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=g)
            for fmt, f in files.items():
                if fmt == "jsonld":
                    first = _jsonld_nodes(mem, g, f.write, first)
                else:
                    _write_graph(mem, g, fmt, f.write, triples)
        for fmt, f in files.items():
            f.write(_tail(fmt))
    return paths


def write_partitions(store: ox.Store, folder: str | Path, graphs_per_part: int = 500) -> list[Path]:
    """The whole store as gzip-compressed N-Quads in parts of `graphs_per_part` graphs
    (part-00000.nq.gz, …), the layout bulk loaders read in parallel: Oxigraph's
    `oxigraph load`, Jena's tdb2.xloader, Virtuoso's ld_dir, QLever. Each part is
    written atomically; parts left from a larger earlier build are removed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = graphs(store)
    written = []
    for i in range(0, max(len(names), 1), graphs_per_part):
        path = folder / f"part-{i // graphs_per_part:05d}.nq.gz"
        with atomic_write(path) as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as z:
            for g in names[i:i + graphs_per_part]:
                z.write(_sorted_lines(store.dump(format=ox.RdfFormat.N_QUADS, from_graph=g), g))
        written.append(path)
    for stale in set(folder.glob("part-*.nq.gz")) - set(written):
        stale.unlink()
    return written
