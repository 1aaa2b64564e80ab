"""Dumps of the store in standard formats, each written atomically.

N-Quads and TriG keep one named graph per report; Turtle, N-Triples and JSON-LD merge
all graphs into one. Every format is made of per-graph chunks (`kg.serialize`), so
memory grows with the largest report, not the corpus. `kg build` assembles its dumps
from the chunks its workers made (`BuildDumps`), reusing the previous dumps' bytes for
reports that did not change; `kg export` reads each graph from the store.
"""
from __future__ import annotations

import gzip
import os
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg import serialize
from kg.serialize import FORMATS, Lit, Triple

DEFAULT_DUMPS = ("nq", "trig", "ttl", "jsonld")


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Write to a temporary file beside `path`, then rename it over `path`.

    An error or an interrupt leaves the old file as it was and no temporary behind.
    """
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, with the permissions a new file would get."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())
    return fd, tmp


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def graphs(store: ox.Store) -> list[ox.NamedNode]:
    """Every named graph (the reports and the summary), in a stable order."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def _term(t) -> serialize.Term:
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if t.language:
        return Lit(t.value, None, t.language)
    return Lit(t.value, None if t.datatype.value == serialize.XSD_STRING else t.datatype.value, None)


def triples_of(store: ox.Store, graph: ox.NamedNode) -> list[Triple]:
    """One graph of the store as `kg.serialize` triples."""
    return [(_term(q.subject), q.predicate.value, _term(q.object))
            for q in store.quads_for_pattern(None, None, None, graph)]


def stream(store: ox.Store, fmt: str, write: Callable[[bytes], object]) -> None:
    """Write the store in format `fmt` a graph at a time. N-Quads and TriG keep one
    named graph per report; Turtle, N-Triples and JSON-LD merge them, and a node named
    in several reports is written once for each (RDF graphs are sets: every parser
    merges them)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown dump format {fmt!r}; use one of {', '.join(FORMATS)}")
    write(serialize.head(fmt))
    first = True
    for g in graphs(store):
        data = serialize.chunks([fmt], triples_of(store, g), g.value)[fmt]
        if data:
            write(data if first else serialize.separator(fmt) + data)
            first = False
    write(serialize.tail(fmt))


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


def write_partitions(store: ox.Store, folder: str | Path, graphs_per_part: int = 500,
                     dump: Path | None = None, ranges: dict[str, list[int]] | None = None) -> list[Path]:
    """The whole store as gzip-compressed N-Quads in parts of `graphs_per_part` graphs
    (part-00000.nq.gz, …), the layout bulk loaders read in parallel: Oxigraph's
    `oxigraph load`, Jena's tdb2.xloader, Virtuoso's ld_dir, QLever. A graph found in
    the N-Quads `dump` at the offsets `ranges` gives is copied from there, any other is
    read from the store. Each part is written atomically; parts left from a larger
    earlier build are removed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = graphs(store)
    ranges = ranges if dump is not None and ranges else {}
    written = []
    with open(dump, "rb") if ranges else nullcontext() as src:
        for i in range(0, max(len(names), 1), graphs_per_part):
            path = folder / f"part-{i // graphs_per_part:05d}.nq.gz"
            with atomic_write(path) as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as z:
                for g in names[i:i + graphs_per_part]:
                    z.write(_range(src, ranges.get(g.value))
                            or serialize.chunks(["nq"], triples_of(store, g), g.value)["nq"])
            written.append(path)
    for stale in set(folder.glob("part-*.nq.gz")) - set(written):
        stale.unlink()
    return written


def _range(f: IO | None, at: list[int] | None) -> bytes:
    """The bytes at [offset, length] `at` of `f`, or b"" when there are none to read."""
    if f is None or not at:
        return b""
    f.seek(at[0])
    data = f.read(at[1])
    return data if len(data) == at[1] else b""


class BuildDumps:
    """A build's dumps, assembled from per-graph chunks instead of read back from the
    store (reading the on-disk store costs about 8 µs a quad; the workers have the
    chunks already).

    New reports' chunks are appended to temporary files beside the dumps as they
    arrive. `finish` writes each dump with the graphs in the order given, taking a
    graph's bytes from those files, from the previous dump (at the offsets `index`
    recorded, if that file is unchanged since), or, for a graph that neither has,
    from the store. When every graph is new and arrived in that order (a first
    build), the temporary file is the dump as it stands and is renamed into place.
    Until then nothing is replaced, and `discard` removes the temporary files.
    """

    def __init__(self, out: Path, formats: tuple[str, ...] = DEFAULT_DUMPS, index: dict | None = None):
        self.out, self.formats = Path(out), tuple(formats)
        self.old = {fmt: rec["ranges"] for fmt, rec in (index or {}).items()
                    if fmt in self.formats and indexed(self.path(fmt), rec)}
        self.spool: dict[str, tuple[IO, str]] = {}
        self.ranges: dict[str, dict[str, list[int]]] = {fmt: {} for fmt in self.formats}
        self.arrived: list[str] = []

    def __enter__(self) -> BuildDumps:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def path(self, fmt: str) -> Path:
        return self.out / f"graph.{fmt}"

    def add(self, graph: str, chunks: dict[str, bytes]) -> None:
        """Append one new graph's chunks (one per format)."""
        if not self.spool:
            for fmt in self.formats:
                fd, tmp = _temporary(self.path(fmt))
                f = os.fdopen(fd, "wb")
                f.write(serialize.head(fmt))
                self.spool[fmt] = (f, tmp)
        for fmt in self.formats:
            f, _ = self.spool[fmt]
            self.ranges[fmt][graph] = self._append(f, fmt, chunks[fmt])
        self.arrived.append(graph)

    def _append(self, f: IO, fmt: str, data: bytes) -> list[int]:
        """Write `data` after a separator when it follows another graph's; its range."""
        if data and f.tell() > len(serialize.head(fmt)):
            f.write(serialize.separator(fmt))
        at = f.tell()
        f.write(data)
        return [at, len(data)]

    def finish(self, store: ox.Store, order: list[str], extra: list[str]) -> tuple[list[Path], dict]:
        """Write every dump: the report graphs in `order`, then the `extra` graphs (the
        summary) from the store. All are written in full before any replaces its old
        version, and those renames are not interrupted by a signal, so an interrupted
        build leaves the previous dumps, all of them. Returns the paths and the index
        for the next build."""
        for f, _ in self.spool.values():
            f.flush()
        opened: list[tuple[IO, str]] = list(self.spool.values())  # all removed at the end, unless renamed
        ready: list[tuple[str, Path]] = []
        ranges: dict[str, dict] = {}
        try:
            for fmt in self.formats:
                if order == self.arrived and fmt in self.spool:
                    f, tmp = self.spool[fmt]
                    ranges[fmt] = self.ranges[fmt]
                else:
                    fd, tmp = _temporary(self.path(fmt))
                    opened.append((f := os.fdopen(fd, "wb"), tmp))
                    f.write(serialize.head(fmt))
                    ranges[fmt] = {g: self._append(f, fmt, self._bytes(store, fmt, g)) for g in order}
                for g in extra:
                    self._append(f, fmt, serialize.chunks([fmt], triples_of(store, ox.NamedNode(g)), g)[fmt])
                f.write(serialize.tail(fmt))
                f.flush()
                os.fsync(f.fileno())
                ready.append((tmp, self.path(fmt)))
            replace_all(ready)
        finally:
            for f, tmp in opened:
                f.close()
                _unlink(tmp)
            self.spool.clear()
        index = {}
        for fmt in self.formats:
            st = self.path(fmt).stat()
            index[fmt] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ranges": ranges[fmt]}
        return [self.path(fmt) for fmt in self.formats], index

    def _bytes(self, store: ox.Store, fmt: str, graph: str) -> bytes:
        """One graph's chunk: from this build's spool, the previous dump, or the store."""
        for source, ranges in ((self.spool.get(fmt, (None, None))[1], self.ranges[fmt]),
                               (self.path(fmt), self.old.get(fmt, {}))):
            if graph in ranges and source is not None:
                with open(source, "rb") as f:
                    if data := _range(f, ranges[graph]):
                        return data
        return serialize.chunks([fmt], triples_of(store, ox.NamedNode(graph)), graph)[fmt]

    def discard(self) -> None:
        """Remove the temporary files (after `finish`, or when the build failed)."""
        for f, tmp in self.spool.values():
            f.close()
            _unlink(tmp)
        self.spool.clear()


def replace_all(pairs: list[tuple[str, Path]]) -> None:
    """Rename each temporary file over its target, with SIGINT and SIGTERM held until
    all are done, so a set of outputs is replaced together or not at all."""
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        for tmp, path in pairs:
            os.replace(tmp, path)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def indexed(path: Path, rec: dict) -> bool:
    """Whether the dump at `path` is the one `rec` indexed (same size and time)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_size == rec.get("size") and st.st_mtime_ns == rec.get("mtime_ns") and "ranges" in rec
