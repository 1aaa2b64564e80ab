"""Analytics: networkx measures over projections of the graph, for the questions
"which agencies and issues cluster together?" and "what links regions?".

Projections (kg/projections.py): `agency-issue` (findings and the bodies they
concern), `policy-region` (policies and the regions whose reports name them, weighted
by reports), `co-mention` (entities named by the same finding, weighted by findings).
For each: degree and betweenness centrality, Louvain communities, and the nodes that
bridge regions. `export` writes a projection with these measures as node attributes
in GraphML or GEXF for Gephi.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg import projections as P
from kg.export import atomic_write

PROJECTIONS = ("agency-issue", "policy-region", "co-mention")
EXACT_BETWEENNESS = 2000  # nodes; above this, betweenness is estimated from a sample of sources
# Sampled betweenness costs one breadth-first search (nodes + edges) a source: the sample
# is sized to about this many steps (at least 20 sources, at most 500), so a projection of
# a 10,000-report corpus takes about a minute instead of hours.
BETWEENNESS_STEPS = 10_000_000
SEED = 1  # Louvain and sampling are seeded, so two runs print the same tables


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list]


def projection(store: ox.Store, name: str, region: str | None = None,
               network: nx.DiGraph | None = None) -> nx.Graph:
    """The undirected projection `name`; `network` is the entity network when the
    caller already has it."""
    if name == "policy-region":
        return P.policy_region(store, region)
    network = network if network is not None else P.entity_network(store, region)
    if name == "agency-issue":
        return P.agency_issue(network)
    if name == "co-mention":
        return P.co_mention(network)
    raise ValueError(f"unknown projection {name!r}; use {', '.join(PROJECTIONS)}")


def measures(g: nx.Graph) -> None:
    """Add degree, degree centrality, betweenness and community to every node."""
    if g.number_of_nodes() == 0:
        return
    n = g.number_of_nodes()
    k = None if n <= EXACT_BETWEENNESS else max(20, min(500, n, BETWEENNESS_STEPS // (n + g.number_of_edges())))
    between = nx.betweenness_centrality(g, k=k, seed=SEED)
    central = nx.degree_centrality(g)
    communities = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    for i, members in enumerate(sorted(communities, key=lambda c: (-len(c), min(c)))):
        for n in members:
            g.nodes[n]["community"] = i
    for n, data in g.nodes(data=True):
        data["degree"] = g.degree(n)
        data["centrality"] = central[n]
        data["betweenness"] = between[n]


def _name(data: dict) -> str:
    return data["label"]


def _type(data: dict) -> str:
    return P.TYPES.get(data["type"], ("", data["type"]))[1]


def _regions(data: dict) -> list[str]:
    return sorted(r for r in data.get("regions", ()) if r)


def tables(g: nx.Graph, name: str, top: int = 10) -> list[Table]:
    """Tables of the most central nodes, the communities and the bridges between regions."""
    nodes = list(g.nodes(data=True))
    out = []
    by = lambda key: sorted(nodes, key=lambda x: (-x[1][key], _name(x[1]), x[0]))[:top]  # noqa: E731
    out.append(Table(f"{name}: degree centrality", ["node", "type", "degree", "centrality"],
                     [[_name(d), _type(d), d["degree"], round(d["centrality"], 4)] for _, d in by("centrality")]))
    out.append(Table(f"{name}: betweenness centrality", ["node", "type", "betweenness", "regions"],
                     [[_name(d), _type(d), round(d["betweenness"], 4), len(_regions(d))]
                      for _, d in by("betweenness")]))
    groups: dict[int, list] = {}
    for n, d in nodes:
        groups.setdefault(d["community"], []).append((n, d))
    rows = []
    for i, members in sorted(groups.items())[:top]:
        members.sort(key=lambda x: (-x[1]["degree"], _name(x[1])))
        regions = Counter(r for _, d in members for r in _regions(d))
        rows.append([i, len(members), "、".join(_name(d) for _, d in members[:5]),
                     "、".join(r for r, _ in regions.most_common(3))])
    out.append(Table(f"{name}: communities (Louvain)", ["community", "size", "most connected", "main regions"], rows))
    spanning = [(n, d) for n, d in nodes if d["type"] != "Region" and len(_regions(d)) >= 2]
    if name == "policy-region":  # there the regions themselves are nodes: a policy bridges its regions
        spanning = [(n, d) for n, d in nodes if d["type"] == "Policy" and g.degree(n) >= 2]
        for n, d in spanning:
            d["regions"] = {g.nodes[m]["label"] for m in g.neighbors(n)}
    spanning.sort(key=lambda x: (-len(_regions(x[1])), -x[1]["betweenness"], _name(x[1])))
    out.append(Table(f"{name}: bridges between regions", ["node", "type", "regions", "betweenness", "region names"],
                     [[_name(d), _type(d), len(_regions(d)), round(d["betweenness"], 4),
                       "、".join(_regions(d)[:6]) + ("…" if len(_regions(d)) > 6 else "")]
                      for _, d in spanning[:top]]))
    return out


def export(g: nx.Graph, path: str | Path, fmt: str) -> Path:
    """Write `g` with its measures for Gephi; sets become "、"-joined strings, because
    GraphML and GEXF attributes are scalars."""
    h = nx.Graph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: ("、".join(sorted(v)) if isinstance(v, (set, frozenset)) else v)
                         for k, v in d.items() if v is not None})
    for a, b, d in g.edges(data=True):
        h.add_edge(a, b, **d)
    writer = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}[fmt]
    with atomic_write(path, "wb") as f:
        writer(h, f)
    return Path(path)
