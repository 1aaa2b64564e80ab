"""Ingest: encodings in a safe order, web chrome removed, width and script normalised,
offsets kept back to the original."""
from __future__ import annotations

import codecs

import pytest

from kg.columns import display_width, rebuild
from kg.errors import IngestError
from kg.ingest import from_bytes, html_to_text, iter_sources, read
from kg.model import EMPTY_CELL

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


def test_a_news_pages_date_time_and_source_on_one_line_are_its_metadata():
    t = from_bytes("市委第五巡察组向市疾控中心党委反馈巡察情况\n2024-08-30 16:05\u3000来源：汕头市疾病预防控制中心\n"
                   "8月29日，市委第五巡察组组长王\u3000磊反馈了巡察情况。".encode())
    assert t.meta == ("page-date:2024-08-30", "page-source:汕头市疾病预防控制中心")
    assert "来源" not in t.text and "组长王磊" in t.text  # a name padded to two characters' width


def test_radicals_a_pdfs_fonts_put_for_ideographs_are_read_as_the_ideographs():
    t = from_bytes("中共某市卫⽣健康委员会党组\n巡察组反馈了巡察意⻅。⼀、⾼度重视".encode())
    assert t.text == "中共某市卫生健康委员会党组\n巡察组反馈了巡察意见。一、高度重视"
    assert t.original[t.offsets[5]] == "⽣"  # offsets still point at the character as written


def test_a_source_named_as_its_bodys_website_gives_the_body():
    t = from_bytes("县委第一巡察组向县人民医院党委反馈巡察情况\n2024-09-13 17:42\u3000来源：中共武宣县纪委监委网站\n"
                   "9月10日，县委第一巡察组向县人民医院党委反馈巡察情况。".encode())
    assert t.meta == ("page-date:2024-09-13", "page-source:中共武宣县纪委监委")


def test_a_stray_dot_inside_a_bodys_name_goes_and_a_names_dot_stays():
    t = from_bytes("中共某县卫生健康局党·组关于巡察整改情况的通报\n主任阿依古丽·买买提同志主持。".encode())
    assert "卫生健康局党组关于" in t.text and "阿依古丽·买买提" in t.text


def test_a_source_in_brackets_closing_a_post_gives_the_body():
    t = from_bytes("县委第三巡察组巡察县人民医院党委情况反馈会召开\n2024年8月21日，反馈会召开。\n"
                   "（来源：中共融水苗族自治县卫生健康局）".encode())
    assert t.meta == ("page-source:中共融水苗族自治县卫生健康局",)
    assert "来源" not in t.text


def test_a_source_run_into_the_next_header_field_gives_the_body():
    t = from_bytes("县委第四巡察组向县卫生健康局党组反馈巡察情况\n发布时间：2024-06-21 10:32 来源：松阳县卫生健康局浏览次数：356\n"
                   "6月19日，县委第四巡察组向县卫生健康局党组反馈巡察情况。".encode())  # a PDF lost the gap
    assert "page-source:松阳县卫生健康局" in t.meta


def test_a_repost_pages_list_of_other_articles_is_chrome():
    """Other reports' titles under 相关文章 would add their bodies to this report's graph."""
    t = from_bytes("<html><body><p>对县人民医院开展检查。</p><p>中共某县卫生健康局党组</p><p>2024年10月28日</p>"
                   "<div><h3>相关文章</h3><ul><li>中共临泉县卫生健康委员会党组关于巡察整改情况的通报</li>"
                   "<li>太和县人民医院党委召开专题民主生活会</li></ul></div>"
                   "<p>免责声明：本站部分内容转载自网络。</p></body></html>".encode())
    assert t.text.split("\n") == ["对县人民医院开展检查。", "中共某县卫生健康局党组", "2024年10月28日"]


def test_a_wechat_post_loses_its_chrome_and_marks_but_keeps_its_sections():
    raw = ("东莞卫健\n2024-05-17 18:30 发表于广东\n\n点击蓝字 关注我们\n\n" + REPORT + "\n▍一、整改情况\n"
           "\n01\n全面从严治党方面\n\n● 问题：“四风”问题仍有发生。\n● 整改：开展专项检查。\n"
           "三、经验分享\n\n- END -\n\n编辑：李晓琳\n审核：陈国强\n\n分享 收藏 点赞 在看\n阅读原文\n").encode("utf-8")
    t = from_bytes(raw)
    assert "page-date:2024-05-17" in t.meta
    for chrome in ("发表于", "点击蓝字", "END", "李晓琳", "收藏", "阅读原文", "▍", "●"):
        assert chrome not in t.text
    assert "\n三、经验分享" in t.text  # a heading that names sharing is not the post's button
    assert "\n一、整改情况\n01 全面从严治党方面\n问题:“四风”问题仍有发生。\n整改:" in t.text


def test_full_width_traditional_and_pinyin_are_normalised():
    t = from_bytes("湖南省衡陽市醫(yī)療衛生機構，撥付２０２２年資金１２．５万元".encode("utf-8"))
    assert t.text == "湖南省衡阳市医疗卫生机构,拨付2022年资金12.5万元"


def test_a_table_with_bars_only_between_its_cells_puts_each_cell_on_a_line():
    src = ("首页｜政务公开｜通知公告\n二、整改落实情况一览表\n编号｜反馈问题｜整改状态\n1｜党委议事规则执行不严格｜已完成\n"
           "2 | 专科建设进展缓慢 | 正在整改\n欢迎监督，电话 | 0851-1234")
    lines = [x for x in from_bytes(src.encode("utf-8")).text.split("\n") if x]
    assert not any("首页" in x for x in lines)  # a menu: chrome, no table
    assert lines[1:10] == ["编号", "反馈问题", "整改状态", "1", "党委议事规则执行不严格", "已完成",
                           "2", "专科建设进展缓慢", "正在整改"]
    assert lines[10] == "欢迎监督,电话 | 0851-1234"


def test_a_sites_menu_with_its_name_is_chrome():
    t = from_bytes("莆田市卫生健康委员会 | 首页 | 政务公开 | 办事服务\n中共某某党组关于巡察整改情况的通报\n".encode("utf-8"))
    assert t.text.split("\n")[0] == "中共某某党组关于巡察整改情况的通报"


def test_a_pages_title_that_is_only_the_sites_name_and_its_greeting_are_chrome():
    page = ("<html><head><title>长治市卫生健康委员会</title></head><body><table><tr><td>长治市卫生健康委员会欢迎您！</td>"
            "<td>设为首页 | 加入收藏</td></tr></table><p>中共某某党组关于巡察整改情况的通报</p></body></html>")
    assert from_bytes(page.encode("utf-8"), html=True).text == "中共某某党组关于巡察整改情况的通报"
    page = "<html><head><title>中共某某党组关于巡察整改情况的通报_某市人民政府</title></head><body><p>正文</p></body></html>"
    assert from_bytes(page.encode("utf-8"), html=True).text.split("\n")[0] == "中共某某党组关于巡察整改情况的通报"


def test_a_table_of_fields_a_row_is_written_a_field_a_line():
    page = ("<table><tr><th>问题描述</th><td>党组议事规则执行不严格</td></tr><tr><th>整改时限</th><td>2024年9月</td></tr>"
            "</table><table><tr><td>反馈问题</td><td>整改情况</td></tr><tr><td>财务管理不规范</td><td>已完成</td></tr></table>")
    assert from_bytes(page.encode("utf-8"), html=True).text.split("\n") == [
        "问题描述:党组议事规则执行不严格", "整改时限:2024年9月",  # a finding laid out as a table of fields
        "反馈问题", "整改情况", "财务管理不规范", "已完成"]  # a ledger's header and row stay cells
    from kg.model import table_lines
    assert table_lines([[(0, "整改措施"), (1, "修订规则")], [(0, "完成情况"), (1, "已完成")]]) == [
        "整改措施：修订规则", "完成情况：已完成"]  # as a Word or PDF table is read


def test_hong_kong_variant_forms_are_simplified_too():
    t = from_bytes("中共清遠市清新區衞生健康局黨組，歡迎廣大幹部羣眾監督".encode("utf-8"))
    assert t.text == "中共清远市清新区卫生健康局党组,欢迎广大干部群众监督"


def test_offsets_map_back_to_the_original():
    src = "【字体：大 中 小】\n中共某某市卫生健康委员会党组\n２０２２年，拨付醫(yī)療资金"
    t = from_bytes(src.encode("utf-8"))
    i = t.text.index("2022")
    a, b = t.to_original(i, i + 4)
    assert t.original[a:b] == "２０２２"
    j = t.text.index("医疗")
    a, b = t.to_original(j, j + 2)
    assert t.original[a] == "醫" and t.original[b - 1] == "療"


def test_words_enclosed_numbers_become_the_labels_they_stand_for():
    t = from_bytes("㈡全面从严治党方面\n⑶工会经费使用不规范。\n⒉制度不健全".encode("utf-8"))
    assert t.text == "(二)全面从严治党方面\n(3)工会经费使用不规范。\n2.制度不健全"
    i = t.text.index("工会")
    assert t.original[slice(*t.to_original(i, i + 2))] == "工会"


def test_a_pipe_table_in_plain_text_puts_each_cell_on_a_line():
    src = ("首页 | 政务公开 | 卫生健康\n| 序号 | 反馈问题 | 整改结果 |\n| --- | --- | --- |\n"
           "| 1 | 党委议事规则执行不严格 | 已完成 |\n| 2 | 专科建设进展缓慢 | 正在整改 |\n")
    t = from_bytes(src.encode("utf-8"))
    lines = [x for x in t.text.split("\n") if x]
    assert not any("首页" in x for x in lines)  # a page's menu is chrome, no table
    assert lines == ["序号", "反馈问题", "整改结果", "1", "党委议事规则执行不严格", "已完成",
                         "2", "专科建设进展缓慢", "正在整改"]


def test_a_table_of_two_columns_copied_with_tabs_puts_each_cell_on_a_line():
    t = from_bytes("反馈问题\t整改情况\n违规发放津补贴\t清退津补贴。\n一行\t只有一个制表符\n\n另起一段".encode("utf-8"))
    assert t.text.split("\n")[:6] == ["反馈问题", "整改情况", "违规发放津补贴", "清退津补贴。", "一行", "只有一个制表符"]
    lone = from_bytes("甲乙\t丙丁\n\n戊己".encode("utf-8"))
    assert "\t" not in lone.text and lone.text.split("\n")[0] != "甲乙"  # one row alone is a text's own spacing


def test_a_label_alone_on_its_line_is_joined_to_its_value_but_not_to_a_list():
    t = from_bytes("问题：\n财务管理不规范。\n整改措施：\n1.追回资金；\n2.开展培训。\n整改结果：\n已完成。".encode("utf-8"))
    assert t.text.split("\n") == ["问题:财务管理不规范。", "整改措施:", "1.追回资金;", "2.开展培训。", "整改结果:已完成。"]


def test_html_page_is_turned_into_text():
    page = ("<html><head><title>t</title><script>var x='<p>';</script></head><body>"
            "<div class='nav'>首页 &gt; 通知公告</div><p>根据市委统一部署，市委第三巡察组对市卫健委进行了巡察。</p>"
            "<p>中共某市卫生健康委员会党组</p></body></html>").encode("utf-8")
    t = from_bytes(page, name="r.html", html=True)
    assert "var x" not in t.text
    assert "市委第三巡察组对市卫健委进行了巡察" in t.text
    assert "首页" not in t.text


def test_a_pages_title_loses_the_sites_name():
    for sep in ("_", "-"):  # 通报-应城市人民政府: a dash with no spaces too
        page = f"<html><head><title>关于巡察整改情况的通报{sep}某区人民政府</title></head><body><p>正文</p></body></html>"
        t = from_bytes(page.encode("utf-8"), name="r.html", html=True)
        assert "关于巡察整改情况的通报" in t.text and "人民政府" not in t.text
    page = "<html><head><title>规划（2021—2025年）</title></head><body><p>正文</p></body></html>"
    assert "规划(2021—2025年)" in from_bytes(page.encode("utf-8"), name="r.html", html=True).text


def test_zero_width_and_control_characters_are_removed():
    t = from_bytes("市卫\u200b健委\x07党组".encode("utf-8"))
    assert t.text == "市卫健委党组"


# A page of a PDF copy: 28 characters a line, a hospital's name and a date cut in two,
# a heading, an item after a full stop, a page number and the signature on lines of their own.
WRAPPED = """中共某某县卫生健康局党组关于县委第二轮巡察整改情况的通报
根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县
卫生健康局党组进行了巡察。2023年6月12日，巡察组反馈了巡察意见
。现将整改情况予以公布。县卫生健康局党组高度重视巡察整改工作，
成立了以党组书记、局长为组长的整改工作领导小组，制定整改方案。
（一）关于落实全面从严治党主体责任不到位的问题
一是廉政风险排查不深入。组织县人民医院、县中医院、城关镇卫生院
开展廉政风险排查，查找风险点36个，制定防控措施52条，追回资金
— 1 —
12.5万元。县疾病预防控制中心对冷链设备进行了全面检查并建立台账。
二是干部培训不够系统。制定年度培训计划，分三批次组织全县卫生健
康系统干部参加专题培训，培训合计460人次，考试合格率达到百分百。
中共某某县卫生健康局党组
2023年9月20日
"""


@pytest.mark.parametrize("page", ["", "您的位置：首页 > 信息公开\n【字体：大 中 小】\n\n"])
def test_hard_wrapped_lines_are_joined_into_paragraphs(page):
    t = from_bytes((page + WRAPPED).encode("utf-8"))
    lines = t.text.split("\n")
    assert lines[0] == "中共某某县卫生健康局党组关于县委第二轮巡察整改情况的通报"
    assert lines[1].startswith("根据县委") and lines[1].endswith("制定整改方案。")
    assert lines[2] == "(一)关于落实全面从严治党主体责任不到位的问题"
    assert lines[3].startswith("一是") and "追回资金12.5万元。" in lines[3]  # across a page number
    assert lines[4].startswith("二是") and "全县卫生健康系统干部" in lines[4]
    assert lines[5:] == ["中共某某县卫生健康局党组", "2023年9月20日"]
    i = t.text.index("县卫生健康局党组进行")
    a, b = t.to_original(i, i + 8)
    assert t.original[a:b] == "县\n卫生健康局党组"  # the span maps back across the cut


def test_lines_that_are_paragraphs_are_not_joined():
    paragraphs = "".join(f"第{n}项整改任务已经按照计划完成并通过验收，相关材料已归档。\n" for n in range(1, 13))
    t = from_bytes(paragraphs.encode("utf-8"))
    assert t.text.count("\n") == 11


def test_a_headings_number_alone_on_its_line_is_joined_to_its_words():
    """A PDF's text boxes or a CMS put 一、 and （一） on lines of their own; the number and
    the heading's words are one line again, but a number's list under a label is kept."""
    t = from_bytes("　　一、\n　　巡察反馈问题整改情况\n　　（一）\n　　党组落实意识形态工作责任制不到位\n"
                   "整改情况：制定清单。\n2.\n3.\n".encode("utf-8"))
    lines = t.text.split("\n")
    assert lines[:3] == ["一、巡察反馈问题整改情况", "(一)党组落实意识形态工作责任制不到位", "整改情况:制定清单。"]
    assert lines[3:] == ["2.", "3."]  # a number before another number stays alone


def test_an_html_ordered_lists_items_get_the_numbers_a_browser_draws():
    page = ("<p>一、反馈问题整改情况</p><ol><li>党组议事决策程序不规范<ul><li>修订议事规则；</li></ul>"
            "<ol><li>细项甲</li><li>细项乙</li></ol></li><li>运行效率不高</li></ol><ol start=\"5\"><li>第五项</li></ol>")
    lines = from_bytes(page.encode("utf-8"), name="p.html").text.split("\n")
    assert lines == ["一、反馈问题整改情况", "1.党组议事决策程序不规范", "修订议事规则;", "(1)细项甲", "(2)细项乙",
                     "2.运行效率不高", "5.第五项"]


def test_a_wechat_posts_byline_gives_the_page_date():
    """阆中纪检监察 2024-08-30 18:00 发表于四川: the account, the date and where it was
    posted; a news item with no signature takes its date from there."""
    t = from_bytes("点击蓝字 关注我们\n市委第三巡察组向市卫生健康局党组反馈巡察情况\n阆中纪检监察 2024-08-30 18:00 发表于四川\n"
                   "8月29日，市委第三巡察组向市卫生健康局党组反馈巡察情况。\n".encode("utf-8"))
    assert "page-date:2024-08-30" in t.meta and "发表于" not in t.text


def test_a_wechat_posts_newer_byline_gives_the_page_date():
    """原创 X清风 2024年08月16日 18:30 云南: original, the account, the date, the province."""
    t = from_bytes("“巡”迹丨县委第二巡察组向县卫生健康局党组反馈巡察情况\n原创　某县清风　2024年08月16日 18:30　云南\n"
                   "8月15日，县委第二巡察组向县卫生健康局党组反馈巡察情况。\n".encode("utf-8"))
    assert "page-date:2024-08-16" in t.meta and "原创" not in t.text
    assert "page-account:某县清风" in t.meta  # the account, whose name often opens with its county's


def test_a_tab_separated_ledgers_cells_are_never_joined_as_wrapped_lines():
    """Cells whose lengths happen to cluster look like a hard-wrapped copy; a line that
    ended at a tab is a cell, and its neighbour (the time limit) stays a line of its own."""
    rows = "".join(f"{n}\t党的建设\t分院党支部组织生活不规范{n}\t建立总医院党委班子成员联系分院党支部制度，开展指导{n}次"
                   f"\t2024年{n}月\t已完成\n" for n in range(1, 9))
    t = from_bytes(("中共某县总医院委员会关于巡察整改情况的通报\n序号\t问题类别\t反馈问题\t整改措施\t整改时限\t整改情况\n"
                    + rows + "中共某县总医院委员会\n2024年11月21日\n").encode("utf-8"))
    lines = t.text.split("\n")
    assert "建立总医院党委班子成员联系分院党支部制度,开展指导3次" in lines and "2024年3月" in lines


def test_a_table_row_copied_with_tabs_puts_each_cell_on_a_line():
    t = from_bytes("序号\t反馈问题\t完成情况\n1\t疫苗管理不规范\t已完成\n\t根据县委部署\t开展巡察\n联系电话：\t6323342".encode())
    assert t.text.split("\n") == ["序号", "反馈问题", "完成情况", "1", "疫苗管理不规范", "已完成",
                                  "根据县委部署开展巡察", "联系电话:6323342"]  # two cells, or an indent: text


def test_a_ticked_row_copied_with_tabs_keeps_its_empty_cells():
    """√ is under 正在整改 only if the empty 已完成 cell before it is kept."""
    t = from_bytes("序号\t反馈问题\t已完成\t正在整改\t长期坚持\n1\t管理不规范\t\t√\t\n2\t监管不到位\t√\t\t".encode())
    assert t.text.split("\n") == ["序号", "反馈问题", "已完成", "正在整改", "长期坚持",
                                  "1", "管理不规范", "—", "√", "—", "2", "监管不到位", "√", "—", "—"]


def test_a_cell_of_several_paragraphs_is_one_line_but_a_layout_cell_keeps_its_lines():
    """A page saved from Word puts a <p> in every cell; a site laid out with a table
    holds the whole report in one cell, whose paragraphs stay lines."""
    cell = "<td><p>1.修订制度；</p><p>2.开展检查。</p></td>"
    layout = "<td>" + "".join(f"<p>第{i}段。</p>" for i in range(12)) + "</td>"
    text = html_to_text(f"<table><tr><td><p>1</p></td>{cell}</tr></table>"
                        f"<table><tr><td>导航</td>{layout}</tr></table>")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines[:2] == ["1", "1.修订制度；2.开展检查。"]
    assert lines[3:6] == ["第0段。", "第1段。", "第2段。"]


def test_a_cell_merged_down_is_written_again_in_each_row_it_covers():
    """责任部门 and 完成时限 merged over two rows in the middle of a table: the second row
    gets them again, so its status stays under 整改进展 (a header of two rows is left alone)."""
    text = html_to_text("<table><tr><td>序号</td><td>问题</td><td>责任部门</td><td>完成时限</td><td>整改进展</td></tr>"
                        "<tr><td>1</td><td>甲</td><td rowspan=2>党办</td><td rowspan=2>2024年5月</td><td>已完成</td></tr>"
                        "<tr><td>2</td><td>乙</td><td>持续推进</td></tr></table>")
    assert [ln for ln in text.split("\n") if ln.strip()][5:] == [
        "1", "甲", "党办", "2024年5月", "已完成", "2", "乙", "党办", "2024年5月", "持续推进"]



def test_a_row_copied_from_a_pdf_viewer_with_runs_of_spaces_puts_each_cell_on_a_line():
    t = from_bytes("序号\u3000\u3000反馈问题\u3000\u3000整改措施\u3000\u3000整改情况\n"
                   "1  医疗废物监管不严  开展专项检查  已完成\n\u3000\u3000根据县委部署  开展巡察。".encode())
    assert t.text.split("\n") == ["序号", "反馈问题", "整改措施", "整改情况", "1", "医疗废物监管不严", "开展专项检查",
                                  "已完成", "根据县委部署开展巡察。"]  # an indent, or one run: text


MARKDOWN = """# 中共某县卫生健康局党组关于巡察整改情况的通报

发布时间：2024-03-12 | 来源：[某县人民政府](http://www.example.gov.cn/) | 浏览次数：128

## 一、整改工作开展情况

> 局党组书记、局长**秦春生**同志切实履行第一责任人职责。

---

| 序号 | 反馈问题 | 完成情况 |
| --- | :--- | ---: |
| 1 | 落实“三重一大”制度不严格 | 已完成 |

- 下一步持续整改。
![图片](a.png)
"""


def test_markdown_loses_its_marks_and_puts_a_tables_cells_on_lines(tmp_path):
    f = tmp_path / "r.md"
    f.write_text(MARKDOWN, encoding="utf-8")
    t = read(f)
    assert t.text.split("\n") == [
        "中共某县卫生健康局党组关于巡察整改情况的通报", "一、整改工作开展情况",
        "局党组书记、局长秦春生同志切实履行第一责任人职责。",
        "序号", "反馈问题", "完成情况", "1", "落实“三重一大”制度不严格", "已完成", "下一步持续整改。"]
    assert "page-date:2024-03-12" in t.meta
    i = t.text.index("秦春生")
    a, b = t.to_original(i, i + 3)
    assert t.original[a:b] == "秦春生"  # offsets are the .md file's


def test_markdown_files_are_reports_and_their_marks_are_kept_in_plain_text(tmp_path):
    (tmp_path / "r.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert [p.name for p in iter_sources([tmp_path])] == ["r.md"]
    plain = from_bytes("**重点**工作".encode("utf-8"))  # a .txt is not read as Markdown
    assert plain.text == "**重点**工作"


def _word_file(path, chapters, rows):
    """A .docx written by python-docx: chapter headings numbered by Word itself
    (一、 at level 0, （一） at level 1), and a table whose first column is merged down
    (written again in the row it covers)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    abstract = el("w:abstractNum", abstractNumId="77")
    for level, fmt, text in ((0, "chineseCounting", "%1、"), (1, "chineseCounting", "（%2）")):
        lvl = el("w:lvl", ilvl=str(level))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            lvl.append(el(tag, val=val))
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = el("w:num", numId="77")
    num.append(el("w:abstractNumId", val="77"))
    numbering.append(num)
    for level, text in chapters:
        p = doc.add_paragraph(text)
        if level is not None:
            numpr = el("w:numPr")
            numpr.append(el("w:ilvl", val=str(level)))
            numpr.append(el("w:numId", val="77"))
            p._p.get_or_add_pPr().append(numpr)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for k, v in enumerate(row):
            table.cell(i, k).text = v
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 0).text = rows[1][0]
    doc.save(path)
    return path


def test_a_word_file_is_read_with_its_numbers_and_its_table(tmp_path):
    path = _word_file(tmp_path / "r.docx", [(None, "某某通报"), (0, "整改工作开展情况"), (1, "压实责任"),
                                             (1, "健全机制"), (0, "整改落实情况")],
                      [("问题类别", "反馈问题", "已完成", "持续整改"),
                       ("党建方面", "学习不深入", "√", ""),
                       ("", "制度执行不严", "", "√")])
    t = read(path)
    assert t.encoding == "docx"
    assert t.text.split("\n") == ["某某通报", "一、整改工作开展情况", "(一)压实责任", "(二)健全机制",
                                  "二、整改落实情况", "问题类别", "反馈问题", "已完成", "持续整改",
                                  "党建方面", "学习不深入", "√", "—", "党建方面", "制度执行不严", "—", "√"]


def test_a_damaged_word_file_is_named_with_a_reason(tmp_path):
    (tmp_path / "r.docx").write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(IngestError, match="damaged Word file"):
        read(tmp_path / "r.docx")


def test_a_malformed_number_in_a_word_file_does_not_stop_its_reading(tmp_path):
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(tmp_path / "r.docx", "w") as z:
        z.writestr("word/document.xml", f'<w:document {w}><w:body><w:p><w:r><w:t>某某通报</w:t></w:r></w:p>'
                   '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr><w:p><w:r><w:t>序号</w:t></w:r></w:p>'
                   '</w:tc></w:tr></w:tbl></w:body></w:document>')
    assert read(tmp_path / "r.docx").text.split("\n") == ["某某通报", "序号"]


def test_a_zip_that_is_not_a_word_file_or_declares_a_dtd_is_refused(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.docx", "w") as z:
        z.writestr("notes.txt", "hello")
    with zipfile.ZipFile(tmp_path / "b.docx", "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')
    with pytest.raises(IngestError, match="no word/document.xml"):
        read(tmp_path / "a.docx")
    with pytest.raises(IngestError, match="declares a DTD"):
        read(tmp_path / "b.docx")


def _laid_out(lines: list[list[str]], starts: list[int], width=len) -> str:
    """Lines of a table as a PDF copy lays them out: each cell's piece padded with spaces
    to its column's start, measured in characters or in display width."""
    out = []
    for cells in lines:
        line = ""
        for start, cell in zip(starts, cells):
            if cell:
                line += " " * max(start - width(line), 2 if line else 0) + cell
        out.append(line)
    return "\n".join(out)


LAID_OUT = [["序号", "反馈问题", "整改措施", "完成时限", "完成情况"],
           ["1", "落实“三重一大”制度", "修订党组会议议事规", "2024年6月", "已完成"],
           ["", "不严格", "则，明确决策事项"],
           ["2", "医疗废物监管不严", "开展专项检查", "", "持续推进"],
           ["", "", "立案处罚2家诊所"]]
LAID_OUT_ROWS = ["序号", "反馈问题", "整改措施", "完成时限", "完成情况",
                "1", "落实“三重一大”制度不严格", "修订党组会议议事规则,明确决策事项", "2024年6月", "已完成",
                "2", "医疗废物监管不严", "开展专项检查立案处罚2家诊所", EMPTY_CELL, "持续推进"]


@pytest.mark.parametrize("width, starts", [(len, [0, 6, 24, 40, 52]), (display_width, [0, 8, 34, 60, 74])])
def test_a_table_a_pdf_copy_lays_out_in_columns_is_read_a_row_a_line(width, starts):
    """Cells wrapped onto the lines below at their column's place are joined again,
    an empty cell keeps its column, a page's footer and the header repeated on the next
    page go, and the indented text after the table stays text."""
    page_two = [["3", "人才引进难", "出台激励办法，引进", "2025年6月", "正在整改"], ["", "", "本科生21名"]]
    raw = "\n".join([
        "二、反馈问题整改情况",
        _laid_out(LAID_OUT, starts, width),
        " " * 50 + "第 1 页 共 2 页", "",
        _laid_out(LAID_OUT[:1] + page_two, starts, width), "",
        "    三、下一步工作", "    持续巩固整改成果。"])
    t = from_bytes(raw.encode())
    assert t.text.split("\n") == ["二、反馈问题整改情况", *LAID_OUT_ROWS, "3", "人才引进难",
                                  "出台激励办法,引进本科生21名", "2025年6月", "正在整改",
                                  "三、下一步工作", "持续巩固整改成果。"]
    at = t.text.index("不严格")  # a wrapped piece still points at its place in the file
    a, b = t.to_original(at, at + 3)
    assert t.original[a:b] == "不严格"


def test_a_table_laid_out_in_columns_with_no_cell_wrapped_is_left_to_the_spaced_reader():
    one_line_rows = [row for row in LAID_OUT if row[0]]
    raw = _laid_out(one_line_rows, [0, 6, 24, 40, 52])
    assert rebuild(raw, list(range(len(raw)))) == (raw, list(range(len(raw))))


def test_a_pdf_tables_cells_centred_in_their_rows_are_read_a_row_a_line():
    """Official tables centre their cells: a row's number and short cells stand on its
    middle line, or on a line of their own between its two lines."""
    centred = [LAID_OUT[0],
               ["", "落实“三重一大”制度", "修订党组会议议事规"],
               ["1", "不严格", "则，明确决策事项", "2024年6月", "已完成"],
               ["", "", "并公开"],
               ["", "医疗废物监管不严", "开展专项检查"],
               ["2", "", "", "2024年8月", "持续推进"],
               ["", "", "立案处罚2家诊所"]]
    t = from_bytes(("二、反馈问题整改情况\n" + _laid_out(centred, [0, 6, 24, 40, 52]) + "\n三、下一步工作").encode())
    assert t.text.split("\n") == ["二、反馈问题整改情况", *LAID_OUT_ROWS[:5],
                                  "1", "落实“三重一大”制度不严格", "修订党组会议议事规则,明确决策事项并公开", "2024年6月", "已完成",
                                  "2", "医疗废物监管不严", "开展专项检查立案处罚2家诊所", "2024年8月", "持续推进",
                                  "三、下一步工作"]


FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures"


def test_a_word_97_document_is_read_a_paragraph_and_a_cell_a_line():
    from kg.structure import structure

    t = read(FIXTURES / "word97_ledger.doc")  # saved by LibreOffice as Word 97-2003
    assert t.encoding == "doc"
    lines = t.text.split("\n")
    assert lines[0] == "中共乐山市市中区卫生健康局党组关于区委巡察反馈问题整改情况的通报"
    assert lines[lines.index("序号"):lines.index("序号") + 4] == ["序号", "问题类别", "反馈问题", "整改措施"]
    r = structure(t)
    assert r.publisher == "中共乐山市市中区卫生健康局党组" and r.published == "2024-11-28"
    assert [(f.title, f.status, f.deadline) for f in r.findings][-1] == ("专业技术人员结构不合理", "正在整改", "2025-06")


def test_a_word_97_tables_rows_keep_their_columns_as_a_docx_tables_do():
    from kg.structure import structure

    ledger = read(FIXTURES / "word97_ledger.doc").text.split("\n")
    assert ledger.count("政治建设") == 2  # a category merged down over two rows, written in each
    ticked = read(FIXTURES / "word97_ticked_ledger.doc")  # 整改情况 split into ticked 已完成 | 正在整改
    lines = ticked.text.split("\n")
    row3 = lines.index("对口帮扶乡镇卫生院不到位")
    assert lines[row3 + 2:row3 + 4] == [EMPTY_CELL, "√"]  # the empty cell keeps the tick in its column
    assert [f.status for f in structure(ticked).findings] == ["已完成", "已完成", "正在整改", "已完成"]


def test_a_word_97_document_whose_list_numbers_are_formatting_still_gives_its_findings():
    from kg.structure import structure

    r = structure(read(FIXTURES / "word97_list_numbers.doc"))  # its chapters and items numbered by Word's list
    lines = ["".join(line.split()) for line in r.text.text.split("\n")]
    assert "1.整改工作开展情况" in lines and "1.落实卫生健康领域重大决策部署不够有力。" in lines
    assert [f.title for f in r.findings][:2] == ["落实卫生健康领域重大决策部署不够有力", "财务内控制度执行不严"]
    assert {f.status for f in r.findings} == {"已完成整改"}


@pytest.mark.parametrize("name", ["word97_chinese_list.doc", "libreoffice_chinese_list.docx",
                                  "libreoffice_chinese_list.odt", "libreoffice_chinese_list.rtf"])
def test_word_list_numbers_in_chinese_are_written_back(name):
    """一、, （一） and 1. that Word's lists add (the list tables of a .doc; LibreOffice's
    taiwaneseCountingThousand in a .docx; an .odt's list styles, counted; an .rtf's
    \\listtext) come back as the text a reader sees, so the findings keep their places
    under their headings."""
    from kg.structure import structure

    t = read(FIXTURES / name)  # saved by LibreOffice from the same document
    lines = ["".join(line.split()) for line in t.text.split("\n")]  # read as 一、\t… or 一、 …
    assert lines[2:6] == ["一、整改工作开展情况", "二、反馈问题整改情况", "(一)党的建设方面", "1.党组理论学习不深入"]
    assert "(二)业务监管方面" in lines
    r = structure(t)
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("二/(一)/1", "党组理论学习不深入", "已完成整改", None), ("二/(一)/2", "基层党组织建设薄弱", "已完成整改", None),
        ("二/(二)/1", "医疗机构监管不到位", "正在整改", "2025-06")]


@pytest.mark.parametrize("name", ["docx_boxed_body.docx", "word97_boxed_body.doc"])
def test_a_report_boxed_in_a_table_of_one_cell_keeps_its_paragraphs(name):
    """A 公示 whose body stands in a table of one cell (a box): its paragraphs are lines,
    not one cell's line, so the findings under 一、 keep their places."""
    from kg.structure import structure

    r = structure(read(FIXTURES / name))
    assert "一、党组落实全面从严治党主体责任不到位。" in r.text.text.split("\n")
    assert [(f.title, f.status, f.deadline) for f in r.findings][2] == ("医疗机构安全生产隐患排查不彻底", "正在整改", "2025-03")


def test_a_damaged_or_encrypted_word_97_document_is_an_error_saying_so(tmp_path):
    from kg.doc import _fib

    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # the signature and nothing after it
    with pytest.raises(IngestError, match="Word 97-2003"):
        read(bad)
    import olefile

    word = bytearray(olefile.OleFileIO(str(FIXTURES / "word97_ledger.doc")).openstream("WordDocument").read())
    word[0x0B] |= 0x01  # fEncrypted: bit 8 of the flags at 0x0A, little-endian
    with pytest.raises(IngestError, match="encrypted"):
        _fib(bytes(word), "locked.doc")
    with pytest.raises(IngestError, match="cut short"):
        _fib(bytes(word[:40]), "cut.doc")


@pytest.mark.parametrize("name", ["libreoffice_ledger.xlsx", "libreoffice_ledger.ods", "libreoffice_ledger.odt",
                                  "libreoffice_ledger.rtf"])
def test_a_ledger_saved_as_a_spreadsheet_odt_or_rtf_reads_as_a_docx_ledger(name):
    """The same ledger saved by LibreOffice as .xlsx, .ods, .odt and .rtf: a cell a line,
    the category merged down over two rows written in each, the title merged across once;
    its findings, and the body and date it states in 填报单位/填报日期 for want of a signature."""
    from kg.structure import structure

    t = read(FIXTURES / name)
    lines = t.text.split("\n")
    assert lines[:3] == ["中共某县卫生健康局党组巡察反馈问题整改落实情况台账",
                         "填报单位:中共某县卫生健康局党组填报日期:2024年11月15日", "序号"]
    assert lines.count("党的建设") == 2 and lines.count("中共某县卫生健康局党组巡察反馈问题整改落实情况台账") == 1
    r = structure(t)
    assert (r.publisher, r.published) == ("中共某县卫生健康局党组", "2024-11-15")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("党组理论学习不深入", "已完成", "2024-09"), ("基层党支部组织生活不规范", "已完成", "2024-10"),
        ("乡镇卫生院服务能力不足", "正在推进", "2025-06")]


def _hex(text: str, codec: str) -> str:
    return "".join(f"\\'{b:02x}" for b in text.encode(codec))


def test_rtf_in_a_code_page_with_unicode_escapes_and_a_table_reads_as_written(tmp_path):
    """Word's RTF: Chinese as GBK bytes (\\ansicpg936, a font of charset 134), some as \\uN
    with a fallback to pass over, Big5 under a font of charset 136; fonts, the generator
    and a field's code left out, its result kept; a table's cells a line each, one
    merged down (\\clvmrg) written again."""
    raw = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _hex("宋体", "gbk")
           + ";}{\\f1\\fnil\\fcharset136 MingLiU;}}{\\*\\generator Msftedit 5.41;}"
           "\\pard\\f0 " + _hex("中共某县卫生健康局党组", "gbk") + "\\uc1\\u20851?\\u20110?"
           + _hex("巡察整改情况的通报", "gbk") + "\\par\\pard "
           "{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt " + _hex("一、整改情况", "gbk") + "}}\\par"
           "\\trowd\\cellx1000\\cellx3000\\pard\\intbl " + _hex("类别", "gbk") + "\\cell\\pard\\intbl "
           + _hex("问题", "gbk") + "\\cell\\row"
           "\\trowd\\cellx1000\\cellx3000\\pard\\intbl " + _hex("党建", "gbk") + "\\cell\\pard\\intbl "
           + _hex("学习不深入", "gbk") + "\\cell\\row"
           "\\trowd\\clvmrg\\cellx1000\\cellx3000\\pard\\intbl\\cell\\pard\\intbl "
           + _hex("制度执行不严", "gbk") + "\\cell\\row"
           "\\pard{\\f1 " + _hex("醫療", "big5") + "}\\par}")
    (tmp_path / "r.rtf").write_bytes(raw.encode("ascii"))
    t = read(tmp_path / "r.rtf")
    assert t.encoding == "rtf"
    assert t.text.split("\n") == ["中共某县卫生健康局党组关于巡察整改情况的通报", "一、整改情况", "类别", "问题",
                                  "党建", "学习不深入", "党建", "制度执行不严", "医疗"]


def test_dates_an_excel_cell_stores_as_day_numbers_are_written_as_dates(tmp_path):
    """A deadline's cell typed as a date holds a day number (45657) under a date format,
    built in (14) or the workbook's own (yyyy"年"m"月"d"日"); a plain number stays a number."""
    import zipfile

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(tmp_path / "ledger.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook {ns} {rel}><sheets><sheet name="台账" sheetId="1" r:id="rId1"/>'
                   '</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/styles.xml", f'<styleSheet {ns}><numFmts><numFmt numFmtId="176" formatCode='
                   '"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="0"/>'
                   '<xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>')
        z.writestr("xl/sharedStrings.xml", f'<sst {ns}><si><r><t>整改</t></r><r><t>时限</t></r>'
                   '<rPh><t>zhenggai</t></rPh></si></sst>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                   '</row><row r="2"><c r="A2" s="1"><v>45657</v></c><c r="B2" s="2"><v>45838</v></c>'
                   '<c r="C2"><v>12</v></c><c r="D2" t="inlineStr"><is><t>已完成</t></is></c></row></sheetData>'
                   '</worksheet>')
    t = read(tmp_path / "ledger.xlsx")
    assert (t.encoding, t.text.split("\n")) == ("xlsx", ["整改时限", "2024年12月31日", "2025年6月30日", "12", "已完成"])


@pytest.mark.parametrize("name, parts, reason", [
    ("r.odt", {"content.xml": "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:"
               "office:1.0'><office:body><office:text><p>cut"}, "damaged OpenDocument file: its XML does not parse"),
    ("r.odt", {"content.xml": "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:"
               "office:1.0'/>"}, "holds no office:body"),
    ("r.xlsx", {"xl/workbook.xml": "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
                "<sheets/></workbook>"}, "sheets hold no text"),
])
def test_a_damaged_or_empty_office_file_is_named_with_a_reason(tmp_path, name, parts, reason):
    import zipfile

    with zipfile.ZipFile(tmp_path / name, "w") as z:
        for part, xml in parts.items():
            z.writestr(part, xml)
    with pytest.raises(IngestError, match=reason):
        read(tmp_path / name)


def test_an_rtf_with_no_text_is_named_with_a_reason(tmp_path):
    (tmp_path / "r.rtf").write_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\par}")
    with pytest.raises(IngestError, match="RTF file that holds no text"):
        read(tmp_path / "r.rtf")


def test_a_spreadsheets_ticked_ledger_under_a_title_and_a_note_reads_whole():
    """A ledger saved as .ods under a title and a note merged across: its header of two
    rows (整改情况 over 已完成 | 正在整改, the cells beside merged down) written once, runs
    of covered cells the sheet writes once counted as many, each row's tick read as its
    status; the note's group, period and feedback taken as the inspection's."""
    from kg.structure import structure

    t = read(FIXTURES / "libreoffice_ticked_ledger.ods")
    lines = t.text.split("\n")
    assert lines.count("序号") == 1 and lines.count("巡察反馈问题") == 1
    r = structure(t)
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("党委会议事规则执行不严格", "已完成", "2024-09"), ("医用耗材二级库管理混乱", "正在整改", "2025-03")]
    i = r.inspection
    assert (i.inspector, i.start, i.end, i.feedback) == ("县委第一巡察组", "2024-04-10", "2024-06-05", "2024-07-03")
    assert (r.publisher, r.published) == ("中共某县人民医院委员会", "2024-11-08")


def test_a_workbook_of_two_sheets_numbered_on_reads_every_row_and_its_leader():
    """A ledger written as Excel writes it (openpyxl): a sheet an aspect, the second with
    its own header and rows numbered on (3, 4), 备注 left empty in most rows, deadlines as
    date cells, the signature in cells under the table. Every row is a finding; an empty
    cell holds its column's place; the names under 责任人 are people."""
    from kg.extract import extract
    from kg.structure import structure

    t = read(FIXTURES / "two_sheet_ledger.xlsx")
    r = structure(t)
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("1", "党组理论学习不深入", "已完成", "2024-09-30"), ("2", "公务接待不规范", "已完成", "2024-10-31"),
        ("3", "乡镇卫生院服务能力薄弱", "已完成", "2024-12-31"), ("4", "医疗机构监管存在盲区", "正在整改", "2025-03-31")]
    assert (r.publisher, r.published) == ("中共某县卫生健康局党组", "2024-12-05")
    assert {m.text for m in extract(r) if m.type == "person"} == {"张志明", "李红梅"}


@pytest.mark.parametrize("name", ["banner_neimenggu.txt", "cdc_guangxi.txt", "district_chongqing.txt",
                                  "hospital_sichuan.txt", "province_guangxi.txt"])
def test_a_copy_that_lost_every_line_break_reads_as_the_report(name):
    """A copy whose paragraphs all ran on into one line (a scrape that dropped its breaks):
    its lines are broken again before the headings' numbers, counted in order, before a
    finding's labelled fields, after the title and around the signature, so it reads as
    the report it was copied from: the same findings, statuses, deadlines, signature and
    inspection."""
    from kg.structure import structure

    text = (FIXTURES / name).read_text(encoding="utf-8")
    whole, run_on = (structure(from_bytes(t.encode("utf-8"), name=name))
                     for t in (text, "".join(line.strip() for line in text.splitlines())))
    assert [(f.title, f.status, f.deadline) for f in run_on.findings] == \
        [(f.title, f.status, f.deadline) for f in whole.findings] != []
    assert (run_on.publisher, run_on.published, run_on.inspection) == (whole.publisher, whole.published, whole.inspection)


def test_numbers_inside_a_run_on_sentence_are_not_taken_for_headings():
    """统一、 and 第1、2项 hold a heading's number but open no line."""
    text = ("中共某县卫生健康局党组关于巡察整改情况的通报根据县委统一部署，2024年4月8日至6月7日，县委第一巡察组对县卫生健康局"
            "党组进行了常规巡察，2024年7月10日反馈了巡察意见。现将整改情况通报如下。局党组高度重视。"
            "一、整改情况坚持统一、规范推进，第1、2项已完成整改。（一）制度执行不严。整改情况：修订制度。已完成整改。"
            "（二）学习不深入。整改情况：制定计划。已完成整改。中共某县卫生健康局党组2024年11月8日")
    lines = from_bytes(text.encode("utf-8"), name="r.txt").text.split("\n")
    assert lines[1:] == ["一、整改情况坚持统一、规范推进,第1、2项已完成整改。", "(一)制度执行不严。", "整改情况:修订制度。已完成整改。",
                         "(二)学习不深入。", "整改情况:制定计划。已完成整改。", "中共某县卫生健康局党组", "2024年11月8日"]
