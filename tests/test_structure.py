"""Structure: title, signature, region, inspection event, heading tree and findings,
on the samples and on inline texts written the way other provinces and levels write."""
from __future__ import annotations

import json
import re
from pathlib import Path

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


@pytest.mark.parametrize("text, expected", [
    ("根据县委统一部署，2024年4月15日至6月14日，县委第二巡察组对县卫生健康委党组及县人民医院党委、"  # a linked
     "县中医院党委开展了联动巡察，并于2024年7月26日分别反馈了巡察意见。\n中共某县卫生健康委员会党组\n2024年11月25日",
     ("县委第二巡察组", "县卫生健康委党组", "2024-04-15", "2024-06-14", "2024-07-26")),  # inspection: the body first
    ("中共某县卫生健康委员会党组\n关于县委巡察整改情况的通报\n根据县委统一部署，\n2024年4月8日至6月7日，\n"  # a clause a line
     "县委第三巡察组对县卫生健康委党组开展了常规巡察，\n2024年7月17日反馈了巡察意见。\n中共某县卫生健康委员会党组\n2024年12月2日",
     ("县委第三巡察组", "县卫生健康委党组", "2024-04-08", "2024-06-07", "2024-07-17")),
    ("根据县卫生健康局党组巡察工作安排，2024年5月6日至6月14日，局党组第一巡察组对县疾病预防控制中心党支部"  # the
     "开展了巡察，2024年7月19日反馈了巡察意见。\n中共某县疾病预防控制中心支部委员会\n2024年10月30日",  # bureau's own
     ("局党组第一巡察组", "县疾病预防控制中心党支部", "2024-05-06", "2024-06-14", "2024-07-19")),
])
def test_an_inspection_read_from_its_opening_as_written(text, expected):
    i = _read(text).inspection
    assert (i.inspector, i.target, i.start, i.end, i.feedback) == expected


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


def test_a_meeting_held_on_the_feedback_gives_the_body_inspected():
    """A news item of the meeting a body holds on its inspection's feedback (专题民主生活会,
    整改推进会) names that body as the one inspected, though no sentence says 对X开展巡察."""
    r = _read("某县卫生健康局党组召开巡察整改专题民主生活会\n来源：某县纪委监委\n"
              "9月25日，某县卫生健康局党组召开县委巡察反馈意见整改专题民主生活会。会上通报了县委第三巡察组"
              "反馈的3个方面11个问题的整改进展情况。")
    assert (r.inspection.inspector, r.inspection.target) == ("县委第三巡察组", "某县卫生健康局党组")
    assert r.findings == ()


def test_a_sectors_working_committee_sends_its_own_groups():
    r = _read("中共某区某街道社区卫生服务中心支部委员会关于巡察整改情况的通报\n根据区卫生健康工作党委统一部署，2024年9月2日至10月18日，"
              "区卫生健康工作党委第二巡察组对某街道社区卫生服务中心党支部开展了巡察，2024年11月5日反馈了巡察意见。")
    assert r.inspection.inspector == "区卫生健康工作党委第二巡察组"


def test_a_report_that_names_its_city_only_in_the_pages_source_takes_its_region_from_there():
    r = structure(from_bytes(("市卫生健康委党组关于市委巡察整改进展情况的通报\n发布日期：2024-12-11　信息来源：淄博市卫生健康委员会\n"
                              "2024年4月15日至6月14日，市委第三巡察组对市卫生健康委党组开展了常规巡察。\n"
                              "市卫生健康委党组\n2024年12月11日").encode("utf-8"), name="p.txt"))
    assert r.region is not None and (r.region.name, r.region.level) == ("淄博市", "city")


@pytest.mark.parametrize("publisher, address, region", [
    ("县卫生健康局党组", "慈利县零阳街道朝阳路18号", ("慈利县", "county")),
    ("市卫生健康委党组", "淄博市张店区人民西路1号", ("淄博市", "city")),  # the city above the district
])
def test_a_report_that_names_its_region_only_in_its_address_takes_it_from_there(publisher, address, region):
    r = structure(from_bytes((f"{publisher}关于巡察整改情况的通报\n根据统一部署，巡察组对{publisher}开展了常规巡察。\n"
                              f"欢迎监督。联系电话：0744-3221234；邮政信箱：{address}。\n{publisher}\n2024年11月20日")
                             .encode("utf-8"), name="p.txt"))
    assert r.region is not None and (r.region.name, r.region.level) == region


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
    ("整改措施：长期坚持“党建+业务”融合机制，设立党员先锋岗6个。", None),  # the verb of a quoted object
    ("整改情况：修订考核办法。该问题已全部整改完成。", "已全部整改完成"),  # the whole phrase, not 整改完成
    ("整改措施：制定责任清单。\n整改状态：已完成整改并长效推进", "已完成整改"),  # the status, then what goes on
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


# Layouts of findings met in held-out reports, in tests/fixtures/as_written.json: each layout's
# text, and its findings' titles, statuses and deadlines as written.
AS_WRITTEN = {layout: (case["text"], [tuple(f) for f in case["findings"]]) for layout, case in
              json.loads((Path(__file__).parent / "fixtures" / "as_written.json").read_text(encoding="utf-8")).items()}
PROBLEMS_THEN_MEASURES = AS_WRITTEN["problems in one chapter, their measures by number in the next"][0]


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


def _ledger(header: list[str], numbers: tuple[str, str] | None) -> str:
    """A page's ledger under `header`, each cell filled by what its column holds; with no
    number's column (`numbers` None) the problems' cells open with theirs (1.X)."""
    rows = [("新院区建设进度滞后", "成立专班", "2025年12月", "正在推进"), ("内控制度执行不严", "开展专项检查", "2024年10月", "已完成")]
    out = []
    for k, (problem, measure, deadline, status) in enumerate(rows):
        cells = []
        for h in header:
            if h in ("序号", "编号"):
                cells.append(numbers[k])
            elif re.search("问题|意见|事项", h):
                cells.append(problem if numbers else f"{k + 1}.{problem}")
            elif re.search("时限|时间|节点", h):
                cells.append(deadline)
            elif re.search("情况|进度|进展|成效", h):
                cells.append(status)
            elif re.search("措施|举措|任务", h):
                cells.append(measure)
            else:  # 责任…, 整改要求
                cells.append("局党组")
        out.append(cells)
    tr = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in [header, *out])
    return f"<p>中共某市卫生健康委员会党组关于市委巡察整改情况的通报</p><table>{tr}</table>"


@pytest.mark.parametrize("header, numbers", [
    (["序号", "问题清单", "任务清单", "责任清单", "完成时限", "完成情况"], ("1", "2")),  # the three lists
    (["序号", "存在问题", "整改举措", "责任主体", "完成时间", "整改进度"], ("1", "2")),  # other words
    (["序号", "反馈意见", "整改要求", "整改措施", "责任领导", "整改时限", "整改成效"], ("1", "2")),
    (["序号", "整改事项", "整改措施", "责任主体", "时间节点", "整改进度"], ("1", "2")),
    (["序号", "反馈问题", "整改措施", "整改时限", "完成情况"], ("一", "二")),  # rows counted in words
    (["编号", "反馈问题", "整改措施", "整改时限", "完成情况"], ("1.", "2.")),
    (["序号", "反馈问题", "整改措施", "整改时限", "完成情况"], ("(1)", "(2)")),
    (["编号", "反馈问题", "整改措施", "整改时限", "完成情况"], ("01", "02")),
    (["巡察反馈问题", "整改措施", "整改时限", "整改进展"], None),  # no number's column: 1.X in the cell
])
def test_ledgers_headed_and_counted_as_reports_write_them(header, numbers):
    r = structure(from_bytes(_ledger(header, numbers).encode("utf-8"), name="p.html"))
    assert [(f.title, f.status, f.deadline) for f in r.findings] == [
        ("新院区建设进度滞后", "正在推进", "2025-12"), ("内控制度执行不严", "已完成", "2024-10")]
    assert r.findings[0].rectification.startswith("成立专班")
    assert r.text.text[r.findings[1].start:r.findings[1].end] == "内控制度执行不严"


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


def test_a_wechat_posts_region_from_its_accounts_name():
    """A post that names its county only in its account (勐腊清风): the region from there."""
    from kg.ingest import from_bytes
    from kg.structure import structure

    t = from_bytes("县委第二巡察组向县卫生健康局党组反馈巡察情况\n原创　勐腊清风　2024年08月16日 18:30　云南\n"
                   "8月15日，县委第二巡察组向县卫生健康局党组反馈巡察情况。\n".encode("utf-8"), name="post.html")
    assert structure(t).region.name == "勐腊县"
