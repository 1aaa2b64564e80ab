"""Build: files → store, dumps and view, running every stage in order.

`analyse` is the per-report path (ingest → structure → extract → link) that `kg
extract`, `kg eval` and `kg build` share; `build` adds rdf → store → dumps → view.
A file that cannot be read is reported and skipped; the build goes on.
"""
from __future__ import annotations

import hashlib
import json
import queue
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.errors import IngestError, KgError
from kg.export import DEFAULT_DUMPS, BuildDumps, atomic_write, indexed, write_partitions
from kg.extract import extract_many
from kg.ingest import PART_CHARS, SUFFIXES, from_file_bytes, is_large, iter_sources, parts, read_bytes
from kg.link import link
from kg.model import Linked, Text
from kg.rdf import triples
from kg.serialize import Lit, chunks, literal
from kg.store import complete_graphs, drop_graph, open_store, replace_graph, report_graphs
from kg.structure import structure
from kg.summary import refresh as refresh_summary
from kg.views import network_view
from kg.vocab import KG, SUMMARY, report_iri

BATCH = 16
VIEW_MAX_REPORTS = 2000  # above this, the whole-corpus network is too large to draw at every build
BULK = 25_000  # quads of new reports loaded together by pyoxigraph's bulk loader (fastest near 25,000 a call)


@dataclass
class Problem:
    """A file skipped or a report with something worth a look."""

    path: str
    message: str


@dataclass
class BuildResult:
    reports: int = 0
    unchanged: int = 0
    pruned: int = 0
    triples: int = 0
    entities: Counter = field(default_factory=Counter)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class Source:
    """A report file's bytes, read and hashed but not yet decoded: `kg build` leaves
    decoding and normalising to its workers, so the process that writes the store
    only reads and hashes."""

    path: Path
    raw: bytes
    sha256: str
    encoding: str | None

    def text(self) -> Text:
        return from_file_bytes(self.raw, self.path, self.encoding)


def read_all(paths: Iterable[str | Path], problems: list[Problem], encoding: str | None = None,
             skip: Callable[[str, Path], bool] | None = None, notes: list[Problem] | None = None) -> Iterator[Text]:
    """Texts of every report file under `paths`; unreadable ones go to `problems`.

    `skip(sha256, path)` is asked with the hash of a file's bytes before the file is
    decoded, so an unchanged report costs one read and one hash. A file too large to be
    one report is read in parts (`kg.ingest.parts`), noted in `notes`.
    """
    for item in read_sources(paths, problems, encoding, skip, notes):
        text = decoded(item, problems)
        if text is not None:
            yield text


def read_sources(paths: Iterable[str | Path], problems: list[Problem], encoding: str | None = None,
                 skip: Callable[[str, Path], bool] | None = None,
                 notes: list[Problem] | None = None) -> Iterator[Text | Source]:
    """`read_all` without the decoding: each file as a `Source`, except a file too large
    to be one report, whose parts are decoded here to be cut at sentence ends."""
    unread = None if notes is None else (lambda p: notes.append(Problem(str(p), (
        f"not read: kg reads {', '.join(SUFFIXES)}; save a {p.suffix.lower()} file as text or HTML first"))))
    sources = list(iter_sources(paths, on_error=lambda e: problems.append(Problem(e.path, e.reason)),
                                on_unread=unread))
    for src in sources:
        try:
            raw = read_bytes(src)
            if is_large(raw):
                if notes is not None:
                    notes.append(Problem(str(src), f"{len(raw) / 2**20:.1f} MB, far longer than a report: "
                                                   f"read in parts of at most {PART_CHARS:,} characters"))
                yield from parts(raw, src, encoding, None if skip is None else (lambda sha, src=src: skip(sha, src)))
                continue
            sha = hashlib.sha256(raw).hexdigest()
            if skip is not None and skip(sha, src):
                continue
            yield Source(src, raw, sha, encoding)
        except IngestError as e:
            problems.append(Problem(e.path, e.reason))


def decoded(item: Text | Source, problems: list[Problem]) -> Text | None:
    """The item's text, or None with the reason it cannot be read in `problems`."""
    if isinstance(item, Text):
        return item
    try:
        return item.text()
    except IngestError as e:
        problems.append(Problem(e.path, e.reason))
        return None


def analyse(texts: Iterable[Text | Source], problems: list[Problem] | None = None) -> Iterator[Linked]:
    """ingest → structure → extract → link for each text, batching the spaCy pipeline.

    With `problems`, a report that makes any stage fail is recorded there with its file
    and the error, and the others go on; without, the error propagates."""
    batch = []
    for t in texts:
        if isinstance(t, Source):
            t = t.text() if problems is None else decoded(t, problems)
            if t is None:
                continue
        report = _guarded(problems, t, structure, t)
        if report is not None:
            batch.append(report)
        if len(batch) >= BATCH:
            yield from _link_batch(batch, problems)
            batch = []
    if batch:
        yield from _link_batch(batch, problems)


def _link_batch(reports, problems):
    try:
        found = list(extract_many(reports, batch_size=BATCH))
    except Exception:  # find the report that failed; the rest of the batch goes on
        if problems is None:
            raise
        found = [_guarded(problems, r.text, lambda r: next(extract_many([r])), r) for r in reports]
    for report, mentions in zip(reports, found):
        if mentions is not None:
            linked = _guarded(problems, report.text, link, report, mentions)
            if linked is not None:
                yield linked


def _guarded(problems: list[Problem] | None, text: Text, fn, *args):
    """fn(*args), or None with the failure recorded against the text's file."""
    if problems is None:
        return fn(*args)
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - one bad report must not stop a build
        where = text.path if text.name == Path(text.path).name else f"{text.path} ({text.name})"
        problems.append(Problem(where, f"could not be analysed: {type(e).__name__}: {e}"))
        return None


def count_sources(paths: Iterable[str | Path]) -> int:
    return sum(1 for _ in iter_sources(paths, on_error=lambda e: None))


def build(paths: Iterable[str | Path], out: str | Path, encoding: str | None = None,
          progress: Callable[[Analysed | None], None] | None = None, view: bool = True,
          prune: bool = False, force: bool = False, dumps: bool = True, jobs: int = 1,
          scheduler: str | None = None) -> BuildResult:
    """Build the store, the dumps and the view under `out` from the reports in `paths`.

    A report whose bytes hash to a graph already in the store is skipped (unless
    `force`); a changed file's old graph is dropped in the same update that writes the
    new one; `prune` drops the graphs of reports no longer among `paths`. Dumps and view
    are rewritten only when the set of graphs changed or one is missing; `dumps=False`
    leaves them as they are (the store alone is enough for queries and `kg export`).
    `jobs` worker processes analyse reports, or a Dask cluster at `scheduler`, which
    also writes OUT/nquads/ (gzip N-Quads partitions for bulk loaders); this process
    alone writes the store.
    """
    start = time.perf_counter()
    out = Path(out)
    res = BuildResult()
    store = open_store(out / "store")
    previous = _read_state(out / "state.json")
    with BuildDumps(out, DEFAULT_DUMPS, previous.get("dumps")) if dumps else nullcontext() as spool:
        _build(paths, out, store, res, spool, previous, encoding, progress, view, prune, force, jobs, scheduler)
    res.seconds = time.perf_counter() - start
    return res


def _build(paths, out: Path, store, res: BuildResult, spool: BuildDumps | None, previous: dict,
           encoding, progress, view, prune, force, jobs, scheduler) -> None:
    """`build` with its store, result and dump spool made (see there)."""
    seen: dict[str, str] = {}
    present = complete_graphs(store)
    current: dict[str, None] = {}  # the reports' graphs in the order their files were met

    def unchanged(sha: str, path: Path) -> bool:
        graph = report_iri(sha)
        current[graph] = None
        if force or graph not in present:
            return False
        res.unchanged += 1
        if progress:
            progress(None)
        return True

    texts = read_sources(paths, res.skipped, encoding, skip=unchanged, notes=res.warnings)
    pending: list[bytes] = []
    markers: list[bytes] = []
    size = 0
    formats = DEFAULT_DUMPS if spool is not None else ("nq",)
    with _Writer() as write:
        for a in analysed(_dedupe(texts, seen, res), jobs, res.skipped, scheduler, formats):
            graph = a.graph
            if spool is not None:
                spool.add(graph, a.chunks)
            older = _older_versions(store, a.name, graph)
            if older or graph in present:
                quads = ox.parse(a.nquads + a.marker, format=ox.RdfFormat.N_QUADS)
                write(replace_graph, store, graph, quads, drop=older)
            else:  # new reports go in together, a batch at a time, through the bulk loader
                pending.append(a.nquads)
                markers.append(a.marker)
                size += a.quads
                if size >= BULK:
                    write(_bulk, store, pending, markers)
                    pending, markers, size = [], [], 0
            res.triples += a.quads
            res.reports += 1
            res.entities.update(a.entities)
            res.warnings.extend(Problem(a.path, w) for w in a.warnings)
            if progress:
                progress(a)
        if pending or markers:
            write(_bulk, store, pending, markers)
    if res.reports == 0 and res.unchanged == 0:
        raise KgError("no report could be read: " + "; ".join(f"{p.path}: {p.message}" for p in res.skipped)
                      if res.skipped else f"no report files found ({', '.join(SUFFIXES)})")
    if prune:
        for graph in sorted(set(report_graphs(store)) - set(current)):
            drop_graph(store, graph)
            res.pruned += 1
    summarised = refresh_summary(store, force=res.reports > 0 or res.pruned > 0)
    store.flush()
    graphs = report_graphs(store)
    if view and len(graphs) > VIEW_MAX_REPORTS:
        res.warnings.append(Problem(str(out / "graph.html"), f"not drawn for {len(graphs):,} reports; "
                                    "`kg view --region R` or `--type T` draws a part"))
        view = False
    expected = [out / f"graph.{fmt}" for fmt in DEFAULT_DUMPS] + ([out / "graph.html"] if view else [])
    fresh = not summarised and previous.get("graphs") == graphs and all(p.exists() for p in expected)
    index = None
    if not fresh:
        if spool is not None:
            stored = set(graphs)
            order = [g for g in current if g in stored] + [g for g in graphs if g not in current]
            written, index = spool.finish(store, order, [SUMMARY] if SUMMARY in _named(store) else [])
            res.outputs.extend(written)
        if view:
            network_view(store, out / "graph.html")
            res.outputs.append(out / "graph.html")
        if index is not None:  # the state vouches for the dumps: a build without them leaves it stale
            with atomic_write(out / "state.json", "w", encoding="utf-8") as f:
                json.dump({"graphs": graphs, "dumps": index}, f, ensure_ascii=False, separators=(",", ":"))
    if scheduler and (not fresh or not (out / "nquads").exists()):  # copied from graph.nq where it is current
        nq = (index or previous.get("dumps") or {}).get("nq", {})
        res.outputs.extend(write_partitions(store, out / "nquads", dump=out / "graph.nq",
                                            ranges=nq.get("ranges") if indexed(out / "graph.nq", nq) else None))


class _Writer:
    """Store writes on one background thread, in the order given. pyoxigraph's bulk
    loader releases the GIL, so this process goes on taking the workers' results and
    handing out batches while a batch loads. Leaving the block waits for every write;
    after an error or an interrupt, writes not yet started are dropped (a report's
    completion marker goes in with its batch, so the next build redoes the rest)."""

    def __init__(self) -> None:
        self.jobs: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.cancelled = False
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None and not self.cancelled:
                try:
                    job()
                except BaseException as e:  # noqa: BLE001 - re-raised in the building thread
                    self.error = e

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def __call__(self, fn, *args, **kwargs) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(lambda: fn(*args, **kwargs))

    def __exit__(self, kind, exc, tb) -> None:
        self.cancelled = kind is not None
        self.jobs.put(None)
        self.thread.join()
        if self.error is not None and kind is None:
            raise self.error


def _read_state(path: Path) -> dict:
    """What the last build with dumps recorded: its graphs and where each sits in each dump."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _named(store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def _bulk(store, nquads: list[bytes], markers: list[bytes]) -> None:
    """Bulk-load new reports' quads, then mark them complete in one transaction."""
    store.bulk_load(b"".join(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)  # written by kg.serialize
    store.load(b"".join(markers), format=ox.RdfFormat.N_QUADS)


@dataclass(frozen=True)
class Analysed:
    """One report, analysed and turned into N-Quads: what a worker sends back."""

    path: str
    name: str
    sha256: str
    chunks: dict[str, bytes]  # the report's graph in each dump format (kg.serialize)
    marker: bytes  # the report's kg:sha256 quad, written to the store once the rest is in
    quads: int
    entities: dict[str, int]
    warnings: tuple[str, ...]

    @property
    def graph(self) -> str:
        return report_iri(self.sha256)

    @property
    def nquads(self) -> bytes:
        """The report's graph as N-Quads, less its completion marker."""
        return self.chunks["nq"].replace(self.marker, b"", 1)


def analyse_batch(texts: list[Text | Source], formats: tuple[str, ...] = ("nq",)) -> tuple[list[Analysed], list[Problem]]:
    """analyse → a graph in each of `formats` (N-Quads always) for a batch of texts;
    failures come back as problems. Runs in a worker process with --jobs, so it takes
    and returns only plain, picklable data."""
    formats = ("nq", *(f for f in formats if f != "nq"))
    problems: list[Problem] = []
    out = []
    for linked in analyse(texts, problems):
        t = linked.report.text
        graph = report_iri(t.sha256)
        made = _guarded(problems, t, lambda li, g: chunks(formats, triples(li), g), linked, graph)
        if made is None:
            continue
        marker = f"<{graph}> <{KG.sha256}> {literal(Lit(t.sha256))} <{graph}> .\n".encode("utf-8")
        entities = Counter(e.type for e in linked.entities if e.mentions)
        out.append(Analysed(t.path, t.name, t.sha256, made, marker, made["nq"].count(b"\n"), dict(entities),
                            linked.report.warnings))
    return out, problems


def analysed(texts: Iterable[Text | Source], jobs: int, problems: list[Problem], scheduler: str | None = None,
             formats: tuple[str, ...] = ("nq",)) -> Iterator[Analysed]:
    """`analyse_batch` over `texts` in order: here, in `jobs` worker processes when
    above one, or on the Dask cluster at `scheduler` (tcp://HOST:PORT).

    Batches are handed out only as results come back (at most two a worker waiting),
    so reading stays just ahead of analysis and memory does not grow with the corpus."""
    batches = _batches(texts, BATCH)
    if scheduler:
        yield from _on_dask(batches, scheduler, problems, formats)
        return
    if jobs <= 1:
        for batch in batches:
            done, failed = analyse_batch(batch, formats)
            problems.extend(failed)
            yield from done
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from _in_order(lambda b: pool.apply_async(analyse_batch, (b, formats)), lambda f: f.get(),
                             batches, 2 * jobs, problems)


def _in_order(submit, result, batches: Iterator[list[Text | Source]], slots: int,
              problems: list[Problem]) -> Iterator[Analysed]:
    """Results of `submit(batch)` in order, with at most `slots` batches out at once."""
    waiting = deque(submit(b) for b in islice(batches, slots))
    while waiting:
        done, failed = result(waiting.popleft())
        nxt = next(batches, None)
        if nxt is not None:
            waiting.append(submit(nxt))
        problems.extend(failed)
        yield from done


def _on_dask(batches: Iterator[list[Text | Source]], scheduler: str, problems: list[Problem],
             formats: tuple[str, ...]) -> Iterator[Analysed]:
    """The same batches on a Dask distributed cluster; its workers need kg installed."""
    try:
        from distributed import Client
    except ImportError as e:
        raise KgError("--scheduler needs Dask: pip install 'dask[distributed]'") from e
    try:
        client = Client(scheduler, timeout=10)
    except OSError as e:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    with client:
        yield from _in_order(lambda b: client.submit(analyse_batch, b, formats, pure=False), lambda f: f.result(),
                             batches, 2 * max(1, sum(client.nthreads().values())), problems)


def _batches(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def _dedupe(texts: Iterable[Text | Source], seen: dict[str, str], res: BuildResult) -> Iterator[Text | Source]:
    for t in texts:
        if t.sha256 in seen:
            res.duplicates.append(Problem(str(t.path), f"same content as {seen[t.sha256]}; kept once"))
            continue
        seen[t.sha256] = str(t.path)
        yield t


def _older_versions(store, name: str, graph: str) -> list[str]:
    """Graphs of earlier contents of the file called `name`: a rebuilt file replaces them."""
    out = []
    for q in store.quads_for_pattern(None, ox.NamedNode(str(KG.fileName)), ox.Literal(name), None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value != graph:
            out.append(g.value)
    return out
