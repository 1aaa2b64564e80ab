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

_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
# skos:prefLabel, not rdfs:label: queries over the union of all graphs must not see
# each report's rdfs:label of a region or policy once more
_LABEL = ox.NamedNode(PREFIXES["skos"] + "prefLabel")
_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")
_RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_REGION = ox.NamedNode(KG.region)
_POLICY = ox.NamedNode(KG.Policy)


def pairs(store: ox.Store, graphs: list[str] | None = None,
          seen: set[ox.NamedNode] | None = None) -> Counter[tuple[ox.NamedNode, ox.NamedNode]]:
    """(policy, region) → the number of reports of that region naming the policy; every
    policy and region met is added to `seen`. Read a report graph at a time (two index
    lookups each), not with one SPARQL join over every graph, which held all its rows
    at once (400 MB at 10,000 reports)."""
    out: Counter[tuple[ox.NamedNode, ox.NamedNode]] = Counter()
    for graph in report_graphs(store) if graphs is None else graphs:
        g = ox.NamedNode(graph)
        regions = [q.object for q in store.quads_for_pattern(g, _REGION, None, g)]
        policies = [q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, _POLICY, g)]
        if seen is not None:
            seen.update(regions, policies)
        for p in policies:
            for region in regions:
                out[(p, region)] += 1
    return out


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
    named: set[ox.NamedNode] = set()
    for (p, region), n in pairs(store, graphs, named).items():
        quads.append(ox.Quad(p, in_region, region, g))
        reports[p.value] += n
    for p, n in reports.items():
        quads.append(ox.Quad(ox.NamedNode(p), ox.NamedNode(KG.reportCount), ox.Literal(str(n), datatype=_INTEGER), g))
    for x in named:
        labels = [q.object.value for q in store.quads_for_pattern(x, _RDFS_LABEL, None, None)
                  if isinstance(q.graph_name, ox.NamedNode)]
        if labels:
            quads.append(ox.Quad(x, _LABEL, ox.Literal(min(labels)), g))
    replace_graph(store, SUMMARY, quads)
    return True
