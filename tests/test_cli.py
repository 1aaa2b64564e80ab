"""The `kg` command, driven through click's CliRunner."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import GOLD, sample

from kg.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(runner, command):
    res = runner.invoke(main, [command, "--help"])
    assert res.exit_code == 0 and "Usage:" in res.output
    assert len(main.commands[command].help or "") > 20


def test_build_skips_an_undecodable_file_and_goes_on(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src)
    (src / "broken.txt").write_bytes(b"\xff\xfe\xfd" * 10 + bytes(range(128, 256)) * 3)
    res = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "broken.txt" in res.output and "skipped" in res.output
    summary = json.loads(res.output[res.output.index("{"):])
    assert summary["reports"] == 1 and summary["skipped"] == 1
    assert (tmp_path / "out" / "graph.nq").exists()


def test_build_fails_when_nothing_is_readable(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = runner.invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1 and "Error:" in res.output and "empty.txt" in res.output


def test_build_reports_a_missing_path(runner, tmp_path):
    res = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1 and "no such file or folder" in res.output


def test_query_as_table_csv_and_json(runner, built):
    out, _ = built
    q = "SELECT ?f WHERE { ?r a kg:Report ; kg:fileName ?f } ORDER BY ?f"
    table = runner.invoke(main, ["query", q, "--store", str(out / "store")])
    assert table.exit_code == 0 and "000_bb40b66375bbde56.txt" in table.output
    csv_out = runner.invoke(main, ["query", q, "--store", str(out / "store"), "--format", "csv"])
    assert csv_out.output.splitlines()[0] == "f" and len(csv_out.output.splitlines()) == 6
    js = runner.invoke(main, ["query", q, "--store", str(out / "store"), "--format", "json"])
    assert len(json.loads(js.output)) == 5


def test_query_from_file_and_bad_query(runner, built, tmp_path):
    out, _ = built
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?f a kg:Finding }", encoding="utf-8")
    res = runner.invoke(main, ["query", "-f", str(rq), "--store", str(out / "store"), "--format", "json"])
    assert json.loads(res.output)[0]["n"] == "105"
    bad = runner.invoke(main, ["query", "SELEC nothing", "--store", str(out / "store")])
    assert bad.exit_code == 1 and bad.output.startswith("Error:")


def test_query_without_a_store_says_what_to_do(runner, tmp_path):
    res = runner.invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "kg build" in res.output


def test_extract_writes_gold_schema_records(runner, tmp_path):
    res = runner.invoke(main, ["extract", str(sample("004")), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    rec = json.loads((tmp_path / (sample("004").stem + ".json")).read_text(encoding="utf-8"))
    assert {"doc", "region", "publisher", "published", "inspection", "entities", "roles", "issues"} <= set(rec)
    assert rec["region"]["name"] == "开封市" and rec["inspection"]["start"] == "2021-11-10"
    assert any(e["type"] == "doc_number" and "汴政办〔2022〕29号" in e["mentions"] for e in rec["entities"])


def test_eval_prints_the_table_and_errors(runner):
    res = runner.invoke(main, ["eval", "--gold", str(GOLD), str(sample("003")), "--errors"])
    assert res.exit_code == 0, res.output
    assert "precision" in res.output and "overall" in res.output and "issues:" in res.output


def test_eval_and_extract_name_a_file_they_cannot_read(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src)
    (src / "old.ofd").write_bytes(b"PK\x03\x04")
    (src / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    for args in (["eval", "--gold", str(GOLD)], ["extract", "--out", str(tmp_path / "records")]):
        res = runner.invoke(main, [*args, str(src)])
        assert res.exit_code == 0, res.output
        assert "old.ofd: not read" in res.stderr and "save a .ofd file as text" in res.stderr
        assert "old.doc: not a readable Word 97-2003 file" in res.stderr
        assert "scan.pdf: damaged PDF" in res.stderr


def test_eval_json(runner):
    res = runner.invoke(main, ["eval", "--gold", str(GOLD), str(sample("001")), "--format", "json"])
    d = json.loads(res.output)
    assert d["fields"]["inspection.feedback"]["accuracy"] == 1.0
    assert d["issues"]["recall"] == 1.0
