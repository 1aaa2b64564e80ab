"""Dumps of the store in standard formats, each written atomically.

N-Quads and TriG keep one named graph per report; Turtle and JSON-LD merge all graphs
into one. N-Quads lines are sorted, so two builds of the same reports give identical
files and diffs stay readable.
"""
from __future__ import annotations

import gzip
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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


def _merged(store: ox.Store, nquads: bytes | None = None) -> ox.Store:
    """An in-memory store holding the union of all graphs as its default graph, loaded
    from the N-Quads with the graph names cut off (no Python object per quad)."""
    nquads = sorted_nquads(store) if nquads is None else nquads
    triples = sorted({line.rsplit(b" ", 2)[0] + b" ." for line in nquads.splitlines() if line})
    union = ox.Store()
    union.bulk_load(b"\n".join(triples) + b"\n", format=ox.RdfFormat.N_TRIPLES)
    return union


def sorted_nquads(store: ox.Store) -> bytes:
    """The whole dataset as sorted N-Quads (byte-identical for identical graphs)."""
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    lines = sorted(set(data.splitlines()))
    return b"\n".join(lines) + (b"\n" if lines else b"")


def serialise(store: ox.Store, fmt: str, merged: ox.Store | None = None) -> bytes:
    """The store in format `fmt` (nq, trig, ttl, nt, jsonld); `merged` is the union of
    its graphs when the caller already has it."""
    if fmt == "nq":
        return sorted_nquads(store)
    if fmt == "trig":
        return store.dump(format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    merged = merged if merged is not None else _merged(store)
    if fmt == "jsonld":
        return _jsonld(merged)
    if fmt == "nt":
        lines = sorted(set(merged.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines()))
        return b"\n".join(lines) + b"\n"
    return merged.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


def _jsonld(merged: ox.Store) -> bytes:
    """All graphs merged as JSON-LD with ontology/context.jsonld: one node object a
    subject, IRIs compacted with the context's prefixes. Written here, a subject at a
    time, because rdflib's compaction needs the whole graph in memory (and minutes) on a
    large corpus, and pyoxigraph writes only expanded JSON-LD."""
    import json

    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = sorted(((v, k) for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))),
                      key=lambda x: -len(x[0]))

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

    parts = [json.dumps({"@context": context}, ensure_ascii=False)[:-1] + ', "@graph": [\n']
    node: dict | None = None
    subject = None
    first = True
    for q in merged.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        if q.subject != subject:
            if node is not None:
                parts.append(("" if first else ",\n") + json.dumps(node, ensure_ascii=False))
                first = False
            subject = q.subject
            node = {"@id": compact(q.subject.value) if isinstance(q.subject, ox.NamedNode) else f"_:{q.subject.value}"}
        if q.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(compact(q.object.value))
        else:
            node.setdefault(compact(q.predicate.value), []).append(value(q.object))
    if node is not None:
        parts.append(("" if first else ",\n") + json.dumps(node, ensure_ascii=False))
    parts.append("\n]}\n")
    return "".join(parts).encode("utf-8")


def write_dump(store: ox.Store, path: str | Path, fmt: str | None = None, gz: bool = False,
               merged: ox.Store | None = None) -> Path:
    """Write one dump atomically; the format is guessed from the suffix when not given."""
    path = Path(path)
    if fmt is None:
        name = path.name[:-3] if path.name.endswith(".gz") else path.name
        fmt = name.rsplit(".", 1)[-1]
    if fmt not in FORMATS:
        raise ValueError(f"unknown dump format {fmt!r}; use one of {', '.join(FORMATS)}")
    data = serialise(store, fmt, merged)
    with atomic_write(path) as f:
        f.write(gzip.compress(data, mtime=0) if gz else data)
    return path


def write_dumps(store: ox.Store, out: str | Path, formats: tuple[str, ...] = DEFAULT_DUMPS) -> list[Path]:
    """graph.nq, graph.trig, graph.ttl and graph.jsonld under `out`.

    The on-disk store is read once (N-Quads); the other formats are written from
    in-memory copies loaded from those bytes, which is several times faster than
    dumping each format from disk.
    """
    out = Path(out)
    nquads = sorted_nquads(store)
    mem = ox.Store()
    mem.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    merged = _merged(mem, nquads) if set(formats) & {"ttl", "nt", "jsonld"} else None
    paths = []
    for fmt in formats:
        path = out / f"graph.{fmt}"
        data = nquads if fmt == "nq" else serialise(mem, fmt, merged)
        with atomic_write(path) as f:
            f.write(data)
        paths.append(path)
    return paths
