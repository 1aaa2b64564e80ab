"""Ingest: encodings in a safe order, web chrome removed, width and script normalised,
offsets kept back to the original."""
from __future__ import annotations

import codecs

import pytest

from kg.errors import IngestError
from kg.ingest import from_bytes, read

REPORT = "中共某某县卫生健康局党组关于巡察整改情况的通报\n根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县卫健局进行了巡察。"


@pytest.mark.parametrize("raw, encoding", [
    (REPORT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8 (BOM)"),
    (REPORT.encode("gb18030"), "gb18030"),
    (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16-be (BOM)"),
    ("Report 2023".encode("utf-16-le"), "utf-16-le"),
])
def test_encodings_are_detected(raw, encoding):
    t = from_bytes(raw, name="r.txt")
    assert t.encoding == encoding
    assert "县委第二巡察组" in t.text or t.text == "Report 2023"


def test_utf8_is_tried_before_gb18030():
    # UTF-8 bytes also decode as GBK without error, into garbage; UTF-8 must win.
    t = from_bytes("卫生健康委员会".encode("utf-8"))
    assert t.text == "卫生健康委员会"


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty file"),
    (b"  \n\t ", "only whitespace"),
    (bytes(range(256)) * 20, "binary"),
])
def test_unreadable_input_is_named_with_a_reason(raw, reason):
    with pytest.raises(IngestError) as e:
        from_bytes(raw, name="bad.txt")
    assert "bad.txt" in str(e.value) and reason in str(e.value)


def test_utf8_cut_in_a_character_keeps_all_before_it():
    t = from_bytes("卫生健康委员会".encode("utf-8")[:-1], name="cut.txt")
    assert t.text == "卫生健康委员" and "cut off at byte 18" in t.encoding


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(IngestError, match="gone.txt"):
        read(tmp_path / "gone.txt")


def test_web_chrome_is_removed_and_page_date_kept():
    raw = ("您的位置: 首页 > 健康资讯\n" + REPORT + "\n【字体：大 中 小】\n2024-10-23 来源:某省卫生健康委员会  作者:佚名\n"
           "扫一扫在手机打开当前页\n[免责声明] 本文来源于网络转载。\n").encode("utf-8")
    t = from_bytes(raw)
    assert "您的位置" not in t.text and "字体" not in t.text and "扫一扫" not in t.text
    assert "免责声明" not in t.text and "来源" not in t.text
    assert "page-date:2024-10-23" in t.meta
    assert t.text.startswith("中共某某县卫生健康局党组")


def test_full_width_traditional_and_pinyin_are_normalised():
    t = from_bytes("湖南省衡陽市醫(yī)療衛生機構，撥付２０２２年資金１２．５万元".encode("utf-8"))
    assert t.text == "湖南省衡阳市医疗卫生机构,拨付2022年资金12.5万元"


def test_offsets_map_back_to_the_original():
    src = "【字体：大 中 小】\n中共某某市卫生健康委员会党组\n２０２２年，拨付醫(yī)療资金"
    t = from_bytes(src.encode("utf-8"))
    i = t.text.index("2022")
    a, b = t.to_original(i, i + 4)
    assert t.original[a:b] == "２０２２"
    j = t.text.index("医疗")
    a, b = t.to_original(j, j + 2)
    assert t.original[a] == "醫" and t.original[b - 1] == "療"


def test_html_page_is_turned_into_text():
    page = ("<html><head><title>t</title><script>var x='<p>';</script></head><body>"
            "<div class='nav'>首页 &gt; 通知公告</div><p>根据市委统一部署，市委第三巡察组对市卫健委进行了巡察。</p>"
            "<p>中共某市卫生健康委员会党组</p></body></html>").encode("utf-8")
    t = from_bytes(page, name="r.html", html=True)
    assert "var x" not in t.text
    assert "市委第三巡察组对市卫健委进行了巡察" in t.text
    assert "首页" not in t.text


def test_zero_width_and_control_characters_are_removed():
    t = from_bytes("市卫\u200b健委\x07党组".encode("utf-8"))
    assert t.text == "市卫健委党组"
