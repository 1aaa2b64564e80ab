"""Views: interactive pyvis pages drawn from the projections (kg/projections.py).

- `network`: findings and the agencies, hospitals, policies, documents and people
  around them, coloured and shaped by type, sized by degree;
- `policy-region`: policies × regions, edge width = number of reports;
- `report`: one report's structure, left to right.

Every page is self-contained (vis-network inline, nothing from a CDN), written as
explicit UTF-8 and atomically. Report text is data: labels are drawn on a canvas,
tooltips are plain text (vis-network sets them with innerText), the page's own HTML
is escaped, and no tooltip contains "href", which would make pyvis switch to a popup
that sets innerHTML.
"""
from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from kg import projections as P
from kg.errors import KgError
from kg.export import atomic_write

KINDS = ("network", "policy-region", "report")
DEFAULT_TOP = 250  # vis-network stays fluid (stabilises in about a second) at this size
# node type → (colour, vis-network shape, legend symbol)
STYLE = {
    "Finding": ("#d62728", "triangle", "▲"),
    "Agency": ("#1f77b4", "dot", "●"),
    "Hospital": ("#2ca02c", "square", "■"),
    "Company": ("#8c564b", "triangleDown", "▼"),
    "Policy": ("#9467bd", "diamond", "◆"),
    "Document": ("#ff7f0e", "hexagon", "⬢"),
    "Person": ("#e377c2", "star", "★"),
    "Region": ("#17becf", "dot", "●"),
    "Report": ("#7f7f7f", "square", "■"),
    "Inspection": ("#bcbd22", "diamond", "◆"),
    "Rectification": ("#98df8a", "triangleDown", "▼"),
    "MonetaryAmount": ("#ffbb78", "star", "★"),
}
TYPE_NAMES = {en: t for t, (_, en) in P.TYPES.items()}  # "agency" → "Agency"
_CDN = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)
_OPTIONS = {
    "physics": {"stabilization": {"iterations": 250, "fit": True},
                "barnesHut": {"gravitationalConstant": -6000, "springLength": 110, "avoidOverlap": 0.1}},
    "interaction": {"hover": True, "tooltipDelay": 100},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "smooth": False,
              "font": {"size": 9, "align": "middle", "color": "#555"}, "color": {"inherit": False, "color": "#999"}},
    "nodes": {"font": {"size": 14}, "scaling": {"label": {"drawThreshold": 3}}},
}
_HIERARCHY = {"layout": {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                          "levelSeparation": 300, "nodeSpacing": 56}},
              "physics": {"enabled": False}}
# physics off once the layout has settled, so a large page stays fluid (a small graph may
# settle while the page is still loading, before this runs: then at once)
_SETTLE = ('<script>(function () { if (typeof network === "undefined") return;'
           ' function settle() { network.setOptions({physics: false});'
           ' var bar = document.getElementById("loadingBar"); if (bar) bar.style.display = "none"; }'
           ' if (nodes.length === 0 || network.physics.stabilized) settle();'
           ' else { network.once("stabilizationIterationsDone", settle); network.once("stabilized", settle); } })();'
           '</script>')


def safe_title(text: str) -> str:
    """Tooltip text: plain text (vis-network shows it with innerText), never 'href'."""
    return text.replace("href", "hre\u200bf").replace("HREF", "HRE\u200bF")


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _tooltip(data: dict, sentences: list[tuple[str, str]]) -> str:
    zh, en = P.TYPES.get(data["type"], (data["type"], data["type"]))
    regions = sorted(r for r in data.get("regions", ()) if r)
    lines = [data["label"], f"{zh} {en}" + (f" · {'、'.join(regions[:3])}" if regions else "")
             + (f" 等{len(regions)}地" if len(regions) > 3 else "")]
    if data.get("detail"):
        lines.append(_short(data["detail"], 200))
    for file, sentence in sentences:
        lines.append(f"— {file}: {_short(sentence, 160)}")
    return safe_title("\n".join(lines))


def top_nodes(g: nx.Graph, top: int) -> nx.Graph:
    """The `top` nodes of highest degree (ties by label, then IRI, so pages are
    reproducible), less those left with no edge among them."""
    if g.number_of_nodes() <= top:
        return g
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n, weight="weight"), g.nodes[n]["label"], n))
    drawn = g.subgraph(ranked[:top]).copy()
    drawn.remove_nodes_from([n for n in list(drawn) if drawn.degree(n) == 0])  # cut off from what is drawn
    return drawn


def render(g: nx.Graph, path: str | Path, heading: str, note: str = "", sentences: dict | None = None,
           hierarchical: bool = False, edge_counts: bool = False) -> tuple[int, int]:
    """Write `g` as a self-contained pyvis page; returns the nodes and edges drawn."""
    net = Network(height="820px", width="100%", directed=g.is_directed(), cdn_resources="in_line",
                  select_menu=False, filter_menu=False)
    options = dict(_OPTIONS, **(_HIERARCHY if hierarchical else {}))
    if not g.is_directed():
        options["edges"] = dict(options["edges"], arrows={"to": {"enabled": False}})
    net.set_options(json.dumps(options))
    sentences = sentences or {}
    for n, data in sorted(g.nodes(data=True), key=lambda x: x[0]):
        color, shape, _ = STYLE.get(data["type"], ("#7f7f7f", "dot", "●"))
        degree = g.degree(n, weight="weight")
        extra = {"level": data["level"]} if hierarchical and "level" in data else {}
        net.add_node(n, label=_short(data["label"], 18), title=_tooltip(data, sentences.get(n, [])),
                     color=color, shape=shape, size=round(8 + 5 * math.sqrt(min(degree, 100)), 1), **extra)
    for a, b, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        w = data.get("weight", 1)
        label = str(w) if edge_counts else data["relation"]
        title = f"{data['relation']} ×{w}" if not edge_counts else f"{w} 份通报 reports"
        net.add_edge(a, b, label=label, title=safe_title(title), width=min(1 + w, 12) if edge_counts else 1)
    page = net.generate_html(notebook=False)
    if "popup.innerHTML" in page:  # pyvis's link popup: report text must never reach it
        raise RuntimeError("pyvis chose its innerHTML tooltip; a title contains 'href'")
    page = _CDN.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace("<center>\n          <h1></h1>\n        </center>", "")
    present = sorted({t for _, t in g.nodes(data="type")}, key=list(STYLE).index)
    legend = " &nbsp; ".join(
        f'<span style="color:{STYLE[t][0]}">{STYLE[t][2]}</span> {html.escape(" ".join(P.TYPES[t]))}' for t in present)
    header = (f'<div id="kg-header" style="font:14px sans-serif;margin:6px 10px">'
              f'<b>{html.escape(heading)}</b><div id="kg-legend" style="margin-top:4px">{legend}</div>'
              + (f'<div id="kg-note" style="color:#a33;margin-top:4px">{html.escape(note)}</div>' if note else "")
              + "</div>")
    page = page.replace("<body>", "<body>" + header, 1).replace("</body>", _SETTLE + "</body>", 1)
    with atomic_write(path, "w", encoding="utf-8") as f:
        f.write(page)
    return g.number_of_nodes(), g.number_of_edges()


def _types(types: tuple[str, ...] | list[str] | None) -> list[str] | None:
    if not types:
        return None
    out = []
    for t in types:
        if t.lower() not in TYPE_NAMES:
            raise KgError(f"unknown type {t!r}; use {', '.join(sorted(TYPE_NAMES))}")
        out.append(TYPE_NAMES[t.lower()])
    return out


def _note(full: nx.Graph, drawn: nx.Graph, top: int) -> str:
    if full.number_of_nodes() == 0:
        return "nothing to draw: no report matches, or the reports name nothing of this kind"
    if full.number_of_nodes() <= drawn.number_of_nodes():
        return ""
    return (f"showing the {drawn.number_of_nodes()} most connected of {full.number_of_nodes()} nodes "
            f"(--top {top}); narrow with --region or --type, or raise --top")


def network_view(store: ox.Store, path: str | Path, region: str | None = None,
                 types: list[str] | tuple[str, ...] | None = None, top: int = DEFAULT_TOP) -> tuple[int, int]:
    """Findings and the entities around them, the `top` nodes by degree."""
    g = P.entity_network(store, region, labels=False)
    chosen = _types(types)
    if chosen:
        g = P.keep_types(g, chosen)
    drawn = P.add_labels(store, top_nodes(g, top))
    heading = "巡视巡察整改网络 · findings, agencies, hospitals, policies, documents, people" + (f" · {region}" if region else "")
    return render(drawn, path, heading, _note(g, drawn, top), P.sentences(store, drawn.nodes))


def policy_region_view(store: ox.Store, path: str | Path, region: str | None = None,
                       top: int = DEFAULT_TOP) -> tuple[int, int]:
    """Which policies recur where: edge width = number of reports."""
    g = P.policy_region(store, region)
    drawn = top_nodes(g, top)
    heading = "制度 × 地区 · policies by region (edge width = reports)" + (f" · {region}" if region else "")
    return render(drawn, path, heading, _note(g, drawn, top), edge_counts=True)


def report_view(store: ox.Store, path: str | Path, report: str | None = None,
                top: int = DEFAULT_TOP) -> tuple[int, int]:
    """One report: inspection → findings → rectification → documents, policies, money."""
    iri = P.find_report(store, report)
    g = P.report_structure(store, iri)
    drawn = top_nodes(g, top)
    heading = f"通报结构 · report structure · {g.nodes[iri]['label']}"
    return render(drawn, path, heading, _note(g, drawn, top), P.sentences(store, drawn.nodes, limit=1, report=iri),
                  hierarchical=True)


def write_view(store: ox.Store, path: str | Path, kind: str = "network", region: str | None = None,
               types: list[str] | tuple[str, ...] | None = None, top: int = DEFAULT_TOP,
               report: str | None = None) -> tuple[int, int]:
    if kind == "network":
        return network_view(store, path, region, types, top)
    if kind == "policy-region":
        return policy_region_view(store, path, region, top)
    if kind == "report":
        return report_view(store, path, report, top)
    raise KgError(f"unknown view {kind!r}; use {', '.join(KINDS)}")
