"""Analytics: networkx measures over the projections, tables and Gephi exports."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analytics import PROJECTIONS, export, measures, projection, tables
from kg.cli import main


@pytest.fixture(scope="module")
def graphs(store):
    out = {}
    for name in PROJECTIONS:
        g = projection(store, name)
        measures(g)
        out[name] = g
    return out


def test_policies_bridge_the_regions_whose_reports_name_them(graphs):
    g = graphs["policy-region"]
    bridges = {row[0]: row for row in tables(g, "policy-region", top=50)[-1].rows}
    assert bridges["三重一大"][2] == 3 and set(bridges["三重一大"][4].split("、")) == {"鄂州市", "江西省", "开封市"}
    weights = [d["weight"] for *_, d in g.edges(data=True)]
    assert min(weights) >= 1 and all(g.nodes[n]["type"] in ("Policy", "Region") for n in g)


def test_communities_partition_every_projection_and_measures_are_sane(graphs):
    for name, g in graphs.items():
        assert g.number_of_nodes() > 20, name
        assert all("community" in d and 0 <= d["betweenness"] <= 1 for _, d in g.nodes(data=True))
        sizes = tables(g, name, top=1000)[2].rows
        assert sum(r[1] for r in sizes) == g.number_of_nodes()


def test_agency_issue_links_findings_to_the_bodies_they_concern(graphs):
    g = graphs["agency-issue"]
    for a, b in g.edges:
        assert {g.nodes[a]["type"], g.nodes[b]["type"]} & {"Finding"}
        assert {g.nodes[a]["type"], g.nodes[b]["type"]} & {"Agency", "Hospital", "Company"}


def test_tables_are_the_same_on_every_run(store, graphs):
    again = projection(store, "co-mention")
    measures(again)
    assert [t.rows for t in tables(again, "co-mention")] == [t.rows for t in tables(graphs["co-mention"], "co-mention")]


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_for_gephi_keeps_nodes_edges_and_measures(graphs, tmp_path, fmt, reader):
    g = graphs["co-mention"]
    back = reader(export(g, tmp_path / f"g.{fmt}", fmt))
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    node = max(g.nodes, key=lambda n: g.nodes[n]["betweenness"])
    assert back.nodes[node]["label"] == g.nodes[node]["label"]
    assert float(back.nodes[node]["betweenness"]) == pytest.approx(g.nodes[node]["betweenness"])


def test_cli_prints_tables_json_and_exports(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    res = runner.invoke(main, ["analytics", "--store", str(out / "store"), "--projection", "policy-region",
                               "--format", "json", "--export", "graphml", "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output[res.output.index("{"):res.output.rindex("}") + 1])
    assert data["policy-region"]["nodes"] > 0 and (tmp_path / "policy-region.graphml").exists()
    res = runner.invoke(main, ["analytics", "--store", str(out / "store"), "--region", "开封市", "--top", "3"])
    assert res.exit_code == 0 and "## co-mention: communities (Louvain)" in res.output
    res = runner.invoke(main, ["analytics", "--store", str(out / "store"), "--region", "火星市"])
    assert res.exit_code == 1 and "no report of region" in res.output
