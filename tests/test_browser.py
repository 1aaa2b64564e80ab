"""Views in a real browser (headless Debian Chromium, Playwright): every view loads
offline with no console error and the expected nodes, and hostile report text shows
literally and never runs."""
from __future__ import annotations

import os
import re

import pyoxigraph as ox
import pytest
from browser import available, browser, hover, open_view

from kg.build import build
from kg.store import open_store, report_graphs
from kg.summary import refresh
from kg.views import KINDS, write_view
from kg.vocab import KG, PREFIXES, entity_iri

why = available()
if why and os.environ.get("CI"):
    pytest.fail(f"browser tests must run in CI: {why}", pytrace=False)
pytestmark = pytest.mark.skipif(why is not None, reason=why or "")

PAYLOADS = ["<script>window.__xss=1</script>", "<img src=x onerror=window.__xss=2>", "</script>",
            'href="javascript:window.__xss=4"', "' \" \\ &amp;"]
HOSTILE_REPORT = """中共南漳县卫生健康局党组关于<script>window.__xss=1</script>巡察整改进展情况的通报
根据县委统一部署，2023年4月10日至6月9日，县委第二巡察组对县卫生健康局党组开展了常规巡察。2023年7月20日，县委第二巡察组向县卫生健康局党组反馈了巡察意见。现将整改进展情况予以公布。
一、反馈问题整改情况
（一）落实“三个<img src=x onerror=window.__xss=2>”不到位
1.执行“三重一大”制度不严格</script><script>window.__xss=3</script>。
整改情况：已完成整改。修订《县人民医院“<a href="javascript:window.__xss=4">决策</a>”实施办法》（某卫发〔2023〕15号），县人民医院党委书记张建华同志牵头。
2.医保基金使用不规范 ' " \\ &amp; 。
整改情况：部分已整改。退回违规使用医保基金23.6万元，给予李某诫勉谈话。
中共南漳县卫生健康局党组
2023年10月15日
"""


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A store built from a report full of markup, plus entities whose names are
    markup (as a looser extractor might one day produce), linked to its findings."""
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile<script>.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    build([tmp / "in"], tmp / "out", view=False, dumps=False)
    store = open_store(tmp / "out" / "store")
    graph = ox.NamedNode(report_graphs(store)[0])
    finding = next(q.subject for q in store.quads_for_pattern(None, ox.NamedNode(PREFIXES["rdf"] + "type"),
                                                               ox.NamedNode(KG.Finding), graph))
    label = ox.NamedNode(PREFIXES["rdfs"] + "label")
    extra = {"policy": ("Policy", "“六大<script>window.__xss=5</script>工程”"),
             "person": ("Person", '王<img src=x onerror=window.__xss=6>五 href="x"'),
             "agency": ("Agency", "</script><script>window.__xss=7</script>卫生健康局")}
    for kind, (cls, name) in extra.items():
        node = ox.NamedNode(entity_iri(kind, f"{kind}|hostile|{name}"))
        store.extend([ox.Quad(node, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(KG[cls]), graph),
                      ox.Quad(node, label, ox.Literal(name, language="zh"), graph),
                      ox.Quad(finding, ox.NamedNode(KG.mentions), node, graph)])
    refresh(store, force=True)
    store.flush()
    names = [name for _, name in extra.values()]
    del store
    return tmp / "out" / "store", names


def _check_safe(page, visit):
    assert page.evaluate("typeof window.__xss") == "undefined", "report text ran as script"
    assert visit.dialogs == [] and visit.errors == [], (visit.dialogs, visit.errors)
    assert visit.requests == [], f"the page reached the network: {visit.requests[:3]}"
    assert page.evaluate("document.querySelectorAll('script[src], link[href], img, iframe, a[href]').length") == 0


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_text_shows_literally_and_never_runs(chromium, hostile, kind, tmp_path):
    store_path, names = hostile
    page_path = tmp_path / f"{kind}.html"
    drawn, _ = write_view(open_store(store_path, read_only=True), page_path, kind, report="hostile")
    html = page_path.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "the page loads something from the network"
    with open_view(chromium, page_path) as (page, visit):
        _check_safe(page, visit)
        assert page.evaluate("nodes.length") == drawn
        labels = page.evaluate("nodes.get().map(n => n.title)")
        shown = [lab for lab in labels if "<script>" in lab or "<img" in lab or "</script>" in lab]
        assert shown, "the hostile text did not reach the view"
        node = page.evaluate("nodes.get().find(n => n.title.includes('<script>') || n.title.includes('<img')).id")
        tip = hover(page, node)
        assert ("<script>" in tip or "<img" in tip) and page.evaluate(
            "document.querySelectorAll('div.vis-tooltip *:not(br)').length") == 0  # text, not elements
        _check_safe(page, visit)
        if kind == "report":
            header = page.inner_text("#kg-header")
            assert "<script>window.__xss=1</script>" in header  # the title, literally
        if kind == "network":
            for name in names:  # every injected name is drawn, as text
                assert any(name.split()[0][:8] in t for t in labels), name
        page.screenshot(path=str(tmp_path / f"{kind}.png"))
    assert (tmp_path / f"{kind}.png").stat().st_size > 10_000


@pytest.mark.parametrize("kind, options", [("network", {}), ("network", {"region": "江西省"}),
                                           ("network", {"types": ["agency", "policy"], "top": 60}),
                                           ("policy-region", {}), ("report", {"report": "004_"})])
def test_views_of_the_samples_load_with_their_nodes(chromium, built, kind, options, tmp_path):
    out, _ = built
    page_path = tmp_path / "view.html"
    drawn, edges = write_view(open_store(out / "store", read_only=True), page_path, kind, **options)
    with open_view(chromium, page_path) as (page, visit):
        _check_safe(page, visit)
        assert page.evaluate("nodes.length") == drawn > 0
        assert page.evaluate("edges.length") == edges
        legend = page.inner_text("#kg-legend")
        assert ("policy" in legend) and (kind != "network" or "finding" in legend or "types" in options)
        if "top" in options:
            assert drawn <= options["top"] and "most connected" in page.inner_text("#kg-note")
        page.screenshot(path=str(tmp_path / "view.png"))
