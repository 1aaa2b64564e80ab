"""Build: files → store, dumps and view, running every stage in order.

`analyse` is the per-report path (ingest → structure → extract → link) that `kg
extract`, `kg eval` and `kg build` share; `build` adds rdf → store → dumps → view.
A file that cannot be read is reported and skipped; the build goes on.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, KgError
from kg.export import write_dumps
from kg.extract import extract_many
from kg.ingest import iter_sources, read
from kg.link import link
from kg.model import Linked, Text
from kg.rdf import to_quads
from kg.store import drop_graph, open_store, replace_graph
from kg.structure import structure
from kg.views import network_view
from kg.vocab import KG, report_iri

BATCH = 16


@dataclass
class Problem:
    """A file skipped or a report with something worth a look."""

    path: str
    message: str


@dataclass
class BuildResult:
    reports: int = 0
    triples: int = 0
    entities: Counter = field(default_factory=Counter)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def read_all(paths: Iterable[str | Path], problems: list[Problem],
             encoding: str | None = None) -> Iterator[Text]:
    """Texts of every report file under `paths`; unreadable ones go to `problems`."""
    try:
        sources = list(iter_sources(paths))
    except IngestError as e:
        problems.append(Problem(e.path, e.reason))
        sources = []
    for src in sources:
        try:
            yield read(src, encoding=encoding)
        except IngestError as e:
            problems.append(Problem(e.path, e.reason))


def analyse(texts: Iterable[Text]) -> Iterator[Linked]:
    """ingest → structure → extract → link for each text, batching the spaCy pipeline."""
    batch = []
    for t in texts:
        batch.append(structure(t))
        if len(batch) >= BATCH:
            yield from _link_batch(batch)
            batch = []
    if batch:
        yield from _link_batch(batch)


def _link_batch(reports):
    for report, mentions in zip(reports, extract_many(reports, batch_size=BATCH)):
        yield link(report, mentions)


def count_sources(paths: Iterable[str | Path]) -> int:
    try:
        return sum(1 for _ in iter_sources(paths))
    except IngestError:
        return 0


def build(paths: Iterable[str | Path], out: str | Path, encoding: str | None = None,
          progress: Callable[[Linked], None] | None = None, view: bool = True) -> BuildResult:
    """Build the store, the dumps and the view under `out` from the reports in `paths`."""
    start = time.perf_counter()
    out = Path(out)
    res = BuildResult()
    store = open_store(out / "store")
    seen: dict[str, str] = {}
    texts = read_all(paths, res.skipped, encoding)
    for linked in analyse(_dedupe(texts, seen, res)):
        t = linked.report.text
        graph = report_iri(t.sha256)
        _drop_older_versions(store, t.name, graph)
        res.triples += replace_graph(store, graph, to_quads(linked))
        res.reports += 1
        for e in linked.entities:
            if e.mentions:
                res.entities[e.type] += 1
        for w in linked.report.warnings:
            res.warnings.append(Problem(t.path, w))
        if progress:
            progress(linked)
    if res.reports == 0:
        res.seconds = time.perf_counter() - start
        raise KgError("no report could be read: " + "; ".join(f"{p.path}: {p.message}" for p in res.skipped)
                      if res.skipped else "no .txt or .html report files found")
    store.flush()
    res.outputs = write_dumps(store, out)
    if view:
        network_view(store, out / "graph.html")
        res.outputs.append(out / "graph.html")
    res.seconds = time.perf_counter() - start
    return res


def _dedupe(texts: Iterable[Text], seen: dict[str, str], res: BuildResult) -> Iterator[Text]:
    for t in texts:
        if t.sha256 in seen:
            res.duplicates.append(Problem(t.path, f"same content as {seen[t.sha256]}; kept once"))
            continue
        seen[t.sha256] = t.path
        yield t


def _drop_older_versions(store, name: str, graph: str) -> None:
    """A file rebuilt with new content replaces its old graph instead of adding one."""
    import pyoxigraph as ox

    for q in store.quads_for_pattern(None, ox.NamedNode(str(KG.fileName)), ox.Literal(name), None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value != graph:
            drop_graph(store, g.value)
