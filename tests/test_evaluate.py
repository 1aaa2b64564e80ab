"""Scoring follows data/gold/SCHEMA.md."""
from __future__ import annotations

from kg.evaluate import norm, score


def _rec(entities, issues=(), roles=()):
    return {"doc": "a.txt", "region": {"name": "某市"}, "publisher": "p", "published": None,
            "inspection": {}, "entities": entities, "issues": list(issues), "roles": list(roles)}


def test_normalisation():
    assert norm("醫(yī)療 衛生") == "医疗卫生"
    assert norm("（集团）") == "(集团)"


def test_precision_counts_strings_recall_counts_entities():
    gold = {"a.txt": _rec([{"type": "agency", "name": "X", "mentions": ["市卫健委", "市卫计委"]},
                           {"type": "agency", "name": "Y", "mentions": ["市医保局"]}])}
    pred = [_rec([{"type": "agency", "name": "x", "mentions": ["市卫健委", "市卫计委", "市委书记"]}])]
    c = score(pred, gold).types["agency"]
    assert (c.predicted, c.correct, c.gold, c.found) == (3, 2, 2, 1)
    assert round(c.precision, 3) == 0.667 and c.recall == 0.5


def test_issue_titles_ignore_punctuation_and_roles_match_by_containment():
    gold = {"a.txt": _rec([], issues=[{"title": "党建工作，不扎实"}],
                          roles=[{"person": "张三", "role": "党组书记、主任"}])}
    pred = [_rec([], issues=[{"title": "党建工作不扎实"}], roles=[{"person": "张三", "role": "党组书记"}])]
    sc = score(pred, gold)
    assert sc.issues_matched == 1 and sc.roles_found == 1


def test_a_found_issue_counts_as_right_only_with_the_gold_status_and_deadline():
    gold = {"a.txt": _rec([], issues=[{"title": "甲", "status": "已完成", "deadline": None},
                                      {"title": "乙", "status": "正在整改", "deadline": "2025-06"},
                                      {"title": "丙", "status": None, "deadline": None}])}
    pred = [_rec([], issues=[{"title": "甲", "status": "已完成", "deadline": None},
                             {"title": "乙", "status": "正在整改", "deadline": "2025-12"},
                             {"title": "丙", "status": "完成", "deadline": None}])]
    sc = score(pred, gold)
    assert sc.issues_matched == 3 and sc.statuses_right == 1
    wrong = [e for e in sc.errors if e["kind"] == "status"]
    assert [e["sentence"] for e in wrong] == ["乙", "丙"]
    assert "'2025-12'" in wrong[0]["text"] and "'2025-06'" in wrong[0]["text"]
