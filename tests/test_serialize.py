"""kg.serialize: every dump format written from triples, checked by re-parsing."""
import pyoxigraph as ox
import pytest
from conftest import sample

from kg.serialize import FORMATS, Lit, chunks, head, iri_ok, tail
from kg.vocab import KG, PREFIXES

G = "https://w3id.org/xuncha-kg/report/0123456789abcdef0123456789abcdef"
S = "https://w3id.org/xuncha-kg/id/agency/3f2a"
XSD = PREFIXES["xsd"]
NASTY = ['他说"整改"', "C:\\路径\\", "第一行\n第二行\r\n", "tab\there", "bell\x07zero\u200bwidth",
         "</script><img src=x onerror=alert(1)>", "", "😀 emoji", "trailing \\"]


def _triples():
    out = [(S, PREFIXES["rdf"] + "type", str(KG.Agency)),
           (S, PREFIXES["rdfs"] + "label", Lit("开封市卫生健康委员会", None, "zh")),
           (S, str(KG.locatedIn), "https://w3id.org/xuncha-kg/id/region/abc"),
           (S, str(KG.start), Lit("12", XSD + "integer")),
           (S, str(KG.fileName), Lit("a.txt", XSD + "string")),
           ("https://example.org/x#frag", str(KG.mentions), S)]
    out += [(S, str(KG.surface), Lit(v, None, "zh")) for v in NASTY]
    out += [(S, str(KG.fileName), Lit(v)) for v in NASTY]
    return out


def _expected(graph: bool) -> set:
    def term(t):
        if isinstance(t, Lit):
            if t.lang:
                return ox.Literal(t.value, language=t.lang)
            return ox.Literal(t.value, datatype=ox.NamedNode(t.datatype or XSD + "string"))
        return ox.NamedNode(t)
    g = ox.NamedNode(G) if graph else ox.DefaultGraph()
    return {ox.Quad(term(s), term(p), term(o), g) for s, p, o in _triples()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reparses_to_exactly_the_triples_written(fmt):
    data = head(fmt) + chunks([fmt], _triples() * 2, G)[fmt] + tail(fmt)  # duplicates written once
    parsed = set(ox.parse(data, format={"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                        "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                                        "jsonld": ox.RdfFormat.JSON_LD}[fmt]))
    assert parsed == _expected(graph=fmt in ("nq", "trig"))


def test_turtle_uses_prefixed_names_only_where_they_need_no_escaping():
    ttl = chunks(["ttl"], _triples(), G)["ttl"].decode("utf-8")
    assert "kg:Agency" in ttl and "kg:locatedIn" in ttl and '"12"^^xsd:integer' in ttl
    assert f"<{S}>" in ttl  # id/agency/3f2a has a slash: written in full, not as id:agency/3f2a
    assert "\n" not in [line for line in ttl.splitlines() if "第一行" in line][0]


def test_nquads_are_one_sorted_line_per_distinct_triple():
    nq = chunks(["nq"], _triples() * 3, G)["nq"].decode("utf-8").splitlines()
    assert len(nq) == len(set(nq)) == len(_triples()) and nq == sorted(nq)


@pytest.mark.parametrize("bad", ["no-scheme", "https://x.org/a b", "https://x.org/<script>", 'https://x.org/"q"',
                                 "https://x.org/a\nb", "https://x.org/{x}", "https://x.org/a\\b"])
def test_text_that_is_not_an_iri_never_reaches_the_output_as_one(bad):
    with pytest.raises(ValueError):
        iri_ok(bad)
    with pytest.raises(ValueError):
        chunks(["nq"], [(bad, str(KG.mentions), S)], G)


def test_a_report_graph_written_by_the_workers_equals_the_same_graph_read_back_from_the_store(tmp_path):
    """The build's chunks and `kg export`'s (from the store) are the same bytes."""
    from kg.build import build
    from kg.export import triples_of
    from kg.store import open_store, report_graphs
    build([sample("003")], tmp_path / "out", view=False)
    store = open_store(tmp_path / "out" / "store", read_only=True)
    [g] = report_graphs(store)
    nq = (tmp_path / "out" / "graph.nq").read_bytes()
    from_store = chunks(["nq"], triples_of(store, ox.NamedNode(g)), g)["nq"]
    assert from_store and from_store in nq
