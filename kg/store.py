"""Store: the on-disk Oxigraph store under `output/store/`, one named graph per report.

Oxigraph holds and queries the graph (a GROUP BY over a million triples in 0.17 s
against rdflib's 7.8 s); rdflib serves only the ontology, SHACL and small graphs.
Replacing a report is one SPARQL update (DROP GRAPH + INSERT DATA), which Oxigraph
applies atomically: readers see the old graph or the new one, never half of either.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.vocab import KG, REPORT


def open_store(path: str | Path, create: bool = True, read_only: bool = False) -> ox.Store:
    """Open (or create) the on-disk store at `path`; `read_only` for queries, which may
    run while a build holds the store open for writing."""
    path = Path(path)
    if (not create or read_only) and not path.exists():
        raise StoreError(f"{path}: no store here; run `kg build` first")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store ({e}); is another kg process using it?") from e


def replace_graph(store: ox.Store, graph: str, quads: Iterable[ox.Quad], drop: Iterable[str] = ()) -> int:
    """Write `quads` as the named graph `graph`, dropping the graphs in `drop`, atomically.

    A graph new to the store goes in with one transactional `extend` (five times faster
    than parsing an update); replacing one is a single SPARQL update (DROP + INSERT
    DATA), whose terms pyoxigraph serialises itself, so report text stays data.
    Returns the number of quads written.
    """
    g = ox.NamedNode(graph)
    quads = list(dict.fromkeys(quads))
    drop = list(drop)
    if not drop and not store.contains_named_graph(g):
        store.extend(quads)
        return len(quads)
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(d)} ;\n" for d in drop)
    store.update(f"{drops}DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }")
    return len(quads)


def report_graphs(store: ox.Store) -> list[str]:
    """IRIs of the report graphs in the store, sorted (not the derived summary graph)."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(REPORT))


def complete_graphs(store: ox.Store) -> set[str]:
    """Report graphs whose write finished: a build adds a report's `kg:sha256` triple
    only after the rest of its graph is in (the bulk loader is not transactional), so a
    graph cut short by an interrupted build lacks it and is written again next time."""
    sha = ox.NamedNode(KG.sha256)
    return {q.graph_name.value for q in store.quads_for_pattern(None, sha, None, None)
            if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}


def drop_graph(store: ox.Store, graph: str) -> None:
    store.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")
