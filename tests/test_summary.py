"""The summary graph: derived from the report graphs, always in step with them, and
giving recurring-policies the same answer as scanning every report."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
from conftest import sample

from kg.build import build
from kg.query import named, run
from kg.store import open_store
from kg.summary import digest, recorded_digest
from kg.vocab import SUMMARY

# recurring-policies written the direct way: every policy of every report joined with
# the report's region. Too slow on a large corpus, but the definition of the answer.
SCAN = """
SELECT ?policy (COUNT(DISTINCT ?region) AS ?regions)
       (GROUP_CONCAT(DISTINCT ?regionName; separator="、") AS ?regionNames)
       (COUNT(DISTINCT ?report) AS ?reports)
WHERE {
  GRAPH ?report {
    ?report kg:region ?region ; kg:mentions ?p .
    ?p a kg:Policy ; rdfs:label ?policyLabel .
    ?region rdfs:label ?regionName .
  }
  BIND(STR(?policyLabel) AS ?policy)
}
GROUP BY ?policy
HAVING (COUNT(DISTINCT ?region) >= %d)
"""


def _answer(store, min_regions=2):
    _, rows = run(store, named("recurring-policies").bind({"min_regions": str(min_regions)}))
    return {r[0]: (r[1], sorted(r[2].split("、")), r[3]) for r in rows}


def _scanned(store, min_regions=2):
    _, rows = run(store, SCAN % min_regions)
    return {r[0]: (r[1], sorted(r[2].split("、")), r[3]) for r in rows}


def test_recurring_policies_from_the_summary_equal_the_scan_of_every_report(store):
    for n in (1, 2, 3):
        assert _answer(store, n) == _scanned(store, n) != {}


def _open(out):
    return open_store(out / "store", create=False)


def test_the_summary_follows_added_changed_and_pruned_reports(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(sample("000"), src)  # 鄂州市
    shutil.copy(sample("004"), src)  # 开封市
    counts = []
    for step in ("first", "added", "changed", "pruned"):
        if step == "added":
            shutil.copy(sample("001"), src)  # 江西省
        elif step == "changed":
            path = src / sample("004").name
            path.write_text(path.read_text(encoding="utf-8").replace("三重一大", "重大事项"), encoding="utf-8")
        elif step == "pruned":
            (src / sample("000").name).unlink()
        build([src], out, view=False, dumps=False, prune=True)
        store = _open(out)
        assert _answer(store, 1) == _scanned(store, 1) != {}, step
        counts.append(_answer(store, 1).get("三重一大", ("0",))[0])
        del store
    assert counts == ["2", "3", "2", "1"]


def test_a_missing_or_stale_summary_is_rebuilt_even_when_no_report_changed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(sample("002"), src)
    shutil.copy(sample("003"), src)
    build([src], out, view=False)
    store = _open(out)
    expected = _answer(store, 1)
    store.update(f"DROP GRAPH <{SUMMARY}>")  # as if a build had died before writing it
    assert _answer(store, 1) == {}
    del store
    res = build([src], out, view=False)
    store = _open(out)
    assert res.unchanged == 2 and _answer(store, 1) == expected
    assert recorded_digest(store) == digest([g.value for g in store.named_graphs()
                                             if isinstance(g, ox.NamedNode) and g.value != SUMMARY])
    assert SUMMARY in (out / "graph.nq").read_text(encoding="utf-8")  # the dumps were rewritten with it
