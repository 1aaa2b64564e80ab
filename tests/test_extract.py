"""Extract: the spaCy pipeline and its rules, with their precedence."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import PIPE_NAMES, mentions, nlp
from kg.extract.rules import doc_numbers, money, split_issuer


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in mentions(nlp()(text))}


def test_pipeline_is_spacy_with_declared_components():
    p = nlp()
    assert p.lang == "zh" and tuple(p.pipe_names) == PIPE_NAMES
    assert "doc._.kg_candidates" in p.get_pipe_meta("kg_documents").assigns
    assert {"doc.spans", "doc.ents"} <= set(p.get_pipe_meta("kg_resolve").assigns)
    doc = p("市卫健委拨付41.68万元")
    [span] = [s for s in doc.spans["kg"] if s.label_ == "money"]
    assert (span.text, span._.value, span._.key) == ("41.68万元", "416800", "money|416800")


@pytest.mark.parametrize("text, value", [
    ("拨付补助资金41.68万元", "416800"),
    ("清退问题资金187357.54元", "187357.54"),
    ("投入1500万元建设", "15000000"),
    ("共计1.2亿元", "120000000"),
    ("多拨付财政资金7.67万,对", "76700"),
])
def test_money_is_normalised_to_yuan(text, value):
    assert [m.value for m in money(text)] == [value]


@pytest.mark.parametrize("text", ["床位数达3.49万张", "下转患者599人次", "增长10%", "21万份档案"])
def test_counts_are_not_money(text):
    assert money(text) == []


@pytest.mark.parametrize("text, value, key", [
    ("印发了湘卫发〔2021〕12号文件", "湘卫发〔2021〕12号", "doc_number|湘卫发|2021|12"),
    ("按照豫办[2019]24号要求", "豫办〔2019〕24号", "doc_number|豫办|2019|24"),
    ("（国办发〔2018〕3号）", "国办发〔2018〕3号", "doc_number|国办发|2018|3"),
    ("根据(2016)25号文", "〔2016〕25号", "doc_number||2016|25"),
    ("对照资阳市卫生健康委员会资卫发〔2022〕48号文件", "资卫发〔2022〕48号", "doc_number|资卫发|2022|48"),
    ("人社部发〔2019〕5号", "人社部发〔2019〕5号", "doc_number|人社部发|2019|5"),
    # 并 is Taiyuan's short name after a bracket, "and" after a comma; 新 is Xinjiang's
    ("依据《太原市应急物资储备管理办法》（并政办发〔2021〕15号）", "并政办发〔2021〕15号", "doc_number|并政办发|2021|15"),
    ("，并新卫发〔2020〕3号", "新卫发〔2020〕3号", "doc_number|新卫发|2020|3"),
    ("按照新疆维吾尔自治区卫生健康委员会新卫发〔2020〕3号", "新卫发〔2020〕3号", "doc_number|新卫发|2020|3"),
    ("《医疗机构管理条例》（国务院令第149号）", "国务院令第149号", "doc_number|国务院令||149"),  # a decree: no year
    ("依据国家卫生健康委令第3号", "国家卫生健康委令第3号", "doc_number|国家卫生健康委令||3"),
])
def test_document_numbers(text, value, key):
    [m] = doc_numbers(text)
    assert (m.value, m.key) == (value, key)


def test_issuer_is_cut_at_a_region_short_name():
    assert split_issuer("下发了粤卫") == "粤卫"


def test_a_bare_inspection_group_after_a_verb_is_the_group():
    found = _found("医院党委诚恳接受、全盘认领巡察组反馈的意见。机动巡察组进驻后，")
    assert {m for m in found if m[0] == "agency"} == {("agency", "巡察组"), ("agency", "机动巡察组")}


@pytest.mark.parametrize("text, name", [
    ("约谈华润医药(福建)有限公司等4家配送企业", "华润医药(福建)有限公司"),  # a region in brackets (ingest
    # makes brackets half-width)
    ("重新审查与石家庄以岭药业股份有限公司的合同", "石家庄以岭药业股份有限公司"),  # 以 inside the name
    ("对宁夏康泰医药有限公司违规行为予以通报", "宁夏康泰医药有限公司"),  # 对 before it is not
])
def test_company_names(text, name):
    assert {t for k, t in _found(text) if k == "company"} == {name}


@pytest.mark.parametrize("text, names", [
    ("党组成员、副局长陈美华、吴建平分工负责", {"陈美华", "吴建平"}),
    ("驻委纪检监察组组长赵红梅全程参与督导", {"赵红梅"}),
    ("组长王保全同志", {"王保全"}),
    ("副局长阿说拉哈、沙马阿芝同志按照分工抓好整改", {"阿说拉哈", "沙马阿芝"}),  # Yi names, listed to 同志
    ("责任人:武晓东;完成时限:2024年9月", {"武晓东"}),  # a field naming the leader responsible
    ("责任领导:王磊、李明;责任单位:党办", {"王磊", "李明"}),
])
def test_a_name_after_a_post_ends_where_the_next_word_starts(text, names):
    assert {t for k, t in _found(text) if k == "person"} == names


def test_names_alone_in_a_tables_column_of_responsible_leaders_are_people():
    """A cell a line, as ingest writes every table: the names under 责任领导 count with
    no post beside them, and nothing is read from the other columns (常态化 under 整改
    时限 would read as a surname and given name)."""
    table = "\n".join(["序号", "反馈问题", "责任领导", "整改时限", "完成情况",
                        "1", "制度执行不严格", "程明", "常态化", "已完成",
                        "2", "收费不规范", "许家宏、汪立新", "2024年9月", "已完成", "三、下一步工作"])
    assert {t for k, t in _found(table) if k == "person"} == {"程明", "许家宏", "汪立新"}
    assert not {t for k, t in _found(table.replace("责任领导", "责任科室")) if k == "person"}


def test_a_county_medical_group_is_a_medical_institution():
    found = _found("由旌德县医疗健康集团牵头，组建县医疗集团")
    assert {("hospital", "旌德县医疗健康集团"), ("hospital", "县医疗集团")} <= found
    assert not any(k == "company" for k, _ in found)


def test_a_document_number_is_never_a_date():
    found = _found("转发《关于做好防汛工作的通知》(赣卫办〔2020〕7号)")
    assert ("doc_number", "赣卫办〔2020〕7号") in found
    assert not any(t == "date" for t, _ in found)


def test_an_agency_inside_a_title_is_not_a_separate_mention():
    found = _found("制定《市卫健委党组工作规则》。")
    assert ("document", "市卫健委党组工作规则") in found
    assert not any(t == "agency" for t, _ in found)


def test_policies_come_from_the_skos_scheme_and_quoted_numbered_names():
    found = _found("严格执行“三重一大”决策制度，落实中央八项规定精神，推进“六大人才工程”，"
                   "实施“长白山中医药人才培育计划”，严格落实民主集中制")
    assert ("policy", "三重一大") in found
    assert ("policy", "六大人才工程") in found
    assert ("policy", "长白山中医药人才培育计划") in found  # a named programme, however long
    assert ("policy", "民主集中制") not in found  # a principle, which the sample gold does not count
    assert ("policy", "先诊疗后付费") in _found("开展“先诊疗后付费”服务")  # in the scheme, though it ends in 费
    assert any(t == "policy" and s.startswith("中央八项规定") for t, s in found)


def test_agencies_and_hospitals_of_another_region():
    found = _found("县卫健局联合县医保局对县人民医院、城关镇卫生院开展检查，县委第二巡察组督导。")
    assert {("agency", "县卫健局"), ("agency", "县医保局"), ("hospital", "县人民医院"),
            ("hospital", "城关镇卫生院"), ("agency", "县委第二巡察组")} <= found


def test_generic_classes_are_not_institutions():
    found = _found("全市公立医院和乡镇卫生院开展自查。")
    assert not any(t == "hospital" for t, _ in found)


@pytest.mark.parametrize("text, phrase", [
    ("破解“编制老化”带来的困境", "编制老化"),
    ("防止“一刀切”“运动式”整治", "运动式"),
    ("存在“重建设、轻管理”现象", "重建设、轻管理"),
    ("收受“红包”回扣问题时有发生", "红包"),  # an ordinary noun in quotes
    ("扎实做好巡察“后半篇文章”", "后半篇文章"),  # a figure of speech for rectification
])
def test_a_quoted_problem_or_manner_is_not_a_policy(text, phrase):
    assert ("policy", phrase) not in _found(text)


def test_people_next_to_posts_and_anonymised():
    found = _found("党组书记、局长王建国同志主持会议。卫生监督所工作人员李某违规。")
    assert ("person", "王建国") in found and ("person", "李某") in found


def test_entities_on_request():
    doc = nlp(set_ents=True)("县卫健局拨付10万元给县人民医院")
    assert [(e.label_, e.text) for e in doc.ents] == [("agency", "县卫健局"), ("money", "10万元"),
                                                       ("hospital", "县人民医院")]


def test_nlp_pipe_batches():
    docs = list(nlp().pipe(["拨付10万元", "清退2万元"], batch_size=2))
    assert [mentions(d)[0].value for d in docs] == ["100000", "20000"]


@pytest.mark.parametrize("text, expected", [
    ("城关镇卫生院、石门乡卫生院、杨家村卫生室完成标准化建设。",
     {("hospital", "杨家村卫生室"), ("place", "杨家村"), ("place", "石门乡")}),
    ("湖南省长沙市岳麓区卫生健康局党组", {("agency", "湖南省长沙市岳麓区卫生健康局党组")}),
    ("市纪委监委驻市卫健委纪检监察组对相关责任人进行了约谈。",
     {("agency", "市纪委监委"), ("agency", "市纪委监委驻市卫健委纪检监察组")}),  # the sender stays a mention
    ("与县纪委监委派驻第五纪检监察组建立会商机制,在委直属机关党委指导下,一局机关党支部已整改。",
     {("agency", "县纪委监委"), ("agency", "县纪委监委派驻第五纪检监察组"), ("agency", "委直属机关党委"),
      ("agency", "局机关党支部")}),
    ("会同县财政局清查,县卫生计生综合监督执法大队开展整治,对不达标卫生室限期整改。",
     {("agency", "会同县财政局"), ("agency", "县卫生计生综合监督执法大队"), ("place", "会同县")}),
    ("在芜湖、阜阳等地开展试点,对龙家圈街道后朱村卫生室整改,地址:沂水县沂城街道健康路6号",
     {("place", "芜湖"), ("place", "阜阳"), ("place", "龙家圈街道"), ("place", "后朱村"),
      ("hospital", "龙家圈街道后朱村卫生室"), ("place", "沂水县"), ("place", "沂城街道")}),
    ("对成都蓉康生物科技有限公司违约问题追回违约金,成立领导小组,下设整改办公室。",
     {("company", "成都蓉康生物科技有限公司"), ("agency", "整改办公室")}),  # 都 stops a walk, not 成都
    ("追回湖南德康医疗器械有限公司多收货款,督促邢台医专第二附属医院整改",
     {("company", "湖南德康医疗器械有限公司"), ("hospital", "邢台医专第二附属医院")}),
    ("成立工作领导小组,下设综合协调组、督导检查组。内科第一党支部、医技党总支按期换届",
     {("agency", "综合协调组"), ("agency", "督导检查组"), ("agency", "内科第一党支部"), ("agency", "医技党总支")}),
    ("与吉首市乾州街道社区卫生服务中心建立转诊机制,在沂水县城关镇",
     {("place", "乾州街道"), ("place", "城关镇")}),  # a name ending the text is still read
    ("对照审计署驻兰州特派员办事处审计指出的问题,对辖区内大兴村卫生室开展督导",
     {("agency", "审计署驻兰州特派员办事处"), ("hospital", "大兴村卫生室"), ("place", "大兴村")}),
    ("中央纪委国家监委驻国家卫生健康委纪检监察组全程参与,会同国家发展改革委、财政部推进,指导北京协和医院试点",
     {("agency", "中央纪委国家监委"), ("agency", "中央纪委国家监委驻国家卫生健康委纪检监察组"),
      ("agency", "国家发展改革委"), ("agency", "财政部"), ("hospital", "北京协和医院")}),
    ("对重庆路街道社区卫生服务中心负责人进行约谈", {("hospital", "重庆路街道社区卫生服务中心")}),
    ("对川沙新镇社区卫生服务中心开展提升行动,推动上海市东方医院南院建设",
     {("place", "川沙新镇"), ("hospital", "川沙新镇社区卫生服务中心"), ("hospital", "上海市东方医院南院")}),
    ("中共泉州市疾病预防控制中心总支部委员会关于市委巡察整改情况的通报",
     {("agency", "中共泉州市疾病预防控制中心总支部委员会"), ("hospital", "泉州市疾病预防控制中心")}),
    ("根据地委统一部署,地委第一巡察组对地区卫生健康委员会党组进行了巡察,对地区第二人民医院原副院长王某处分",
     {("agency", "地委"), ("agency", "地委第一巡察组"), ("agency", "地区卫生健康委员会党组"),
      ("hospital", "地区第二人民医院")}),  # a prefecture's own bodies
    ("主任艾尔肯·吐尔逊同志主持,副书记阿依古丽·买买提同志负责,约谈新疆九州通医药有限公司负责人",
     {("person", "艾尔肯·吐尔逊"), ("person", "阿依古丽·买买提"), ("company", "新疆九州通医药有限公司")}),
    ("支持金普新区卫生健康局建设,严格执行《办法》(大卫发〔2023〕第12号)",
     {("place", "金普新区"), ("agency", "金普新区卫生健康局"), ("doc_number", "大卫发〔2023〕第12号")}),
    ("退回设备供应商河南宏力医疗设备有限公司多收款项,约谈配送企业重庆医药集团有限公司",
     {("company", "河南宏力医疗设备有限公司"), ("company", "重庆医药集团有限公司")}),  # not 商河 (a county)
    ("院党委书记、院长(兼)张卫东同志为第一责任人,副院长李明、王刚分别牵头",
     {("person", "张卫东"), ("person", "李明"), ("person", "王刚")}),
    ("委党组与区纪委区监委派驻第六纪检监察组建立会商机制",
     {("agency", "区纪委区监委"), ("agency", "区纪委区监委派驻第六纪检监察组")}),  # one joint body
    ("委党组书记、主任次仁多吉同志履行职责,委党组副书记格桑卓玛同志协助,给予原副主任孙某党内警告处分",
     {("person", "次仁多吉"), ("person", "格桑卓玛"), ("person", "孙某")}),  # names with no Han surname
    ("原副院长额尔敦给予党内警告处分,对财务科负责人乌云其其格进行诫勉谈话,主任亲自进行部署,主任办公会进行研究",
     {("person", "额尔敦"), ("person", "乌云其其格")}),  # Mongolian names: no Han surname, or not the one 乌 suggests
    ("对原检验科主任阿西某收受回扣问题移送处理,主任李某某负责", {("person", "阿西某"), ("person", "李某某")}),
    ("对尤溪县总医院开展评估,向沙县区推广", {("hospital", "尤溪县总医院"), ("place", "尤溪县"), ("place", "沙县区")}),
    ("对乡镇卫生院监管不到位,新政镇卫生院存在违规采购问题", {("hospital", "新政镇卫生院"), ("place", "新政镇")}),  # 新 opening a name
    ("推进清和街道社区卫生服务中心标准化建设", {("hospital", "清和街道社区卫生服务中心"), ("place", "清和街道")}),  # 和 closing a name
    ("支持汾市镇中心卫生院、麦市镇卫生院开展帮扶", {("hospital", "汾市镇中心卫生院"), ("place", "汾市镇"),
                                         ("hospital", "麦市镇卫生院"), ("place", "麦市镇")}),  # 市 inside towns' names
    ("对汉中市三二〇一医院原副院长李某违纪问题移送处理", {("hospital", "汉中市三二〇一医院"), ("place", "汉中市"),
                                       ("person", "李某")}),  # a number with 〇 in the name
    ("支持黔东南州人民医院、黔西南州中医医院和伊犁州友谊医院建设",
     {("hospital", "黔东南州人民医院"), ("place", "黔东南州"), ("hospital", "黔西南州中医医院"), ("place", "黔西南州"),
      ("hospital", "伊犁州友谊医院"), ("place", "伊犁州")}),  # prefectures named by their ethnic groups, short
    ("党委副书记、纪委书记乌云其其格任副组长,给予原财务科科长刘某诫勉谈话,给予王明党内警告处分",
     {("person", "乌云其其格"), ("person", "刘某"), ("person", "王明")}),  # a name up to 任副组长; 原 of a former post
    ("联合市慢性病防治中心、省职业病防治中心和市血液中心开展筛查",
     {("hospital", "市慢性病防治中心"), ("hospital", "省职业病防治中心"), ("hospital", "市血液中心")}),  # 防治中心, 血液中心
    ("指导丰台中西医结合医院、县中西医结合医院开展自查,推进中西医结合医院建设",
     {("hospital", "丰台中西医结合医院"), ("hospital", "县中西医结合医院")}),  # a long kind before 医院
    ("医院委托海南国际招标有限公司开展审计", {("company", "海南国际招标有限公司")}),  # 委托 is the verb
    ("给予荣县人民医院纪委书记刘洋诫勉处理,给予副院长张立警告处分",
     {("person", "刘洋"), ("person", "张立"), ("agency", "荣县人民医院纪委")}),  # the measure right after the name
    ("完成市疾病预防控制中心与市卫生健康监督中心职能整合",
     {("hospital", "市疾病预防控制中心"), ("agency", "市卫生健康监督中心")}),  # a supervision centre is a body
    ("推动县医院与哈家镇、彭镇卫生院组建医共体,对城镇卫生院开展检查",
     {("hospital", "彭镇卫生院"), ("place", "彭镇"), ("place", "哈家镇")}),  # a town of one character
    ("医院党委书记王国栋同志任整改工作领导小组组长", {("agency", "整改工作领导小组"), ("person", "王国栋")}),  # 同志任
    ("配合区公共资源交易中心规范招投标程序,入驻县政务服务中心",
     {("agency", "区公共资源交易中心"), ("agency", "县政务服务中心")}),  # a government's service centres
    ("为会川镇、莲峰镇村卫生室配备设备", {("place", "会川镇"), ("place", "莲峰镇")}),  # the towns' village clinics
    ("推进三明医改经验在全省落地,推广“三明经验”", {("policy", "三明医改"), ("policy", "三明经验")}),  # unquoted too
    ("党支部书记、院长后建华作表态发言,主任妥文忠同志出席", {("person", "后建华"), ("person", "妥文忠")}),  # Hui surnames
    ("党支部书记、主任李慧作表态发言,院长王建作讲话", {("person", "李慧"), ("person", "王建")}),  # 作 is the verb
    ("对西峡仁和医院违规行为依法处罚,县人民医院和中医院", {("hospital", "西峡仁和医院"), ("hospital", "县人民医院"),
                                          ("hospital", "中医院")}),  # 和 inside a name, and between two
    ("向燎原镇卫生院、夜郎镇卫生院派驻医师,在中原乡开展义诊", {("hospital", "燎原镇卫生院"), ("place", "燎原镇"),
                                          ("hospital", "夜郎镇卫生院"), ("place", "夜郎镇"),
                                          ("place", "中原乡")}),  # 原 inside a town's name
    ("建成监测预警平台,接入台州医院、台州市中心医院", {("hospital", "台州医院"), ("hospital", "台州市中心医院")}),  # 接入 a verb
    ("在翠屏区、叙州区新增献血点,鄠邑区人民医院参与", {("place", "翠屏区"), ("place", "叙州区"), ("place", "鄠邑区"),
                                        ("hospital", "鄠邑区人民医院")}),  # divisions named since 2016
    ("对原某医院院长黄某某给予开除党籍处分,某公司经理李某", {("person", "黄某某"), ("person", "李某")}),  # 某 at the end
    ("在太和镇、三坑镇新建卫生站,在太和镇卫生院坐诊", {("place", "太和镇"), ("place", "三坑镇"),
                                          ("hospital", "太和镇卫生院")}),  # 和 inside a town's name, after 在
    ("对古丽娜尔·阿不都热依木、买买提明·艾则孜两名同志进行诫勉谈话", {("person", "古丽娜尔·阿不都热依木"),
                                                   ("person", "买买提明·艾则孜")}),  # dotted names, counted
    ("对王建国、李明两名同志进行诫勉谈话,给予买买提明·艾则孜同志警告处分", {("person", "王建国"), ("person", "李明"),
                                                      ("person", "买买提明·艾则孜")}),
    ("上党区建设局联合潞州区卫生健康局", {("agency", "上党区建设局"), ("place", "上党区"), ("agency", "潞州区卫生健康局"),
                                   ("place", "潞州区")}),  # 建设 in a body's name stays
    ("省卫生健康委党组第三巡察组对省第二人民医院党委开展了巡察", {("agency", "省卫生健康委党组第三巡察组"),
                                             ("agency", "省第二人民医院党委"), ("hospital", "省第二人民医院")}),
    ("示范区党工委第二巡察组对示范区卫生健康委党组开展巡察,高新区卫生健康局配合", {("agency", "示范区党工委第二巡察组"),
        ("agency", "示范区卫生健康委党组"), ("agency", "高新区卫生健康局")}),  # a development zone's bodies
    ("委党组书记、主任周建华履行第一责任人职责,副主任孙志督促各科室落实", {("agency", "委党组"), ("person", "周建华"),
                                                  ("person", "孙志")}),  # 履行, 督促 after a name
    ("雄安新区卫生健康局和安新县卫生健康局", {("agency", "雄安新区卫生健康局"), ("place", "雄安新区"),
                                    ("agency", "安新县卫生健康局"), ("place", "安新县")}),  # 新区: a zone, no 安新县 renamed
    ("对永新县医院和阳新县医院开展检查", {("hospital", "永新县医院"), ("place", "永新县"), ("hospital", "阳新县医院"),
                                  ("place", "阳新县")}),  # a county whose name ends in 新, its hospital
    ("对新城铺镇卫生院开展检查,推进新型城镇化", {("hospital", "新城铺镇卫生院"), ("place", "新城铺镇")}),  # 新 opens it; 城镇化
    ("党组成员、副主任格桑卓玛具体负责整改工作", {("person", "格桑卓玛")}),  # no Han surname, before 具体负责
    ("在太华分院、广平分院开设专家门诊,对9个分院党支部督查", {("hospital", "太华分院"), ("hospital", "广平分院")}),  # a 总医院's branches
    ("落实省政府办公厅《关于推进医疗联合体建设和发展的实施意见》有差距", {("agency", "省政府办公厅"),
        ("document", "关于推进医疗联合体建设和发展的实施意见")}),  # 办公厅, not 政府办 + 公厅
    ("联合市消防救援大队开展联合检查", {("agency", "市消防救援大队")}),  # a fire and rescue brigade, a body
    ("查实益阳某医疗器械有限公司违规返利,对益阳医学高等专科学校附属医院开展检查", {("company", "益阳某医疗器械有限公司"),
        ("hospital", "益阳医学高等专科学校附属医院")}),  # a verb before a company; 高等 in a college's name
    ("区红十字会、区计生协开展活动", {("agency", "区红十字会"), ("agency", "区计生协")}),  # the family planning association
    ("派驻区人民医院医师驻点帮扶,市纪委监委驻市卫生健康委纪检监察组督导", {("hospital", "区人民医院"),
        ("agency", "市纪委监委驻市卫生健康委纪检监察组"), ("agency", "市纪委监委")}),  # 派驻, a verb before a hospital
    ("对海南医科大学第一附属医院党委开展了延伸巡视", {("agency", "海南医科大学第一附属医院党委"),
        ("hospital", "海南医科大学第一附属医院")}),  # a university's hospital and its committee
    ("中共广州市花都区卫生健康局党组关于区委巡察整改情况的通报", {("agency", "中共广州市花都区卫生健康局党组"),
        ("place", "广州市"), ("place", "花都区"), ("agency", "区委")}),  # 都 inside a division's name
    ("对周某收受回扣问题移送县纪委监,县纪委监督检查室参与", {("agency", "县纪委监"), ("agency", "县纪委")}),  # 委 dropped
    ("巡察组与团县委、县妇联、市总工会、共青团安化县委员会协作配合",
     {("agency", "巡察组"), ("agency", "团县委"), ("agency", "县妇联"), ("agency", "市总工会"),
      ("agency", "共青团安化县委员会"), ("place", "安化县")}),  # the Youth League's committees, people's organisations
    ("科右前旗人民医院、土左旗人民医院牵头,覆盖全部苏木乡镇卫生院和嘎查村卫生室,乌兰苏木卫生院",
     {("hospital", "科右前旗人民医院"), ("place", "科右前旗"), ("hospital", "土左旗人民医院"), ("place", "土左旗"),
      ("hospital", "乌兰苏木卫生院"), ("place", "乌兰苏木")}),  # banners' short names; 苏木/嘎查 (township/village)
    ("推进龙岗区人民医院和龙岗中心医院发展,指导如东县、海安市完善章程,海安市人民医院牵头",
     {("hospital", "龙岗中心医院"), ("place", "海安市"), ("hospital", "海安市人民医院")}),  # 海安市 was 海安县
    ("区委第二巡察组组长:周文斌;区卫生健康局党组书记、局长:黄晓明。", {("person", "周文斌"), ("person", "黄晓明")}),
    ("督促中国人民解放军联勤保障部队第九二三医院等驻柳医疗机构落实防控措施",
     {("hospital", "中国人民解放军联勤保障部队第九二三医院")}),
    ("宝鸡市120急救指挥中心新增急救站点6个,支持宝鸡市口腔医院建设", {("hospital", "宝鸡市120急救指挥中心"),
                                                              ("hospital", "宝鸡市口腔医院")}),
    ("中共贵阳市第一人民医院委员会关于巡察整改情况的公告",
     {("agency", "中共贵阳市第一人民医院委员会"), ("hospital", "贵阳市第一人民医院")}),
    ("县委巡察办、县委组织部、县编办共同参与。",
     {("agency", "县委巡察办"), ("agency", "县委组织部"), ("agency", "县编办")}),
    ("组织鄂钢医院、鄂州二医院开展培训。", {("hospital", "鄂钢医院"), ("hospital", "鄂州二医院")}),
    ("市委组织部和县卫健委党组", {("agency", "县卫健委党组")}),  # 和县 is a county, but not here
    ("在武汉大学人民医院、华中科技大学同济医学院附属协和医院开展试点",
     {("hospital", "武汉大学人民医院"), ("hospital", "华中科技大学同济医学院附属协和医院")}),
    ("郑州大学第一附属医院和中山大学附属第一医院", {("hospital", "郑州大学第一附属医院"), ("hospital", "中山大学附属第一医院")}),
    ("根据林区党委统一部署,在林区妇幼保健院党支部开展创建,林区120急救指挥中心新增救护车",
     {("agency", "林区党委"), ("agency", "林区妇幼保健院党支部"), ("hospital", "林区妇幼保健院"),
      ("hospital", "林区120急救指挥中心")}),  # a forestry district's (林区) own bodies
    ("市纪委监委第一派驻纪检监察组全程参与", {("agency", "市纪委监委"), ("agency", "市纪委监委第一派驻纪检监察组")}),
    ("完成下谷坪土家族乡卫生院建设,在马蹄河回族乡开展义诊", {("hospital", "下谷坪土家族乡卫生院"),
                                              ("place", "下谷坪土家族乡"), ("place", "马蹄河回族乡")}),  # 民族乡
    ("关于十三届师市党委第四轮巡察,兵团党委和兵团卫生健康委要求一四三团医院、一二一团一连卫生室整改",
     {("agency", "师市党委"), ("agency", "兵团党委"), ("agency", "兵团卫生健康委"), ("hospital", "一四三团医院"),
      ("hospital", "一二一团一连卫生室"), ("place", "一四三团"), ("place", "一二一团")}),  # the Corps: 师市, 团
    ("院党委书记次仁旺堆、院长格桑卓玛切实履行职责,副主任马永红协助抓好整改",
     {("person", "次仁旺堆"), ("person", "格桑卓玛"), ("person", "马永红")}),  # names with no Han surname
    ("县委常委、纪委书记、监委主任王立新同志到局调度,领导小组下设办公室",
     {("agency", "县委"), ("agency", "纪委"), ("agency", "监委"), ("agency", "办公室"), ("person", "王立新")}),
    ("在大兴区黄村镇新建社区卫生服务站", {("place", "大兴区"), ("place", "黄村镇")}),  # 黄村 is not a village here
    ("通信地址：兰西县卫生健康局办公室；市卫健委办公室", {("agency", "兰西县卫生健康局"), ("agency", "市卫健委")}),
    ("投入资金850万元改造草堰镇卫生院病房楼", {("hospital", "草堰镇卫生院"), ("place", "草堰镇")}),  # 改造 a verb
    ("县委办公室、县政府办公室、县委巡察工作领导小组办公室",  # bodies, not a body's section
     {("agency", "县委办公室"), ("agency", "县政府办公室"), ("agency", "县委巡察工作领导小组办公室")}),
    ("选优配强内科党支部、门诊党支部书记,推进外科第一党支部建设",
     {("agency", "内科党支部"), ("agency", "门诊党支部"), ("agency", "外科第一党支部")}),
    # a town whose name opens with a stop character (和 and, 那 that), after a stop or in a list
    ("组织某某大学附属第一医院杏林分院专家下沉", {("hospital", "某某大学附属第一医院杏林分院")}),  # a branch
    ("推进市紧急医疗救援中心建设", {("hospital", "市紧急医疗救援中心")}),
    # a street named after a road named after a village; the list's 、 in no name
    ("完成先锋街道、韩村北路街道社区卫生服务中心改造", {("place", "先锋街道"), ("place", "韩村北路街道"),
                                               ("hospital", "韩村北路街道社区卫生服务中心")}),
    ("落實「健康浙江」行動不夠有力", {("policy", "健康浙江")}),  # corner brackets quote
    ("与吉林省人力资源和社会保障厅联合开展评审", {("agency", "吉林省人力资源和社会保障厅"), ("place", "吉林省")}),
    ("对靖江、兴化两个储血点开展检查", {("place", "靖江"), ("place", "兴化")}),  # short names before a count
    ("对苏州吴中经济技术开发区内民营医疗机构开展排查", {("place", "苏州吴中经济技术开发区")}),
    ("（四）关于“支部标准化建设有差距”的问题", set()),  # a finding's title quoted, no policy
    ("为那坡镇新州村、和平镇卫生室配备设备", {("place", "那坡镇"), ("place", "新州村"), ("place", "和平镇"),
                                         ("hospital", "和平镇卫生室")}),
    # 和 after a closing title joins two things (和县 is also a county of Anhui)
    ("按照《中国共产党巡视工作条例》和县委巡察工作领导小组有关要求", {("agency", "县委巡察工作领导小组")}),
    ("中共和县卫生健康委员会党组", {("place", "和县"), ("agency", "中共和县卫生健康委员会党组")}),  # not 共和县
    ("对照审计署昆明特派员办事处审计指出的问题", {("agency", "审计署昆明特派员办事处"), ("agency", "审计署")}),
    ("成立领导小组，下设综合协调组和督查督办组", {("agency", "综合协调组"), ("agency", "督查督办组")}),
    ("反馈会上,省委第三巡视组组长赵立群传达了会议精神", {("person", "赵立群")}),  # a name before 传达
    ("与新疆医科大学第一附属医院建立专科联盟", {("hospital", "新疆医科大学第一附属医院")}),  # 新 starts 新疆
    # long town names (Xibe 牛录), told by the centre named after them
    ("与扎库齐牛录乡卫生院、孙扎齐牛录镇卫生院结对共建", {("hospital", "扎库齐牛录乡卫生院"), ("place", "扎库齐牛录乡"),
                                             ("hospital", "孙扎齐牛录镇卫生院"), ("place", "孙扎齐牛录镇")}),
    ("对医保办原主任阿依古丽·托合提进行诫勉谈话", {("person", "阿依古丽·托合提")}),  # 提 ends a dotted name here
    ("在彭浦新村街道、临汾路街道新设家庭医生工作室", {("place", "彭浦新村街道"), ("place", "临汾路街道")}),
    ("区委组织部部长李强出席会议", {("agency", "区委组织部"), ("person", "李强")}),  # 部长 is the post
    ("将问题线索移送县人民检察院,由县人民法院判处", {("agency", "县人民检察院"), ("agency", "县人民法院")}),
    ("指导市一院、市二院、市中医医院完善绩效考核", {("hospital", "市一院"), ("hospital", "市二院")}),  # numbered, short
    ("约谈GE医疗(中国)有限公司广西分公司", {("company", "GE医疗(中国)有限公司广西分公司")}),  # a Latin brand, a branch
    ("在积石山保安族东乡族撒拉族自治县建设次中心", {("place", "积石山保安族东乡族撒拉族自治县")}),  # longer than nine
    ("县委巡察机动组进驻县卫健局", {("agency", "县委巡察机动组")}),  # the kind after 巡察
    ("成立由党组书记、主任买买提·吐尔逊任组长的领导小组", {("person", "买买提·吐尔逊")}),  # 任: holds the post
    ("开展医共体柳城畲族镇分院技术帮扶", {("place", "柳城畲族镇"), ("hospital", "柳城畲族镇分院")}),  # after 医共体
    ("与湖南省中医药研究院附属医院建立协作", {("hospital", "湖南省中医药研究院附属医院")}),  # 研究: a verb elsewhere
    ("推动沙县区总医院向高砂镇卫生院派驻医师", {("hospital", "沙县区总医院")}),  # 沙县区: a district, not 县区 (a class)
    ("中共三明市沙县区卫生健康局党组关于区委巡察整改情况的通报", {("agency", "中共三明市沙县区卫生健康局党组")}),
    ("整改措施：成立项目推进专班，倒排工期", {("agency", "项目推进专班")}),  # a team set up, its name holding a verb
    ("十二届自治区党委第五轮巡视第三巡视组对自治区卫生健康委党组开展了专项巡视",  # its committee's term and round
     {("agency", "十二届自治区党委第五轮巡视第三巡视组")}),
])
def test_names_as_other_reports_write_them(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize("text, wrong", [
    ("国家8部委联合下发文件", "国家8部委"),
    ("成立设备论证专家组，严格论证", "设备论证专家组"),  # a panel of experts, no body
    ("组织县市区卫健局负责同志集中轮训", "县市区卫健局"),  # 县市区: every county's, a class
    ("组织县市区卫健局负责同志集中轮训", "区卫健局"),  # nor its tail
    ("组织县市卫健委负责同志集中轮训", "县市卫健委"),
    ("整改中，会同临泉县市场监督管理局开展检查", "会同"),  # together with; 会同县 holds no 临泉县
    ("基层医疗卫生机构“守门人”作用发挥不够", "守门人"),  # a figure of speech, quoted
    ("开展委直属单位主要负责人谈话23人次", "谈话"),  # a talk after a post, no name
    ("紧扣2024年中央和国家机关党的建设工作要点", "中央"),  # a class of organs
    ("在牛场镇、道坪镇建设医共体分院2个", "道坪镇建设医共体分院"),  # built, a kind
    ("通过县招乡用等方式补充乡村医生", "县招乡"),  # 乡用: a word, no township
    ("对市直6家公立医院党委开展督查", "市直6家公立医院"),  # counted, a class, though its 党委 follows
    ("在延边朝鲜族自治州建设哨点医院23家", "延边朝鲜族自治州建设哨点医院"),  # built, a kind
    ("优质医疗资源区域布局不均衡", "资源区"),  # 区域 (a region), not 资源县 renamed a district
    ("对下属单位“一把手”监督不到位", "一把手"),  # a post, quoted, no policy
    ("推动5家镇街卫生院达到推荐标准", "镇街卫生院"),  # 镇街: towns and streets, a class
    ("家庭医生签约服务“签而不约”——已完成", "签而不约"),  # a thing done and not followed through: a fault
    ("在潞州区、上党区建设社区医院6所", "上党区建设社区医院"),  # built: a kind of hospital, not one
    ("在城区建设社区医院,开展健康乡镇创建", "健康乡镇"),  # 乡镇: townships, no town
    ("委党组书记、主任艾尔肯·吐尔逊同志切实履行", "主任艾尔肯·吐尔逊"),  # the post is no part of the name
    ("印发工作要点,开展健康县区创建", "康县区"),  # 县区 (counties and districts), not 康县 renamed
    ("组织社区和镇卫生院开展义诊", "区和镇卫生院"),  # 和 joining two kinds
    ("对原某医院院长黄某某给予开除党籍处分", "原某"),  # a former hospital, not a person
    ("推动县级疾控中心与卫生监督机构整合", "县级疾控中心"),  # a class of centres
    ("撤销原镇卫生院,将原镇卫生院改建", "撤销原镇卫生院"),  # 原 (former) before the town's word
    ("院长后续将开展检查", "后续将"),
    ("推动西宁市、海东市建设紧密型城市医疗集团", "海东市建设紧密型城市医疗集团"),  # a kind of group, built
    ("医院党委存在“党建与业务融合不够”“医疗质量管理不严”等问题", "医疗质量管理不严"),  # problems quoted in a run
    ("对于“重点专科建设滞后”的问题，医院共建重点专科", "重点专科建设滞后"),  # a finding's title, quoted
    ("（三）巡察指出：“基层党组织建设薄弱”", "基层党组织建设薄弱"),  # the problem pointed out, quoted
    ("为会川镇、莲峰镇村卫生室配备设备", "莲峰镇村卫生室"),  # a class: every village clinic of the town
    ("受理反映主要负责人和重要岗位领导干部问题的来信", "和重"),  # 和 after a post joins, unless 同志 follows
    ("对、城镇卫生院开展检查", "城镇"),
    ("对局机关和曾家镇卫生院等5个党支部开展检查", "局机关和曾家镇卫生院"),  # two bodies joined by 和
    ("推动雩田镇、草林镇等中心卫生院建立双向转诊机制", "中心卫生院"),  # a kind, after 等
    ("下派县级医院医生到乡镇卫生院服务", "下派县级医院"),
    ("对原副院长给予党内警告处分", "党内"),  # 党 is a surname, 党内 no name
    ("委托海南国际招标有限公司开展第三方审计", "委托海南国际招标有限公司"),  # 委 of 委托 is no commission
    ("推进中西医结合医院建设", "中西医结合医院"),  # a kind of hospital, not one
    ("对市直四家公立医院开展检查", "市直四家公立医院"),
    ("按照省委部署", "省委部"),
    ("向上级组织部门推荐干部", "上级组织部"),  # 部门 is a word
    ("组织市直公立医院党组织书记参加培训", "市直公立医院党组"),  # 党组织 is a word
    ("举行医共体总医院授牌仪式", "体总医院"),  # a name does not start inside 医共体
    ("推进国家区域医疗中心建设", "国家区域医疗中心"),  # a class of centres
    ("支持省中医院建设国家中医医学中心", "国家中医医学中心"),  # a title the State gives, not a hospital
    ("督促县区卫健委做好汇报", "区卫健委"),  # 县区: counties and districts
    ("对6处不达标卫生室限期整改", "达标卫生室"),  # a class: clinics below standard
    ("在成都、绵阳等市建设监测哨点医院12家", "市建设监测哨点医院"),  # 等市: and other cities
    ("3.廉洁风险防控措施落实不到位", "廉洁"),  # a word, not 廉 + a given name
    ("开展专项整治,查处违规问题案件27起", "查处"),  # a verb, not 查 + a given name
    ("给予党纪处分", "党纪处"),
    ("给予原副主任孙某党内警告处分", "原副主"),
    ("成立由刘峰同志任组长的整改工作领导小组", "由刘峰"),
    ("一是对全镇家庭医生签约服务开展回访核查", "对全镇"),
    ("对局办公室原主任余某进行诫勉谈话", "局办公室"),
    ("推进各县总医院建设", "县总医院"),  # each county's: a class
    ("对筋竹镇、归义镇等乡镇家庭医生团队开展考核", "等乡镇"),  # and other townships
    ("推进城镇镇区建设", "城镇镇"),  # 城镇 (towns) is a word, not a town 城镇 + 镇
    ("定期深入包抓镇村开展帮扶", "包抓镇村"),  # 镇村: towns and villages
    ("对县和街道两级开展督导", "县和街道"),  # the county and the streets
    ("推动委属委管医院高质量发展", "委属委管医院"),  # the commission's hospitals, a class  # the bureau's own office, a section  # the whole town, after a preposition  # 由 is the preposition here, not a surname
    ("加强贫困地区卫生院建设", "贫困地区卫生院"),  # a class
    ("按照《中国共产党巡视工作条例》和县委巡察工作领导小组有关要求", "和县"),
    ("中共和县卫生健康委员会党组", "共和县"),
    ("深入学习贯彻,坚持公立医院公益性", "坚持公立医院"),  # a verb before a class
    ("已与某家医院达成合作意向", "某家医院"),  # a hospital left unnamed
    ("各民族乡卫生院完成标准化建设", "民族乡卫生院"),  # the ethnic townships' centres, a class
    ("要加强对省管公立医院的监督管理", "省管公立医院"),  # the province's hospitals, a class
    ("区委组织部部长李强出席会议", "区委组织部部"),
    ("对康乐县、和政县乡镇卫生院妇幼专干开展培训", "和政县乡镇卫生院"),  # a county's township centres, a class
    ("对出纳员邓某进行批评教育", "员邓某"),  # 出纳员 is the post
    ("2024年9月\n纪委办公室\n已完成", "纪委"),
    ("责任部门\n党委组织部\n2025年3月", "党委组织部"),  # a hospital's own department in its ledger  # a ledger's department: a section of a body it does not name
    ("对湖坊镇、塘山镇等4个乡镇(街道)社区卫生服务中心开展检查", "乡镇(街道)社区卫生服务中心"),  # a class
    ("指导县(市、区)疾控中心开展培训", "区)疾控中心"),  # a class, and never cut inside a bracket
    ("中心医院西院区、妇儿医院项目长期停滞", "中心医院西院"),  # 西院区 is a campus
    ("协调增加偏远地区镇卫生院、村卫生室转运", "镇卫生院"),  # a class: the towns' health centres
    ("下设6个专项工作组", "6个专项工作组"),  # a count of teams
    ("对柳江区、柳城县等疾控中心开展督导", "疾控中心"),  # those places' centres, a class
    ("在孙河乡新建社区卫生服务站4个", "孙河乡新建社区卫生服务站"),  # built, not named
    ("支持南通市中医院建设省级区域中医医疗中心", "省级区域中医医疗中心"),  # a class
    ("会同市南区卫生健康局学习借鉴经验", "会同市"),  # 会同 (together with) + 市南区
    ("原市卫生和计划生育委员会的职责划入市卫生健康委", "职责划入市卫生健康委"),  # 划入 is a verb
    ("成立巡视整改工作领导小组并下设领导小组办公室", "领导小组"),  # the office, not its group again
    ("中共贵阳市第一人民医院委员会关于", "中共贵阳市第一人民医院"),  # the hospital has no 中共
    ("整改情况:一局机关党支部已于2025年召开", "机关党支部"),  # 一(是)局机关党支部: the bureau's
    ("在松山湖高新区新设社区卫生服务站2个", "松山湖高新区新设社区卫生服务站"),  # set up, not named
    ("推进内科党支部建设", "推进内科党支部"),  # a verb before a department's branch
    ("与昌平区、房山区区属医院建立合作", "房山区区属医院"),  # a class: the district's hospitals
    ("十三届师市党委第四轮巡察", "市党委"),  # 师市党委, the Corps division's, after the term
    ("开展一二三团结协作活动", "一二三团"),  # not a regiment: 团结
    ("通信地址：兰西县卫生健康局办公室", "兰西县卫生健康局办公室"),  # a bureau's section
    ("牵头组建城市医疗集团，覆盖社区卫生服务中心12家", "城市医疗集团"),  # a class, after a verb
    ("牵头组建城市医疗集团，覆盖社区卫生服务中心12家", "覆盖社区卫生服务中心"),  # 覆盖 is a verb
    ("给予某某大学第一附属医院原副院长周某开除党籍处分", "予某某大学第一附属医院"),  # 给予 is a verb
    ("对口帮扶原中央苏区县县级医院", "中央"),  # the Central Soviet Area, not the Party centre
    ("更换门诊楼中央空调", "中央"),
    ("在兰山区、河东区设置监测哨点医院14家", "河东区设置监测哨点医院"),  # 设置 is a verb
    ("，在乡镇开展检查，在某镇开展督导", "在某镇"),  # a preposition after a comma opens no town
    ("引进重庆某某医疗科技有限公司参与智慧医院建设", "智慧医院"),  # a class: smart hospitals
    ("引进重庆某某医疗科技有限公司参与智慧医院建设", "引进重庆某某医疗科技有限公司"),  # 引进 is a verb
])
def test_counts_and_words_are_not_bodies(text, wrong):
    assert wrong not in {s for _, s in _found(text)}
