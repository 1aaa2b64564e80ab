"""Views: interactive pyvis pages drawn from the store.

The page is self-contained (vis-network inline, no CDN), written as explicit UTF-8 and
atomically. Report text is data: labels are drawn on a canvas, tooltips are escaped,
and no tooltip may contain "href" (pyvis then switches to an innerHTML popup).
"""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from pyvis.network import Network

from kg.export import atomic_write
from kg.vocab import KG

STYLE = {
    "Agency": ("#1f77b4", "dot", "机关 agency"),
    "Hospital": ("#2ca02c", "square", "医疗机构 hospital"),
    "Finding": ("#d62728", "triangle", "问题 finding"),
    "Policy": ("#9467bd", "diamond", "制度 policy"),
}

_NETWORK_QUERY = f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?stype ?slabel ?p ?o ?otype ?olabel WHERE {{
  GRAPH ?g {{
    ?s ?p ?o .
    VALUES ?p {{ <{KG.concerns}> <{KG.mentions}> }}
    ?s a <{KG.Finding}> ; rdfs:label ?slabel .
    ?o a ?otype ; rdfs:label ?olabel .
    VALUES ?otype {{ <{KG.Agency}> <{KG.Hospital}> <{KG.Policy}> }}
  }}
  BIND("Finding" AS ?stype)
}}
"""
_CDN = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def safe_title(text: str) -> str:
    """Tooltip text: escaped, and never containing 'href'."""
    return html.escape(text).replace("href", "hre\u200bf")


def network_view(store: ox.Store, path: str | Path, top: int = 300) -> tuple[int, int]:
    """Agencies, hospitals, findings and policies, linked by concerns/mentions.

    Only the `top` nodes by degree are drawn so the page stays fluid; returns the node
    and edge counts drawn.
    """
    nodes: dict[str, tuple[str, str]] = {}
    edges: set[tuple[str, str, str]] = set()
    for row in store.query(_NETWORK_QUERY):
        s, o = row["s"].value, row["o"].value
        nodes[s] = ("Finding", row["slabel"].value)
        nodes[o] = (row["otype"].value.rsplit("#", 1)[-1], row["olabel"].value)
        edges.add((s, o, row["p"].value.rsplit("#", 1)[-1]))
    degree = Counter()
    for s, o, _ in edges:
        degree[s] += 1
        degree[o] += 1
    keep = {n for n, _ in degree.most_common(top)}
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  select_menu=False, filter_menu=False)
    for n in sorted(keep):
        kind, label = nodes[n]
        color, shape, legend = STYLE.get(kind, ("#7f7f7f", "dot", kind))
        short = label if len(label) <= 16 else label[:15] + "…"
        net.add_node(n, label=short, title=safe_title(f"{label}\n{legend}"), color=color,
                     shape=shape, size=10 + 3 * min(degree[n], 10))
    drawn = [(s, o, p) for s, o, p in sorted(edges) if s in keep and o in keep]
    for s, o, p in drawn:
        net.add_edge(s, o, title=p, label=p)
    page = net.generate_html(notebook=False)
    page = _CDN.sub("", page)
    legend = "".join(
        f'<span style="color:{c}">&#9679; {html.escape(name)}</span> &nbsp; ' for c, _, name in STYLE.values()
    )
    note = f"showing {len(keep)} of {len(nodes)} nodes (top by degree)" if len(nodes) > len(keep) else ""
    page = page.replace("<body>", f"<body><div style=\"font:14px sans-serif;margin:6px\">{legend}"
                                  f"{html.escape(note)}</div>", 1)
    with atomic_write(path, "w", encoding="utf-8") as f:
        f.write(page)
    return len(keep), len(drawn)
