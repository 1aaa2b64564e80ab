"""Structure: title, signature, region, inspection event, heading tree and findings,
on the samples and on inline texts written the way other provinces and levels write."""
from __future__ import annotations

import pytest
from conftest import sample

from kg.ingest import from_bytes, read
from kg.structure import structure

def _read(text: str):
    return structure(from_bytes(text.encode("utf-8"), name="r.txt"))


COUNTY = """中共宁远县卫生健康局党组关于县委第三轮巡察整改进展情况的通报
根据县委统一部署，2022年4月6日至5月28日，县委第三巡察组对县卫健局党组进行了巡察。7月12日，县委第三巡察组向县卫健局党组反馈了巡察意见。现将整改情况予以公布。
一、整改工作开展情况
局党组高度重视，成立了巡察整改工作领导小组。
二、巡察反馈问题整改落实情况
（一）落实党的路线方针政策不到位
1.学习贯彻习近平新时代中国特色社会主义思想不深入。一是理论学习不系统。二是学用结合不紧密。
整改情况：此项问题已完成整改。制定了年度学习计划。
2.医疗机构监管有漏洞。
整改情况：此项问题部分已整改，需要长期推进，2022年12月底前全部整改到位。
（二）全面从严治党责任落实不到位
3.针对“三重一大”制度执行不严格的问题。
整改情况：修订完善了议事规则。
三、下一步工作打算
1.持续巩固整改成果。
欢迎广大干部群众对巡察整改落实情况进行监督。
中共宁远县卫生健康局党组
2022年9月30日
"""


def _report(text: str):
    return structure(from_bytes(text.encode("utf-8"), name="r.txt"))


def test_county_report_skeleton():
    r = _report(COUNTY)
    assert r.title.startswith("中共宁远县卫生健康局党组关于")
    assert r.publisher == "中共宁远县卫生健康局党组"
    assert r.published == "2022-09-30"
    assert r.region.name == "宁远县" and r.region.province == "湖南省" and r.region.level == "county"
    i = r.inspection
    assert (i.kind, i.inspector, i.target) == ("巡察", "县委第三巡察组", "县卫健局党组")
    assert (i.start, i.end, i.feedback) == ("2022-04-06", "2022-05-28", "2022-07-12")
    assert i.round == "县委第三轮"


def test_findings_with_lists_status_and_deadline():
    r = _report(COUNTY)
    got = [(f.path, f.title, f.status, f.deadline) for f in r.findings]
    assert got == [
        ("二/(一)/1/一是", "理论学习不系统", "已完成整改", None),
        ("二/(一)/1/二是", "学用结合不紧密", "已完成整改", None),
        ("二/(一)/2", "医疗机构监管有漏洞", "部分已整改", "2022-12"),
        ("二/(二)/3", "“三重一大”制度执行不严格", None, None),
    ]


def test_heading_tree():
    r = _report(COUNTY)
    paths = [h.path for h in r.headings]
    assert "二/(一)/1" in paths and "二/(一)/1/一是" in paths and "三/1" in paths


def test_province_inspection_is_a_xunshi():
    text = ("中共甘肃省卫生健康委员会党组关于省委第五轮巡视整改进展情况的通报\n"
            "按照省委统一部署，2021年3月15日至5月20日，省委第六巡视组对省卫生健康委党组开展了常规巡视。"
            "2021年7月2日，省委第六巡视组向省卫生健康委党组反馈了巡视意见。\n"
            "中共甘肃省卫生健康委员会党组\n2021年10月8日")
    r = _report(text)
    assert r.region.name == "甘肃省" and r.region.level == "province"
    assert (r.inspection.kind, r.inspection.inspector) == ("巡视", "省委第六巡视组")
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback) == ("2021-03-15", "2021-05-20", "2021-07-02")


def test_damaged_dates_in_the_district_sample_are_repaired():
    r = structure(read(sample("002")))
    i = r.inspection
    assert (i.start, i.end, i.feedback) == ("2024-09-15", "2024-11-12", "2025-03-24")
    assert i.inspector == "区委第一巡察组"  # 区委第巡察组, completed from the report's own text
    assert r.published == "2025-10-09"


@pytest.mark.parametrize("feedback, end", [
    ("2025年1月10日，县委第一巡察组向县卫健局党组反馈了巡察意见。", "2024-11-08"),  # 1月18日 would follow it
    ("县委第一巡察组向县卫健局党组反馈了巡察意见。", None),  # nothing to choose by: left unknown
])
def test_an_ambiguous_end_date_is_read_as_the_one_reading_before_the_feedback(feedback, end):
    r = _report(f"根据县委统一部署，202499日至118日，县委第一巡察组对县卫健局党组进行了巡察。{feedback}\n"
                "中共某县卫生健康局党组\n2025年6月16日")
    assert (r.inspection.start, r.inspection.end) == ("2024-09-09", end)


def test_a_linked_inspection_of_a_body_and_its_hospitals():
    r = _report("根据县委统一部署，2024年4月15日至6月14日，县委第二巡察组对县卫生健康委党组及县人民医院党委、"
                "县中医院党委开展了联动巡察，并于2024年7月26日分别反馈了巡察意见。\n中共某县卫生健康委员会党组\n"
                "2024年11月25日")
    i = r.inspection
    assert (i.target, i.start, i.end, i.feedback) == ("县卫生健康委党组", "2024-04-15", "2024-06-14", "2024-07-26")


def test_ambiguous_signature_date_is_left_unknown_and_reported():
    r = _report("根据市委统一部署，市委第一巡察组对市卫健委进行了巡察。\n中共某某市卫生健康委员会党组\n2025111")
    assert r.published is None
    assert any("more than one reading" in w for w in r.warnings)


def test_closing_block_after_findings_is_not_a_finding():
    r = structure(read(sample("000")))
    assert len(r.findings) == 16
    assert r.findings[-1].title == "非编人员养老统筹缺失"


def test_inspection_written_with_jinzhu_and_month_precision():
    r = _report("根据市委统一部署，2023年4月10日至6月9日，市委第三巡察组进驻市卫健委开展了常规巡察。"
                "7月5日，巡察组向市卫健委党组反馈了巡察意见。")
    assert (r.inspection.target, r.inspection.start, r.inspection.end, r.inspection.feedback) == (
        "市卫健委", "2023-04-10", "2023-06-09", "2023-07-05")
    r = _report("按照省委部署，2021年3月至5月，省委第六巡视组对省卫生健康委党组进行了巡视。")
    assert (r.inspection.start, r.inspection.end) == ("2021-03", "2021-05")
    r = _report("根据区委部署，2024年4月8日至5月31日，区委第二巡察组对区卫生健康局党委开展了第三轮常规巡察，"
                "并于2024年7月12日反馈了巡察意见。")  # the round between the verb and the kind
    assert (r.inspection.target, r.inspection.start, r.inspection.feedback) == (
        "区卫生健康局党委", "2024-04-08", "2024-07-12")


def test_a_feedback_meetings_date_in_a_news_item():
    r = _report("县委第三巡察组巡察县人民医院党委情况反馈会召开\n2024年8月21日，县委第三巡察组巡察县人民医院党委情况反馈会召开。"
                "根据县委统一部署，2024年5月13日至7月5日，县委第三巡察组对县人民医院党委开展了常规巡察。")
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback) == ("2024-05-13", "2024-07-05", "2024-08-21")


def test_a_county_renamed_a_city_keeps_the_name_the_report_gives_it():
    # the divisions table predates 宁乡县 becoming 宁乡市 (2017)
    r = _report("根据市委统一部署，市委第七巡察组对宁乡市妇幼保健院党支部开展了巡察。\n中共宁乡市妇幼保健院支部委员会\n2024年12月5日")
    assert (r.region.name, r.region.city, r.region.level) == ("宁乡市", "长沙市", "county")
    r = _report("根据区委统一部署，区委第一巡察组对区卫生健康局党组开展了巡察。\n中共三明市沙县区卫生健康局党组\n2024年12月5日")
    assert (r.region.name, r.region.city, r.region.level) == ("沙县区", "三明市", "district")  # 沙县 until 2021


@pytest.mark.parametrize("publisher, name, city, code", [
    ("中共宜宾市叙州区卫生健康局党组", "叙州区", "宜宾市", "511521"),  # the table's 宜宾县 (renamed 2018)
    ("中共成都市郫都区卫生健康局党组", "郫都区", "成都市", "510124"),  # 郫县 (2016)
    ("中共杭州市钱塘区卫生健康局党组", "钱塘区", "杭州市", "330114"),  # made in 2021 of parts of others
    ("中共济南市莱芜区卫生健康局党组", "莱芜区", "济南市", "370116"),  # moved from 莱芜市 (2019)
])
def test_a_division_named_since_the_table_was_made(publisher, name, city, code):
    r = _report(f"根据区委统一部署，区委第一巡察组对区卫生健康局党组开展了巡察。\n{publisher}\n2024年12月5日")
    assert (r.region.name, r.region.city, r.region.code, r.region.level) == (name, city, code, "district")


def test_a_district_name_shared_by_several_cities_is_settled_by_the_text():
    # 鼓楼区 is a district of 南京, 福州, 徐州 and 开封; the report names its city.
    r = _report("根据区委统一部署，区委第一巡察组对区卫健委进行了巡察。福州市卫健委予以指导。\n"
                "中共鼓楼区卫生健康局党组\n2022年1月5日")
    assert r.region is not None and r.region.city == "福州市"


def test_half_width_full_stops_end_sentences_and_titles():
    text = ("中共某某医院委员会关于巡察整改情况的公告\n"
            "根据市委统一部署,2023年10月9日至12月8日,市委第五巡察组对医院党委开展了巡察.2024年315日,"
            "市委第五巡察组向医院党委反馈了巡察意见.\n二、反馈问题整改落实情况\n(一)党的领导作用发挥不充分\n"
            "1.院长负责制执行不到位.\n整改情况:退还费用18.9万元.整改结果:已完成.\n中共某某医院委员会\n2024年6月28日")
    r = _read(text)
    assert r.inspection.feedback == "2024-03-15"  # 2024年3(月)15日 after a "."
    assert [f.title for f in r.findings] == ["院长负责制执行不到位"]
    assert "整改情况:退还费用18.9万元." in [text[a:b] for a, b in r.sentences]  # 18.9 is a number


def test_a_start_too_garbled_to_read_leaves_the_end_as_the_end():
    text = ("中共某县卫生健康局党组关于巡察整改情况的通报\n"
            "根据县委统一部署，2024年4月日至6月14日，县委第巡察组对县卫生健康局党组进行了常规巡察，2024年7月26日反馈了巡察意见。\n"
            "中共某县卫生健康局党组\n2024年11月8日")
    i = _read(text).inspection
    assert (i.start, i.end, i.feedback) == (None, "2024-06-14", "2024-07-26")


def test_a_mobilisation_meeting_gives_the_target_and_the_start_and_no_findings():
    text = ("省委第五巡视组巡视省卫生健康委党组工作动员会召开\n发布时间：2024-04-12\n"
            "4月10日，省委第五巡视组巡视省卫生健康委党组工作动员会召开。组长李文华作了讲话。\n"
            "根据省委统一部署，省委第五巡视组将在省卫生健康委工作约2个月。")
    r = _read(text)
    i = r.inspection
    assert (i.inspector, i.target, i.start, i.end, i.feedback) == ("省委第五巡视组", "省卫生健康委党组", "2024-04-10", None, None)
    assert r.findings == ()


def test_a_university_hospital_takes_its_region_from_the_committee_that_inspected_it():
    text = ("中共华中科技大学同济医学院附属同济医院委员会关于巡视整改进展情况的通报\n"
            "根据湖北省委统一部署，2024年3月18日至5月17日，省委第六巡视组对医院党委开展了常规巡视。\n"
            "中共华中科技大学同济医学院附属同济医院委员会\n2024年12月20日")
    r = _read(text)
    assert r.region is not None and (r.region.name, r.region.level) == ("湖北省", "province")


def test_a_news_item_takes_its_region_from_the_opening_and_its_publisher_from_the_page():
    text = ("市委第三巡察组向市疾控中心党委反馈巡察情况\n发布日期：2023-06-21  来源：市委巡察办\n"
            "根据市委巡察工作统一部署，2023年3月13日至4月28日，市委第三巡察组对湖州市疾病预防控制中心党委开展了常规巡察。"
            "6月20日，市委第三巡察组向市疾控中心党委反馈巡察情况。")
    r = _read(text)
    assert r.region is not None and r.region.name == "湖州市"
    assert r.publisher == "市委巡察办" and r.published == "2023-06-21"
    assert "来源" not in r.text.text  # the page's header is not report text


def test_findings_headed_guanyu_de_wenti_are_the_problem_alone():
    text = ("中共某省疾病预防控制中心委员会关于巡视整改进展情况的通报\n二、巡视反馈问题整改情况\n"
            "（一）关于落实全面从严治党“两个责任”不力的问题\n一是执行中央八项规定精神不严格。\n"
            "（二）关于巡视、审计发现问题整改不彻底的问题\n建立台账，逐项销号。\n中共某省疾病预防控制中心委员会\n2023年6月30日")
    r = _read(text)
    assert [f.title for f in r.findings] == ["落实全面从严治党“两个责任”不力", "巡视、审计发现问题整改不彻底"]


def test_findings_numbered_wenti_n():
    text = ("中共某县某镇卫生院支部委员会关于县委巡察整改情况的公示\n二、反馈问题整改情况\n"
            "问题1：基本公共卫生服务项目开展不规范。整改情况：规范健康档案管理。整改结果：已完成。\n"
            "问题2：药品采购管理不严。整改情况：统一采购。整改结果：长期坚持。\n中共某县某镇卫生院支部委员会\n2024年7月15日")
    r = _read(text)
    assert [(f.title, f.status) for f in r.findings] == [
        ("基本公共卫生服务项目开展不规范", "已完成"), ("药品采购管理不严", "长期坚持")]


def test_findings_labelled_fankui_wenti_n():
    text = ("中共某区疾病预防控制中心总支部委员会关于区委巡察整改情况的通报\n二、反馈问题的整改落实情况\n"
            "反馈问题1：学习贯彻不够深入。\n整改落实情况：落实「第一议题」制度。\n整改结果：已整改到位。\n"
            "反馈问题2：疫苗管理存在薄弱环节。\n整改落实情况：开展专项督查。\n整改结果：阶段性完成，2024年6月底前全部完成。\n"
            "中共某区疾病预防控制中心总支部委员会\n2024年1月5日")
    r = _read(text)
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("学习贯彻不够深入", "已整改到位", None), ("疫苗管理存在薄弱环节", "阶段性完成", "2024-06")]


def test_problem_blocks_with_measures_deadline_and_completion():
    text = ("中共某区卫生健康局党组关于区委巡察反馈问题整改情况的通报\n二、反馈问题整改情况\n"
            "1.问题：落实意识形态工作责任制不到位。\n整改措施：（1）制定细则；（2）专题研究。\n责任单位：办公室\n"
            "整改时限：2023年3月底\n完成情况：已完成。\n"
            "2.问题：落实“三重一大”决策制度不严格。\n整改措施：修订议事规则。\n整改时限：长期坚持\n完成情况：正在整改。\n"
            "中共某区卫生健康局党组\n2023年4月28日")
    r = _read(text)
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("落实意识形态工作责任制不到位", "已完成", "2023-03"), ("落实“三重一大”决策制度不严格", "正在整改", None)]


def test_a_provincial_university_hospital_after_a_xunshi_is_the_provinces():
    text = ("中共哈尔滨医科大学附属第一医院委员会关于省委第六巡视组巡视反馈意见整改进展情况的公告\n"
            "按照省委统一部署，省委第六巡视组对哈尔滨医科大学附属第一医院党委进行了巡视。\n"
            "中共哈尔滨医科大学附属第一医院委员会\n2023年5月18日")
    r = _read(text)
    assert r.region is not None and r.region.name == "黑龙江省"


TABLE_PAGE = """<html><body><div class="nav">首页 &gt; 通知公告</div>
<h1>中共某市疾病预防控制中心总支部委员会关于市委巡察整改情况的通报</h1>
<p>根据市委统一部署，市委第七巡察组对市疾控中心党总支开展了常规巡察。</p><p>二、反馈问题整改情况</p>
<table><tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>整改时限</th><th>完成情况</th></tr>
<tr><td>1</td><td>疫苗冷链管理存在漏洞</td><td>开展冷链专项检查。</td><td>2024年6月底</td><td>已完成</td></tr>
<tr><td>2</td><td>政府采购程序不规范</td><td>重新审查合同。</td><td>长期坚持</td><td>正在整改</td></tr></table>
<p>中共某市疾病预防控制中心总支部委员会<br>2024年9月10日</p></body></html>"""


@pytest.mark.parametrize("flatten", [False, True])
def test_findings_in_a_table_one_cell_a_line(flatten):
    """A saved page's <table>, or a copy that flattened it to one cell a line with the
    header run together (序号反馈问题整改措施…)."""
    from kg.ingest import html_to_text

    text = html_to_text(TABLE_PAGE)
    if flatten:
        text = text.replace("序号\n反馈问题\n整改措施\n整改时限\n完成情况", "序号反馈问题整改措施整改时限完成情况")
    r = _read(text)
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("疫苗冷链管理存在漏洞", "已完成", "2024-06"), ("政府采购程序不规范", "正在整改", None)]
    assert r.findings[0].rectification == "开展冷链专项检查。"


MERGED_PAGE = """<html><body><h1>中共某省人民医院委员会关于省委巡视反馈意见整改进展情况的通报</h1>
<p>根据省委统一部署，省委第五巡视组对某省人民医院党委进行了巡视。</p><p>二、具体问题整改情况</p>
<table><tr><th>序号</th><th>问题类别</th><th>具体问题</th><th>整改措施</th><th>完成时限</th><th>整改进展</th></tr>
<tr><td>1</td><td rowspan="2">党的建设</td><td>落实“第一议题”制度不到位</td><td>修订学习制度。</td><td>2024年3月</td><td>已完成</td></tr>
<tr><td>2</td><td>党支部“三会一课”开展不规范</td><td>逐一督导。</td><td>长期坚持</td><td>已完成</td></tr>
<tr><td>3</td><td>医院管理</td><td>医保基金使用不规范</td><td>开展专项自查。</td><td>2024年6月</td><td>阶段性完成</td></tr></table>
<p>三、下一步工作安排</p><p>持续推进。</p>
<p>中共某省人民医院委员会<br>2024年6月12日</p></body></html>"""


def test_a_table_with_a_kind_column_and_cells_merged_down():
    """问题类别 is a column of kinds, not the problem; a kind merged down over two rows
    (rowspan) leaves the second row a cell short, at its left."""
    from kg.ingest import html_to_text

    r = _read(html_to_text(MERGED_PAGE))
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("落实“第一议题”制度不到位", "已完成", "2024-03"), ("党支部“三会一课”开展不规范", "已完成", None),
        ("医保基金使用不规范", "阶段性完成", "2024-06")]
    assert r.findings[1].rectification == "逐一督导。"


TICK_PAGE = """<html><body><h1>中共某区卫生健康委员会党组关于区委巡察反馈意见整改进展情况的通报</h1>
<p>二、反馈问题整改落实情况</p>
<table><tr><th rowspan="2">序号</th><th rowspan="2">反馈问题</th><th rowspan="2">整改措施</th><th colspan="2">整改情况</th>
<th rowspan="2">责任单位</th></tr><tr><th>已完成</th><th>持续整改</th></tr>
<tr><td>1</td><td>学习贯彻不够深入</td><td>开展集中学习12次。</td><td>√</td><td></td><td>办公室</td></tr>
<tr><td>2</td><td>服务体系建设短板明显</td><td>改造卫生院病房楼。</td><td></td><td>√</td><td>医政科</td></tr></table>
<p>三、下一步工作打算</p><p>持续推进。</p>
<p>中共某区卫生健康委员会党组<br>2024年12月5日</p></body></html>"""


def test_a_status_column_split_into_ticked_columns():
    """整改情况 over 已完成 and 持续整改, a row ticking one: the tick's column is the status."""
    from kg.ingest import html_to_text

    r = _read(html_to_text(TICK_PAGE))
    assert [(f.title, f.status, f.rectification) for f in r.findings] == [
        ("学习贯彻不够深入", "已完成", "开展集中学习12次。"), ("服务体系建设短板明显", "持续整改", "改造卫生院病房楼。")]


def test_zhenggai_jinzhan_before_prose_is_not_a_status():
    r = _read("中共某旗卫生健康委员会党组关于巡察整改进展情况的通报\n二、反馈问题整改进展情况\n（一）党建方面\n"
              "问题一：蒙医药传承发展不充分。\n整改进展：新增蒙医特色专科3个。目前已阶段性完成。\n"
              "问题二：财务管理不规范。\n整改进展：已完成。\n中共某旗卫生健康委员会党组\n2024年11月28日")
    assert [(f.title, f.status) for f in r.findings] == [("蒙医药传承发展不充分", "阶段性完成"), ("财务管理不规范", "已完成")]


def test_a_status_sentence_after_the_measures():
    r = _read("中共某医院委员会关于巡察整改进展情况的通报\n二、巡察反馈问题整改情况\n（一）党建方面\n"
              "存在问题：人才梯队建设不合理。\n整改情况：引进博士研究生3名。已基本完成，持续推进。\n"
              "存在问题：选人用人不规范。\n整改情况：已完成档案审核12份，持续推进制度建设。\n"
              "中共某医院委员会\n2024年11月18日")
    assert [(f.title, f.status) for f in r.findings] == [("人才梯队建设不合理", "已基本完成"), ("选人用人不规范", None)]


def test_items_numbered_with_a_closing_bracket_only():
    text = ("中共某区卫生健康局党组关于区委巡察反馈意见整改进展情况的通报\n二、反馈问题整改进展情况\n"
            "（一）全面从严治党方面\n1）落实中央八项规定精神有差距。\n整改措施：开展自查。\n整改进展：已完成。\n"
            "2）采购监管不严。\n整改措施：约谈配送企业。\n整改时限：2024年6月底\n整改进展：正在推进。\n"
            "中共某区卫生健康局党组\n2024年3月28日")
    r = _read(text)
    assert [(f.path, f.title, f.status) for f in r.findings] == [
        ("二/(一)/1)", "落实中央八项规定精神有差距", "已完成"), ("二/(一)/2)", "采购监管不严", "正在推进")]
    assert r.findings[1].deadline == "2024-06"


def test_problems_whose_bullets_were_lost_are_findings_when_a_rectification_follows():
    text = ("中共某县卫生健康委员会党组关于县委巡察集中整改进展情况的通报\n二、反馈问题整改情况\n"
            "◆党组落实意识形态工作责任制不到位。\n整改情况：制定实施细则。\n整改结果：已完成。\n"
            "◆医疗服务价格管理不规范，违规收取检查费用。\n整改情况：退还多收费用。\n整改结果：已完成。\n"
            "三、下一步工作打算\n委党组将持续巩固整改成果。\n中共某县卫生健康委员会党组\n2024年11月15日")
    r = _read(text)
    assert [(f.title, f.status) for f in r.findings] == [
        ("党组落实意识形态工作责任制不到位", "已完成"), ("医疗服务价格管理不规范,违规收取检查费用", "已完成")]


def test_a_problem_headed_finding_keeps_its_description_as_rectification():
    """Under 一、针对“…”的问题 the line before 整改情况： describes the problem; it is not a
    finding of its own."""
    text = ("中共某市卫生健康委员会党组关于市委巡察整改情况的通报\n"
            "一、针对“党的领导弱化”的问题\n巡察指出议事决策不规范。\n整改情况：修订议事规则。\n"
            "二、针对“四风问题突出”的问题\n巡察指出公务接待超标准。\n整改情况：退缴费用。\n"
            "中共某市卫生健康委员会党组\n2024年1月5日")
    r = _read(text)
    assert [f.title for f in r.findings] == ["党的领导弱化", "四风问题突出"]


def test_a_heading_that_groups_findings_by_status_gives_theirs():
    text = ("中共某市卫生健康委员会党组关于市委巡察整改进展情况的通报\n一、整改工作开展情况\n委党组逐条研究。\n"
            "二、已完成整改的问题\n1.履行主体责任不到位。委党组制定责任清单。\n2.财务监管不严。追回奖金42.6万元。\n"
            "三、正在整改的问题（1个）\n1.公立医院改革推进缓慢。推进区域医疗中心建设，计划2025年6月底前完成。\n"
            "中共某市卫生健康委员会党组\n2024年9月30日")
    r = _read(text)
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("履行主体责任不到位", "已完成整改", None), ("财务监管不严", "已完成整改", None),
        ("公立医院改革推进缓慢", "正在整改", "2025-06")]


def test_a_heading_naming_the_problem_of_something_gives_the_problem():
    text = ("中共某市卫生健康委员会党组关于巡察整改情况的通报\n二、反馈问题整改落实情况\n"
            "（一）“第一议题”制度落实不到位的问题\n整改落实情况：修订议事规则。目前，已整改到位。\n"
            "（二）医疗服务管理方面的问题\n整改落实情况：开展专项检查。\n"
            "中共某市卫生健康委员会党组\n2024年11月6日")
    assert [(f.title, f.status) for f in _read(text).findings] == [
        ("“第一议题”制度落实不到位", "已整改到位"), ("医疗服务管理方面的问题", None)]


def test_items_each_with_their_own_rectification_are_the_findings():
    text = ("中共某县卫生健康局党组关于县委巡察反馈意见整改情况的通报\n二、反馈问题整改情况\n"
            "（一）关于落实党的卫生健康工作方针不到位的问题\n"
            "一是县人民医院对口支援乡镇卫生院不到位。整改情况：下派医师14名。\n"
            "二是村卫生室建设滞后。整改情况：完成5个村卫生室标准化建设。\n"
            "中共某县卫生健康局党组\n2022年6月20日")
    r = _read(text)
    assert [f.title for f in r.findings] == ["县人民医院对口支援乡镇卫生院不到位", "村卫生室建设滞后"]


@pytest.mark.parametrize("rect, status", [
    ("整改情况：班子成员开展廉政谈话，已完成。", "已完成"),
    ("疾病预防控制中心完成实验室改扩建，争取投资1.2亿元。", None),  # 完成 + its object: an action
    ("整改情况：追回违规支出23.5万元，2024年12月底前完成整改。", None),  # a promise, not a status
    ("整改情况：清退不合规报销款1.26万元。此项问题已完成整改。", "已完成整改"),
    ("整改情况：委党组与委属23个单位签订党风廉政建设责任书，修订《某省卫生计生委党组落实全面从严治党主体责任清单》，"
     "已完成整改。", "已完成整改"),  # the closing clause of a long sentence
    ("整改情况：派驻专家14名。该问题整改已取得阶段性成效，需长期坚持。", "已取得阶段性成效"),  # 该问题 as 此项
    ("整改完成情况：已全部完成。", "已全部完成"),  # not the 完成 inside it
    ("整改情况：开展培训3次。状态：已完成。", "已完成"),  # a bare 状态： after a sentence
    ("整改情况：开展培训3次。【已完成】", "已完成"),  # a status in brackets closing the measures
    ("【整改】开展培训3次。【结果】已完成。", "已完成"),  # 【结果】, a bare result's label in brackets
    ("整改情况：开展培训3次，问题已整改销号。", "已整改"),  # 已整改 then 销号
    ("整改情况：开展培训3次。已于2024年9月完成整改。", "完成"),  # done on a date
    ("整改情况：开展培训3次。整改落实到位。", "整改落实到位"),
    ("整改情况：督促各单位开展培训，确保整改落实到位。", None),  # a promise
    ("整改情况：梳理廉政风险点326个，制定防控措施。需长期坚持。", "长期坚持"),  # what it needs, said alone
])
def test_status_as_written_not_an_action_or_a_promise(rect, status):
    r = _read(f"中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n1.财务管理不规范。{rect}\n"
              "中共某县卫生健康局党组\n2024年5月20日")
    assert [f.status for f in r.findings] == [status]


def test_a_finding_on_one_line_keeps_its_rectification():
    r = _read("中共某省卫生和计划生育委员会党组关于巡视整改情况的通报\n二、整改情况\n（一）关于“两个责任”落实不到位的问题\n"
              "1.主体责任层层递减。整改情况：签订责任书38份。\n2.监督责任落实不力。整改情况：开展专项监督检查。\n"
              "中共某省卫生和计划生育委员会党组\n2017年7月5日")
    assert [(f.title, f.rectification) for f in r.findings] == [
        ("主体责任层层递减", "整改情况:签订责任书38份。"), ("监督责任落实不力", "整改情况:开展专项监督检查。")]


def test_a_district_name_two_cities_share_is_settled_by_the_city_the_report_names():
    r = _read("中共朝阳区卫生健康委员会党组关于区委巡察整改情况的通报\n根据区委统一部署，区委第五巡察组对区卫生健康委党组开展了巡察。\n"
              "联系电话：010-65091234；地址：北京市朝阳区工体南路乙2号。\n中共朝阳区卫生健康委员会党组\n2023年12月1日")
    assert r.region is not None and (r.region.name, r.region.province) == ("朝阳区", "北京市")


def test_one_line_items_each_with_its_rectification_and_deadline():
    r = _read("中共某市卫生健康委员会党组关于巡察整改情况的通报\n一、整改落实情况\n（一）行业监管存在薄弱环节\n"
              "一是违规收费问题多发。整改情况：罚款共计12,345元。二是遗留的审计问题未整改到位。整改情况：逐项销号，"
              "2024年6月底前全部完成。\n中共某市卫生健康委员会党组\n2024年5月31日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("违规收费问题多发", None, None), ("遗留的审计问题未整改到位", None, "2024-06")]


def test_problems_listed_after_xuncha_zhichu_share_the_rectification():
    r = _read("中共某县卫生健康委员会党组关于县委巡察反馈意见整改情况的通报\n一、巡察反馈问题整改情况\n"
              "（一）关于全面从严治党方面\n巡察指出的问题：一是落实“一岗双责”不到位；二是违规发放津补贴。\n"
              "整改情况：一是签订责任书；二是清退津补贴3.2万元。\n中共某县卫生健康委员会党组\n2023年10月9日")
    assert [f.title for f in r.findings] == ["落实“一岗双责”不到位", "违规发放津补贴"]
    assert all(f.rectification.startswith("整改情况:一是签订责任书") for f in r.findings)


def test_dated_under_the_title_and_problems_labelled_wenti_biaoxian():
    r = _read("中共某市卫生健康委员会党组关于市委巡察整改进展情况的通报\n（2023年5月10日）\n"
              "根据市委统一部署，市委第一巡察组对市卫生健康委党组开展了巡察。\n二、反馈问题整改情况\n"
              "1.问题表现：医疗器械采购管理不规范。\n整改措施：约谈供应企业。\n整改成效：已完成整改。\n"
              "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0772-2821234。")
    assert r.published == "2023-05-10"
    assert [(f.title, f.status) for f in r.findings] == [("医疗器械采购管理不规范", "已完成整改")]


def test_findings_numbered_with_circled_numerals():
    r = _read("中共某市卫生健康委员会党组关于市委巡察整改情况的通报\n二、巡察反馈问题整改落实情况\n"
              "（一）贯彻落实党中央决策部署方面\n①落实分级诊疗制度不到位。整改情况：组建医疗集团。此项已完成整改。\n"
              "②基层服务能力不强。整改情况：配齐设备。目前已阶段性完成，计划2024年6月底前全部完成。\n"
              "中共某市卫生健康委员会党组\n2023年10月20日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("落实分级诊疗制度不到位", "已完成整改", None), ("基层服务能力不强", "阶段性完成", "2024-06")]


def test_a_wechat_post_with_numbered_sections_and_problem_blocks():
    r = _read("东莞卫健\n2024-05-17 18:30 发表于广东\n巡察整改进行时\n"
              "中共某市卫生健康局党组关于市委第五轮巡察整改进展情况的通报\n"
              "根据市委统一部署，市委第三巡察组对市卫生健康局党组开展了常规巡察。\n▍二、巡察反馈问题整改落实情况\n"
              "01\n全面从严治党方面\n● 问题：医用耗材采购监管存在漏洞。\n● 整改：开展专项检查。\n● 成效：已完成整改。\n"
              "● 问题：基层公共卫生服务短板明显。\n● 整改：新设服务站2个。\n● 成效：阶段性完成，2024年9月底前全面完成。\n"
              "02\n党的建设方面\n● 问题：“四风”问题仍有发生。\n● 整改：开展专项检查。\n"
              "中共某市卫生健康局党组\n2024年5月16日\n编辑：李晓琳\n阅读原文")
    assert r.title == "中共某市卫生健康局党组关于市委第五轮巡察整改进展情况的通报"
    assert (r.publisher, r.published) == ("中共某市卫生健康局党组", "2024-05-16")
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("二/01/1", "医用耗材采购监管存在漏洞", "已完成整改", None),
        ("二/01/2", "基层公共卫生服务短板明显", "阶段性完成", "2024-09"),
        ("二/02/3", "“四风”问题仍有发生", None, None)]


def test_a_problem_label_under_a_numbered_title_does_not_replace_it():
    r = _read("中共某市卫生健康委员会党组关于巡察整改情况的通报\n二、反馈问题整改情况\n1.财务管理不规范。\n"
              "问题表现：报销审核把关不严。\n整改措施：逐笔核查。\n2.党建工作薄弱。\n问题表现：组织生活不规范。\n"
              "整改措施：严格落实制度。\n中共某市卫生健康委员会党组\n2024年5月16日")
    assert [f.title for f in r.findings] == ["财务管理不规范", "党建工作薄弱"]


def test_a_markdown_table_of_findings_with_a_deadline_in_the_status_cell():
    md = ("# 中共某县卫生健康局党组关于巡察整改情况的通报\n\n## 二、巡察反馈问题整改落实情况\n\n"
          "| 序号 | 反馈问题 | 整改措施 | 完成情况 |\n| --- | --- | --- | --- |\n"
          "| 1 | 医共体建设不够有力 | 组建专科联盟 | 已完成 |\n"
          "| 2 | 基层服务能力不足 | 配备DR设备 | 阶段性完成，2024年6月底前全部完成 |\n\n"
          "中共某县卫生健康局党组\n\n2024年3月8日\n")
    r = structure(from_bytes(md.encode("utf-8"), name="r.md", markdown=True))
    assert r.title == "中共某县卫生健康局党组关于巡察整改情况的通报"
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("医共体建设不够有力", "已完成", None), ("基层服务能力不足", "阶段性完成", "2024-06")]


def test_a_table_with_no_number_column_is_read_a_rows_width_at_a_time():
    r = _read("中共某市卫生健康委员会党组关于市委巡视整改进展情况的通报\n二、巡视反馈问题整改落实情况\n"
              "反馈问题\t整改措施\t责任处室\t完成时限\t完成情况\n"
              "公立医院高质量发展不够有力\t制定实施方案\t医政医管处\t2023年12月\t已完成\n"
              "社区卫生服务能力不足\t配备康复设备\t基层卫生健康处\t2024年6月\t阶段性完成\n"
              "三、下一步工作\n持续巩固整改成果。\n中共某市卫生健康委员会党组\n2023年12月15日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("公立医院高质量发展不够有力", "已完成", "2023-12"), ("社区卫生服务能力不足", "阶段性完成", "2024-06")]


def test_findings_in_square_bracket_labels():
    r = _read("中共某市妇幼保健院委员会关于市委巡察整改进展情况的通报\n"
              "根据市委统一部署，市委第三巡察组对市妇幼保健院党委开展了常规巡察。\n二、反馈问题整改落实情况\n"
              "（一）党的建设方面\n【问题1】党委议事决策不规范。\n【整改措施】修订议事规则。\n【整改进展】已完成。\n"
              "【问题2】业务指导不够。\n【整改措施】派驻专家12名。\n【整改进展】阶段性完成，2025年12月底前全部完成。\n"
              "中共某市妇幼保健院委员会\n2025年9月30日")
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("二/(一)/1", "党委议事决策不规范", "已完成", None), ("二/(一)/2", "业务指导不够", "阶段性完成", "2025-12")]
    assert r.findings[0].rectification.startswith("【整改措施】修订议事规则")


def test_a_plan_before_the_measures_and_the_progress_after_them():
    r = _read("中共某市卫生健康委员会党组关于市委第四轮巡察整改情况的报告\n市委：\n"
              "按照市委统一部署，市委第二巡察组对市卫健委党组进行了巡察。\n二、巡察反馈问题整改落实情况\n"
              "（一）聚焦“两个维护”方面\n1.推进健康建设力度不大。\n整改计划：争取2024年底前整改到位。\n"
              "整改情况：出台发展规划。目前进展：需要长期推进。\n中共某市卫生健康委员会党组\n2024年5月20日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [("推进健康建设力度不大", "需要长期推进", "2024-12")]


def test_a_status_under_zhenggai_jindu_but_not_prose():
    r = _read("中共某盟卫生健康委员会党组关于盟委巡察整改进展情况的公告\n"
              "根据盟委统一部署，盟委第二巡察组对盟卫生健康委党组进行了巡察。\n二、反馈问题整改落实情况\n"
              "1.针对‘推进医共体建设不力’的问题\n整改情况：印发实施方案。整改进度：阶段性完成，2024年6月底前全面完成。\n"
              "2.针对‘培训不足’的问题\n整改情况：开展培训。整改进度：已培训3批次。\n中共某盟卫生健康委员会党组\n2023年12月5日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("推进医共体建设不力", "阶段性完成", "2024-06"), ("培训不足", None, None)]


def test_the_target_of_an_extended_xunshi_is_the_reports_own_body():
    r = _read("中共某市卫生健康委员会党组关于省委巡视反馈意见整改情况的通报\n"
              "根据省委统一部署，2019年4月8日至6月5日，省委第十二巡视组对某市开展了常规巡视，"
              "并对市卫生健康委党组进行了延伸巡视。\n中共某市卫生健康委员会党组\n2019年12月20日")
    assert (r.inspection.kind, r.inspection.target) == ("巡视", "市卫生健康委党组")


@pytest.mark.parametrize("opening, target", [
    ("县委第一巡察组对阳曲县卫生健康和体育局党组进行了巡察。", "阳曲县卫生健康和体育局党组"),  # 和 inside a name
    ("县委第一巡察组对县卫健局党组和县医保局党组进行了巡察。", "县卫健局党组"),  # 和 between two bodies
])
def test_a_target_is_cut_at_and_only_between_bodies(opening, target):
    r = _read(f"中共某县卫生健康局党组关于巡察整改情况的通报\n{opening}\n中共某县卫生健康局党组\n2024年5月20日")
    assert r.inspection.target == target


def test_a_numbered_problem_label_and_a_status_label():
    r = _read("中共某县卫生健康局党组关于巡察整改进展情况的通报\n二、巡察反馈问题整改落实情况\n（一）党的建设方面\n"
              "1.问题：推进紧密型县域医共体建设进度缓慢。\n整改情况：印发实施方案。整改状态：持续整改，2024年12月底前完成。\n"
              "2.问题：财务管理不规范。\n整改情况：追回补贴8.26万元。整改状态：已完成。\n中共某县卫生健康局党组\n2024年7月5日")
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("推进紧密型县域医共体建设进度缓慢", "持续整改", "2024-12"), ("财务管理不规范", "已完成", None)]


LEDGER = """中共某市卫生健康委员会党组关于市委第二巡察组巡察反馈意见整改进展情况的通报
根据市委统一部署，2023年9月4日至11月3日，市委第二巡察组对市卫生健康委党组开展了常规巡察。2024年1月10日，市委第二巡察组反馈了巡察意见。
一、整改工作开展情况
各问题的整改措施和进展见附件。
二、下一步工作
委党组将持续抓好整改。联系电话：0000-1234567。
中共某市卫生健康委员会党组
2024年5月6日
附件
巡察反馈问题整改台账
序号\t问题类别\t存在问题\t整改措施\t责任科室\t整改时限\t整改进展
1\t党的建设方面\t落实“第一议题”制度不够到位\t修订学习制度\t办公室\t2024年3月\t已完成
2\t\t基层服务能力提升不够\t为乡镇卫生院配备设备\t基层科\t2024年12月\t正在整改
3\t\t“三重一大”制度执行不严格\t修订决策办法\t办公室\t2024年3月\t已完成
"""


def test_a_ledger_appended_after_the_signature():
    """The signature stands before 附件; the ledger's rows are the findings, the last
    one too though its category cell is merged into the rows above."""
    r = _read(LEDGER)
    assert (r.publisher, r.published) == ("中共某市卫生健康委员会党组", "2024-05-06")
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("附件/1", "落实“第一议题”制度不够到位", "已完成", "2024-03"),
        ("附件/2", "基层服务能力提升不够", "正在整改", "2024-12"),
        ("附件/3", "“三重一大”制度执行不严格", "已完成", "2024-03")]


def _as_written(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.title, f.status, f.deadline) for f in _read(text).findings]


def _county(findings: str) -> str:
    """A county bureau's report around a chapter of findings, as most layouts below are."""
    return ("中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n"
            f"{findings}三、下一步工作\n持续巩固整改成果。\n中共某县卫生健康局党组\n2024年11月15日")


# Layouts of findings met in held-out reports: each text, and its findings' titles,
# statuses and deadlines as written.
PROBLEMS_THEN_MEASURES = (
    "中共某县疾病预防控制中心支部委员会关于巡察整改情况的通报\n二、巡察反馈的主要问题\n1.主体责任落实不到位。\n"
    "2.疫苗冷链管理存在安全隐患。\n3.财务报销审核把关不严。\n三、整改措施及成效\n1.制定主体责任清单。\n"
    "2.对冷链设备进行全面排查，更换冷藏箱15台。\n3.修订财务报销制度，退回不合规报销费用1.26万元。\n"
    "截至目前，巡察反馈的3个问题已全部完成整改。\n中共某县疾病预防控制中心支部委员会\n2024年11月8日")
AS_WRITTEN = {
    "statuses only in a tally by item number": (
        "中共某省卫生健康委员会党组关于巡视整改进展情况的通报\n一、整改工作总体情况\n"
        "反馈的2个方面5个问题中，第1、2、5项已完成整改，第3至4项正在整改。\n二、反馈问题整改落实情况\n"
        "（一）党的建设方面\n1.学习不深入。\n整改情况：制定学习计划。\n2.制度执行不严。\n整改情况：修订制度。\n"
        "（二）从严治党方面\n3.监管不到位。\n整改情况：开展检查，计划于2025年6月底前全部完成。\n"
        "4.作风不实。\n整改情况：开展整治。\n5.财务不规范。\n整改情况：清退补贴。此项问题已完成整改。\n"
        "中共某省卫生健康委员会党组\n2024年7月1日",
        [("学习不深入", "已完成整改", None), ("制度执行不严", "已完成整改", None),
         ("监管不到位", "正在整改", "2025-06"), ("作风不实", "正在整改", None), ("财务不规范", "已完成整改", None)]),
    "a status and deadline in brackets after the problem": (
        "中共某县卫生健康局党组关于巡察整改进展情况的通报\n二、巡察反馈问题整改落实情况\n（一）党的建设方面\n"
        "1.推进健康乡村建设不够有力（已完成整改）\n整改措施：实施提质改造。\n"
        "2.项目管理不规范（整改时限：2024年12月31日，正在整改）\n整改措施：开展专项检查。\n"
        "3.人才队伍建设滞后（整改时限：长期坚持）\n整改措施：招聘毕业生18名。\n"
        "4.执行《某某管理办法（试行）》不严格\n整改措施：已销号。\n"
        "5.专业人才引进不足（整改时限：长期坚持）\n整改情况：招聘医师5名。正在整改。\n中共某县卫生健康局党组\n2024年10月15日",
        [("推进健康乡村建设不够有力", "已完成整改", None), ("项目管理不规范", "正在整改", "2024-12-31"),
         ("人才队伍建设滞后", "长期坚持", None), ("执行《某某管理办法(试行)》不严格", "已销号", None),
         ("专业人才引进不足", "正在整改", None)]),
    "each problem and its measures on one line, split by a colon": (
        "中共某市卫生健康委员会党组关于巡察整改进展情况的通报\n二、巡察反馈问题整改进展情况\n（一）党的建设方面\n"
        "1.理论学习不够深入：委党组修订学习制度，开展专题研讨4次。已完成整改。\n"
        "2.医共体建设进展缓慢：出台实施方案，在两个县开展试点。正在整改，计划2025年6月底前完成。\n"
        "3.党支部建设不规范：已完成整改。\n"
        "4.干部监督不到位：党组对下属单位监管偏松偏软\n整改情况：开展谈话。已完成整改。\n"
        "中共某市卫生健康委员会党组\n2024年11月15日",
        [("理论学习不够深入", "已完成整改", None), ("医共体建设进展缓慢", "正在整改", "2025-06"),
         ("党支部建设不规范", "已完成整改", None), ("干部监督不到位:党组对下属单位监管偏松偏软", "已完成整改", None)]),
    "problem, measures and result as labelled clauses of one line": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "1.问题：落实“第一议题”制度不规范；整改：修订学习制度；结果：已完成。\n"
        "2.问题：干部教育培训不够系统；整改：制定培训计划；结果：阶段性完成，长期坚持。\n"
        "中共某县卫生健康局党组\n2024年11月28日",
        [("落实“第一议题”制度不规范", "已完成", None), ("干部教育培训不够系统", "阶段性完成", None)]),
    "a ledger whose header names a county bureau's 股室 and the goal": (
        "中共某县卫生健康局党组关于巡察整改进展情况的通报\n二、反馈问题整改情况\n"
        "序号\t反馈问题\t整改目标\t整改措施\t责任股室\t整改时限\t整改情况\n"
        "1\t医保基金使用不规范\t规范使用\t追回资金9.8万元\t财务股\t2024年10月\t已完成\n"
        "2\t年轻干部储备不足\t优化结构\t选拔年轻干部3名\t人事股\t2025年6月\t正在整改\n"
        "中共某县卫生健康局党组\n2024年11月20日",
        [("医保基金使用不规范", "已完成", "2024-10"), ("年轻干部储备不足", "正在整改", "2025-06")]),
    "a result with a note in brackets after it": (
        "中共某医院委员会关于巡视整改进展情况的通报\n二、巡视反馈问题整改情况\n"
        "1.关于药品耗材采购监管存在漏洞的问题\n整改情况：追回费用103.6万元。整改结果：已完成（即知即改）。\n"
        "2.关于区域医疗中心建设推进缓慢的问题\n整改情况：深化合作共建。整改结果：阶段性完成，2025年12月底前全部完成。\n"
        "中共某医院委员会\n2024年12月12日",
        [("药品耗材采购监管存在漏洞", "已完成", None), ("区域医疗中心建设推进缓慢", "阶段性完成", "2025-12")]),
    "a news item's problems numbered （一）（二） inside one sentence": (
        "市委第一巡察组向市卫生健康委党委反馈巡察情况\n"
        "巡察组指出，巡察发现的主要问题有：（一）推进公立医院高质量发展不够有力；（二）作风建设存在薄弱环节；"
        "（三）监督发现问题整改不够彻底。\n巡察组要求，抓好整改。",
        [("推进公立医院高质量发展不够有力", None, None), ("作风建设存在薄弱环节", None, None),
         ("监督发现问题整改不够彻底", None, None)]),
    "a news item's problems 一是…；二是… after 问题主要有：": (
        "县委第二巡察组向县疾控中心党支部反馈巡察情况\n"
        "巡察组指出，巡察发现的问题主要有：一是落实改革任务不够有力；二是财务管理不规范；三是党员教育管理不严格。\n"
        "巡察组要求，抓好整改。",
        [("落实改革任务不够有力", None, None), ("财务管理不规范", None, None), ("党员教育管理不严格", None, None)]),
    "measures numbered under each problem, some opening with whom they act on": (
        "中共某市妇幼保健院委员会关于巡察整改进展情况的通报\n二、巡察反馈问题整改情况\n（一）党建工作方面\n"
        "1.党委议事决策制度执行不严格。\n（1）修订党委会议事规则。\n（2）对2023年以来党委会会议记录进行全面检查。\n整改结果：已完成。\n"
        "2.重点专科建设滞后。\n（1）与中南大学湘雅医院建立专科联盟。\n（2）选送骨干医师进修学习6人次。\n"
        "整改结果：正在整改，2025年12月底前完成。\n中共某市妇幼保健院委员会\n2024年11月29日",
        [("党委议事决策制度执行不严格", "已完成", None), ("重点专科建设滞后", "正在整改", "2025-12")]),
    "a short closing sentence that ends on the status": (
        "中共某县卫生健康委员会党组关于巡察整改情况的通报\n二、巡察反馈问题整改情况\n"
        "（一）落实主体责任有差距\n整改情况：制定责任清单，签订责任书32份。立行立改，已整改到位。\n"
        "（二）干部作风不实\n整改情况：开展作风纪律专项整治，对2名工作人员进行批评教育，作风明显好转。\n"
        "中共某县卫生健康委员会党组\n2024年9月30日",
        [("落实主体责任有差距", "已整改到位", None), ("干部作风不实", None, None)]),
    "problems counted 第一，第二， in prose, all done by a later count": (
        "关于县委第五巡察组反馈意见整改落实情况的报告\n"
        "巡察组指出的问题主要是：第一，决策部署落实不够有力；第二，财务管理存在漏洞；第三，“三会一课”制度落实不严格。\n"
        "局党组制定整改方案。以上3个问题均已完成整改。",
        [("决策部署落实不够有力", "已完成整改", None), ("财务管理存在漏洞", "已完成整改", None),
         ("“三会一课”制度落实不严格", "已完成整改", None)]),
    "problems labelled 巡察反馈问题（一）：": (
        "中共某区卫生健康局党组关于巡察整改进展情况的通报\n二、巡察反馈问题整改进展情况\n"
        "巡察反馈问题（一）：落实意识形态工作责任制不够到位。\n整改措施：制定责任清单。\n整改进展：已完成。\n"
        "巡察反馈问题（二）：推进区域医疗中心建设缓慢。\n整改措施：开展合作共建。\n整改进展：正在推进，计划2025年12月底前完成。\n"
        "中共某区卫生健康局党组\n2024年11月22日",
        [("落实意识形态工作责任制不够到位", "已完成", None), ("推进区域医疗中心建设缓慢", "正在推进", "2025-12")]),
    "a chapter for each problem, 关于巡察反馈“X”问题的整改情况": (
        "中共某县卫生健康委员会党组关于巡察反馈意见整改情况的通报\n"
        "一、关于巡察反馈“违规发放津贴补贴”问题的整改情况\n清退津贴补贴12.74万元。该问题已整改完成。\n"
        "二、关于巡察反馈“干部队伍建设不够有力”问题的整改情况\n提拔年轻干部3名。该问题已取得阶段性成效。\n"
        "中共某县卫生健康委员会党组\n2024年11月14日",
        [("违规发放津贴补贴", "已整改完成", None), ("干部队伍建设不够有力", "已取得阶段性成效", None)]),
    "fields in brackets after the problem, apart by semicolons": (
        "中共某市疾病预防控制中心总支部委员会关于巡察整改进展情况的通报\n二、问题整改进展情况\n"
        "1.传染病监测预警能力不足（责任领导：张丽；责任科室：传染病防制科；整改时限：2025年6月底）\n"
        "整改情况：升级监测预警信息系统。正在整改。\n中共某市疾病预防控制中心总支部委员会\n2024年12月18日",
        [("传染病监测预警能力不足", "正在整改", "2025-06")]),
    "problems listed apart from the measures, all counted done at the end": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n一、巡察反馈的主要问题\n（一）党的建设方面\n"
        "1.推进医共体建设进展缓慢。\n2.违规发放津补贴问题仍有发生。\n（二）组织建设方面\n3.党员发展工作滞后。\n"
        "二、整改落实情况\n一是组建医共体；二是清退津补贴4.56万元；三是规范支部建设。\n"
        "截至2024年11月底，巡察反馈的3个问题已全部完成整改。\n中共某县卫生健康局党组\n2024年12月5日",
        [("推进医共体建设进展缓慢", "已全部完成整改", None), ("违规发放津补贴问题仍有发生", "已全部完成整改", None),
         ("党员发展工作滞后", "已全部完成整改", None)]),
    "an aspect's heading, then 巡察反馈意见指出：the problem": (
        "中共某市卫生健康委员会党组关于巡察整改进展情况的通报\n二、反馈问题整改进展情况\n"
        "（一）在全面从严治党方面。巡察反馈意见指出：对委属单位财务监管不到位。\n整改情况：追回资金18.9万元。已完成整改。\n"
        "中共某市卫生健康委员会党组\n2024年12月20日",
        [("对委属单位财务监管不到位", "已完成整改", None)]),
    "a decimal outline: 2.1 the aspect, 2.1.1 the problem": (
        "中共某区卫生健康委员会党组关于巡察整改进展情况的通报\n2 反馈问题整改进展情况\n2.1 全面从严治党方面\n"
        "2.1.1 医疗机构收受回扣问题时有发生。\n整改情况：开展专项整治。已完成整改。\n"
        "2.1.2 委机关财务管理不规范。\n整改情况：修订财务管理办法。正在整改，计划2025年9月底前完成。\n"
        "18.9万元已全部追回。\n中共某区卫生健康委员会党组\n2024年12月10日",
        [("医疗机构收受回扣问题时有发生", "已完成整改", None), ("委机关财务管理不规范", "正在整改", "2025-09")]),
    "problems and their measures numbered inside an aspect's paragraph": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "（一）关于党的领导方面的问题。1.学习贯彻不够深入的问题。整改情况：开展专题学习8次，已完成整改。"
        "2.意识形态工作责任制落实不到位的问题。整改情况：建立舆情处置机制，正在整改。\n"
        "（二）关于组织建设方面的问题。3.党员发展工作滞后的问题。整改情况：制定发展计划，已完成整改。\n"
        "中共某县卫生健康局党组\n2024年10月29日",
        [("学习贯彻不够深入", "已完成整改", None), ("意识形态工作责任制落实不到位", "正在整改", None),
         ("党员发展工作滞后", "已完成整改", None)]),
    "problems pointed out as ——X； lines, done by 以上问题": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n（一）党的领导方面\n巡察指出的问题：\n"
        "——理论学习中心组学习不规范；\n——落实意识形态工作责任制不到位。\n"
        "整改情况：修订学习制度。以上问题已完成整改。\n（二）全面从严治党方面\n巡察指出的问题：\n"
        "对下属医疗机构监督管理不到位。\n整改情况：开展专项检查。已完成整改。\n中共某县卫生健康局党组\n2024年11月12日",
        [("理论学习中心组学习不规范", "已完成整改", None), ("落实意识形态工作责任制不到位", "已完成整改", None),
         ("对下属医疗机构监督管理不到位", "已完成整改", None)]),
    "a kind in brackets before each problem": (
        "中共某市卫生健康委员会党组关于巡察整改进展情况的通报\n二、反馈问题整改进展情况\n"
        "1.【全面从严治党】对委属单位财务监管不严。\n整改情况：追回资金21.6万元。已完成整改。\n"
        "2.【已完成】干部队伍结构不合理。\n整改情况：选拔年轻干部5名。\n中共某市卫生健康委员会党组\n2024年12月4日",
        [("对委属单位财务监管不严", "已完成整改", None), ("干部队伍结构不合理", "已完成", None)]),
    "a heading whose number a copy dropped, （）X": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二反馈问题整改情况\n（一）对乡镇卫生院监管不到位\n"
        "整改情况对全县卫生院开展专项督查。已完成整改。\n（）财务管理不规范\n整改情况：清退费用1.92万元。已完成整改。\n"
        "中共某县卫生健康局党组\n2024年11月8日",
        [("对乡镇卫生院监管不到位", "已完成整改", None), ("财务管理不规范", "已完成整改", None)]),
    "problems named one after another in prose, 针对“X”的问题，…": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "针对“理论学习不深入”的问题，局党组修订学习制度，已完成整改。针对“违规发放津补贴”的问题，局党组清退资金3.9万元，"
        "正在持续整改。\n对于“重点专科建设滞后”的问题，医院共建重点专科3个。该问题正在整改，计划2025年12月底前完成。\n"
        "中共某县卫生健康局党组\n2024年11月14日",
        [("理论学习不深入", "已完成整改", None), ("违规发放津补贴", "持续整改", None),
         ("重点专科建设滞后", "正在整改", "2025-12")]),
    "aspects in prose, 在X方面，巡察指出的问题是Y。对此，…": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n"
        "在党的建设方面，巡察指出的问题是“三会一课”制度落实不严格。对此，局党组开展专项督查。目前已完成整改。\n"
        "在业务工作方面，巡察指出的问题是村卫生室标准化建设滞后。对此，局党组争取资金180万元。"
        "目前正在整改，计划2025年9月底前完成。\n中共某县卫生健康局党组\n2024年11月19日",
        [("“三会一课”制度落实不严格", "已完成整改", None), ("村卫生室标准化建设滞后", "正在整改", "2025-09")]),
    "一是针对“X”的问题，…；二是针对…, and 1.针对… in one paragraph": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "一是针对“主体责任落实不力”的问题，制定责任清单，已完成整改；二是针对“卫生人才短缺”的问题，招聘毕业生15名，正在整改。\n"
        "三、其他\n医院党委高度重视。1.针对“医疗收费不规范”的问题，开展专项检查，已完成整改。\n"
        "中共某县卫生健康局党组\n2024年11月26日",
        [("主体责任落实不力", "已完成整改", None), ("卫生人才短缺", "正在整改", None), ("医疗收费不规范", "已完成整改", None)]),
    "unquoted 针对X的问题， paragraphs after a generic 针对巡察反馈的问题": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n针对巡察反馈的问题，局党组逐条研究。\n"
        "针对意识形态工作责任制落实不到位的问题，局党组建立舆情应对机制。已完成整改。\n"
        "针对干部教育培训不足的问题，局党组举办培训班3期。正在整改，计划2025年6月底前完成。\n"
        "中共某县卫生健康局党组\n2024年12月4日",
        [("意识形态工作责任制落实不到位", "已完成整改", None), ("干部教育培训不足", "正在整改", "2025-06")]),
    "a news item's problems after 存在一些问题。主要是：": (
        "县委第三巡察组向县人民医院党委反馈巡察情况\n"
        "巡察组指出，县人民医院党委做了一些工作，但也存在一些问题。主要是：医疗服务质量管理存在短板；廉洁风险防控不到位。\n"
        "巡察组要求，认真抓好整改落实。",
        [("医疗服务质量管理存在短板", None, None), ("廉洁风险防控不到位", None, None)]),
    "problems named in one sentence apart by 、, all done by 上述问题": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n巡察组反馈指出，县卫生健康局党组存在理论学习不深入、"
        "财务管理不规范、干部作风不实等问题。\n针对上述问题，局党组制定整改方案。截至目前，上述问题已全部完成整改。\n"
        "中共某县卫生健康局党组\n2024年10月30日",
        [("理论学习不深入", "已全部完成整改", None), ("财务管理不规范", "已全部完成整改", None),
         ("干部作风不实", "已全部完成整改", None)]),
    "a news item's problems numbered (一)(二) with no chapter above them": (
        "省委第七巡视组向省中医药管理局党组反馈巡视情况\n巡视组指出，巡视发现的主要问题：\n"
        "（一）贯彻落实党中央决策部署有差距。\n（二）中医药人才队伍建设滞后。\n巡视组要求，抓好整改。",
        [("贯彻落实党中央决策部署有差距", None, None), ("中医药人才队伍建设滞后", None, None)]),
    "a news item's 巡察组指出，一是…；二是… with no 问题：": (
        "县委第一巡察组向县疾控中心党支部反馈巡察情况\n"
        "巡察组指出，一是落实疾控体系改革任务不够有力；二是传染病防控能力存在短板。\n巡察组要求，认真抓好整改。",
        [("落实疾控体系改革任务不够有力", None, None), ("传染病防控能力存在短板", None, None)]),
    "a table of two columns, 反馈问题 and 整改情况, with no 序号": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n反馈问题\t整改情况\n"
        "违规发放津补贴\t清退津补贴2.6万元。已完成整改。\n专业技术人才短缺\t招聘毕业生9名。正在整改，计划2025年8月底前完成。\n"
        "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县卫生健康局党组\n2024年11月25日",
        [("违规发放津补贴", "已完成整改", None), ("专业技术人才短缺", "正在整改", "2025-08")]),
    "problems numbered 【一】 and 【1】": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n【一】落实意识形态工作责任制不到位\n整改情况：专题研判4次。已完成整改。\n"
        "【二】乡镇卫生院服务能力不足\n【1】人才短缺\n整改情况：招聘毕业生5名。正在整改。\n"
        "中共某县卫生健康局党组\n2024年11月22日",
        [("落实意识形态工作责任制不到位", "已完成整改", None), ("人才短缺", "正在整改", None)]),
    "a news item's 一是… on a line each after 巡察组指出：": (
        "区委第二巡察组向区卫生健康局党组反馈巡察情况\n巡察组指出：\n一是医共体建设推进缓慢。\n二是对下属医疗机构监管偏松。\n"
        "三是党员教育管理不严格。\n巡察组要求，认真抓好整改落实。",
        [("医共体建设推进缓慢", None, None), ("对下属医疗机构监管偏松", None, None), ("党员教育管理不严格", None, None)]),
    "a news item's 指出了三个方面的问题，具体是：A；B": (
        "县委第四巡察组向县妇幼保健院党支部反馈巡察情况\n巡察组指出了三个方面的问题，具体是：医疗质量安全管理存在漏洞；"
        "财务制度执行不严格。\n巡察组要求，认真制定整改方案。",
        [("医疗质量安全管理存在漏洞", None, None), ("财务制度执行不严格", None, None)]),
    "problems numbered inside the opening (反馈了2个方面3个问题：1.…；2.…)": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n县委第二巡察组于2024年7月16日反馈了2个方面3个问题：1.学习不深入；"
        "2.财务管理不规范；3.党员发展工作滞后。\n局党组制定整改方案。截至11月底，以上3个问题均已完成整改。\n"
        "中共某县卫生健康局党组\n2024年12月2日",
        [("学习不深入", "已完成整改", None), ("财务管理不规范", "已完成整改", None), ("党员发展工作滞后", "已完成整改", None)]),
    "problems listed in one chapter, all done by a count in another": (
        "中共某医院委员会关于巡察整改情况的通报\n一、巡察反馈的问题\n1.党委会议事决策不规范。\n2.医疗收费管理不规范。\n"
        "二、整改措施及成效\n医院党委修订议事规则，开展收费检查。\n截至目前，以上2个问题均已整改完成。\n"
        "中共某医院委员会\n2024年12月5日",
        [("党委会议事决策不规范", "已整改完成", None), ("医疗收费管理不规范", "已整改完成", None)]),
    "headings that add 的问题整改情况, or open with 关于": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n一、反馈问题整改情况\n（一）理论学习不深入的问题整改情况\n"
        "修订学习制度。已完成整改。\n（二）关于实验室检测能力不足\n整改情况：购置设备12台。正在整改。\n"
        "中共某县卫生健康局党组\n2024年12月6日",
        [("理论学习不深入", "已完成整改", None), ("实验室检测能力不足", "正在整改", None)]),
    "对巡察反馈的“X”问题， paragraphs in prose": (
        "中共某市卫生健康局党组关于巡察整改情况的通报\n对巡察反馈的“理论学习不够深入”问题，局党组修订学习制度，已整改到位。\n"
        "对巡察反馈的“人才引进不足”问题，局党组引进医学人才5名，正在持续推进。\n中共某市卫生健康局党组\n2024年12月11日",
        [("理论学习不够深入", "已整改到位", None), ("人才引进不足", "持续推进", None)]),
    "chapters 就“X”问题的整改情况": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n一、就“村卫生室建设滞后”问题的整改情况\n"
        "完成村卫生室标准化建设20个。此项问题正在整改，计划2025年10月底前完成。\n"
        "二、就“财务管理不规范”问题的整改情况\n修订财务制度。此项问题已完成整改。\n中共某县卫生健康局党组\n2024年11月20日",
        [("村卫生室建设滞后", "正在整改", "2025-10"), ("财务管理不规范", "已完成整改", None)]),
    "关于X的问题。 sentences opening paragraphs": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n关于理论学习不深入的问题。局党组修订学习制度。已完成整改。\n"
        "关于牧区卫生服务能力不足的问题。局党组开展巡回医疗12次。正在整改，计划2025年9月底前完成。\n"
        "中共某县卫生健康局党组\n2024年12月13日",
        [("理论学习不深入", "已完成整改", None), ("牧区卫生服务能力不足", "正在整改", "2025-09")]),
    "problems quoted one after another, 存在“A”“B”等问题": (
        "市委第六巡察组向市第二人民医院党委反馈巡察情况\n巡察组指出，医院党委存在“党建与业务融合不够”“医疗质量管理不严”等问题。\n"
        "巡察组要求，认真抓好整改。",
        [("党建与业务融合不够", None, None), ("医疗质量管理不严", None, None)]),
    "the status after the problem on its heading's line, or before it in brackets": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、问题整改情况\n（一）理论学习制度落实不到位：已完成\n"
        "整改情况：修订学习制度。\n（二）乡镇卫生院服务能力不足：正在整改\n整改情况：招聘毕业生4名，计划2025年6月底前完成。\n"
        "（三）（已完成）违规发放津补贴\n整改情况：清退津补贴1.3万元。\n中共某县卫生健康局党组\n2024年11月27日",
        [("理论学习制度落实不到位", "已完成", None), ("乡镇卫生院服务能力不足", "正在整改", "2025-06"),
         ("违规发放津补贴", "已完成", None)]),
    "bulleted problems with no 。, each followed by 整改情况：": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n◎落实意识形态工作责任制不到位\n"
        "整改情况：建立责任清单。已完成整改。\n◎乡镇卫生院人才短缺\n整改情况：招聘医学毕业生6名。正在整改。\n"
        "中共某县卫生健康局党组\n2024年11月29日",
        [("落实意识形态工作责任制不到位", "已完成整改", None), ("乡镇卫生院人才短缺", "正在整改", None)]),
    "a ledger whose problem column is headed 问题描述": (
        "中共某医院委员会关于巡察整改情况的通报\n序号\n问题描述\n整改措施\n完成情况\n1\n党委会议事决策程序不规范\n"
        "修订议事规则\n已完成(2024年9月)\n2\n重点学科建设滞后\n共建重点学科\n正在整改\n中共某医院委员会\n2024年12月4日",
        [("党委会议事决策程序不规范", "已完成", None), ("重点学科建设滞后", "正在整改", None)]),
    "statuses written 已按期完成 or 已整改并销号": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、问题整改情况\n（一）学习制度落实不到位\n整改情况：修订学习制度。已按期完成。\n"
        "（二）财务管理不规范\n整改情况：开展专项检查。已整改并销号。\n中共某县卫生健康局党组\n2024年11月27日",
        [("学习制度落实不到位", "已按期完成", None), ("财务管理不规范", "已整改", None)]),
    "a ledger with a kind column after 序号 and a 整改状态 column": (
        "关于县委巡察反馈问题整改情况的公示\n二、整改情况\n序号\t问题类型\t具体问题\t整改措施\t整改状态\n"
        "1\t党风廉政\t违规发放津补贴\t清退津补贴4.2万元\t已整改\n2\t业务工作\t乡镇卫生院服务能力不足\t配备设备\t整改中\n"
        "中共某县卫生健康局党组\n2024年11月20日",
        [("违规发放津补贴", "已整改", None), ("乡镇卫生院服务能力不足", "整改中", None)]),
    "a news item's 指出了存在的不足：一是…, and …的问题，分别是：A；B": (
        "县委第二巡察组向县人民医院党委反馈巡察情况\n巡察组在肯定成绩的同时，指出了存在的不足：一是党委作用发挥不充分；"
        "二是廉洁风险防控机制不健全。\n巡察组反馈了2个方面的问题，分别是：医疗质量管理存在漏洞；基层党组织建设较为薄弱。",
        [("党委作用发挥不充分", None, None), ("廉洁风险防控机制不健全", None, None)]),
    "a news item's …的问题，分别是：A；B": (
        "市委第三巡察组向市疾控中心党委反馈巡察情况\n巡察组反馈了2个方面的问题，分别是：医疗质量管理存在漏洞；基层党组织建设较为薄弱。\n"
        "李晓明表示，将照单全收。",
        [("医疗质量管理存在漏洞", None, None), ("基层党组织建设较为薄弱", None, None)]),
    "labels alone on their lines, their values on the next": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改情况\n（一）\n问题：\n乡镇卫生院财务管理不规范。\n"
        "整改措施：\n追回资金3.7万元。\n整改结果：\n已完成。\n（二）\n问题：\n专业技术人才短缺。\n整改措施：\n1.招聘毕业生14名；\n"
        "2.开展培训。\n整改结果：\n正在整改，计划2025年9月底前完成。\n中共某县卫生健康局党组\n2024年12月5日",
        [("乡镇卫生院财务管理不规范", "已完成", None), ("专业技术人才短缺", "正在整改", "2025-09")]),
    "unnumbered lines, a problem then its measures after a colon": (
        "中共某医院委员会关于巡察整改情况的通报\n巡察反馈问题及整改情况如下：\n党委议事决策不规范：修订议事规则，已完成整改。\n"
        "人才梯队建设滞后：与省人民医院签订人才培养协议，正在整改。\n中共某医院委员会\n2024年12月12日",
        [("党委议事决策不规范", "已完成整改", None), ("人才梯队建设滞后", "正在整改", None)]),
    "numbered 反馈意见： and 整改落实： pairs": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n1.反馈意见：落实意识形态工作责任制不到位。\n整改落实：制定责任清单。已完成整改。\n"
        "2.反馈意见：干部教育培训不足。\n整改落实：举办培训班2期。正在整改。\n中共某县卫生健康局党组\n2024年11月22日",
        [("落实意识形态工作责任制不到位", "已完成整改", None), ("干部教育培训不足", "正在整改", None)]),
    "巡察指出问题1： numbered under an aspect, 整改落实情况： after": (
        "中共某医院委员会关于巡察整改情况的报告\n二、反馈问题整改情况\n（一）关于党的领导方面\n巡察指出问题1：党委作用发挥不充分。\n"
        "整改落实情况：修订议事规则。已完成整改。\n（二）关于全面从严治党方面\n巡视反馈问题2：医保基金使用不规范。\n"
        "整改落实情况：退回医保基金26.35万元。正在整改。\n中共某医院委员会\n2024年12月26日",
        [("党委作用发挥不充分", "已完成整改", None), ("医保基金使用不规范", "正在整改", None)]),
    "1.在X方面。问题表现：Y。整改措施：Z。完成情况：W。": (
        "中共某区卫生健康局党组关于巡察整改情况的通报\n二、巡察反馈问题的整改落实情况\n"
        "1.在贯彻落实上级决策部署方面。问题表现：强基工程落实不够有力。整改措施：制定实施方案。完成情况：已完成。\n"
        "2.在干部队伍建设方面。问题表现：人才引进力度不够。整改措施：建立合作机制。完成情况：持续推进中，2025年12月底前完成。\n"
        "中共某区卫生健康局党组\n2024年11月22日",
        [("强基工程落实不够有力", "已完成", None), ("人才引进力度不够", "持续推进中", "2025-12")]),
    "problems in one chapter, their measures by number in the next": (
        PROBLEMS_THEN_MEASURES,
        [("主体责任落实不到位", "已全部完成整改", None), ("疫苗冷链管理存在安全隐患", "已全部完成整改", None),
         ("财务报销审核把关不严", "已全部完成整改", None)]),
    "①X。整改情况：…（已完成）, the last before a closing paragraph": (
        "中共某市疾病预防控制中心委员会关于巡察整改情况的通报\n一、全面从严治党方面\n①财务管理不够规范。整改情况：修订内控制度。（已完成）\n"
        "②人才梯队建设不足。整改情况：引进博士1名。（正在整改，2025年6月底前完成）\n\n中心党委将持续深化整改，欢迎监督。\n"
        "中共某市疾病预防控制中心委员会\n2024年10月30日",
        [("财务管理不够规范", "已完成", None), ("人才梯队建设不足", "正在整改", "2025-06")]),
    "【问题1】X 【整改措施】Y 【整改时限】Z 【整改状态】W on one line": (
        "中共某区卫生健康委员会委员会关于巡察整改情况的通报\n二、巡察反馈问题整改情况\n"
        "【问题1】对委属医疗机构监督管理不严 【整改措施】开展专项巡查 【整改时限】2024年11月 【整改状态】已完成\n"
        "【问题2】社区卫生服务能力短板突出 【整改措施】建立专科联盟 【整改时限】长期坚持 【整改状态】持续推进\n"
        "中共某区卫生健康委员会委员会\n2024年11月12日",
        [("对委属医疗机构监督管理不严", "已完成", "2024-11"), ("社区卫生服务能力短板突出", "持续推进", None)]),
    "a news item's 存在的主要问题：A，B，C。 apart by commas": (
        "县委第一巡察组向县中医院党支部反馈巡察情况\n巡察组指出，县中医院党支部存在的主要问题：党建与业务融合不够紧密，"
        "医疗质量安全管理存在漏洞，人才队伍建设有待加强。\n程立军表示，将照单全收。",
        [("党建与业务融合不够紧密", None, None), ("医疗质量安全管理存在漏洞", None, None), ("人才队伍建设有待加强", None, None)]),
    "（一）问题表现 （二）整改措施 1.… （三）整改成效, the parts of one finding under its heading": (
        "中共某医院委员会关于巡察整改情况的报告\n一、关于“党委领导作用发挥不充分”的问题\n（一）问题表现\n部分重大事项未经党委会研究。\n"
        "（二）整改措施\n1.修订党委会议事规则。\n2.全年召开党委会28次。\n（三）整改成效\n已完成整改。\n"
        "二、关于“人才队伍建设滞后”的问题\n（一）问题表现\n学科带头人缺乏。\n（二）整改措施\n1.制定人才引进办法。\n"
        "（三）整改成效\n正在整改，计划2025年12月底前完成。\n中共某医院委员会\n2024年12月2日",
        [("党委领导作用发挥不充分", "已完成整改", None), ("人才队伍建设滞后", "正在整改", "2025-12")]),
    "a copy that lost Word's numbers: X。整改情况：… on a line each, under bare aspect lines": (
        "中共某县卫生健康委员会党组关于巡察整改情况的通报\n巡察反馈问题整改落实情况\n全面从严治党方面\n"
        "落实监督责任不到位。整改情况：开展廉政风险排查。已完成整改。\n"
        "卫生人才队伍建设滞后。整改情况：计划2025年6月底前招聘专业技术人员30名。正在整改。\n"
        "中共某县卫生健康委员会党组\n2024年11月5日",
        [("落实监督责任不到位", "已完成整改", None), ("卫生人才队伍建设滞后", "正在整改", "2025-06")]),
    "（一）关于X问题的整改, its status closing the last sentence (…，目前正在推进)": (
        "中共某县中医院支部委员会关于巡察整改情况的通报\n二、反馈问题整改落实情况\n（一）关于医疗废物处置管理不规范问题的整改\n"
        "签订医疗废物集中处置协议。目前已办结。\n（二）关于中医特色专科建设滞后问题的整改\n"
        "派出6名医师进修学习。计划于年底前完成专科验收，目前正在推进。\n中共某县中医院支部委员会\n2024年10月18日",
        [("医疗废物处置管理不规范", "已办结", None), ("中医特色专科建设滞后", "正在推进", "2024-12")]),
    "a news item's problems, each after its aspect: 在X方面，Y；": (
        "市委第二巡察组向市第一人民医院党委反馈巡察情况\n巡察组指出了三个方面的问题：在党的领导方面，党委作用发挥不够充分；"
        "在全面从严治党方面，廉洁风险防控机制不健全。\n张国华表示，将坚决整改。",
        [("党委作用发挥不够充分", None, None), ("廉洁风险防控机制不健全", None, None)]),
    "针对巡察指出的X问题，… unquoted, the status counted before them": (
        "三明市卫健委扎实推进市委巡察反馈问题整改\n截至目前，巡察反馈的2个问题已全部完成整改。\n"
        "针对巡察指出的医改经验推广不够有力问题，市卫健委深化医改。\n针对巡察指出的财务管理不够规范问题，市卫健委开展财务检查。",
        [("医改经验推广不够有力", "已全部完成整改", None), ("财务管理不够规范", "已全部完成整改", None)]),
    "a ledger of ten columns, one cell a line (问题类别 … 备注)": (
        "中共某县疾病预防控制中心支部委员会关于巡察整改情况的通报\n二、整改台账\n序号\n问题类别\n具体问题\n整改目标\n整改措施\n"
        "责任领导\n责任部门\n完成时限\n完成情况\n备注\n1\n党的建设\n党支部政治功能发挥不够充分\n作用有效发挥\n严格落实三会一课\n"
        "牛建军\n办公室\n2024年10月\n已完成\n无\n2\n业务管理\n预防接种门诊管理不规范\n全部达标\n开展规范化建设\n王丽芳\n"
        "免疫规划科\n2024年12月\n正在推进\n无\n中共某县疾病预防控制中心支部委员会\n2024年11月12日",
        [("党支部政治功能发挥不够充分", "已完成", "2024-10"), ("预防接种门诊管理不规范", "正在推进", "2024-12")]),
    "a problem's heading, its measures as 一是…；二是…, then 整改结果：": (
        "中共某医院委员会关于巡视整改进展情况的通报\n二、巡视反馈问题整改落实情况\n（一）关于全面从严治党方面\n"
        "1.医药领域腐败问题整治不彻底的问题。\n一是开展医药领域腐败问题集中整治，查处违纪违法人员9人；二是追缴违规所得156.3万元。\n"
        "整改结果：已完成。\n2.对口帮扶县级医院成效不明显的问题。\n一是向县人民医院派驻管理团队；二是开展远程会诊2100余例。\n"
        "整改结果：持续整改，长期坚持。\n中共某医院委员会\n2024年11月20日",
        [("医药领域腐败问题整治不彻底", "已完成", None), ("对口帮扶县级医院成效不明显", "持续整改", None)]),
    "the annexes' titles listed under 附件：1.X, and a deeper section's label no deeper": (
        "乐至县卫生健康局党组\n关于巡察反馈意见整改落实情况的通报\n局属各单位：\n二、反馈问题整改情况\n"
        "（一）政治理论学习不够深入系统。整改情况：开展专题研讨6次。已完成整改。\n"
        "（二）局属单位财务管理不规范。整改情况：追回违规资金6.42万元。已完成整改。\n三、下一步工作\n局党组将持续巩固整改成效。\n"
        "附件：1.反馈问题整改台账\n      2.整改责任分工表\n中共乐至县卫生健康局党组\n2024年11月12日",
        [("政治理论学习不够深入系统", "已完成整改", None), ("局属单位财务管理不规范", "已完成整改", None)]),
    "巡察反馈：“X”。 quoted after a number, 整改情况： on the next line": (
        "中共某市卫生健康委员会委员会关于巡察整改进展情况的通报\n二、具体问题整改情况\n1.巡察反馈：“对委属医院监管不够有力”。\n"
        "整改情况：开展专项督查。已完成整改。\n2.巡察反馈：“基层服务能力不强”。\n整改情况：建立专科联盟。正在整改，计划2025年9月底前完成。\n"
        "中共某市卫生健康委员会委员会\n2024年11月25日",
        [("对委属医院监管不够有力", "已完成整改", None), ("基层服务能力不强", "正在整改", "2025-09")]),
    "problems numbered inline before one 整改情况, statuses told of them all or by number": (
        "中共某县卫生健康委员会党组关于巡察整改情况的通报\n一、党的领导方面\n存在问题：（1）理论学习不够深入；（2）意识形态责任制不到位。\n"
        "整改情况：修订学习制度；制定责任清单。以上2个问题均已完成整改。\n三、组织建设方面\n存在问题：（1）“三会一课”落实不严格；"
        "（2）人才培养机制不健全。\n整改情况：开展专项检查；签订人才培养协议。第（1）项已完成整改，第（2）项正在整改，"
        "计划2025年6月底前完成。\n中共某县卫生健康委员会党组\n2024年11月20日",
        [("理论学习不够深入", "已完成整改", None), ("意识形态责任制不到位", "已完成整改", None),
         ("“三会一课”落实不严格", "已完成整改", None), ("人才培养机制不健全", "正在整改", "2025-06")]),
    "a problem's responsible leader and section in brackets after it": (
        "中共某医院委员会关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "1.财务预算执行管理不严（责任领导：总会计师刘敏；责任科室：财务科）。整改情况：开展专项检查。已完成整改。\n"
        "2.医疗纠纷处置机制不健全（责任领导：副院长杨帆）。整改情况：建立联动机制。正在整改，2025年3月底前完成。\n"
        "中共某医院委员会\n2024年11月29日",
        [("财务预算执行管理不严", "已完成整改", None), ("医疗纠纷处置机制不健全", "正在整改", "2025-03")]),
    "a news item's 问题主要集中在以下几个方面：一是…；二是…": (
        "县委第二巡察组向县卫生健康局党组反馈巡察情况\n巡察组指出的问题主要集中在以下几个方面：一是落实县委部署有差距；"
        "二是“两个责任”落实不到位。\n田永刚表示，将抓好整改。",
        [("落实县委部署有差距", None, None), ("“两个责任”落实不到位", None, None)]),
    "a news item's 存在一些不足，如：A；B；C": (
        "市委第五巡察组向市疾控中心党委反馈巡察情况\n巡察组认为，中心党委同时也存在一些不足，如：实验室检测能力建设滞后；"
        "财务管理不规范；人才队伍结构不合理。\n王海波表示，将照单全收。",
        [("实验室检测能力建设滞后", None, None), ("财务管理不规范", None, None), ("人才队伍结构不合理", None, None)]),
    "a news item's problems after any words about its shortfalls and a colon (存在差距：A；B)": (
        "市委巡察组向市疾控中心党委反馈巡察情况\n巡察组指出，市疾控中心党委在贯彻落实决策部署方面存在差距：落实“三重一大”决策制度"
        "不够严格；疫苗冷链管理存在薄弱环节。巡察中还收到问题线索3件。\n",
        [("落实“三重一大”决策制度不够严格", None, None), ("疫苗冷链管理存在薄弱环节", None, None)]),
    "X：measures…，已完成整改。 a line each under an aspect's numbered heading": (
        "中共某县卫生健康委员会党组关于巡察反馈问题整改情况的通报\n二、反馈问题整改情况\n（一）政治建设方面\n"
        "理论学习中心组学习不够深入：修订学习制度，已完成整改。\n（二）队伍建设方面\n"
        "乡村医生队伍老化严重：招录乡村医生42名，正在整改。\n中共某县卫生健康委员会党组\n2024年11月19日",
        [("理论学习中心组学习不够深入", "已完成整改", None), ("乡村医生队伍老化严重", "正在整改", None)]),
    "statuses in a tally by the findings' bracketed numbers": (
        "中共某县中医医院支部委员会关于巡察整改情况的通报\n一、整改工作总体情况\n反馈的3个问题中，第（一）（三）项已完成整改，"
        "第（二）项正在整改。\n二、巡察反馈问题整改落实情况\n（一）“三会一课”不规范\n整改措施：制定学习计划。\n"
        "（二）专科建设滞后\n整改措施：建立专科联盟。\n（三）医疗废物管理不到位\n整改措施：改造暂存间。\n"
        "中共某县中医医院支部委员会\n2024年10月30日",
        [("“三会一课”不规范", "已完成整改", None), ("专科建设滞后", "正在整改", None), ("医疗废物管理不到位", "已完成整改", None)]),
    "a ticked table copied with tabs, its header one row": (
        "中共某区卫生健康局党组关于区委巡察反馈意见整改情况的通报\n二、反馈问题整改情况\n"
        "序号\t反馈问题\t整改措施\t已完成\t正在整改\t长期坚持\n"
        "1\t决策程序不规范\t修订议事规则\t√\t\t\n2\t签约服务质量不高\t开展培训\t\t√\t\n"
        "3\t人才培养力度不足\t引进人才9名\t\t\t√\n三、下一步工作\n持续巩固。\n中共某区卫生健康局党组\n2024年11月8日",
        [("决策程序不规范", "已完成", None), ("签约服务质量不高", "正在整改", None), ("人才培养力度不足", "长期坚持", None)]),
    # 整改时限： among the fields before the measures is the deadline; a date in the
    # problem's own description (国务院要求2020年底前…) is not
    "a time limit among the fields before the measures": (
        "中共某区卫生健康局党组关于巡察整改进展情况的通报\n二、反馈问题整改进展情况\n"
        "问题1：基层服务体系存在短板。\n整改目标：2024年底前实现标准化建设全覆盖。\n责任领导：党组成员、副局长王磊\n"
        "整改时限：2024年12月31日\n整改进展：完成2个中心改造提升。已完成整改。\n"
        "问题2：廉政风险防控存在薄弱环节。\n整改时限：长期坚持\n整改进展：排查风险点46个。持续推进中。\n"
        "问题3：检测能力有差距。国务院要求2020年底前完成基地建设。\n整改情况：此项问题已整改。\n"
        "中共某区卫生健康局党组\n2024年11月12日",
        [("基层服务体系存在短板", "已完成整改", "2024-12-31"), ("廉政风险防控存在薄弱环节", "持续推进中", None),
         ("检测能力有差距", "已整改", None)]),
    "a news item's problems listed in one sentence": (
        "市委第五巡察组向市疾控中心党委反馈巡察情况\n8月29日，市委第五巡察组反馈巡察情况。巡察组认为，中心党委做了大量工作，"
        "但也存在一些问题：一是落实“第一议题”制度不够严格；二是传染病监测预警能力不足。巡察期间收到问题线索2件。\n"
        "陈东表示，中心党委将坚决扛起整改主体责任。",
        [("落实“第一议题”制度不够严格", None, None), ("传染病监测预警能力不足", None, None)]),
    "a news item's problems as clauses after the words that announce them": (
        "省委第五巡视组向省卫生健康委党组反馈巡视情况\n7月10日，省委第五巡视组反馈巡视情况。巡视也发现一些问题：落实决策部署有差距，"
        "推进医疗资源扩容不够有力；全面从严治党主体责任压得不实；对以往巡视发现问题整改不够到位。\n胡继红表示，照单全收。",
        [("落实决策部署有差距,推进医疗资源扩容不够有力", None, None), ("全面从严治党主体责任压得不实", None, None),
         ("对以往巡视发现问题整改不够到位", None, None)]),
    "a news item's problems after 主要问题有：": (
        "县委第一巡察组向县卫生健康局党组反馈巡察情况\n1月8日，县委第一巡察组反馈巡察情况。组长何建新指出，巡察发现的主要问题有："
        "推进医共体建设不够有力；“三会一课”制度落实不严格；上轮巡察问题整改不彻底。\n李晓东表示，照单全收。",
        [("推进医共体建设不够有力", None, None), ("“三会一课”制度落实不严格", None, None),
         ("上轮巡察问题整改不彻底", None, None)]),
    "numbered problems after the aspect they belong to": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改落实情况\n（一）贯彻落实党中央决策部署方面\n"
        "1.公共卫生服务方面：基本公共卫生服务项目资金使用不规范。\n整改措施：追回违规拨付资金12.8万元。\n整改成效：已整改到位。\n"
        "2.作风建设方面：违反中央八项规定精神问题时有发生。\n整改措施：开展专项治理。\n整改成效：正在整改，需长期坚持。\n"
        "中共某县卫生健康局党组\n2024年11月20日",
        [("基本公共卫生服务项目资金使用不规范", "已整改到位", None), ("违反中央八项规定精神问题时有发生", "正在整改", None)]),
    "巡察反馈： and 整改落实： pairs under a section": (
        "中共某区卫生健康委员会党组关于巡察整改进展情况的通报\n二、聚焦问题，抓好整改落实\n（一）关于政治建设方面\n"
        "巡察反馈：落实意识形态工作责任制不到位。\n整改落实：修订责任清单。整改时限：2024年9月30日前。目前已完成整改。\n"
        "巡察反馈：理论学习流于形式。\n整改落实：制定学习计划。整改时限：立行立改。目前正在整改。\n"
        "中共某区卫生健康委员会党组\n2024年11月15日",
        [("落实意识形态工作责任制不到位", "已完成整改", "2024-09-30"), ("理论学习流于形式", "正在整改", None)]),
    "a short report's numbered problems in one sentence, then one status for all": (
        "中共某镇卫生院支部委员会关于巡察反馈意见整改情况的通报\n巡察组反馈的问题主要有以下3个方面：1.药品管理不规范；"
        "2.执行财务制度不严格；3.支部组织生活不规范。\n针对上述问题，一是盘点药库；二是追回费用；三是建立记录本。\n"
        "目前，以上3个问题均已整改完成。\n中共某镇卫生院支部委员会\n2025年1月20日",
        [("药品管理不规范", "已整改完成", None), ("执行财务制度不严格", "已整改完成", None),
         ("支部组织生活不规范", "已整改完成", None)]),
    "headings naming the problem they set out to solve": (
        "中共某市卫生健康委员会党组关于巡察整改情况的通报\n二、巡察反馈问题的整改落实情况\n"
        "（一）聚焦作风建设，着力解决违反中央八项规定精神问题\n整改情况：清退违规费用5.8万元。此项问题已完成整改。\n"
        "（二）切实解决基层党组织建设薄弱的问题\n整改情况：整顿软弱涣散党组织4个。此项问题正在整改，计划2025年6月底前完成。\n"
        "中共某市卫生健康委员会党组\n2024年12月10日",
        [("违反中央八项规定精神", "已完成整改", None), ("基层党组织建设薄弱", "正在整改", "2025-06")]),
    "a news item's problems after 主要表现在：": (
        "省委第六巡视组向省卫生健康委党组反馈巡视情况\n9月12日，省委第六巡视组反馈巡视情况。巡视组指出，委党组做了大量工作，"
        "但也存在一些突出问题，主要表现在：一是推进「健康甘肃」建设不够有力；二是医药领域腐败问题仍然易发多发。巡视期间收到问题线索。\n"
        "郭玉芬表示，照单全收。",
        [("推进「健康甘肃」建设不够有力", None, None), ("医药领域腐败问题仍然易发多发", None, None)]),
    "problems counted 第一项问题：": (
        "中共某县卫生健康局党组关于巡察反馈问题整改情况的通报\n二、反馈问题整改情况\n"
        "第一项问题：意识形态工作责任落实不到位。\n整改情况：制定责任清单。\n整改结果：已完成。\n"
        "第二项问题：基层党组织建设薄弱。\n整改情况：开展培训。\n整改结果：正在整改，2025年6月底前完成。\n"
        "中共某县卫生健康局党组\n2024年10月16日",
        [("意识形态工作责任落实不到位", "已完成", None), ("基层党组织建设薄弱", "正在整改", "2025-06")]),
    "problems lettered A. and B. under their sections": (
        "中共某区卫生健康局党组关于巡察反馈意见整改情况的通报\n二、反馈问题整改落实情况\n（一）政治建设方面\n"
        "A.落实意识形态工作责任制不到位。\n整改措施：建立舆情处置机制。\n整改进展：已完成整改。\n"
        "（二）组织建设方面\nA.专业技术人才缺乏。\n整改措施：引进人才12名。\n整改进展：持续推进中。\n"
        "中共某区卫生健康局党组\n2024年11月28日",
        [("落实意识形态工作责任制不到位", "已完成整改", None), ("专业技术人才缺乏", "持续推进中", None)]),
    "a ledger whose rows open with their kind, numbered anew under each": (
        "中共某市卫生健康委员会党组关于巡察整改进展情况的通报\n一、巡察反馈问题整改进展情况\n问题类别\n序号\n存在问题\n整改措施\n"
        "整改时限\n整改情况\n党的领导\n1\n推进总医院建设不平衡\n制定评价指标。\n2024年10月\n已完成\n全面从严治党\n1\n"
        "执行中央八项规定精神不严格\n清退违规费用。\n2024年9月\n已完成\n2\n年轻干部培养使用力度不够\n制定培养计划。\n"
        "2025年6月\n正在推进\n二、下一步工作\n持续抓好整改。\n中共某市卫生健康委员会党组\n2024年11月20日",
        [("推进总医院建设不平衡", "已完成", "2024-10"), ("执行中央八项规定精神不严格", "已完成", "2024-09"),
         ("年轻干部培养使用力度不够", "正在推进", "2025-06")]),
    "a two-column table: 问题一 in one cell, the problem in the next": (
        "中共某区卫生健康委员会党组关于区委巡察整改情况的通报\n现将整改情况通报如下:\n问题一\n对民营医疗机构监管不到位。\n整改情况\n"
        "开展专项整治。已完成整改。\n问题二\n基层党组织“三会一课”制度执行不严格。\n整改情况\n开展规范化建设。正在整改，"
        "2025年3月底前完成。\n中共某区卫生健康委员会党组\n2024年11月26日",
        [("对民营医疗机构监管不到位", "已完成整改", None), ("基层党组织“三会一课”制度执行不严格", "正在整改", "2025-03")]),
    "problems numbered ①②③ inline after 巡察指出的问题：": (
        "中共某市疾病预防控制中心委员会关于巡察整改情况的通报\n二、反馈问题整改情况\n"
        "（一）履行职责方面。巡察指出的问题：①传染病疫情处置能力不足；②实验室检测能力不强。\n"
        "整改情况：组建应急队伍；购置检测设备。整改结果：已完成。\n中共某市疾病预防控制中心委员会\n2024年12月12日",
        [("传染病疫情处置能力不足", "已完成", None), ("实验室检测能力不强", "已完成", None)]),
    "short labels 问题：/整改：/结果：": (
        "中共某市卫生健康局党组关于巡察反馈意见整改情况的通报\n二、巡察反馈问题整改情况\n（一）党的建设方面\n"
        "问题：发展党员工作不规范。\n整改：补齐缺失材料。\n结果：已完成。\n"
        "问题：医疗废物处置监管不到位。\n整改：开展专项检查。\n结果：持续推进。\n中共某市卫生健康局党组\n2024年12月9日",
        [("发展党员工作不规范", "已完成", None), ("医疗废物处置监管不到位", "持续推进", None)]),
    "problems numbered inline after X方面：, answered by number in a later part": (
        "中共某县卫生健康局党组关于县委巡察整改情况的通报\n一、巡察反馈的主要问题\n"
        "（一）落实党中央决策部署方面：1.推进县域医共体建设不够有力；2.基本公共卫生服务项目管理不规范。\n"
        "（二）党的建设方面：3.干部队伍结构不合理。\n二、整改落实情况\n针对问题1，组建医共体，已完成整改。\n"
        "针对问题2，追回违规资金4.1万元，已完成整改。\n针对问题3，制定人才引进计划，正在整改，2025年6月底前完成。\n"
        "中共某县卫生健康局党组\n2024年11月8日",
        [("推进县域医共体建设不够有力", "已完成整改", None), ("基本公共卫生服务项目管理不规范", "已完成整改", None),
         ("干部队伍结构不合理", "正在整改", "2025-06")]),
    "headings 关于巡视指出的“…”问题": (
        "中共某省疾病预防控制中心委员会关于省委巡视整改进展情况的通报\n二、巡视反馈问题整改进展情况\n"
        "（一）关于巡视指出的“科研经费管理不规范”问题。\n整改情况：追回科研经费23.7万元。整改进展：已完成。\n"
        "中共某省疾病预防控制中心委员会\n2024年12月20日",
        [("科研经费管理不规范", "已完成", None)]),
    "problems as chapters, their measures and results under （一）/（二） labels": (
        "中共某县卫生健康局党组关于县委巡察整改情况的通报\n一、关于财务管理不规范的问题\n（一）整改措施：清退违规列支费用2.4万元。\n"
        "（二）整改成效：已完成整改。\n二、关于基层医疗卫生机构服务能力不强的问题\n（一）整改措施：下沉专家12名。\n"
        "（二）整改成效：正在整改，2025年3月底前完成。\n中共某县卫生健康局党组\n2024年11月25日",
        [("财务管理不规范", "已完成整改", None), ("基层医疗卫生机构服务能力不强", "正在整改", "2025-03")]),
    "关于X方面。巡察指出，Y。 with a comma": (
        "中共某市卫生健康委员会党组关于市委巡察整改情况的通报\n二、反馈问题整改情况\n"
        "（一）关于医疗卫生服务方面。巡察指出，优质医疗资源下沉不够，基层首诊率偏低。对此，下沉专家45人次。目前已完成整改。\n"
        "（二）关于干部队伍建设方面。巡察指出，专业技术人才引进培养力度不够。对此，引进紧缺人才28名。目前正在整改，需长期坚持。\n"
        "中共某市卫生健康委员会党组\n2024年11月29日",
        [("优质医疗资源下沉不够,基层首诊率偏低", "已完成整改", None), ("专业技术人才引进培养力度不够", "正在整改", None)]),
    "a news item that says problems were found but lists none": (
        "市委第一巡察组向市卫健委党组反馈巡察情况\n7月10日，市委第一巡察组反馈巡察情况。巡察也发现一些问题：与高质量发展要求还有差距。\n"
        "局党组表示，照单全收。",
        []),
    "measures listed on numbered lines under a bare label": (
        "中共某区卫生健康委员会党组关于区委巡察反馈意见整改进展情况的通报\n二、反馈问题整改情况\n"
        "（一）问题：优质医疗资源下沉不够有力。\n整改措施：\n1．共建胸痛中心；\n2．选派32名骨干医师下沉基层坐诊。\n"
        "完成情况：已完成。\n（二）问题：干部队伍年龄结构老化。\n整改措施：\n1．制定年轻干部培养计划；\n"
        "2．提拔使用年轻干部6名。\n完成情况：持续推进，2025年12月底前完成。\n三、下一步工作\n持续巩固。\n"
        "中共某区卫生健康委员会党组\n2024年10月10日",
        [("优质医疗资源下沉不够有力", "已完成", None), ("干部队伍年龄结构老化", "持续推进", "2025-12")]),
    "unnumbered bracket labels": (
        "中共某市卫生健康局党组关于巡察整改情况的通报\n二、聚焦反馈问题，狠抓整改落实\n"
        "【反馈问题】公立医院改革推进迟缓。\n【整改落实】建立紧密型专科联盟。\n【整改成效】已完成整改。\n"
        "【反馈问题】基层党组织作用发挥不充分。\n【整改落实】整顿软弱涣散党支部5个。\n"
        "【整改成效】阶段性完成，2024年12月底前全部完成。\n中共某市卫生健康局党组\n2024年10月30日",
        [("公立医院改革推进迟缓", "已完成整改", None), ("基层党组织作用发挥不充分", "阶段性完成", "2024-12")]),
    "a status column named 整改情况 after 整改措施": (
        "中共某县卫生健康局党组关于巡察整改情况的通报\n二、反馈问题整改落实情况\n"
        "序号\t反馈问题\t整改措施\t完成时限\t整改情况\n1\t监管不严\t开展专项检查\t2024年8月\t已完成\n"
        "2\t人才引进难\t出台激励办法\t2025年6月\t持续推进\n中共某县卫生健康局党组\n2024年11月20日",
        [("监管不严", "已完成", "2024-08"), ("人才引进难", "持续推进", "2025-06")]),
    # a copy that lost Word's automatic numbers: chapters and problems are bare lines
    "headings whose numbers a copy lost": (
        "中共某区卫生健康委员会党组关于巡察整改进展情况的通报\n整改工作的组织领导情况\n党组成立整改工作领导小组。\n"
        "巡察反馈问题的整改落实情况\n贯彻落实上级决策部署不够有力\n整改措施：严格落实“第一议题”制度。\n完成情况：已完成。\n"
        "医疗机构监督执法力度不够\n整改措施：开展专项整治，计划于2025年12月底前完成。\n完成情况：持续推进。\n"
        "下一步工作打算\n2025年6月前开展“回头看”。\n中共某区卫生健康委员会党组\n2024年10月28日",
        [("贯彻落实上级决策部署不够有力", "已完成", None), ("医疗机构监督执法力度不够", "持续推进", "2025-12")]),
    # statuses in a line closing each section, for all its findings or by item number
    "statuses in a line closing each section": (
        "中共某县卫生健康局党组关于巡察反馈意见整改情况的通报\n二、巡察反馈问题整改情况\n（一）党的建设方面\n"
        "1.学习不深入。\n整改措施：制定学习计划。\n2.制度执行不严。\n整改措施：修订制度。\n该方面2个问题已全部完成整改。\n"
        "（二）从严治党方面\n1.采购监管不到位。\n整改措施：开展专项审计。\n2.公车私用。\n整改措施：给予处分。\n"
        "3.财务管理混乱。\n整改措施：清退费用。\n该方面第1项正在整改，计划于2025年6月底前完成；第2项、第3项已完成整改。\n"
        "三、下一步工作打算\n持续抓好整改。\n中共某县卫生健康局党组\n2024年11月25日",
        [("学习不深入", "已全部完成整改", None), ("制度执行不严", "已全部完成整改", None),
         ("采购监管不到位", "正在整改", "2025-06"), ("公车私用", "已完成整改", None), ("财务管理混乱", "已完成整改", None)]),
    # measures numbered under the heading that states the problem are its rectification
    "measures numbered under the problem's heading": (
        _county(
            "（一）理论学习不深入的问题。\n1.制定年度学习计划，明确学习内容。\n2.开展专题学习12次。\n目前已完成整改。\n"
            "（二）财务管理不规范的问题。\n1.修订财务管理制度。\n2.清退违规资金8.45万元。\n目前正在整改。\n"
            "（三）落实上级决策部署有差距。\n1.推进医共体建设缓慢。\n整改情况：印发实施方案，已完成。\n"),
        [("理论学习不深入", "已完成整改", None), ("财务管理不规范", "正在整改", None),
         ("推进医共体建设缓慢", "已完成", None)]),
    # the problem after 反馈意见指出：, and 针对此问题 opening the measures, not a finding's wrapping
    "反馈意见指出： and 针对此问题": (
        _county(
            "（一）反馈意见指出：理论学习不深入。\n整改情况：开展专题学习12次，已完成整改。\n"
            "（二）财务管理不规范。针对此问题，局党组修订制度。正在整改。\n"),
        [("理论学习不深入", "已完成整改", None), ("财务管理不规范", "正在整改", None)]),
    # problems numbered inline after the words that announce them, sharing one rectification
    "problems numbered inline after 指出的问题： or 存在的问题：": (
        _county(
            "（一）党的建设方面\n"
            "巡察指出的问题：1.理论学习不深入；2.组织生活不规范。\n整改情况：开展专题学习12次，已完成整改。\n"
            "（二）财务管理方面存在的问题：（1）财务管理不规范；（2）采购程序不规范。整改情况：修订制度，正在整改。\n"
            "（三）干部队伍建设方面存在的问题：（1）专业技术人才流失严重。整改情况：招聘5名，持续推进。\n"),
        [("理论学习不深入", "已完成整改", None), ("组织生活不规范", "已完成整改", None),
         ("财务管理不规范", "正在整改", None), ("采购程序不规范", "正在整改", None),
         ("专业技术人才流失严重", "持续推进", None)]),
    # a WeChat post's emoji: keycap numbers (1️⃣) for the findings, a pin (📌) before each label
    "a post's emoji numbers and pins": (
        _county("1️⃣理论学习不深入。\n📌整改情况：开展专题学习12次，已完成整改。\n"
                "2️⃣财务管理不规范。\n📌整改情况：修订制度，正在整改。\n"),
        [("理论学习不深入", "已完成整改", None), ("财务管理不规范", "正在整改", None)]),
    # an area's heading, then 具体问题： on a line of its own
    "具体问题： under an area's heading": (
        _county(
            "（一）党的建设方面\n"
            "具体问题：理论学习不深入。\n整改情况：开展专题学习12次，已完成整改。\n（二）财务管理方面\n"
            "具体问题：财务管理不规范。\n整改情况：修订制度，正在整改。\n"),
        [("理论学习不深入", "已完成整改", None), ("财务管理不规范", "正在整改", None)]),
    # an area's heading, then the problem the inspection pointed out in it
    "a problem pointed out under an area's heading": (
        _county(
            "1.在落实主体责任方面。巡察指出：主体责任落实不到位。整改情况：签订责任书，已完成。\n"
            "2.在作风建设方面。巡察指出：“四风”问题仍有发生。整改情况：开展专项整治，已完成。\n"),
        [("主体责任落实不到位", "已完成", None), ("“四风”问题仍有发生", "已完成", None)]),
    # a status tagged before the problem, or in brackets after the measures
    "statuses tagged before the problem or bracketed after the measures": (
        _county(
            "（一）【已完成】理论学习不深入。整改情况：开展专题学习12次。\n"
            "（二）财务管理不规范。整改情况：修订制度。（整改进度：已完成）\n"),
        [("理论学习不深入", "已完成", None), ("财务管理不规范", "已完成", None)]),
    # each finding's status in brackets closing its paragraph of measures
    "statuses in brackets closing the measures": (
        "中共某市紧急医疗救援中心支部委员会关于巡察反馈意见整改情况的通报\n二、巡察反馈问题整改落实情况\n"
        "（一）政治理论学习不够深入。制定年度学习计划，开展集中学习18次。（已完成）\n"
        "（二）车辆和药品耗材管理不规范。修订管理办法，退还多收款项2.6万元。（正在整改，2025年6月30日前完成）\n"
        "三、下一步工作打算\n持续巩固整改成果。\n中共某市紧急医疗救援中心支部委员会\n2024年10月22日",
        [("政治理论学习不够深入", "已完成", None), ("车辆和药品耗材管理不规范", "正在整改", "2025-06-30")]),
    # a line after the last section that counts every finding gives them all their status
    "a line after the last section counting every finding": (
        _county(
            "（一）党的建设方面\n"
            "1.理论学习不深入。整改情况：开展专题学习12次。\n2.组织生活不规范。整改情况：规范“三会一课”。\n"
            "（二）全面从严治党方面\n3.财务管理不规范。整改情况：清退8.45万元。\n以上3个问题均已完成整改。\n"),
        [("理论学习不深入", "已完成整改", None), ("组织生活不规范", "已完成整改", None),
         ("财务管理不规范", "已完成整改", None)]),
    # a ledger copied from a PDF: cells wrap onto the lines below at their column's place
    "a table laid out in columns of spaces, its cells wrapped": (
        "中共某县卫生健康委员会党组关于巡察整改进展情况的通报\n二、巡察反馈问题整改落实情况\n"
        " 序号   反馈问题              整改措施                责任领导   整改时限     完成情况\n"
        "  1     “三重一大”制度执      修订党组会议议事规      王某       2024年8月    已完成\n"
        "        行不严格              则，明确决策事项\n"
        "  2     基层服务能力不足      向卫生院派驻医师        李某       2025年6月    正在整改\n"
        "                              18名\n"
        "                                                                       第 1 页 共 1 页\n"
        "    三、下一步工作打算\n    持续巩固整改成果。\n中共某县卫生健康委员会党组\n2024年11月12日",
        [("“三重一大”制度执行不严格", "已完成", "2024-08"), ("基层服务能力不足", "正在整改", "2025-06")]),
}


def test_measures_in_a_chapter_of_their_own_are_the_problems_rectification():
    r = _read(PROBLEMS_THEN_MEASURES)
    assert [f.rectification.split("。")[0] for f in r.findings] == [
        "制定主体责任清单", "对冷链设备进行全面排查,更换冷藏箱15台",
        "修订财务报销制度,退回不合规报销费用1.26万元"]


@pytest.mark.parametrize("layout", AS_WRITTEN)
def test_findings_statuses_and_deadlines_as_written(layout):
    text, expected = AS_WRITTEN[layout]
    assert _as_written(text) == expected


def test_listed_measures_stay_the_findings_rectification():
    r = _read(AS_WRITTEN["measures listed on numbered lines under a bare label"][0])
    assert "选派32名骨干医师" in r.findings[0].rectification


@pytest.mark.parametrize("opening, inspector", [
    # a commission's Party committee sends its own groups to the bodies under it
    ("市卫生健康委党委第二巡察组对市中心血站党支部开展了巡察。", "市卫生健康委党委第二巡察组"),
    ("县委第一巡察对县卫生健康委党组开展了常规巡察。", "县委第一巡察组"),  # a copy dropped its 组
    ("十四届县委第五轮巡察第一巡察组对县卫生健康局党组开展了常规巡察。", "县委第一巡察组"),  # the round in its name
    ("省卫生健康委党组第三巡察组对省第二人民医院党委开展了常规巡察。", "省卫生健康委党组第三巡察组"),  # a Party group's own
    ("示范区党工委第二巡察组对示范区卫生健康委党组开展了常规巡察。", "示范区党工委第二巡察组"),  # a zone's working committee
    ("2021年，县委第三巡察组曾对县卫生健康局党组开展常规巡察。2024年4月15日至5月31日，县委第一巡察组对县卫生健康局党组"
     "开展了巡察“回头看”。", "县委第一巡察组"),  # the earlier inspection, told first, is not this one
])
def test_the_inspecting_group_as_copies_write_it(opening, inspector):
    r = _read("中共某某党组关于巡察反馈意见整改情况的通报\n" + opening + "\n中共某某党组\n2024年8月16日")
    assert r.inspection.inspector == inspector


def test_an_inspection_this_year_or_last_takes_the_reports_year():
    r = _read("中共某市卫生健康委员会党组关于巡察整改情况的通报\n今年4月至6月，市委第一巡察组对市卫生健康委党组进行了常规巡察，"
              "7月12日反馈了巡察意见。\n中共某市卫生健康委员会党组\n2024年11月28日")
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback) == ("2024-04", "2024-06", "2024-07-12")
    r = _read("中共某市卫生健康委员会党组关于巡察整改情况的通报\n去年10月至12月，市委第一巡察组对市卫生健康委党组进行了常规巡察。\n"
              "中共某市卫生健康委员会党组\n2025年3月1日")
    assert (r.inspection.start, r.inspection.end) == ("2024-10", "2024-12")


def test_a_special_inspection_on_a_topic_of_a_former_body():
    r = _read("中共某县卫生健康局党组关于县委专项巡察整改情况的通报\n根据县委统一部署，2018年10月15日至11月30日，"
              "县委第三专项巡察组对原县卫生和计划生育局党组开展了扶贫领域专项巡察，并于2019年1月8日反馈了巡察意见。\n"
              "中共某县卫生健康局党组\n2019年5月20日")
    i = r.inspection
    assert (i.inspector, i.target, i.start, i.end, i.feedback) == (
        "县委第三专项巡察组", "县卫生和计划生育局党组", "2018-10-15", "2018-11-30", "2019-01-08")


def test_a_tables_rows_grouped_under_rows_that_span_it():
    """A ledger whose sections are rows across the table (一、…方面), numbering its
    rows again from 1 under each: every row is a finding, under its section."""
    page = ("<p>二、巡察反馈问题整改落实情况</p><table><tr><td>序号</td><td>反馈问题</td><td>整改措施</td>"
            "<td>整改时限</td><td>整改进展</td></tr><tr><td colspan=5>一、政治建设方面</td></tr>"
            "<tr><td>1</td><td>监测预警能力不足</td><td>建成平台</td><td>2024年12月</td><td>已完成</td></tr>"
            "<tr><td>2</td><td>业务指导不够有力</td><td>开展督导</td><td>2024年11月</td><td>已完成</td></tr>"
            "<tr><td colspan=5>二、从严治党方面</td></tr>"
            "<tr><td>1</td><td>采购管理不规范</td><td>开展排查</td><td>2025年6月</td><td>正在整改</td></tr></table>"
            "<p>三、下一步工作打算</p><p>持续整改。</p><p>中共某中心委员会</p><p>2024年12月17日</p>")
    r = structure(from_bytes(page.encode("utf-8"), name="r.html", html=True))
    assert [(f.path, f.title, f.status, f.deadline) for f in r.findings] == [
        ("二/一/1", "监测预警能力不足", "已完成", "2024-12"), ("二/一/2", "业务指导不够有力", "已完成", "2024-11"),
        ("二/二/1", "采购管理不规范", "正在整改", "2025-06")]


@pytest.mark.parametrize("problem", ["理论学习不深入", "理论学习不深入," + "学习内容与业务工作结合不紧密" * 8])
def test_a_problem_merged_down_over_its_measures_rows_is_one_finding(problem):
    """A ledger giving one problem several rows of measures (序号 and 反馈问题 merged down):
    one finding, standing where its last measure stands, due by the latest deadline; a
    problem too long to be written again in each row is read all the same."""
    page = ("<html><body><p>中共某县卫生健康局党组关于巡察整改情况的通报</p><p>二、反馈问题整改情况</p><table>"
            "<tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>完成时限</td><td>完成情况</td></tr>"
            f"<tr><td rowspan='3'>1</td><td rowspan='3'>{problem}</td><td>制定学习计划</td><td>2024年9月</td><td>已完成</td></tr>"
            "<tr><td>开展专题学习12次</td><td>2024年10月</td><td>已完成</td></tr>"
            "<tr><td>组织轮训2期</td><td>2024年12月</td><td>持续推进</td></tr>"
            "<tr><td>2</td><td>财务管理不规范</td><td>修订制度</td><td>2025年6月</td><td>正在整改</td></tr>"
            "</table><p>三、下一步工作</p><p>中共某县卫生健康局党组</p><p>2024年11月15日</p></body></html>")
    r = structure(from_bytes(page.encode("utf-8"), name="r.html"))
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        (problem, "持续推进", "2024-12"), ("财务管理不规范", "正在整改", "2025-06")]
    assert "组织轮训2期" in r.findings[0].rectification
