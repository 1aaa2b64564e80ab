"""Summary: a named graph derived from all report graphs, for questions across regions.

"Which policies recur across regions?" must otherwise join every policy of every
report with the report's region: 1.0 s at 1,000 reports and growing with the corpus.
The summary holds the answer's parts once: each policy's regions
(`kg:mentionedInRegion`), its report count and the labels, so the query reads tens
of thousands of triples instead of millions. It is recomputed whenever the set of
report graphs differs from the one it records (`kg:sourceDigest`), so an interrupted
or partial build can never leave it stale.
"""
from __future__ import annotations

import hashlib
from collections import Counter

import pyoxigraph as ox

from kg.store import replace_graph, report_graphs
from kg.vocab import KG, PREFIXES, SUMMARY

PAIRS = f"""
PREFIX kg: <{PREFIXES['kg']}>
SELECT ?p ?region (COUNT(?report) AS ?n) WHERE {{
  {{ SELECT ?report ?p WHERE {{ GRAPH ?report {{ ?p a kg:Policy }} }} }}
  {{ SELECT ?report ?region WHERE {{ GRAPH ?report {{ ?report kg:region ?region }} }} }}
}} GROUP BY ?p ?region
"""
_LABELS = f"""
PREFIX kg: <{PREFIXES['kg']}>
PREFIX rdfs: <{PREFIXES['rdfs']}>
SELECT ?x (MIN(STR(?l)) AS ?label) WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ {{ GRAPH ?g {{ ?x a kg:Policy }} }} UNION {{ GRAPH ?g {{ ?r kg:region ?x }} }} }} }}
  GRAPH ?h {{ ?x rdfs:label ?l }}
}} GROUP BY ?x
"""
_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
# skos:prefLabel, not rdfs:label: queries over the union of all graphs must not see
# each report's rdfs:label of a region or policy once more
_LABEL = ox.NamedNode(PREFIXES["skos"] + "prefLabel")
_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")


def digest(graphs: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(graphs)).encode("utf-8")).hexdigest()


def recorded_digest(store: ox.Store) -> str | None:
    for q in store.quads_for_pattern(ox.NamedNode(SUMMARY), ox.NamedNode(KG.sourceDigest), None,
                                     ox.NamedNode(SUMMARY)):
        return q.object.value
    return None


def refresh(store: ox.Store, force: bool = False) -> bool:
    """Recompute the summary graph if the report graphs changed since it was made;
    return whether it was rewritten. Written in one update, like a report graph."""
    graphs = report_graphs(store)
    want = digest(graphs)
    if not force and recorded_digest(store) == want:
        return False
    g = ox.NamedNode(SUMMARY)
    quads = [ox.Quad(g, _RDF_TYPE, ox.NamedNode(KG.Summary), g),
             ox.Quad(g, ox.NamedNode(KG.sourceDigest), ox.Literal(want), g)]
    reports: Counter[str] = Counter()
    in_region = ox.NamedNode(KG.mentionedInRegion)
    for row in store.query(PAIRS):
        p = row["p"]
        quads.append(ox.Quad(p, in_region, row["region"], g))
        reports[p.value] += int(row["n"].value)
    for p, n in reports.items():
        quads.append(ox.Quad(ox.NamedNode(p), ox.NamedNode(KG.reportCount), ox.Literal(str(n), datatype=_INTEGER), g))
    for row in store.query(_LABELS):
        quads.append(ox.Quad(row["x"], _LABEL, ox.Literal(row["label"].value), g))
    replace_graph(store, SUMMARY, quads)
    return True
