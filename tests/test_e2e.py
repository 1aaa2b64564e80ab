"""End to end: build the samples and check concrete facts in the store and the dumps."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.query import run
from kg.validate import validate_dump, validate_graph


def _one(store, sparql):
    cols, rows = run(store, sparql)
    return rows


def test_build_summary(built):
    _, res = built
    assert res.reports == 5 and not res.skipped
    assert res.triples > 5000
    assert {"agency", "hospital", "document", "money", "policy"} <= set(res.entities)


def test_one_named_graph_per_report(store):
    from kg.store import report_graphs
    assert len(report_graphs(store)) == 5


def test_district_inspection_dates(store):
    rows = _one(store, """
        SELECT ?start ?end ?fb WHERE {
          ?r kg:fileName ?f ; kg:reportsOn ?i . FILTER(STRSTARTS(?f, "002_"))
          ?i kg:onSiteStart ?start ; kg:onSiteEnd ?end ; kg:feedbackDate ?fb }""")
    assert rows == [["2024-09-15", "2024-11-12", "2025-03-24"]]


def test_kaifeng_report_cites_its_document_number(store):
    rows = _one(store, """
        SELECT ?id WHERE { ?r kg:fileName ?f ; kg:mentions ?n . FILTER(STRSTARTS(?f, "004_"))
          ?n a kg:DocumentNumber ; dcterms:identifier ?id }""")
    assert ["汴政办〔2022〕29号"] in rows


def test_money_is_a_decimal(store):
    rows = _one(store, """
        SELECT ?v WHERE { ?r kg:fileName ?f ; kg:mentions ?m . FILTER(STRSTARTS(?f, "000_"))
          ?m a kg:MonetaryAmount ; schema:value ?v . FILTER(?v = 187357.54) }""")
    assert rows == [["187357.54"]]


def test_publisher_and_region_with_code(store):
    rows = _one(store, """
        SELECT ?name ?code WHERE { ?r kg:fileName ?f ; kg:region ?reg . FILTER(STRSTARTS(?f, "003_"))
          ?reg rdfs:label ?name ; kg:adminCode ?code }""")
    assert rows == [["商南县", "611023"]]


@pytest.mark.parametrize("name, fmt", [("graph.nq", ox.RdfFormat.N_QUADS), ("graph.trig", ox.RdfFormat.TRIG),
                                       ("graph.ttl", ox.RdfFormat.TURTLE), ("graph.jsonld", ox.RdfFormat.JSON_LD)])
def test_every_dump_reparses_with_pyoxigraph(built, name, fmt):
    out, res = built
    quads = list(ox.parse(path=str(out / name), format=fmt))
    assert len(quads) >= 5000


@pytest.mark.parametrize("name, fmt", [("graph.nq", "nquads"), ("graph.trig", "trig"), ("graph.ttl", "turtle")])
def test_dumps_reparse_with_rdflib(built, name, fmt):
    out, _ = built
    if fmt == "turtle":
        assert len(Graph().parse(out / name, format=fmt)) > 5000
    else:
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        assert len(list(ds.graphs())) >= 5


def test_merged_graph_conforms_to_the_shapes(built):
    out, _ = built
    conforms, report = validate_dump(out / "graph.nq")
    assert conforms, report[:2000]


def test_a_decrees_number_with_no_year_is_a_document_number_that_conforms(tmp_path):
    """国务院令第149号: a number with no year in brackets; its node has a serial and no year,
    and the report's graph still meets the shapes."""
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text("中共某市卫生健康局党组关于巡察整改情况的通报\n"
                               "一、学习《医疗机构管理条例》（国务院令第149号）不深入。整改情况：组织学习。已完成整改。\n"
                               "中共某市卫生健康局党组\n2024年12月19日\n", encoding="utf-8")
    build([src], tmp_path / "out")
    g = Dataset()
    g.parse(tmp_path / "out" / "graph.nq", format="nquads")
    ids = {str(o) for s, p, o, _ in g.quads((None, None, None, None)) if str(p).endswith("/identifier")}
    assert "国务院令第149号" in ids
    conforms, report = validate_dump(tmp_path / "out" / "graph.nq")
    assert conforms, report[:2000]


def test_a_broken_graph_fails_with_a_readable_report():
    g = Graph().parse(data="""
        @prefix kg: <https://w3id.org/xuncha-kg/ontology#> .
        <urn:x:r> a kg:Report ; kg:fileName "a.txt" ; kg:sha256 "not-a-hash" .""", format="turtle")
    conforms, report = validate_graph(g)
    assert not conforms and "sha256" in report


def test_building_twice_gives_identical_dumps_and_any_order_the_same_sorted_nquads(built, tmp_path):
    from conftest import SAMPLES

    from kg.build import build
    out, _ = built
    build([SAMPLES], tmp_path / "again", view=False)
    for fmt in ("nq", "trig", "ttl", "jsonld"):  # graphs in the order their files are met
        assert (tmp_path / "again" / f"graph.{fmt}").read_bytes() == (out / f"graph.{fmt}").read_bytes(), fmt
    build(sorted(SAMPLES.glob("*.txt"), reverse=True), tmp_path / "reversed", view=False)
    reversed_lines = (tmp_path / "reversed" / "graph.nq").read_bytes().splitlines()
    lines = (out / "graph.nq").read_bytes().splitlines()
    assert reversed_lines != lines and sorted(reversed_lines) == sorted(lines)


def test_view_is_self_contained_and_escaped(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis.DataSet" in page
    assert 'src="http' not in page and 'href="http' not in page


def test_relations_carry_their_provenance(store):
    rows = _one(store, """
        SELECT ?number ?body ?sentence WHERE {
          ?st rdf:subject ?n ; rdf:predicate kg:issuedBy ; rdf:object ?b ;
              kg:inSentence/kg:text ?sentence ; kg:start ?s ; kg:end ?e .
          ?n dcterms:identifier ?number . ?b rdfs:label ?body . FILTER(?number = "豫办〔2019〕24号") }""")
    assert rows and rows[0][1] == "中共河南省委办公厅" and "豫办" in rows[0][2]


def test_adding_a_report_changes_no_iri_of_the_others(tmp_path):
    from conftest import sample

    from kg.build import build
    build([sample("003")], tmp_path / "one", view=False)
    build([sample("003"), sample("002")], tmp_path / "two", view=False)
    from kg.vocab import SUMMARY

    def report_quads(out):  # the summary graph is derived from all reports, so it changes
        lines = (out / "graph.nq").read_text(encoding="utf-8").splitlines()
        return {q for q in lines if not q.endswith(f"<{SUMMARY}> .")}

    one, two = report_quads(tmp_path / "one"), report_quads(tmp_path / "two")
    assert one and one <= two


def test_region_hierarchy_with_national_codes(store):
    rows = _one(store, """
        SELECT ?code ?pcode ?ppcode WHERE { ?d kg:adminCode ?code ; rdfs:label "珠晖区"@zh ;
          kg:locatedIn ?p . ?p kg:adminCode ?pcode ; kg:locatedIn ?pp . ?pp kg:adminCode ?ppcode }""")
    assert rows == [["430405", "430400", "430000"]]


def test_a_titled_document_is_issued_by_the_body_at_its_head(store):
    rows = _one(store, """
        SELECT ?title WHERE { ?d a kg:Document ; rdfs:label ?title ; kg:issuedBy ?b .
          ?b rdfs:label "开封市人民政府办公室"@zh }""")
    assert any(r[0].startswith("开封市人民政府办公室关于") for r in rows)


def test_roles_are_memberships_with_provenance(store):
    rows = _one(store, """
        SELECT ?post ?sentence WHERE { ?m a org:Membership ; org:member ?p ; kg:postLabel ?post ;
          kg:inSentence ?where . ?where kg:text ?sentence ; kg:inReport ?report .
          ?report kg:fileName ?file . ?p rdfs:label "龚建平"@zh }""")
    assert sorted(r[0] for r in rows) == ["党组书记、主任", "组长"]  # 组长: 既担任领导小组组长
    assert all("龚建平" in r[1] for r in rows)
