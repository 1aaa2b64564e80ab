"""Beyond the samples: damaged copies of them score as the clean ones do, and reports of
other provinces, levels and kinds (a hospital's and a disease-control centre's Party
committee, a news item about a feedback meeting) are read right."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import GOLD, SAMPLES

from kg.build import analyse, read_all
from kg.evaluate import load_gold, score
from kg.record import to_record

FIXTURES = Path(__file__).parent / "fixtures"
HELDOUT = Path(__file__).parent / "heldout"


def _score(paths, gold_dir=GOLD):
    gold = load_gold(gold_dir)
    records, texts = [], {}
    for linked in analyse(read_all(paths, [])):
        rec = to_record(linked)
        records.append(rec)
        texts[rec["doc"]] = linked.report.text.text
    return score(records, gold, texts)


@pytest.fixture(scope="module")
def clean():
    return _score([SAMPLES])


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def _pinyin(text: str) -> str:
    rnd = random.Random(7)
    out = []
    for ch in _traditional(text):
        out.append(ch)
        if ch in "醫療衛會業機構" and rnd.random() < 0.5:
            out.append("(yī)")
    return "".join(out)


def _web_page(text: str) -> str:
    head = "您的位置：首页 > 通知公告\n【字体：大 中 小】\n2024-01-02 09:30 来源：本站\n"
    return head + text.replace("，", "，") + "\n扫一扫在手机打开当前页\n[免责声明] 本文来源于网络转载。\n"


def _wrapped(width: int, indent: bool, measure=lambda c: 1 + (c > "\u1100")):
    """A copy taken from a PDF: every line cut at the page's width (closing punctuation
    hangs past it), paragraphs indented or not, a page number every 22 lines."""
    def wrap(text: str) -> str:
        out = []
        for para in filter(None, (p.strip() for p in text.splitlines())):
            line, used = ("\u3000\u3000", 4) if indent else ("", 0)
            for ch in para:
                if used + measure(ch) > width and ch not in "，。、；：？！）》”":
                    out.append(line)
                    if len(out) % 23 == 22:
                        out.append(f"— {len(out) // 23 + 1} —")
                    line, used = "", 0
                line += ch
                used += measure(ch)
            out.append(line)
        return "\n".join(out) + "\n"
    return wrap


def _font_spaces(text: str) -> str:
    """A PDF's text layer copied out: a space wherever the font changes, around every
    run of digits and Latin letters and inside quotes and title marks (2024 年 3 月)."""
    text = re.sub(r"(?<=[^\x00-\x7f])([0-9A-Za-z.%+]+)(?=[^\x00-\x7f])", r" \1 ", text)
    return re.sub(r"([“《])|([”》])", lambda m: f"{m.group(1)} " if m.group(1) else f" {m.group(2)}", text)


def _radicals(text: str) -> str:
    """Ideographs a PDF's fonts map to Kangxi radicals (卫⽣ for 卫生, ⼀ for 一)."""
    return text.translate(str.maketrans("生一人心见长门高工日月", "⽣⼀⼈⼼⻅⻓⻔⾼⼯⽇⽉"))


VARIANTS = {
    "traditional": (_traditional, "utf-8"),
    "pinyin in brackets": (_pinyin, "utf-8"),
    "gb18030": (lambda t: t, "gb18030"),
    "web page chrome": (_web_page, "utf-8"),
    # an official document's page (GB/T 9704): 28 characters a line, 22 lines a page
    "copied from a PDF, indented": (_wrapped(56, True), "utf-8"),
    "copied from a PDF, not indented": (_wrapped(56, False), "utf-8"),
    "wrapped at 28 characters": (_wrapped(28, False, lambda c: 1), "utf-8"),
    "spaces where a PDF's font changes": (_font_spaces, "utf-8"),
    "radicals for ideographs": (_radicals, "utf-8"),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_damaged_copies_score_like_the_clean_ones(variant, clean, tmp_path):
    change, encoding = VARIANTS[variant]
    for p in SAMPLES.glob("*.txt"):
        (tmp_path / p.name).write_bytes(change(p.read_text(encoding="utf-8")).encode(encoding, "replace"))
    got = _score([tmp_path])
    assert abs(got.overall.f1 - clean.overall.f1) < 0.01
    assert {k: v[0] for k, v in got.fields.items()} == {k: v[0] for k, v in clean.fields.items()}
    assert got.issues_matched == clean.issues_matched


def _record(name: str) -> dict:
    [linked] = list(analyse(read_all([FIXTURES / name], [])))
    return to_record(linked)


def _names(rec: dict, type_: str) -> set[str]:
    return {m for e in rec["entities"] if e["type"] == type_ for m in e["mentions"]}


def test_a_hospital_party_committee_in_another_province():
    rec = _record("hospital_sichuan.txt")
    assert rec["region"]["name"] == "南充市" and rec["region"]["province"] == "四川省"
    assert rec["publisher"] == "中共南充市中心医院委员会" and rec["published"] == "2023-10-15"
    i = rec["inspection"]
    assert (i["inspector"], i["target"], i["start"], i["end"], i["feedback"]) == (
        "市委第三巡察组", "市中心医院党委", "2023-04-10", "2023-06-09", "2023-07-20")
    assert [(x["id"], x["status"], x["deadline"]) for x in rec["issues"]] == [
        ("二/(一)/1", "已完成整改", None), ("二/(一)/2", "部分已整改", "2023-12"), ("二/(二)/3", "已完成整改", None)]
    assert "南中医党〔2023〕15号" in _names(rec, "doc_number")
    assert {"23.6万元", "4.8万元"} <= _names(rec, "money")
    assert {"张建华", "李某", "王某"} <= _names(rec, "person")
    assert {"三重一大", "中央八项规定"} <= _names(rec, "policy")
    assert {"市医保局", "市委第三巡察组"} <= _names(rec, "agency")
    assert {"person": "张建华", "role": "党委书记", "org": "南充市中心医院"} in rec["roles"]


def test_a_county_disease_control_centre_in_an_autonomous_region():
    rec = _record("cdc_guangxi.txt")
    assert rec["region"]["name"] == "鹿寨县" and rec["region"]["province"] == "广西壮族自治区"
    assert rec["region"]["level"] == "county"
    i = rec["inspection"]
    assert (i["start"], i["end"], i["feedback"]) == ("2022-09-05", "2022-10-28", "2022-12-02")
    assert [x["title"] for x in rec["issues"]] == [
        "学习贯彻习近平新时代中国特色社会主义思想不深入", "疫苗冷链管理不规范", "财务管理制度执行不严"]
    assert "县疾控中心" in _names(rec, "hospital") and "城关镇社区卫生服务中心" in _names(rec, "hospital")
    assert "乡镇卫生院" not in _names(rec, "hospital")
    assert "城关镇" in _names(rec, "place")
    assert {"15万元", "6800元"} == _names(rec, "money")


def test_a_news_item_about_a_feedback_meeting():
    rec = _record("news_feedback.txt")
    assert rec["title"] == "市委第一巡察组向市卫生健康委员会党组反馈巡察情况"
    i = rec["inspection"]
    assert (i["kind"], i["inspector"], i["target"]) == ("巡察", "市委第一巡察组", "市卫生健康委员会党组")
    assert (i["start"], i["end"], i["feedback"]) == ("2024-10-08", "2024-12-06", "2025-03-15")
    roles = {(r["person"], r["role"], r["org"]) for r in rec["roles"]}
    assert ("赵国庆", "组长", "市委第一巡察组") in roles
    assert ("孙立新", "党组书记、主任", "市卫生健康委员会") in roles
    assert rec["issues"] == []


def test_a_provincial_report_of_an_autonomous_region():
    rec = _record("province_guangxi.txt")
    assert rec["region"]["name"] == "广西壮族自治区" and rec["region"]["level"] == "province"
    assert rec["published"] == "2023-01-16"  # signed 二〇二三年一月十六日
    i = rec["inspection"]
    assert (i["kind"], i["inspector"], i["round"]) == ("巡视", "自治区党委第五巡视组", "十二届自治区党委第三轮")
    assert (i["start"], i["end"], i["feedback"]) == ("2022-03-21", "2022-05-20", "2022-07-08")
    assert [(x["id"], x["title"], x["status"], x["deadline"]) for x in rec["issues"]] == [
        ("二/(一)", "贯彻落实党中央关于卫生健康工作决策部署不到位", None, "2022-12"),
        ("二/(二)", "医药购销领域廉洁风险防控不力", "部分已整改", None)]
    assert "1200万余元" in _names(rec, "money")
    names = {e["name"] for e in rec["entities"] if e["type"] == "agency"}
    assert {"广西壮族自治区医疗保障局", "广西壮族自治区党委第五巡视组"} <= names
    assert {"person": "廖品琥", "role": "党组书记、主任", "org": "广西壮族自治区卫生健康委员会"} in rec["roles"]


def test_a_banner_report_reads_qi_like_a_county():
    rec = _record("banner_neimenggu.txt")
    assert rec["region"]["name"] == "鄂托克旗" and rec["region"]["level"] == "county"
    i = rec["inspection"]
    assert (i["inspector"], i["target"], i["round"]) == ("旗委第一巡察组", "旗卫生健康委员会党组", "旗委第二轮")
    names = {e["name"] for e in rec["entities"] if e["type"] in ("agency", "hospital")}
    # 旗… short names are the banner's own bodies, and 旗卫健委党组 is the publisher
    assert {"鄂托克旗委第一巡察组", "鄂托克旗疾病预防控制中心", "中共鄂托克旗卫生健康委员会党组"} <= names
    assert not any(n.startswith(("旗", "中共旗")) for n in names)
    assert {"两个责任", "两票制"} <= _names(rec, "policy")
    assert "内政办发〔2021〕47号" in _names(rec, "doc_number")


def test_a_district_of_a_municipality_is_the_region_not_the_municipality():
    rec = _record("district_chongqing.txt")
    assert rec["region"]["name"] == "渝北区" and rec["region"]["province"] == "重庆市"
    agencies = {e["name"] for e in rec["entities"] if e["type"] == "agency"}
    # 中共重庆市渝北区卫生健康委员会委员会 and 区卫生健康委党委 are one Party committee
    assert "中共渝北区卫生健康委员会党委" in agencies
    assert not any("委员会委员会" in n for n in agencies)
    assert {"渝北区人民医院", "渝北区急救中心", "龙溪街道社区卫生服务中心"} <= {
        e["name"] for e in rec["entities"] if e["type"] == "hospital"}
    assert {"张某", "陈某某", "王某某"} <= _names(rec, "person")
    assert "重庆两江康达医药有限公司" in _names(rec, "company")


def test_held_out_reports_meet_the_gold_targets():
    """Reports of other provinces, levels and kinds, with gold written with them before
    any rule saw them (tests/heldout/README.md gives their first, blind scores)."""
    got = _score([HELDOUT / "reports"], HELDOUT / "gold")
    assert got.overall.f1 >= 0.95
    assert all(t.f1 >= 0.90 for t in got.types.values() if t.gold)
    assert all(correct == total for correct, total in got.fields.values())
    assert got.issues_matched == got.issues_gold and got.issues_predicted == got.issues_gold
    assert got.roles_found >= 0.95 * got.roles_gold  # one known miss: 原主任扎西给予… (no surname, no 同志)


@pytest.mark.parametrize("reports, gold_dir", [(HELDOUT / "reports", HELDOUT / "gold"), (SAMPLES, GOLD)],
                         ids=["held-out", "samples"])
def test_statuses_and_deadlines_are_read_as_written(reports, gold_dir):
    """What was promised, by when, and was it done: each finding's status as written
    and its deadline equal the gold's (not 要求迅速完成整改, a request, nor
    完成2024年度…方案, a verb with its object)."""
    import json

    for linked in analyse(read_all([reports], [])):
        rec = to_record(linked)
        gold = json.loads((gold_dir / Path(rec["doc"]).with_suffix(".json")).read_text(encoding="utf-8"))
        assert [(i["status"], i["deadline"]) for i in rec["issues"]] == \
            [(i["status"], i["deadline"]) for i in gold["issues"]], rec["doc"]
