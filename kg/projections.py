"""Projections: networkx graphs read from the store, shared by the views and analytics.

- `entity_network`: findings and the agencies, hospitals, companies, policies,
  documents and people they concern, name or cite, plus who issued a document, who
  inspected whom and who holds a post where;
- `policy_region`: policies × regions, edge weight = number of reports;
- `report_structure`: one report: inspection → findings → rectification → what it cites;
- `co_mention` and `agency_issue`: projections of the entity network for analytics.

Nodes carry `label`, `type` (see TYPES), `regions` (names of the report regions they
come from) and `reports`; edges carry `relation` and `weight`. IRIs from the store are
passed back into SPARQL only as pyoxigraph terms, never as text.
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from kg.errors import KgError
from kg.gazetteer import gazetteer
from kg.summary import pairs
from kg.vocab import KG, PREFIXES, SUMMARY

# node type → (Chinese, English) names, in legend order
TYPES = {
    "Finding": ("问题", "finding"),
    "Agency": ("机关", "agency"),
    "Hospital": ("医疗机构", "hospital"),
    "Company": ("企业", "company"),
    "Policy": ("制度", "policy"),
    "Document": ("文件", "document"),
    "Person": ("人员", "person"),
    "Region": ("地区", "region"),
    "Report": ("通报", "report"),
    "Inspection": ("巡视巡察", "inspection"),
    "Rectification": ("整改", "rectification"),
    "MonetaryAmount": ("金额", "money"),
}
ENTITY_TYPES = ("Agency", "Hospital", "Company", "Policy", "Document", "Person")
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def _query(store: ox.Store, sparql: str, **values: Iterable[ox.NamedNode]):
    """Run SPARQL with VALUES clauses for `values` (written by pyoxigraph's terms) at #VALUES."""
    clauses = "".join(f"VALUES ?{k} {{ {' '.join(str(t) for t in v)} }}\n" for k, v in values.items())
    return store.query(_PROLOGUE + sparql.replace("#VALUES", clauses))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def report_regions(store: ox.Store) -> dict[str, tuple[str, str, frozenset[str]]]:
    """report IRI → (file name, region name, names of the region and its ancestors)."""
    gaz = gazetteer()
    out = {}
    for row in store.query(_PROLOGUE + """
            SELECT ?r ?file ?name ?code WHERE { GRAPH ?r { ?r a kg:Report ; kg:fileName ?file .
              OPTIONAL { ?r kg:region ?reg . ?reg rdfs:label ?name ; kg:adminCode ?code } } }"""):
        name = row["name"].value if row["name"] is not None else ""
        region = gaz.by_code.get(row["code"].value) if row["code"] is not None else None
        names = {name} - {""}
        while region is not None:
            names.add(region.name)
            region = gaz.parent(region)
        out[row["r"].value] = (row["file"].value, name, frozenset(names))
    return out


def reports_in(store: ox.Store, region: str | None) -> dict[str, tuple[str, str, frozenset[str]]]:
    """The reports whose region is `region` or lies within it (all when None)."""
    reports = report_regions(store)
    if region is None:
        return reports
    chosen = {r: v for r, v in reports.items() if region in v[2]}
    if not chosen:
        known = sorted({v[1] for v in reports.values() if v[1]})
        raise KgError(f"no report of region {region!r}; regions: {'、'.join(known[:20]) or 'none'}")
    return chosen


def _add_edge(g: nx.Graph, a: str, b: str, relation: str) -> None:
    if g.has_edge(a, b):
        g.edges[a, b]["weight"] += 1
    else:
        g.add_edge(a, b, relation=relation, weight=1)


_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_ORG = PREFIXES["org"]


def _scan(store: ox.Store, predicate: str, obj: ox.NamedNode | None = None, graphs: set | None = None):
    """(subject, object, graph) of every quad with `predicate` (and `obj`) in `graphs`.

    The network is read with index scans joined here: a SPARQL join over every report
    graph binds each row through a lookup (69 s at 1,000 reports); scans take 1-2 s."""
    for q in store.quads_for_pattern(None, ox.NamedNode(predicate), obj, None):
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
        if graphs is None or g in graphs:
            yield q.subject.value, q.object, g


def entity_network(store: ox.Store, region: str | None = None, labels: bool = True) -> nx.DiGraph:
    """Findings and the entities they concern, name or cite, and the links among those:
    who issued a document, who inspected whom, who holds which post where. Without
    `labels`, nodes are left unlabelled for `add_labels` to fill in for those kept
    (one lookup a node: minutes for the whole network of 10,000 reports)."""
    reports = reports_in(store, region)
    graphs = set(reports) if region else None
    types: dict[str, str] = {}
    for t in ("Finding", *ENTITY_TYPES):
        for s, _, _ in _scan(store, PREFIXES["rdf"] + "type", ox.NamedNode(KG[t]), graphs):
            types.setdefault(s, t)
    g = nx.DiGraph()

    def link(a: str, b: str, relation: str, graph: str) -> None:
        for n in (a, b):
            if n not in g:
                g.add_node(n, label="", type=types[n], regions=set(), reports=set())
            g.nodes[n]["regions"].add(reports[graph][1])
            g.nodes[n]["reports"].add(reports[graph][0])
        _add_edge(g, a, b, relation)

    for rel in ("concerns", "mentions", "cites"):
        for s, o, graph in _scan(store, KG[rel], None, graphs):
            if types.get(s) == "Finding" and o.value in types and types[o.value] != "Finding":
                link(s, o.value, rel, graph)
    for rel in ("issuedBy", "inspected"):
        for s, o, graph in _scan(store, KG[rel], None, graphs):
            if s in types and o.value in types:
                link(s, o.value, rel, graph)
    member = {s: o.value for s, o, _ in _scan(store, _ORG + "member", None, graphs)}
    post = {s: o.value for s, o, _ in _scan(store, KG.postLabel, None, graphs)}
    for m, o, graph in _scan(store, _ORG + "organization", None, graphs):
        person = member.get(m)
        if person in types and o.value in types:
            link(person, o.value, post.get(m, "member"), graph)
    if labels:
        add_labels(store, g)
    return g


def add_labels(store: ox.Store, g: nx.Graph) -> nx.Graph:
    """Give every node of `g` its rdfs:label from the store (its IRI if it has none)."""
    for n, data in g.nodes(data=True):
        data["label"] = next((q.object.value for q in store.quads_for_pattern(ox.NamedNode(n), _LABEL, None, None)), n)
    return g


def policy_region(store: ox.Store, region: str | None = None) -> nx.Graph:
    """Policies and regions; an edge's weight is the number of the region's reports
    naming the policy."""
    reports = reports_in(store, region)
    names = {row["x"].value: row["l"].value for row in _query(
        store, "SELECT ?x ?l WHERE { #VALUES GRAPH ?summary { ?x skos:prefLabel ?l } }",
        summary=[ox.NamedNode(SUMMARY)])}
    wanted = {v[1] for v in reports.values()}
    g = nx.Graph()
    for (p_node, reg_node), n in sorted(pairs(store).items(), key=lambda x: (x[0][0].value, x[0][1].value)):
        p, reg = p_node.value, reg_node.value
        rname = names.get(reg)
        if rname is None or (region and rname not in wanted):
            continue
        for node, label, type_ in ((p, names.get(p, p), "Policy"), (reg, rname, "Region")):
            if node not in g:
                g.add_node(node, label=label, type=type_, regions={rname}, reports=set())
            g.nodes[node]["regions"].add(rname)
        g.add_edge(p, reg, relation="mentionedInRegion", weight=n)
    return g


def find_report(store: ox.Store, name: str | None) -> str:
    """The IRI of the report whose file name, file stem or IRI is `name` (the only
    report when None)."""
    reports = report_regions(store)
    if name is None:
        if len(reports) == 1:
            return next(iter(reports))
        raise KgError(f"the store holds {len(reports)} reports; choose one with --report FILE "
                      f"(e.g. {', '.join(sorted(v[0] for v in reports.values())[:3])})")
    hits = [r for r, v in reports.items() if name in (r, v[0]) or v[0].rsplit(".", 1)[0] == name
            or v[0].startswith(name)]
    if len(hits) != 1:
        raise KgError(f"{'no' if not hits else len(hits)} reports match {name!r}"
                      + (f": {', '.join(sorted(reports[h][0] for h in hits)[:5])}" if hits else ""))
    return hits[0]


_REPORT_PARTS = """
SELECT ?kind ?s ?o ?otype ?olabel ?extra ?p WHERE {
  #VALUES
  GRAPH ?r {
    { ?r kg:reportsOn ?o . ?o rdfs:label ?olabel . BIND("inspection" AS ?kind) BIND(?r AS ?s)
      BIND(kg:Inspection AS ?otype) }
    UNION { ?r kg:reportsOn ?s . ?s kg:inspector ?o . ?o rdfs:label ?olabel . BIND("inspector" AS ?kind)
      BIND(kg:Agency AS ?otype) }
    UNION { ?r kg:reportsOn ?s . ?s kg:target ?o . ?o rdfs:label ?olabel . BIND("target" AS ?kind)
      BIND(kg:Agency AS ?otype) }
    UNION { ?r kg:reportsOn ?s . ?s kg:found ?o . ?o rdfs:label ?olabel ; kg:headingPath ?extra .
      BIND("finding" AS ?kind) BIND(kg:Finding AS ?otype) }
    UNION { ?r kg:reportsOn/kg:found ?s . ?s kg:status ?olabel . OPTIONAL { ?s kg:deadline ?d }
      OPTIONAL { ?s kg:rectification ?t } BIND(CONCAT(COALESCE(STR(?d), ""), "|", COALESCE(?t, "")) AS ?extra)
      BIND("rectification" AS ?kind) BIND(?s AS ?o) BIND(kg:Rectification AS ?otype) }
    UNION { ?r kg:reportsOn/kg:found ?s . ?s ?p ?o . VALUES ?p { kg:cites kg:mentions }
      ?o a ?otype ; rdfs:label ?olabel . VALUES ?otype { kg:Document kg:Policy kg:MonetaryAmount }
      OPTIONAL { ?o kg:moneyAction ?extra } BIND("cites" AS ?kind) }
  }
}"""


def report_structure(store: ox.Store, report: str) -> nx.DiGraph:
    """One report as a tree: report → inspection → findings → rectification → the
    documents, policies and amounts each finding cites or names."""
    reports = report_regions(store)
    file, region, _ = reports[report]
    g = nx.DiGraph()
    title = next((row["t"].value for row in _query(
        store, "SELECT ?t WHERE { #VALUES GRAPH ?r { ?r dcterms:title ?t } }", r=[ox.NamedNode(report)])), file)
    g.add_node(report, label=title, type="Report", level=0, regions={region}, reports={file})
    rect: dict[str, str] = {}
    rows = sorted(_query(store, _REPORT_PARTS, r=[ox.NamedNode(report)]),
                  key=lambda row: ["inspection", "inspector", "target", "finding", "rectification",
                                   "cites"].index(row["kind"].value))
    level = {"inspection": 1, "inspector": 2, "target": 2, "finding": 2, "rectification": 3, "cites": 4}
    for row in rows:
        kind, s, o = row["kind"].value, row["s"].value, row["o"].value
        extra = row["extra"].value if row["extra"] is not None else ""
        type_ = _local(row["otype"].value)
        if kind == "rectification":
            deadline, _, text = extra.partition("|")
            o = f"{s}#rectification"
            rect[s] = o
            label = row["olabel"].value + (f" · {deadline}" if deadline else "")
            g.add_node(o, label=label, type=type_, level=3, regions={region}, reports={file}, detail=text)
        else:
            if kind == "cites":
                s = rect.get(s, s)
            label = row["olabel"].value
            if o not in g:
                g.add_node(o, label=label, type=type_, level=level[kind], regions={region}, reports={file},
                           detail=extra if kind != "finding" else f"{extra} {label}")
        relation = _local(row["p"].value) if kind == "cites" else {"finding": "found"}.get(kind, kind)
        g.add_edge(s, o, relation=relation, weight=1)
    return g


def co_mention(network: nx.Graph) -> nx.Graph:
    """Entities linked when the same finding concerns, names or cites both; weight =
    number of such findings."""
    g = nx.Graph()
    for f, data in network.nodes(data=True):
        if data["type"] != "Finding":
            continue
        ents = sorted(set(network.successors(f)) if network.is_directed() else set(network.neighbors(f)))
        for e in ents:
            g.add_node(e, **network.nodes[e])
        for i, a in enumerate(ents):
            for b in ents[i + 1:]:
                if g.has_edge(a, b):
                    g.edges[a, b]["weight"] += 1
                else:
                    g.add_edge(a, b, relation="co-mentioned", weight=1)
    return g


def agency_issue(network: nx.Graph) -> nx.Graph:
    """Findings and the bodies they concern (agencies, hospitals, companies)."""
    g = nx.Graph()
    for a, b, data in network.edges(data=True):
        if data["relation"] == "concerns":
            for n in (a, b):
                g.add_node(n, **network.nodes[n])
            g.add_edge(a, b, **data)
    return g


def keep_types(network: nx.Graph, types: Iterable[str]) -> nx.Graph:
    """The network with only nodes of `types`; when findings are left out, entities that
    a finding linked are joined directly (co-mentioned)."""
    types = set(types)
    if "Finding" in types:
        return network.subgraph([n for n, t in network.nodes(data="type") if t in types]).copy()
    g = co_mention(network)
    for a, b, data in network.edges(data=True):
        if network.nodes[a]["type"] != "Finding" and network.nodes[b]["type"] != "Finding":
            g.add_node(a, **network.nodes[a])
            g.add_node(b, **network.nodes[b])
            g.add_edge(a, b, **data)
    return g.subgraph([n for n, t in g.nodes(data="type") if t in types]).copy()


def sentences(store: ox.Store, nodes: Iterable[str], limit: int = 3,
              report: str | None = None) -> dict[str, list[tuple[str, str]]]:
    """Up to `limit` (report file, sentence) pairs in which each node is mentioned or,
    for a finding, the sentence it was read from (in `report` only, when given). Reads
    only as many mentions as it keeps, so a policy named in thousands of reports costs
    no more than a rare one."""
    in_sentence, text_of, in_report = ox.NamedNode(KG.inSentence), ox.NamedNode(KG.text), ox.NamedNode(KG.inReport)
    file_name = ox.NamedNode(KG.fileName)
    files: dict[str, str] = {}

    def one(subject, p):
        return next((q.object for q in store.quads_for_pattern(subject, p, None, None)), None)

    out: dict[str, list[tuple[str, str]]] = {}
    for n in nodes:
        got: list[tuple[str, str]] = []
        node = ox.NamedNode(n)
        sources = (q.subject for pred in (KG.mentionOf, PREFIXES["rdf"] + "object")
                   for q in store.quads_for_pattern(None, ox.NamedNode(pred), node, None))
        for src in sources:
            where = one(src, in_sentence)
            text, rep = (None, None) if where is None else (one(where, text_of), one(where, in_report))
            if text is None or rep is None or (report is not None and rep.value != report):
                continue
            if rep.value not in files:
                f = one(rep, file_name)
                files[rep.value] = f.value if f is not None else rep.value
            pair = (files[rep.value], text.value)
            if pair not in got:
                got.append(pair)
            if len(got) >= limit:
                break
        out[n] = got
    return out
