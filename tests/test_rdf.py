"""RDF: deterministic IRIs, ontology terms checked, provenance back to the original text."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.build import analyse, read_all
from kg.rdf import to_quads
from kg.resources import ONTOLOGY
from kg.vocab import KG, entity_iri, hash_key


def test_namespace_is_in_step_with_the_ontology():
    g = Graph().parse(ONTOLOGY / "kg.ttl")
    ns = str(KG._NS)
    in_ttl = {str(s)[len(ns):] for s in g.subjects() if str(s).startswith(ns)}
    in_code = set(KG.__annotations__)
    assert in_ttl == in_code


def test_misspelt_terms_raise():
    with pytest.raises(AttributeError):
        KG.Hosptial  # noqa: B018


def test_ids_are_deterministic():
    assert entity_iri("agency", "agency|420700|鄂州市卫生健康委员会") == entity_iri("agency", "agency|420700|鄂州市卫生健康委员会")
    assert hash_key({"b": 1, "a": 2}) == hash_key({"a": 2, "b": 1})


def test_every_class_and_property_is_labelled_in_two_languages():
    from rdflib.namespace import RDFS
    g = Graph().parse(ONTOLOGY / "kg.ttl")
    for term in KG.__annotations__:
        langs = {lab.language for lab in g.objects(URIRef(str(KG._NS) + term), RDFS.label)}
        assert {"zh", "en"} <= langs, term


def test_mentions_point_into_the_original_text(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("【字体：大 中 小】\n根据市委统一部署，市委第一巡察组对市卫健委进行了巡察。"
                   "拨付资金４１．６８万元。\n中共某某市卫生健康委员会党组\n2022年1月5日", encoding="utf-8")
    [linked] = list(analyse(read_all([src], [])))
    quads = list(to_quads(linked))
    starts = {q.subject: int(q.object.value) for q in quads if q.predicate.value == str(KG.start)}
    ends = {q.subject: int(q.object.value) for q in quads if q.predicate.value == str(KG.end)}
    surfaces = {q.subject: q.object.value for q in quads if q.predicate.value == str(KG.surface)}
    original = src.read_text(encoding="utf-8")
    money = next(s for s, v in surfaces.items() if v == "41.68万元")
    assert original[starts[money]:ends[money]] == "４１．６８万元"
