"""Named queries: listed, parameterised with typed RDF terms, answering the analysts' questions."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import named, named_queries, run

NAMES = {"recurring-policies", "agency-issues", "issue-status", "money-by-region", "citations",
         "people-posts"}


def _rows(store, name, **params):
    cols, rows = run(store, named(name).bind({k: str(v) for k, v in params.items()}))
    return [dict(zip(cols, r)) for r in rows]


def test_every_named_query_has_a_description_and_answers(store):
    assert NAMES <= set(named_queries())
    for name in NAMES:
        assert named(name).description
        assert _rows(store, name), name


def test_recurring_policies_across_regions(store):
    rows = {r["policy"]: r for r in _rows(store, "recurring-policies")}
    sanzhong = rows["三重一大"]
    assert sanzhong["regions"] == "3" and set(sanzhong["regionNames"].split("、")) == {"鄂州市", "江西省", "开封市"}
    assert all(int(r["regions"]) >= 3 for r in _rows(store, "recurring-policies", min_regions=3))


def test_overdue_findings_are_before_the_report_date_and_not_done(store):
    rows = _rows(store, "issue-status", only_overdue="true")
    assert all(r["overdue"] == "true" and r["deadline"] < r["published"][:len(r["deadline"])] for r in rows)
    june = [r for r in _rows(store, "issue-status") if r["deadline"] == "2022-06" and r["published"] == "2022-06-17"]
    assert june and all(r["overdue"] == "false" for r in june)  # due by the end of June
    assert len(_rows(store, "issue-status")) == 105


def test_money_by_region_sums_yuan(store):
    rows = _rows(store, "money-by-region")
    ezhou = [r for r in rows if r["region"] == "鄂州市" and r["action"] == "清退"]
    assert ezhou and float(ezhou[0]["yuan"]) >= 187357.54


def test_citations_with_numbers_and_issuers(store):
    rows = _rows(store, "citations")
    numbered = [r for r in rows if "汴政办〔2022〕29号" in (r["numbers"] or "")]
    assert numbered and "开封市人民政府办公室" in numbered[0]["issuers"]


def test_people_and_posts(store):
    rows = _rows(store, "people-posts")
    assert {"region": "江西省", "person": "尹弘", "post": "省委书记", "organisation": "江西省委"} in rows


@pytest.mark.parametrize("params, message", [
    ({"min_regions": "two"}, "must be integer"),
    ({"nope": "1"}, "unknown parameter"),
])
def test_bad_parameters_are_refused(params, message):
    with pytest.raises(QueryError, match=message):
        named("recurring-policies").bind(params)


def test_a_parameter_is_data_not_syntax(store):
    evil = '开封市" } } DROP ALL ; SELECT * { ?s ?p ?o '
    assert _rows(store, "agency-issues", region_filter=evil) == []
    assert _rows(store, "agency-issues", region_filter="开封市")


def test_cli_lists_and_runs_named_queries(built):
    out, _ = built
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--list"])
    assert all(n in listed.output for n in NAMES)
    res = runner.invoke(main, ["query", "recurring-policies", "-p", "min_regions=3", "--format", "csv",
                               "--store", str(out / "store")])
    assert res.exit_code == 0 and res.output.splitlines()[0] == "policy,regions,regionNames,reports"
