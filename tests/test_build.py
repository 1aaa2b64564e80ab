"""Incremental builds: unchanged reports are skipped, a changed report replaces its old
graph, --prune drops reports that are gone."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
from conftest import sample

from kg.build import build
from kg.ingest import SUFFIXES
from kg.store import open_store, report_graphs
from kg.vocab import SUMMARY


def _graphs(out):
    store = open_store(out / "store", create=False)
    try:
        return report_graphs(store)
    finally:
        del store


def test_second_build_skips_unchanged_reports(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in ("002", "003"):
        shutil.copy(sample(p), src)
    first = build([src], tmp_path / "out", view=False)
    dump = (tmp_path / "out" / "graph.nq").read_bytes()
    second = build([src], tmp_path / "out", view=False)
    assert (first.reports, second.reports, second.unchanged) == (2, 0, 2)
    assert second.outputs == []  # nothing changed: dumps left as they were
    assert (tmp_path / "out" / "graph.nq").read_bytes() == dump


def test_a_changed_report_replaces_its_graph_and_prune_drops_the_gone(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in ("002", "003"):
        shutil.copy(sample(p), src)
    build([src], tmp_path / "out", view=False)
    before = set(_graphs(tmp_path / "out"))
    changed = src / sample("003").name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充说明。", encoding="utf-8")
    res = build([src], tmp_path / "out", view=False)
    after = set(_graphs(tmp_path / "out"))
    assert (res.reports, res.unchanged) == (1, 1)
    assert len(after) == 2 and len(after - before) == 1  # the old version's graph is gone
    (src / sample("002").name).unlink()
    res = build([src], tmp_path / "out", view=False, prune=True)
    assert res.pruned == 1 and len(_graphs(tmp_path / "out")) == 1
    assert "002_" not in (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")


def test_a_build_without_dumps_updates_the_store_and_leaves_the_dumps_stale_until_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src)
    build([src], tmp_path / "out", view=False)
    shutil.copy(sample("002"), src)
    res = build([src], tmp_path / "out", view=False, dumps=False)
    assert res.reports == 1 and res.outputs == [] and len(_graphs(tmp_path / "out")) == 2
    assert "002_" not in (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")
    res = build([src], tmp_path / "out", view=False)  # nothing to extract, but the dumps are behind
    assert res.unchanged == 2 and tmp_path / "out" / "graph.nq" in res.outputs
    assert "002_" in (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")


def test_parallel_workers_give_the_same_graph_quad_for_quad(tmp_path):
    from conftest import SAMPLES
    fixtures = SAMPLES.parent.parent / "tests" / "fixtures"
    one = build([SAMPLES, fixtures], tmp_path / "one", view=False)
    two = build([SAMPLES, fixtures], tmp_path / "two", view=False, jobs=2)
    files = len(list(SAMPLES.glob("*.txt"))) + sum(p.suffix in SUFFIXES for p in fixtures.iterdir())
    assert (one.reports, one.triples) == (two.reports, two.triples) == (files, one.triples)
    assert (tmp_path / "one" / "graph.nq").read_bytes() == (tmp_path / "two" / "graph.nq").read_bytes()


def test_a_corpus_too_large_to_draw_gets_no_view_but_a_note_and_stays_incremental(tmp_path, monkeypatch):
    import kg.build
    monkeypatch.setattr(kg.build, "VIEW_MAX_REPORTS", 1)
    src = tmp_path / "in"
    src.mkdir()
    for p in ("002", "003"):
        shutil.copy(sample(p), src)
    first = build([src], tmp_path / "out")
    assert not (tmp_path / "out" / "graph.html").exists()
    assert any("not drawn for 2 reports" in w.message for w in first.warnings)
    assert build([src], tmp_path / "out").outputs == []  # nothing changed: nothing rewritten


FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE,
           "jsonld": ox.RdfFormat.JSON_LD}


def _dumps_match_the_store(out):
    """Every dump holds exactly what the store holds: quads for N-Quads and TriG, the
    union of the graphs for Turtle and JSON-LD."""
    store = open_store(out / "store", read_only=True)
    quads = set(store.quads_for_pattern(None, None, None, None))
    del store
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    for fmt, rdf in FORMATS.items():
        parsed = set(ox.parse(path=str(out / f"graph.{fmt}"), format=rdf))
        if fmt in ("nq", "trig"):
            assert parsed == quads, fmt
        else:
            assert {(q.subject, q.predicate, q.object) for q in parsed} == triples, fmt


def test_dumps_follow_the_store_through_added_changed_pruned_and_tampered_reports(tmp_path, monkeypatch):
    import kg.export
    src = tmp_path / "in"
    src.mkdir()
    for p in ("002", "003"):
        shutil.copy(sample(p), src)
    out = tmp_path / "out"
    build([src], out, view=False)
    _dumps_match_the_store(out)

    read_back = []  # graphs serialised from the store rather than from chunks
    real = kg.export.triples_of
    monkeypatch.setattr(kg.export, "triples_of", lambda store, g: read_back.append(g.value) or real(store, g))
    shutil.copy(sample("001"), src)
    build([src], out, view=False)
    _dumps_match_the_store(out)
    assert set(read_back) == {SUMMARY}  # the new report came from its worker, the others from the old dumps

    changed = src / sample("003").name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充说明。", encoding="utf-8")
    (src / sample("002").name).unlink()
    with (out / "graph.ttl").open("ab") as f:  # edited by hand: its recorded offsets no longer hold
        f.write(b"<urn:x:stray> <urn:x:p> <urn:x:o> .\n")
    read_back.clear()
    res = build([src], out, view=False, prune=True)
    assert (res.reports, res.pruned) == (1, 1)
    _dumps_match_the_store(out)
    assert len(set(read_back)) == 2  # the summary, and the unchanged report for graph.ttl only
