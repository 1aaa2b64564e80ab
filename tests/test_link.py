"""Link: region-aware identity, short and former names, relations."""
from __future__ import annotations

from kg.extract import extract
from kg.ingest import from_bytes
import pytest

from kg.link import canonical_org, expand_aliases, issuer_body, link
from kg.record import to_record
from kg.structure import structure


def _report(publisher: str, body: str = "根据市委统一部署，市委第一巡察组对市卫健委进行了巡察。"):
    return structure(from_bytes(f"{body}\n{publisher}\n2022年1月5日".encode("utf-8"), name="r.txt"))


def test_region_relative_names_differ_across_regions():
    a = _report("中共鄂州市卫生健康委员会党组")
    b = _report("中共开封市卫生健康委员会党组")
    ka = canonical_org("市中心医院", a)
    kb = canonical_org("市中心医院", b)
    assert ka[0] == "鄂州市中心医院" and kb[0] == "开封市中心医院"
    assert ka[1] != kb[1]


def test_short_full_and_former_names_are_one_body():
    r = _report("中共宜春市卫生健康委员会党组")
    names = {canonical_org(s, r)[:2] for s in ("市卫健委", "市卫生健康委", "市卫生健康委员会", "宜春市卫生健康委员会", "市卫计委")}
    assert len(names) == 1
    assert canonical_org("市卫计委", r)[2] == "卫计委"


def test_level_prefix_resolves_up_the_hierarchy():
    r = _report("中共雨花区卫生健康局党组", "根据区委统一部署，区委第一巡察组对区卫健局进行了巡察。")
    assert r.region.name == "雨花区"
    assert canonical_org("市卫健委", r)[0] == "长沙市卫生健康委员会"
    assert canonical_org("省卫健委", r)[0] == "湖南省卫生健康委员会"
    assert canonical_org("区卫健局", r)[0] == "雨花区卫生健康局"


@pytest.mark.parametrize("formal, short", [
    ("中共余干县中医院委员会", "县中医院党委"),
    ("中共余干县中医院支部委员会", "县中医院党支部"),  # a branch's formal name and its usual one
    ("中共余干县疾病预防控制中心总支部委员会", "县疾病预防控制中心党总支"),
])
def test_a_party_committees_formal_and_usual_names_are_one_body(formal, short):
    r = _report(formal, "根据县委统一部署，县委第一巡察组对县卫健委进行了巡察。")
    assert canonical_org(formal, r)[:2] == canonical_org(short, r)[:2]


def test_party_group_is_its_own_entity():
    r = _report("中共宜春市卫生健康委员会党组")
    body = canonical_org("市卫健委", r)
    group = canonical_org("市卫健委党组", r)
    assert body[0] != group[0] and group[0].endswith("党组")


def test_self_references_resolve_to_the_publisher():
    r = _report("中共宜春市卫生健康委员会党组")
    assert canonical_org("委党组", r)[0] == "中共宜春市卫生健康委员会党组"
    assert canonical_org("我委", r)[0] == "宜春市卫生健康委员会"


def test_aliases_do_not_rewrite_inside_longer_names():
    assert expand_aliases("政府采购办")[0] == "政府采购办"
    assert expand_aliases("卫健委党组")[0] == "卫生健康委员会党组"


def test_findings_concern_the_bodies_named_in_them():
    text = ("根据县委统一部署，县委第二巡察组对县卫健局进行了巡察。\n二、整改情况\n(一)监管不力\n"
            "1.县人民医院违规收费。\n整改情况：已整改，县人民医院清退违规收费12.5万元。\n中共某县卫生健康局党组\n2022年1月5日")
    r = structure(from_bytes(text.encode("utf-8"), name="r.txt"))
    linked = link(r, extract(r))
    preds = {(rel.predicate, rel.object.split("|")[-1]) for rel in linked.relations}
    assert ("concerns", "某县人民医院") in preds or any(p == "concerns" and o.endswith("人民医院") for p, o in preds)
    assert any(p == "mentions" for p, _ in preds)


@pytest.mark.parametrize("issuer, body", [
    ("豫政办", "河南省人民政府办公厅"),
    ("湘卫发", "湖南省卫生健康委员会"),
    ("洛政办", "洛阳市人民政府办公室"),
    ("赣组", "中共江西省委组织部"),
    ("国办发", "国务院办公厅"),
    ("某某", None),
])
def test_issuers_of_document_numbers_resolve_to_bodies(issuer, body):
    got = issuer_body(issuer)
    assert (got[0] if got else None) == body


def _linked(text: str):
    r = structure(from_bytes(text.encode("utf-8"), name="r.txt"))
    return link(r, extract(r))


def test_party_groups_link_to_their_body_and_merge_with_and_without_zhonggong():
    linked = _linked("根据县委统一部署，县委第二巡察组对县卫健局党组进行了巡察。县卫健局党组研究部署整改。\n"
                     "中共宁远县卫生健康局党组\n2022年1月5日")
    groups = [e for e in linked.entities if e.name == "中共宁远县卫生健康局党组"]
    assert len(groups) == 1 and {m.text for m in groups[0].mentions} == {"县卫健局党组", "中共宁远县卫生健康局党组"}
    rel = {(r.subject.split("|")[-1], r.predicate, r.object.split("|")[-1]) for r in linked.relations}
    assert ("中共宁远县卫生健康局党组", "partyOrganisationOf", "宁远县卫生健康局") in rel


def test_money_says_what_happened_and_whom_it_concerns():
    linked = _linked("根据县委统一部署，县委第二巡察组对县卫健局进行了巡察。县人民医院清退违规收费12.5万元，"
                     "拨付乡镇卫生院补助资金30万元。\n中共宁远县卫生健康局党组\n2022年1月5日")
    rel = {(r.subject.split("|")[-1], r.predicate, r.object.split("|")[-1]) for r in linked.relations
           if r.subject.startswith("money")}
    assert ("125000", "moneyAction", "清退") in rel and ("125000", "concerns", "宁远县人民医院") in rel
    assert ("300000", "moneyAction", "拨付") in rel


def test_the_same_group_name_in_two_provinces_is_two_groups():
    a = _report("中共江西省卫生健康委员会党组", "按照省委部署，省委第九巡视组对省卫生健康委党组进行了巡视。")
    b = _report("中共湖南省卫生健康委员会党组", "按照省委部署，省委第九巡视组对省卫生健康委党组进行了巡视。")
    assert canonical_org("省委第九巡视组", a)[:2] == ("江西省委第九巡视组", "360000")
    assert canonical_org("省委第九巡视组", b)[:2] == ("湖南省委第九巡视组", "430000")


def test_a_bare_inspection_group_is_the_reports_own():
    r = _report("中共宜春市卫生健康委员会党组")
    assert canonical_org("巡察组", r) == canonical_org("市委第一巡察组", r)
    assert canonical_org("市委巡察组", r)[0] == "宜春市委第一巡察组"
    assert canonical_org("市委第巡察组", r)[0] == "宜春市委第一巡察组"  # its ordinal lost


def test_a_chain_of_divisions_names_the_deepest():
    r = _report("中共江西省赣州市章贡区卫生健康委员会党组")
    assert r.region.name == "章贡区"
    assert canonical_org("江西省赣州市章贡区人民医院", r)[:2] == canonical_org("区人民医院", r)[:2]


def test_a_county_level_city_and_a_banner_are_their_own_prefix():
    city = _report("中共瑞金市卫生健康委员会党组")
    assert city.region.level == "county"
    assert canonical_org("市人民医院", city)[0] == "瑞金市人民医院"
    banner = _report("中共鄂托克旗卫生健康委员会党组", "根据旗委统一部署，旗委第一巡察组进行了巡察。")
    assert canonical_org("旗人民医院", banner)[0] == "鄂托克旗人民医院"


@pytest.mark.parametrize("publisher, county_kept", [
    ("中共沂水县卫生健康局党组", False),  # Shandong: 会同 is the verb "together with"
    ("中共安化县卫生健康局党组", False),  # another county of Hunan: its 县财政局 is its own
    ("中共会同县卫生健康局党组", True),   # Hunan's 会同县 itself
    ("中共怀化市卫生健康委员会党组", True),   # the city 会同县 is in may name its county
])
def test_a_verb_that_spells_a_far_county_is_the_verb(publisher, county_kept):
    r = _report(publisher, "根据县委统一部署，县委第一巡察组对县卫健局进行了巡察。会同县财政局开展清查。")
    names = {(e.type, e.name) for e in link(r, extract(r)).entities}
    assert (("place", "会同县") in names) is county_kept
    if not county_kept:
        assert ("agency", publisher[2:5] + "财政局") in names


def test_a_town_named_with_a_verb_that_spells_a_far_county_is_the_town():
    # 新建 (to build) is also the short name of Jiangxi's 新建县; 新建镇 is a town of Zhejiang's
    r = _report("中共缙云县疾病预防控制中心支部委员会", "对壶镇镇、新建镇卫生院开展督导。")
    names = {(e.type, e.name) for e in link(r, extract(r)).entities}
    assert {("place", "壶镇镇"), ("place", "新建镇"), ("hospital", "新建镇卫生院")} <= names


def test_posts_taken_later_in_the_sentence_and_groups_led():
    r = _report("中共沂水县卫生健康局党组",
                "成立了以党组书记、局长孙立群为组长的整改工作领导小组。"
                "委党组书记、主任王海同志扛起责任,既担任领导小组组长,又领衔整改。")
    roles = {(x.person, x.post, x.org) for x in link(r, extract(r)).roles}
    assert ("孙立群", "党组书记、局长", "沂水县卫生健康局") in roles
    assert ("孙立群", "组长", "整改工作领导小组") in roles
    assert any(p == "王海" and post == "组长" for p, post, _ in roles)


def test_a_group_led_by_a_post_holder_written_ren_zuzhang():
    r = _report("中共某盟卫生健康委员会党组", "成立了由党组书记、主任巴特尔任组长的巡察整改工作领导小组。")
    roles = {(x.person, x.post, x.org) for x in link(r, extract(r)).roles}
    assert ("巴特尔", "组长", "巡察整改工作领导小组") in roles
    assert any(p == "巴特尔" and post == "党组书记、主任" for p, post, _ in roles)


def test_a_former_chief_accountant_is_a_post():
    r = _report("中共某区卫生健康委员会党组", "对区公利医院原总会计师钱某某立案审查。")
    roles = {(x.person, x.post) for x in link(r, extract(r)).roles}
    assert ("钱某某", "总会计师") in roles


def test_a_physician_is_a_post():
    r = _report("中共某市中医医院委员会", "对收受回扣的骨科医师刘某给予开除党籍处分。")
    roles = {(x.person, x.post) for x in link(r, extract(r)).roles}
    assert any(p == "刘某" and "医师" in post for p, post in roles)


def test_a_prefectures_own_bodies_take_its_name():
    r = _report("中共喀什地区卫生健康委员会党组", "根据地委统一部署，地委第一巡察组对地区卫生健康委员会党组进行了巡察。")
    assert r.region.name == "喀什地区"
    assert canonical_org("地委第一巡察组", r)[0] == "喀什地委第一巡察组"
    assert canonical_org("地区第二人民医院", r)[0] == "喀什地区第二人民医院"
    assert r.inspection.inspector == "地委第一巡察组"


def test_posts_shared_by_a_list_and_held_concurrently():
    r = _report("中共某市人民医院委员会", "院党委书记、院长（兼）张卫东同志为第一责任人，副院长李明、王刚分别牵头整改。")
    roles = {(x.person, x.post) for x in link(r, extract(r)).roles}
    assert {("张卫东", "党委书记、院长"), ("李明", "副院长"), ("王刚", "副院长")} <= roles


def test_a_post_with_its_rank_in_brackets():
    r = _report("中共某县卫生健康局党组", "对时任县疾病预防控制中心副主任（正科级）孙某进行诫勉谈话。")
    assert ("孙某", "副主任") in {(x.person, x.post) for x in link(r, extract(r)).roles}


def test_a_forestry_districts_own_bodies_and_party_group_members():
    r = _report("中共神农架林区卫生健康局党组",
                "根据林区党委统一部署，林区党委第二巡察组对林区卫生健康局党组进行了巡察。"
                "局党组成员、副局长向明华同志具体负责，院党委委员、副院长李明同志协助。")
    assert r.region.name == "神农架林区" and r.inspection.inspector == "林区党委第二巡察组"
    assert canonical_org("林区人民医院", r)[0] == "神农架林区人民医院"
    roles = {(x.person, x.post, x.org) for x in link(r, extract(r)).roles}
    assert ("向明华", "党组成员、副局长", "神农架林区卫生健康局") in roles
    assert ("李明", "党委委员、副院长") in {(p, q) for p, q, _ in roles}


def test_a_corps_division_citys_own_bodies_and_the_corps():
    r = _report("中共第八师石河子市卫生健康委员会党组",
                "根据师市党委统一部署，师市党委第三巡察组对师市卫生健康委党组开展了常规巡察。按照兵团党委要求整改。")
    assert r.region.name == "石河子市" and r.inspection.inspector == "师市党委第三巡察组"
    assert canonical_org("师市卫生健康委", r)[0] == "第八师石河子市卫生健康委员会"
    assert canonical_org("兵团党委", r)[0] == "新疆生产建设兵团党委"


def test_an_autonomous_regions_own_bodies_are_written_qu():
    r = _report("中共西藏自治区藏医院委员会",
                "根据区党委统一部署，区党委第七巡视组对自治区藏医院党委开展了常规巡视。区卫生健康委党组到院督导。")
    assert r.region.name == "西藏自治区" and r.inspection.kind == "巡视"
    assert r.inspection.inspector == "区党委第七巡视组"
    assert canonical_org("区卫生健康委", r)[0] == "西藏自治区卫生健康委员会"


def test_a_district_name_two_cities_of_a_province_share_is_the_reports_own():
    """Jiangsu has a 鼓楼区 in Nanjing and in Xuzhou: in a report of Xuzhou's, it is
    Xuzhou's, the report's own region, so not a place beside it."""
    linked = _linked("根据区委统一部署，区委第二巡察组对区卫生健康委党组进行了巡察。鼓楼区、泉山区共同推进。\n"
                     "中共徐州市鼓楼区卫生健康委员会党组\n2024年10月28日")
    assert linked.report.region.code == "320302"
    places = {e["name"] for e in to_record(linked)["entities"] if e["type"] == "place"}
    assert places == {"泉山区"}


def test_a_post_belongs_to_the_body_named_in_its_clause_or_to_the_level_it_names():
    linked = _linked("根据县委统一部署，县委第一巡察组对县卫生健康局党组进行了巡察。县委常委、纪委书记、监委主任王建军"
                     "出席反馈会议，党组书记、局长李明主持会议，副县长张丽讲话。成立由党组书记、局长李明任组长的巡察整改"
                     "工作领导小组，党组成员、副局长马永红协助抓好整改。\n中共大埔县卫生健康局党组\n2024年11月15日")
    roles = {(x.person, x.post, x.org) for x in linked.roles}
    assert ("王建军", "县委常委、纪委书记、监委主任", "大埔县委") in roles  # the whole list of posts
    assert ("李明", "党组书记、局长", "大埔县卫生健康局") in roles  # not the 监委 of another's post
    assert ("张丽", "副县长", "大埔县人民政府") in roles
    assert ("马永红", "党组成员、副局长", "大埔县卫生健康局") in roles  # not the group of the clause before
    assert {p for p, _, _ in roles} == {"王建军", "李明", "张丽", "马永红"}  # 李明任组长: 任 takes the post


def test_a_tables_name_cell_then_post_cell_is_a_role():
    """An annex of the people held accountable, 序号 | 姓名 | 原职务 | 处理情况, read a cell
    a line: each name's post is the cell after it."""
    page = ("<p>中共某县卫生健康局党组关于巡察整改情况的通报</p><p>附件：问责处理情况</p><table>"
            "<tr><td>序号</td><td>姓名</td><td>原职务</td><td>处理情况</td></tr>"
            "<tr><td>1</td><td>张某</td><td>县某医院药剂科主任</td><td>党内严重警告</td></tr>"
            "<tr><td>2</td><td>李某某</td><td>某镇卫生院副院长</td><td>政务记过</td></tr></table>"
            "<p>中共某县卫生健康局党组</p><p>2024年12月11日</p>")
    r = structure(from_bytes(page.encode("utf-8"), name="p.html"))
    roles = {(x.person, x.post) for x in link(r, extract(r)).roles}
    assert {("张某", "县某医院药剂科主任"), ("李某某", "某镇卫生院副院长")} <= roles
