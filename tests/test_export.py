"""Dumps every store accepts: each format re-parses with pyoxigraph, rdflib and, for
Turtle and N-Triples, the independent rapper parser."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main

FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE,
           "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB = {"nq": "nquads", "trig": "trig", "ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def dumps(built, tmp_path_factory):
    out, _ = built
    folder = tmp_path_factory.mktemp("dumps")
    runner = CliRunner()
    for fmt in FORMATS:
        res = runner.invoke(main, ["export", "--format", fmt, "--out", str(folder / f"g.{fmt}"),
                                   "--store", str(out / "store")])
        assert res.exit_code == 0, res.output
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_dump_reparses_with_pyoxigraph(dumps, fmt):
    quads = list(ox.parse(path=str(dumps / f"g.{fmt}"), format=FORMATS[fmt]))
    assert len(quads) > 10000


@pytest.mark.parametrize("fmt", FORMATS)
def test_dump_reparses_with_rdflib(dumps, fmt):
    if fmt in ("nq", "trig"):
        ds = Dataset()
        ds.parse(dumps / f"g.{fmt}", format=RDFLIB[fmt])
        assert len(list(ds.graphs())) >= 5
    else:
        assert len(Graph().parse(dumps / f"g.{fmt}", format=RDFLIB[fmt])) > 10000


@pytest.mark.parametrize("fmt, syntax", [("ttl", "turtle"), ("nt", "ntriples")])
def test_dump_reparses_with_rapper(dumps, fmt, syntax):
    if shutil.which("rapper") is None:
        pytest.skip("rapper (raptor2-utils) is not installed; .ci/run installs it")
    res = subprocess.run(["rapper", "-i", syntax, "-c", str(dumps / f"g.{fmt}")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "returned" in res.stderr


def test_jsonld_uses_the_project_context(dumps):
    data = json.loads((dumps / "g.jsonld").read_text(encoding="utf-8"))
    assert data["@context"]["kg"] == "https://w3id.org/xuncha-kg/ontology#"


def test_all_formats_hold_the_same_triples(dumps):
    def triples(fmt):
        return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(dumps / f"g.{fmt}"), format=FORMATS[fmt])}
    assert triples("nq") == triples("ttl") == triples("nt") == triples("jsonld")


def test_gzip_export(built, tmp_path):
    out, _ = built
    res = CliRunner().invoke(main, ["export", "--format", "nt", "--gzip", "--out", str(tmp_path / "g.nt.gz"),
                                    "--store", str(out / "store")])
    assert res.exit_code == 0
    assert gzip.decompress((tmp_path / "g.nt.gz").read_bytes()).count(b"\n") > 10000


def test_export_into_a_folder_writes_graph_format_there_and_equals_the_build_dump(built, tmp_path):
    out, _ = built
    res = CliRunner().invoke(main, ["export", "--format", "trig", "--out", str(tmp_path), "--store", str(out / "store")])
    assert res.exit_code == 0, res.output
    exported = set(ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert exported == set(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
