"""Rule finders, one per entity type: text → candidate mentions.

Each finder is a plain function over the normalised text, so it can be tested alone;
`kg.extract.pipeline` wraps each in a spaCy component. Vocabularies are data files
(`data/lexicons/*.tsv`, `ontology/policies.ttl`); the rules describe how these reports
write things, never one report's names.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from kg.dates import find_dates
from kg.gazetteer import CORPS, OWN_LEVEL_WORDS, ZONE_WORDS, gazetteer
from kg.model import Mention
from kg.resources import lexicon
from kg.scan import ending_at

HAN = "\u3007\u4e00-\u9fff"  # with 〇, a numeral in names (三二〇一医院)
_CN_NUM = "一二三四五六七八九十百千两双"


def _m(type_: str, s: str, start: int, end: int, value: str, key: str | None = None) -> Mention:
    return Mention(type_, s[start:end], start, end, value, key or f"{type_}|{value}")


# --- documents and document numbers -----------------------------------------------------

_TITLE = re.compile(r"《([^《》\n]{1,150})》")


def documents(s: str) -> list[Mention]:
    """Every title in 《》; the value is the title without spaces."""
    out = []
    for m in _TITLE.finditer(s):
        title = m.group(1).strip()
        if title:
            out.append(_m("document", s, m.start(1), m.end(1), re.sub(r"\s+", "", title)))
    return out


_DOCNO = re.compile(r"[〔\[(【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】]\s*(?:第\s*)?(?P<serial>\d{1,5})\s*号")
_HAN_RUN_END = re.compile(rf"[{HAN}]{{1,12}}$")
_ISSUING_BODY = re.compile(r".*(?:委员会|人民政府|办公室|办公厅|卫健委|卫生健康委|局|厅)(?=[^\W\d_]{2})")


@lru_cache(maxsize=1)
def _issuer_heads() -> frozenset[str]:
    return frozenset(gazetteer().abbr) | {"国", "中"}


def split_issuer(run: str, opens: bool = False) -> str:
    """The issuer abbreviation at the end of the characters before a number's brackets.

    What follows the last function word or verb is the issuer (印发了豫办 → 豫办,
    按照湘卫发 → 湘卫发), and so does what follows a body's name (…卫生健康委员会资卫发 →
    资卫发); a run without one is the issuer whole (南中医党). A long run
    keeps only its shortest tail that starts with a province or city short name. A short
    name that is also a function word starts the issuer where it follows a cut, or an
    opening bracket (`opens`): （并政办发 is Taiyuan's, 并新卫发 is "and" Xinjiang's.
    """
    single, double = _stops()
    heads = _issuer_heads()
    after = _ISSUING_BODY.search(run)  # 资阳市卫生健康委员会资卫发: the number follows its issuer's name
    if after:
        run, opens = run[after.end():], True
    cut = 0
    for i in range(len(run)):
        if run[i:i + 2] in double:
            cut = i + 2
        elif run[i] in single and cut <= i and not (run[i] in heads and i == cut and (i or opens)):
            cut = i + 1
    tail = run[cut:]
    if len(tail) <= 8:
        return tail
    for i in range(len(tail) - 1, -1, -1):
        if tail[i] in heads:
            return tail[i:]
    return ""


def doc_numbers(s: str) -> list[Mention]:
    """文号 such as 洛政办〔2022〕29号, 豫办[2019]24号 or (2016)25号."""
    out = []
    for m in _DOCNO.finditer(s):
        run = _HAN_RUN_END.search(s, max(0, m.start() - 12), m.start())
        opens = bool(run) and (run.start() == 0 or s[run.start() - 1] in "(（[【")  # the text or a bracket opens
        issuer = split_issuer(run.group(), opens) if run else ""
        start = m.start() - len(issuer)
        year, serial = m.group("year"), str(int(m.group("serial")))
        value = f"{issuer}〔{year}〕{serial}号"
        out.append(_m("doc_number", s, start, m.end(), value, f"doc_number|{issuer}|{year}|{serial}"))
    return out


# --- money and dates ------------------------------------------------------------------

_MONEY = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<approx>多|余)?\s*(?P<unit>亿|万|千)?(?P<approx2>多|余)?\s*"
    r"(?:(?P<yuan>元)|(?<=万|亿)(?![\d元]|[" + HAN + r"]))"
)
_MONEY_CONTEXT = re.compile(r"(?:资金|经费|金额|费用|拨付|清退|上缴|追回|退还|罚款|补助|投入|收入|支出|资产|列支|采购|报销|收费)[^,。;]{0,6}$")
_UNITS = {"亿": Decimal(100000000), "万": Decimal(10000), "千": Decimal(1000), None: Decimal(1)}


def yuan(num: str, unit: str | None) -> str:
    """A decimal number of yuan as a plain string: ('41.68', '万') → '416800'."""
    value = Decimal(num.replace(",", "")) * _UNITS[unit]
    text = format(value.normalize(), "f")
    return text


def money(s: str) -> list[Mention]:
    """Amounts in 元, 万元, 亿元 (and 万 alone after a money word); 3.49万张 is not money."""
    out = []
    for m in _MONEY.finditer(s):
        if not m.group("yuan") and not _MONEY_CONTEXT.search(s[max(0, m.start() - 12):m.start()]):
            continue
        value = yuan(m.group("num"), m.group("unit"))
        key = f"money|{value}{'+' if m.group('approx') or m.group('approx2') else ''}"
        out.append(_m("money", s, m.start(), m.end(), value, key))
    return out


def dates(s: str) -> list[Mention]:
    """Dates with a value (ISO 8601); damaged ones only where one reading is possible."""
    return [_m("date", s, h.start, h.end, h.value) for h in find_dates(s) if h.value]


# --- organisations ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _suffixes() -> tuple[dict[str, str], dict[str, str]]:
    """Cores (may end a name) and units (may extend one), each with the type it gives."""
    rows = lexicon("org_suffixes")
    return ({r[0]: r[1] for r in rows if r[2] == "core"}, {r[0]: r[1] for r in rows if r[2] == "unit"})


@lru_cache(maxsize=1)
def _stops() -> tuple[frozenset[str], frozenset[str]]:
    words = [r[0] for r in lexicon("org_stops")]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=1)
def _blockers() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon("level_blockers")}


@lru_cache(maxsize=1)
def _core_regex() -> re.Pattern:
    core, _ = _suffixes()
    return re.compile("|".join(re.escape(c) for c in sorted(core, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(_suffixes()[1], key=len, reverse=True))))


_LEVEL = "省市区县州旗盟镇乡"
# 中央 as an adjective, not the Party centre: 原中央苏区县, 中央空调, 中央厨房, 中央供氧; the
# centre's money or a class of organs: 中央预算内投资, 中央财政补助, 中央和国家机关
_NOT_CENTRE = re.compile("中央(?:苏区|空调|厨房|供氧|监护|吸引|预算|财政|资金|投资|补助|转移支付|专项|和国家机关|国家机关)")
_MOVED_IN = re.compile("(?<=[入进])驻")  # 入驻县政务服务中心: moving in, not a stationed group's 驻
_BODY_CHAR = re.compile(rf"[{HAN}\d()]")
_HEADS = ("中共中央", "中共", "国家", "国务院", "党中央", "中央", "自治区", "自治州", "驻", "派驻")
# Bodies that name a class of institutions, not one: 公立医院, 乡镇卫生院, 基层党组织.
_GENERIC = re.compile(
    r"^(?:[省市区县镇乡村]?(?:级|直|属)?(?:公立|民营|定点|基层|乡镇|村级?|社区|各级|各类|综合|专科|"
    r"二级|三级|医疗|卫生|医疗卫生|医疗机构|下属|直属|所属|有关|相关|其他|上级|下级|机关|内设|职能|"
    r"业务|行政|主管|责任|牵头|配合|部分|个别|单位|临床|行政|科室|城市|农村|全科|专业|法治|平安|"
    r"家庭|联系|大型|综合性|委属|委直|委管|局属|局管|试点|上述|大部分|某家?|两|各|全|该|本|我|新|城乡|乡村|镇村|镇街|街镇|农村|区域|工作|"
    r"苏木|嘎查|贫困|非贫困|[省市县区]管|产权|公有产权|居住|镇办|乡办|村办|县域|医共体|医联体|紧密型|国家|国家级|省级|市级|县级|"
    r"不?达标|未达标|标准化|规范化|示范|合格|不合格|哨点|监测哨点|监测|地区|偏远|边远|区域中医|少数民族|民族|"
    r"智慧|智能|数字|数字化|互联网|乡|镇|村)*)$"
)
_BARE_OK = {"卫健委", "卫计委", "纪委", "监委", "编办", "国务院", "党中央", "中共中央", "中央", "机关党委",
            "机关纪委", "机关工委", "医保局", "卫健局", "卫生健康委", "卫监局", "疾控中心", "急救中心",
            "血防所", "医科所", "中心医院", "人民医院", "中医院", "中医医院", "儿童医院",
            "传染病医院", "妇幼保健院", "精神卫生中心", "医调中心", "指挥部", "我委", "我局", "巡察组",
            "巡视组", "委党组", "局党组", "直属机关党委", "机关党支部", "机关支部", "机关党总支", "地委"}
_BARE_LONGEST = max(map(len, _BARE_OK)) - 1  # characters a bare name can have before its suffix
# 委机关党委, 局直属机关党委: the body's own organs, named after 委/局/厅/院 for the body
# (also after an inline list's numeral whose 是 was lost: 一局机关党支部)
_SELF_ORGAN = re.compile(r"(?:直属)?机关")
_TOWN_END = re.compile(r"(?:镇|乡|街道|村|社区)$")
_HOSPITAL_CLASS = frozenset({"医院", "卫生院", "卫生室", "卫生所", "社区卫生服务中心", "社区卫生服务站",
                             "卫生服务中心", "诊所", "门诊部", "保健院"})
# Suffixes that name a class when the body before them is generic (公立医院, 市局).
_CLASS_CORES = frozenset({"医院", "卫生院", "卫生室", "卫生所", "社区卫生服务中心", "社区卫生服务站",
                          "卫生服务中心", "诊所", "门诊部", "公司", "局", "委", "办", "部", "厅",
                          "委员会", "办公室", "党组", "党委", "党支部", "党总支", "保健院", "医疗中心",
                          "医疗集团", "医疗健康集团", "疾控中心", "疾病预防控制中心"})
# Class words holding a character that stops a name (共 of 共计): a name never starts inside them.
_UNSPLIT = ("医共体", "医联体", "共同体", "联合体")
_WORD_AFTER = frozenset("署门分位员托屈理法事面势织")
_WORD_AFTER_ANCHOR = frozenset("托员派屈面势部限")  # 委托, 委员, 局面: a word, not 委党组 or 局办公室
_COUNT = re.compile(r"[\d一二三四五六七八九十两几多数]+(?:家|个|所|批|类|种|座|次|部委|部)")
# 国家儿童医学中心, 国家区域医疗中心: a title the State gives hospitals, not one of them
_DESIGNATION = re.compile(rf"国家[{HAN}]{{0,6}}?(?:医学中心|医疗中心)$")
# 党委组织部 in a hospital's ledger, 中心党委宣传部: an institution's own department, a section
_OWN_DEPARTMENT = re.compile(r"(?:医院|中心|院)?党委(?:组织部|宣传部|统战部)")
_INSIDE_GENERIC = re.compile(r"单位|部门|机构|县区|市县|区县|[省市区县]属"  # 区属医院: a district's hospitals
                             r"|(?:建设|新建|组建|改建|扩建|筹建|创建|打造)(?:社区|乡镇|村级?|基层|标准化|规范化|哨点|定点|示范|区域|县域|紧密型|医共体|医联体|智慧|互联网|专科)")  # 建设社区医院: built, a kind
# A one-character suffix that is really the end of a word: 干部, 格局, 督办.
_WORD_BEFORE = {"部": frozenset("干全内局外总本支细俱"), "局": frozenset("格布大全结开变当终"),
                "办": frozenset("督创承举主协兴代包查交转"), "厅": frozenset("大客餐展门")}
_MAX_BODY = {"hospital": 4, "company": 12, "agency": 10}
_PLAIN_BODY = re.compile(rf"[{HAN}]+")
_COMPANY_BODY = re.compile(rf"[A-Za-z0-9&]*[{HAN}]+(?:\([{HAN}]{{2,4}}\)[{HAN}]*)?")  # 华润医药(福建)有限公司
_NUMBERED_HOSPITAL = re.compile("[省市县区州][一二三四五六七八九十]院(?![长区办内外系校士落])")
_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9&]{0,11}$")
# a company's branch named after its place: 国药控股湖北有限公司武汉分公司
_BRANCH_COMPANY = re.compile(rf"([{HAN}]{{0,4}}?)分公司")


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Words of names that end in a stop character: 北京协和医院 (和: and), data/lexicons/name_words.tsv."""
    return frozenset(r[0] for r in lexicon("name_words"))


# 原 (former) and 和 (and) stand before what they qualify or join; after a plain character,
# right before 镇 or 乡 (not 乡镇), they are the town's own: 燎原镇, 中原乡, 太和镇
_TOWN_SECOND = re.compile("[原和][镇乡](?![镇乡村])")


def _is_boundary(s: str, i: int) -> bool:
    """True when a name may start at `i`: after punctuation, a stop character or word."""
    if i <= 0:
        return True
    single, double = _stops()
    c = s[i - 1]
    if s[max(0, i - 2):i] in _name_words():
        return False
    if c == "届" and s[i - 2:i - 1] in _CN_NUM:  # 十三届师市党委: the term, then the body
        return True
    if _TOWN_SECOND.match(s, i - 1) and s[i - 2] not in single and s[i - 2] not in _LEVEL and _is_boundary(s, i - 2):
        return False  # 向燎原镇卫生院, 在太和镇卫生院: 原 and 和 inside a town's name
    return not _BODY_CHAR.match(c) or c in single or s[max(0, i - 2):i] in double \
        or s[max(0, i - 3):i] in double


_OWN_LEVEL = re.compile("|".join(("地区", "地委", CORPS) + OWN_LEVEL_WORDS))
_LEAGUE = re.compile(f"共青团|团[{_LEVEL}](?=委)")


def _anchors(s: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end-of-anchor) where a name may start: 中共, a region name, a level
    character not made into a word by the character before it (全市, 城市), 国家 …"""
    out = []
    blockers = _blockers()
    for a, b in regions:
        start = a - 2 if s[max(0, a - 2):a] == "中共" else a
        out.append((start, b))
    g = gazetteer()
    inside = {i for a, b in regions for i in range(a + 1, b)}
    for m in re.finditer(f"[{_LEVEL}]", s):
        i = m.start()
        if i in inside:
            continue  # the 县 of 永新县: the division's anchor holds it (新 before it stops other names)
        prev = s[i - 1] if i else ""
        if prev and prev in blockers.get(s[i], ""):
            continue
        if any(s[i - n:i + 1] in g.by_short for n in (1, 2, 3) if i >= n):
            continue  # the 州 of 杭州 (杭州市), the 旗 of 鄂托克旗: part of a division's name
        if s[i] == "区" and s.endswith(ZONE_WORDS, 0, i + 1):
            continue  # the 区 of 示范区, 高新区: the zone's word opens the name (below)
        out.append((i, i + 1))
    for head in _HEADS:
        for m in re.finditer(head, s):
            if not _NOT_CENTRE.match(s, m.start()) and not _MOVED_IN.match(s, m.start()):
                out.append((m.start(), m.end()))
    for m in re.finditer("[委局]", s):
        if _is_boundary(s, m.start()) and s[m.end():m.end() + 1] not in _WORD_AFTER_ANCHOR:
            out.append((m.start(), m.end()))
    for m in _LEAGUE.finditer(s):  # 团县委, 共青团X市委: the Youth League's committees
        if _is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    for m in _OWN_LEVEL.finditer(s):  # a prefecture's own: 地区第二人民医院, 地委巡察办; 林区党委; 兵团党委
        if _is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    for m in _ZONE.finditer(s):  # a development zone's own: 示范区党工委, 高新区卫生健康局
        if _is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    return sorted(set(out))


_ZONE = re.compile("|".join(ZONE_WORDS))


_ORD = "[一二三四五六七八九十\\d]"
_ROUND_NUMBER = rf"(?:第{_ORD}+轮)?(?:第{_ORD}*)?"  # 第二轮, 第三: before 巡察组
_KINDS = "专项|机动|提级|交叉|联动"
_INSPECT_TAIL = re.compile(rf"{_ROUND_NUMBER}(?:{_KINDS})*(?:巡视|巡察)(?:第{_ORD}+|{_KINDS})?组")  # 巡察机动组 too
# 县委第一巡察对…: a group whose 组 a copy dropped (a round, 第一轮巡察, is no group)
_GROUP_LOST = re.compile(rf"第{_ORD}+(?:{_KINDS})*(?:巡视|巡察)(?=对|向)")
# With no committee before it, an inspection group's name holds only its round, number and kind.
_INSPECTION_GROUPS = frozenset({"巡察组", "巡视组"})
_GROUP_BODY = re.compile(rf"{_ROUND_NUMBER}(?:{_KINDS}|常规)*")


def _extend(s: str, end: int, type_: str, units: bool = True) -> tuple[int, str]:
    """Grow a name rightwards by cores and units that follow at once: 市委 + 组织部,
    市中心 + 医院, 市卫健委 + 党组, 市公立医院 + 管理委员会."""
    core, unit = _suffixes()
    core_rx = _core_regex()
    while True:
        if s.endswith("纪委", 0, end) and s[end:end + 1] == "监" and s[end + 1:end + 2] not in "委察督管":
            return end + 1, "agency"  # 移送县纪委监，: 纪委监委 with its last 委 dropped by the copy
        g = (_INSPECT_TAIL.match(s, end) or _GROUP_LOST.match(s, end)) \
            if units and (s[end - 1] in "委央" or s.endswith("党组", 0, end)) else None  # 委党组第三巡察组 too
        if g:
            end, type_ = g.end(), "agency"
            continue
        um = _unit_regex().match(s, end) if units else None
        u = um.group() if um else None
        m = core_rx.match(s, end)
        if m and (len(m.group()) == 1 and s[m.end():m.end() + 1] in _WORD_AFTER | {"长"}  # 组织部 + 部长: a post
                  or _word_goes_on(s, m.end())):
            m = None
        if m and not units and core[m.group()] == "agency":
            m = None
        if u and (s[end + len(u):end + len(u) + 1] in _WORD_AFTER or _word_goes_on(s, end + len(u))
                  or s[end + len(u) - 1:end + len(u) + 1] == "院区"):  # 西院区: a campus, not 西院
            u = None
        if s.startswith("办公室", end) and _SECTION_OF.search(s, max(0, end - 3), end):
            return end, type_
        if m and (u is None or len(m.group()) >= len(u)):
            end, type_ = m.end(), core[m.group()]
        elif u:
            end, type_ = end + len(u), unit[u]
        elif units and type_ == "hospital" and (branch := _branch_end(s, end)) > end:
            end = branch
        elif type_ == "company" and (branch := _BRANCH_COMPANY.match(s, end)) and (
                not branch.group(1) or _is_division(branch.group(1))):
            end = branch.end()
        else:
            return end, type_


def _branch_end(s: str, end: int) -> int:
    """The end of a hospital's branch named after its place, right after the hospital's
    name (厦门大学附属第一医院杏林分院), else `end`."""
    m = _NAMED_BRANCH.match(s, end) if s[end - 1:end] == "院" else None
    return m.end() if m and not any(c in _stops()[0] for c in m.group(1)) else end


_NAMED_BRANCH = re.compile(rf"([{HAN}]{{2,3}}?)分院")
# A bureau's or commission's 办公室 is one of its sections, not a body (县卫生健康局办公室,
# 市卫健委办公室); a Party committee's (县委办公室) and a government's are bodies.
_SECTION_OF = re.compile(rf"(?:局|委员会|(?<![{_LEVEL}])委)$")


def _word_goes_on(s: str, end: int) -> bool:
    """A suffix that is the start of a longer word: 党组 of 党组织, 组织部 of 组织部门."""
    return s[end - 1:end + 1] in ("组织", "部门")


_TAIL = re.compile(rf"[{HAN}\d()]{{1,12}}?(?:督查组|督导组|工作组|领导小组|专班|指挥部|考评组|检查组)(?:办公室)?")
_BODY_STOPS = frozenset("的了在是对向把将被从到给等各我由以并而或也都就还又已这那每仅均及与")
# 和 after a body's word joins two bodies (局机关和曾家镇卫生院), where 卫生和计划生育 and 和平区 are one
_JOINED = re.compile(r"(?:机关|中心|[局委院部室办站所])和")


def _group_tail(s: str, end: int, type_: str) -> tuple[int, str]:
    """市卫健委 + 医疗联合体(集团)建设 + 督查组: a working group named after its body."""
    if s[max(0, end - 2):end] in ("党组", "党委"):
        return end, type_
    m = _TAIL.match(s, end)
    if m and _clean_body(s[end:m.end() - 3]) and "和" not in m.group():
        return m.end(), "agency"
    return end, type_


@lru_cache(maxsize=1)
def _stop_word_regex() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(_stops()[1], key=len, reverse=True))))


def _clean_body(body: str) -> bool:
    """A body between an anchor and its suffix holds no function word or verb phrase."""
    if any(c in _BODY_STOPS for c in body) or _stop_word_regex().search(body) or _JOINED.search(body):
        return False
    if re.search(r"\d{2,}|\d[号路街]", body.replace("120", "")):  # 120急救指挥中心: the emergency number
        return False
    return all(_BODY_CHAR.match(c) for c in body)


def organisations(s: str) -> list[Mention]:
    """Agencies, hospitals and companies: from an anchor (region name, level character,
    中共, 国家 …) to the nearest suffix that ends a name, or, without an anchor, from a
    clear boundary to the suffix (联合督查组, 淮河医院)."""
    core, _ = _suffixes()
    core_rx = _core_regex()
    regions = [(m.start, m.end) for m in places(s)]
    found: dict[tuple[int, int], Mention] = {}
    covered = [False] * (len(s) + 1)
    for start, end in _university_hospitals(s):
        _keep(found, covered, s, start, _branch_end(s, end), "hospital")
    for m in _MILITARY.finditer(s):  # 中国人民解放军联勤保障部队第九二三医院: 部队 holds 部
        _keep(found, covered, s, m.start(), m.end(), "hospital")
    for m in _NUMBERED_HOSPITAL.finditer(s):  # 市一院, 县二院: the region's numbered hospitals, short
        if _is_boundary(s, m.start()) and not any(covered[m.start():m.end()]):
            _keep(found, covered, s, m.start(), m.end(), "hospital")
    for m in _central_regex().finditer(s):
        if not any(covered[m.start():m.end()]) and _is_boundary(s, m.start()):
            _keep(found, covered, s, m.start(), _extend(s, m.end(), "agency")[0], "agency")  # + 党组
    for a, a_end in _anchors(s, regions):
        if covered[a]:
            continue
        m = core_rx.search(s, a_end, min(len(s), a_end + 31))
        if s[a:a_end] in _BARE_OK:
            end, type_ = _extend(s, a_end, "agency")
        elif m is None:
            continue
        else:
            body = s[a_end:m.start()]
            if not _clean_body(body) or (s[a:a_end] in "委局" and not body and m.group() == "办公室") \
                    or _DESIGNATION.match(s, a, m.end()):
                continue  # 局办公室: the bureau's own office, a section; 国家中医医学中心: a designation
            base_end, base_type = _extend(s, m.end(), core[m.group()], units=False)
            end, type_ = _extend(s, base_end, base_type)
            end, type_ = _group_tail(s, end, type_)
            grown = end > m.end()
            if base_type == "hospital" and type_ != "hospital" and _named(s, a, a_end, body, m.group()) \
                    and not _COUNT.search(body):  # 市直6家公立医院党委: a count, a class
                ha = a + 2 if s.startswith("中共", a) else a  # 中共X医院委员会 is X医院's committee
                _keep(found, covered, s, ha, base_end, "hospital", cover=False)  # 市妇产医院 in 市妇产医院党委
            if not grown and not _named(s, a, a_end, body, m.group()):
                continue
            if len(m.group()) == 1 and not grown and (s[end:end + 1] in _WORD_AFTER or (
                    m.start() > a_end and s[m.start() - 1] in _WORD_BEFORE.get(m.group(), ()))):
                continue
            if not _valid_anchored(s[a:end], body, s[a_end:end], m.group()):
                continue
        _keep(found, covered, s, a, end, type_)
    for m in core_rx.finditer(s):
        if covered[m.start()]:
            continue
        c = m.group()
        end, type_ = _extend(s, m.end(), core[c])
        if s[m.start():end] in _BARE_OK and _is_boundary(s, m.start()):
            if s[m.start() - 1:m.start()] != "等" and not s.startswith("办公室", end):
                # 柳江区、柳城县等疾控中心: theirs, a class; 纪委办公室 in a ledger: a section of an unnamed body
                _keep(found, covered, s, m.start(), end, type_)
            continue
        short = next((m.start() - n for n in range(_BARE_LONGEST, 0, -1) if s[m.start() - n:end] in _BARE_OK
                      and not covered[m.start() - n]), None)
        if short is not None:
            if short > 0 and s[short - 1] in "委局厅院" and _SELF_ORGAN.match(s, short) \
                    and (_is_boundary(s, short - 1) or (short > 1 and s[short - 2] in _CN_NUM)) \
                    and not covered[short - 1]:
                short -= 1
            elif not _is_boundary(s, short):
                short = None  # 龙岗中心医院 is not a bare 中心医院: the name goes on before it
        if short is not None:
            _keep(found, covered, s, short, end, type_)
            continue
        if len(c) < 2 or c in ("委员会", "办公室", "党支部", "党总支", "党组", "党委", "公司", "政府", "管理中心"):
            continue
        limit = _MAX_BODY.get(type_, 8)
        start = m.start()
        while start > 0 and m.start() - start < limit and not _is_boundary(s, start) and not covered[start - 1]:
            start -= 1
        start = _division_before(s, start, covered)
        if type_ == "company" and start > 1 and s[start - 1] in _stops()[0] \
                and (before := _division_before(s, start - 1, covered)) < start - 1:
            start = before  # 石家庄以岭药业: a division's name, then a stop character of the company's
        starts = _is_boundary(s, start) or (c == "特派员办事处" and s.endswith("审计署", 0, start))  # one body, see _stationed
        if type_ == "company" and (inside := _division_inside(s, start, m.start(), starts)) != start:
            start, starts = inside, True  # 设备供应商河南宏力…有限公司: the name starts at 河南
        latin = _LATIN_BEFORE.search(s, max(0, start - 12), start) if type_ == "company" else None
        if latin and _is_boundary(s, latin.start()):
            start, starts = latin.start(), True  # GE医疗(中国)有限公司: a brand in Latin letters opens it
        body = s[start:m.start()]
        if c in _INSPECTION_GROUPS and not _GROUP_BODY.fullmatch(body):
            # 全盘认领巡察组: the bare group after a verb; not the tail of 市委第六轮巡察第五巡察组
            own = next(k for k in range(start, m.start() + 1) if _GROUP_BODY.fullmatch(s, k, m.start()))
            if s[own - 2:own] not in ("巡察", "巡视"):
                _keep(found, covered, s, own, end, type_)
            continue
        if any(s[start - k:start - k + len(w)] == w for w in _UNSPLIT for k in range(1, min(start, len(w) - 1) + 1)):
            continue  # starts inside a word: 医共体总医院 is not 体总医院
        own = next((b for a, b in regions if a == start and b < m.start()), start)  # 和政县 + 乡镇卫生院: a class
        if not starts or len(body) < 2 or ((_GENERIC.match(body) or _GENERIC.match(s[own:m.start()]))
                                           and c in _CLASS_CORES) \
                or _COUNT.search(body) or _INSIDE_GENERIC.search(body) or _OWN_DEPARTMENT.fullmatch(s, start, end) \
                or (s[start - 1:start] in _WHOLE and body[0] in _LEVEL) or _DESIGNATION.match(s, start, end) \
                or (s[start - 1:start] == "等" and len(body) <= 2) \
                or not (_COMPANY_BODY if type_ == "company" else _PLAIN_BODY).fullmatch(body):
            continue
        _keep(found, covered, s, start, end, type_)
    for a, b in _set_under(s):
        if not any(covered[a:b]):
            _keep(found, covered, s, a, b, "agency")
    single, double = _stops()
    for m in ending_at(_BRANCH, _BRANCH_END, s, 8):
        # the name starts after a boundary or a verb: 对学科党支部, 推进内科党支部, 配强内科党支部
        last = m.start("dept") - (s[m.start("dept")] == "科")
        a = next((a for a in range(last, m.start() - 1, -1) if _is_boundary(s, a) or s[a - 1] in single
                  or s[max(0, a - 2):a] in double), None)
        if a is not None and not any(covered[a:m.end()]):
            _keep(found, covered, s, a, m.end(), "agency")
    named = [m for m in found.values()  # 区)疾控中心: cut inside a bracket; 莲峰镇村卫生室, 紧密型城市医疗集团: kinds
             if not _LEVEL_CLASS.search(m.text) and m.text.count("(") == m.text.count(")")
             and not _TOWNS_CLINICS.search(m.text)]
    return _stationed(s, _joint(s, sorted(named, key=lambda x: x.start)))


_TOWNS_CLINICS = re.compile(r"[镇乡]村卫生室$|紧密型(?:城市|县域)?医疗(?:集团|共同体)$")  # a class, not one
# 乡镇(街道)卫生院, 县(市、区)疾控中心: a bracket of level words makes a class, not a name
_LEVEL_WORD = "(?:乡镇|街道|县区|区县|市区|县市|[省市区县州旗盟镇乡])"
_LEVEL_CLASS = re.compile(rf"\({_LEVEL_WORD}(?:、{_LEVEL_WORD})*\)")


# 成立领导小组，下设整改办公室 / 下设综合协调组、督导检查组: offices and teams set up
# under a body are bodies
_SET_UNDER = re.compile("下设了?")
_SET_SEP = re.compile("、|和|及|以及")  # 下设综合协调组和督查督办组
_SET_ITEM = re.compile(rf"[{HAN}]{{0,8}}?(?:办公室|专班|工作组|小组|组)(?:办公室)?")
# a hospital's Party branches named after its departments: 内科第一党支部, 医技党总支
_BRANCH = re.compile(rf"[{HAN}]{{0,3}}?(?P<dept>科|医技|行政|后勤|护理|门诊|住院部|离退休)(?:第[一二三四五六七八九十]+)?(?:党支部|党总支)")
_BRANCH_END = re.compile("党支部|党总支")


def _set_under(s: str) -> Iterator[tuple[int, int]]:
    for m in _SET_UNDER.finditer(s):
        at = m.end()
        while (item := _SET_ITEM.match(s, at)) and item.group() not in ("组", "小组") \
                and not _COUNT.search(item.group()) \
                and not any(c in _BODY_STOPS for c in item.group()):  # 协调, 督导 may name a team here
            yield item.start(), item.end()
            if not (sep := _SET_SEP.match(s, item.end())):
                break
            at = sep.end()


_SENDER = re.compile(r"(?:纪委监委|纪委|监委|审计署)$")


def _joint(s: str, found: list[Mention]) -> list[Mention]:
    """区纪委区监委 and 中央纪委国家监委 are one body: a 纪委 followed at once by a 监委."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.text.endswith("纪委") and m.text.endswith("监委"):
            out[-1] = _m("agency", s, prev.start, m.end, s[prev.start:m.end], f"agency|{s[prev.start:m.end]}")
        else:
            out.append(m)
    return out


_STATION_ORDINAL = re.compile(f"第{_ORD}+")


def _stationed(s: str, found: list[Mention]) -> list[Mention]:
    """市纪委监委驻市卫生健康局纪检监察组 and 审计署(驻)兰州特派员办事处 are one body each,
    sent by the body written just before 驻 (or before an ordinal: 市纪委监委第一派驻纪检
    监察组); a sender found as a name stays a mention."""
    out = []
    for i, m in enumerate(found):
        if out and m.text.endswith("特派员办事处") and out[-1].text == "审计署" and out[-1].end == m.start:
            a = out[-1].start  # 审计署昆明特派员办事处, written without 驻
            m = _m("agency", s, a, m.end, s[a:m.end], f"agency|{s[a:m.end]}")
        elif m.type == "agency" and m.text.startswith(("驻", "派驻")):
            prev = found[i - 1] if i else None
            a = prev.start if prev is not None and _SENDER.search(prev.text) and (
                prev.end == m.start or _STATION_ORDINAL.fullmatch(s, prev.end, m.start)) else None
            if a is None:
                a = m.start
                while a > 0 and m.start - a < 8 and not _is_boundary(s, a):
                    a -= 1
                if a == m.start or not _is_boundary(s, a) or not _SENDER.search(s, a, m.start) \
                        or not re.fullmatch(rf"[{HAN}]+", s[a:m.start]):
                    a = m.start
            if a < m.start:
                m = _m("agency", s, a, m.end, s[a:m.end], f"agency|{s[a:m.end]}")
        out.append(m)
    return out


_DESCRIBES_COMPANY = ("商", "企业", "厂家", "单位", "机构",
                      "查实", "查处", "约谈", "处罚", "通报", "责令", "移交")  # and what was done to it: 查实益阳某…公司


def _division_inside(s: str, start: int, end: int, at_boundary: bool) -> int:
    """Where a company's name begins after a noun that describes it or a verb done to it:
    at the first division name between `start` and `end` (设备供应商河南宏力…,
    配送企业重庆医药…, 查实益阳某…), when the run does not start at a boundary or that
    word ends right before it."""
    g = gazetteer()
    found = [a for a in range(start + 1, end - 1)
             if any(s[a:a + n] in g.by_short or s[a:a + n] in g.by_name for n in (2, 3))]
    described = [a for a in found if s[start:a].endswith(_DESCRIBES_COMPANY)]  # not 商河 in 供应商河南
    if described:
        return described[0]
    return found[0] if found and not at_boundary else start


def _is_division(name: str) -> bool:
    g = gazetteer()
    return name in g.by_short or name in g.by_name


def _division_before(s: str, start: int, covered: list[bool] | None = None) -> int:
    """Where a name starts when a division's name ends at or just after `start`: the
    walk back from a suffix stops at 都 and 新 (stop words: all, new), but
    成都蓉康生物科技有限公司 starts at 成都 and 新疆九州通医药有限公司 at 新疆."""
    for a in (start - 1, start - 2, start - 3):  # the name may run on past `start`: 新疆九州通 (新 stops a walk)
        for n in (2, 3):
            if a >= 0 and a + n >= start and not (covered and any(covered[a:start])) and _is_boundary(s, a) \
                    and _is_division(s[a:a + n]):
                return a
    return start


@lru_cache(maxsize=1)
def _central_regex() -> re.Pattern:
    """data/lexicons/central_bodies.tsv, longest name first: 财政部 and 审计署 have no
    anchor and a one-character suffix; 中央纪委国家监委 is one body, not two."""
    names = sorted((r[0] for r in lexicon("central_bodies")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


_MILITARY = re.compile(rf"(?:中国人民解放军|解放军|武警)[{HAN}\d]{{0,20}}?医院")
_UNIVERSITY = re.compile(rf"(?:大学|医学院|学院|医专|高专|(?:高等)?专科学校|卫校)(?:[{HAN}]{{2,8}}?(?:学院|医学部|医学中心))?(?:附属)?"
                         rf"(?:第[一二三四五六七八九十]+)?(?:附属)?[{HAN}]{{0,6}}?医院")


def _university_hospitals(s: str) -> list[tuple[int, int]]:
    """Hospitals named after their university, whose names hold words that stop other
    names (和 of 协和, 等 of 高等): 武汉大学人民医院, 华中科技大学同济医学院附属协和医院. The
    university's name reaches back at most ten characters, to a boundary."""
    out = []
    for m in _UNIVERSITY.finditer(s):
        if "医院" in s[m.start():m.end() - 2] or not _clean_body(s[m.start():m.end()].replace("和", "").replace("高等", "")):
            continue
        start = m.start()
        while start > 0 and m.start() - start < 10 and not _is_boundary(s, start):
            start -= 1
        start = _division_before(s, start)  # 与新疆医科大学…: 新 stops a walk, 新疆 starts a name
        if _is_boundary(s, start) and m.start() - start >= 2 and re.fullmatch(rf"[{HAN}]+", s[start:m.start()]):
            out.append((start, m.end()))
    return out


def _named(s: str, a: int, a_end: int, body: str, core: str) -> bool:
    """Whether anchor + body + core names one body rather than a class of them.

    市委, 市政府, 县医院 (a level word alone) name the region's own; 市直公立医院,
    委机关政府 (a generic body) do not.
    """
    if not body:
        if core in _HOSPITAL_CLASS:  # 县医院 is the county's; 重庆路街道社区卫生服务中心 the street's
            return (s[a] in _LEVEL and _is_boundary(s, a) and core == "医院") or (
                a_end - a > 1 and _TOWN_END.search(s, a, a_end) is not None)
        return True
    if (_GENERIC.match(body.lstrip(_LEVEL)) or _GENERIC.match(s[a:a_end] + body)) and (
            core in _CLASS_CORES or core == "政府"):  # 区域医疗中心 is 区域 + 医疗中心, not 区 + 域…
        return False
    return True


def _keep(found: dict, covered: list[bool], s: str, a: int, b: int, type_: str,
          cover: bool = True) -> None:
    name = s[a:b]
    if len(name) < 2 or _word_goes_on(s, b):  # 上级组织部门 holds no 上级组织部
        return
    found[(a, b)] = _m(type_, s, a, b, name, f"{type_}|{name}")
    if cover:
        covered[a:b] = [True] * (b - a)


def _valid_anchored(name: str, body: str, tail: str, core: str) -> bool:
    """Reject 市场部, 五家医院 and the like: a one-character suffix needs a short body
    (division names at its head do not count: 湖南省长沙市岳麓区卫生健康局), and a name
    that counts (五家, 8部委) names a class, not a body."""
    if name in _BARE_OK:
        return True
    if len(core) == 1 and len(_strip_divisions(body)) > 9:  # 人力资源和社会保障厅: nine
        return False
    if _COUNT.search(tail) or _INSIDE_GENERIC.search(name):
        return False
    return len(name) >= 2


def _strip_divisions(body: str) -> str:
    g = gazetteer()
    while True:
        n = next((n for n in range(min(9, len(body)), 1, -1) if body[:n] in g.by_name), 0)
        if not n:
            return body
        body = body[n:]


# --- people ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _people_lexicons() -> tuple[frozenset[str], re.Pattern, frozenset[str]]:
    surnames = frozenset(r[0] for r in lexicon("surnames"))
    posts = sorted((r[0] for r in lexicon("posts")), key=len, reverse=True)
    known = frozenset(r[0] for r in lexicon("known_people"))
    return surnames, re.compile("|".join(map(re.escape, posts))), known


# Characters that start the word after a name (进行, 同志, 主持, 履行, 督促 …), so a name stops
# before them: 组织干事肖艳萍进行 → 肖艳萍, 局长王建国同志 → 王建国.
# (诫警撤免降: 诫勉, 警告, 撤职, 免职, 降级 right after the name of the one given them)
_AFTER_NAME = frozenset("进听主同调对为在的等任带亲坚作和与说强指要表于因被已也就到及向将把参出负分"
                        "兼担是率代组召深前赴陪牵讲提汇看慰书记局院部处科股长两通违反协切全传宣介党政诫警撤免降履督")
_APPOINTED = re.compile(r"(?:担任|调整到|调任|任命为|提拔为|兼任)")
_CASE = re.compile(r"(?:非法行医|违法|违纪|违规|受贿|贪污|挪用|涉嫌|骗保|套取)[^,。;]{0,8}案")
_NOT_NAME = re.compile(r"(?:[副总常]$|关于|对于|任组|任副|党务|公务|廉政|廉洁|查处|查办|查实|党纪|党内|政纪|政务|党组|党委|支部|总支|书记|主任|同志|局长|院长|组长|部长|委员|干部|党员|"
                       r"领导|班子|成员|负责|人员|群众|职工|中心|医院|政府|机关|单位|工作|组织|系统|会议|"
                       r"管理|整改|问题|亲自|分工|谈话|谈心|专门|多次|及时|认真|定期|逐一|分别|再次|直接|带头|带队|牵头|共同|全程|立即|当即|先后|后续|后期|后勤|后备)")
_GIVEN_STOP = frozenset("的了在是和与及对向把将被为从到给等各其该我由以并而或也都就还又已未不没这那每"
                        "共仅均按经据后至即之县市省区乡镇村局委办部厅院所站")


def _names_at(s: str, i: int) -> list[tuple[int, int]]:
    """Possible names starting at `i`: a surname and one or two given characters."""
    surnames, _, _ = _people_lexicons()
    n = 2 if s[i:i + 2] in surnames else (1 if s[i:i + 1] in surnames else 0)
    if not n:
        return []
    out = []
    j = i + n
    while j < len(s) and j - (i + n) < 2 and "\u4e00" <= s[j] <= "\u9fff" and s[j] not in _GIVEN_STOP:
        j += 1
        if not _NOT_NAME.search(s[i:j]):
            out.append((i, j))
    return out


def _ends_name(s: str, j: int) -> bool:
    """Whether a name may end at `j`: what follows starts another word."""
    c = s[j:j + 1]
    return not c or not ("\u4e00" <= c <= "\u9fff") or c in _AFTER_NAME or c in _GIVEN_STOP


# 由局长李明任组长: 任 (or 为) and a post after a name take the post, and are not its last character
_TAKES_POST = re.compile("[任为](?:常务)?副?(?:组长|主任|秘书长|成员)")


# 李慧作表态发言: a name of two characters, then the verb its third would be taken from
_VERB_AFTER_NAME = re.compile("作(?:表态|讲话|动员|报告|总结|发言|部署)|主持|讲话|致辞|表态")


def _name_after_post(s: str, i: int) -> tuple[int, int] | None:
    for span in reversed(_names_at(s, i)):
        if _ends_name(s, span[1]) and not (span[1] - span[0] > 2 and _TAKES_POST.match(s, span[1] - 1)) \
                and not (span[1] - span[0] > 2 and _VERB_AFTER_NAME.match(s, span[1] - 1)):
            return span
    return None


def _name_ending(s: str, end: int) -> tuple[int, int] | None:
    for n in (3, 2, 4):
        i = end - n
        if i >= 0 and _is_boundary(s, i) and (i, end) in _names_at(s, i):
            if n > 2 and s[i] in _PREPOSITIONS and (i + 1, end) in _names_at(s, i + 1):
                return i + 1, end  # 由刘峰同志任组长: 由 (by) before 刘峰, though 由 is a surname too
            return i, end
    return None


# Prepositions that are surnames as well (由, 向, 经): before a whole name, they are the preposition.
_PREPOSITIONS = frozenset("由向经将于和")
_CONJUNCTIONS = frozenset("和与及")


# A name with no Han surname (Tibetan, Mongolian: 次仁多吉, 额尔敦, 乌云其其格) is read only
# between a post and the word that follows a name in these reports, or the next post
# of a list (书记次仁旺堆、院长格桑卓玛).
_NAME_FOLLOWERS = re.compile("同志|给予|进行|受到|切实|协助|主持|负责|具体|履行|督促|亲自|带头|牵头|分管|、"  # words after a name
                             "|[任为](?:常务)?副?(?:组长|主任|秘书长|成员)")  # 乌云其其格任副组长
_BARE_NAME = re.compile(rf"([\u4e00-\u9fff]{{2,5}}?)({_NAME_FOLLOWERS.pattern})")
_NAMES_TO_COMRADE = re.compile(r"(?:[\u4e00-\u9fff]{2,5}?、){0,3}[\u4e00-\u9fff]{2,5}?同志")
_BARE_STOP = (_GIVEN_STOP - {"其"}) | frozenset("会组室队科处")  # 其其格 is a name; 办公会 is not
# 某 before these says "some" or "a certain": 某些, 某单位, 原某医院 (a former hospital, not 原某)
_SOME_AFTER = "些种项个位单地年月日时人家次部处科医公企局院校所站厂店镇乡村县市区机药诊社"
_ANON_AFTER_POST = re.compile(rf"([\u4e00-\u9fff]{{2,3}})某(?![某{_SOME_AFTER}])")
# a post held concurrently or acting, or its rank: 院长(兼)张卫东, 副主任(正科级)孙某
CONCURRENT = r"\((?:兼|代|主持工作|[正副]?[厅处县科股]级)\)"
_CONCURRENT = re.compile(rf"(?:{CONCURRENT})?:?")
_DOTTED_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[·•・])+")


def _dotted_name(s: str, i: int) -> tuple[int, int] | None:
    """A name written with a middle dot, as Uyghur, Tibetan and foreign names are
    (艾尔肯·吐尔逊), starting at `i`: its last part ends where the next word starts."""
    head = _DOTTED_HEAD.match(s, i)
    if head is None:
        return None
    _, posts, _ = _people_lexicons()
    ends = [end for end in range(head.end() + 2, min(len(s), head.end() + 6) + 1)
            if all("\u4e00" <= c <= "\u9fff" for c in s[head.end():end])]
    clear = [end for end in ends if end == len(s) or not "\u4e00" <= s[end] <= "\u9fff"
             or s.startswith("同志", end) or posts.match(s, end) or _COUNTED_COMRADES.match(s, end)]  # …买买提同志, …吐尔逊、
    if clear:
        return i, clear[0]
    followed = [end for end in ends if _NAME_FOLLOWERS.match(s, end)]  # …托合提进行诫勉谈话 (提 may start 提出)
    if followed:
        return i, followed[0]
    return next(((i, end) for end in ends if _ends_name(s, end)), None)


def _dotted_ending(s: str, end: int) -> tuple[int, int] | None:
    """A name written with a middle dot that ends at `end` (…对古丽娜尔·阿不都热依木同志)."""
    if not _DOT_BEFORE.search(s, max(0, end - 9), end):
        return None
    posts = _people_lexicons()[1]
    return next(((i, end) for i in range(end - 5, max(0, end - 20) - 1, -1)  # the shortest whole name, after a
                 if (_is_boundary(s, i) or any(posts.fullmatch(s, i - n, i) for n in range(2, 7)))  # boundary or a post
                 and _dotted_name(s, i) == (i, end)), None)


_DOT_BEFORE = re.compile(r"[·•・][\u4e00-\u9fff]{2,8}$")
_COUNTED_COMRADES = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十\d]{1,2}(?:名|位|个)同志")


def people(s: str) -> list[Mention]:
    """Named people: after a post (党组书记、主任X; 组长X), before 同志 or a post
    (X同志, X总书记), in 给予X、Y…处分 lists, in cases (X非法行医案), anonymised (陈某),
    and the few named in every report (data/lexicons/known_people.tsv)."""
    surnames, posts, known = _people_lexicons()
    out: dict[tuple[int, int], Mention] = {}

    def add(span):
        if span:
            a, b = span
            out.setdefault((a, b), _m("person", s, a, b, s[a:b]))

    def after_post(j: int) -> tuple[int, int] | None:
        """The name at `j`, after a post: written with a dot, with a Han surname, or with
        none, up to the word that follows names."""
        dotted = _dotted_name(s, j)
        joined = s[j:j + 1] in _CONJUNCTIONS and not _NAMES_TO_COMRADE.match(s, j)  # 负责人和重要岗位: and, not 和 the surname
        span = dotted or (_name_after_post(s, j) if s[j:j + 1] in surnames and s[j + 1:j + 2] != "某" and not joined
                          else None)
        bare = _BARE_NAME.match(s, j)
        if bare and bare.group(2) == "、" and not posts.match(s, bare.end()) \
                and not _NAMES_TO_COMRADE.match(s, bare.end()):
            bare = None  # 、 then the next post, or names to 同志 (阿说拉哈、沙马阿芝同志)
        if (bare and not dotted and not _NOT_NAME.search(bare.group(1))
                and not _BARE_STOP.intersection(bare.group(1))
                and (not span or bare.end(1) > span[1])):
            span = bare.span(1)  # 主任次仁多吉同志, 负责人乌云其其格进行 (not 乌云, as its surname 乌 suggests)
        anon = _ANON_AFTER_POST.match(s, j)
        if span is None and anon and not _BARE_STOP.intersection(anon.group(1)):
            span = anon.span()  # 主任阿西某: a surname of two characters (Yi, Tibetan), anonymised
        return span

    for m in posts.finditer(s):  # post, then name (副院长李明、王刚: names listed after one post)
        j = m.end()
        while s.startswith("、", j):
            nxt = posts.match(s, j + 1)
            if not nxt:
                break
            j = nxt.end()
        j += len(_CONCURRENT.match(s, j).group())  # 院长(兼)张卫东, 组长:周文斌
        for span in _name_list(s, j, after_post):
            add(span)
    for m in re.finditer("某", s):  # anonymised
        i = m.start() - 1
        if i >= 0 and s[i] in surnames and (s[m.end():m.end() + 1] or "。") not in _SOME_AFTER:
            add((i, m.end() + (1 if s[m.end():m.end() + 1] == "某" else 0)))
    for marker in ("同志", "总书记", "书记"):
        for m in re.finditer(marker, s):
            if not _COUNTED_COMRADES.match(s, max(0, m.start() - 3)):  # 两名同志: the names come before the count
                add(_dotted_ending(s, m.start()) or _name_ending(s, m.start()))
    for m in _COUNTED_COMRADES.finditer(s):  # 对王建国、李明两名同志进行诫勉谈话: the names listed before their count
        end = m.start()
        while (span := _dotted_ending(s, end) or _name_ending(s, end)) is not None:
            add(span)
            if s[span[0] - 1:span[0]] != "、":
                break
            end = span[0] - 1
    for m in _CASE.finditer(s):
        add(_name_ending(s, m.start()))
    for m in _APPOINTED.finditer(s):  # 将…的谭果调整到组织干事岗位
        add(_name_ending(s, m.start()))
    for m in re.finditer("给予", s):  # 给予王某、周某两位同志…处分
        j = m.end()
        if s.startswith("原", j) and _former_post().match(s, j):  # 给予原副主任孙某, 原财务科科长刘某: a post, then the name
            continue
        for span in _name_list(s, j, lambda k: next((x for x in reversed(_names_at(s, k))
                                                     if s[x[1]:x[1] + 1] in "、两二三等同" or _ends_name(s, x[1])), None)):
            add(span)
    for name in known:
        for m in re.finditer(re.escape(name), s):
            add(m.span())
    for span in _leader_cells(s):
        add(span)
    for m in _LEADER_LABEL.finditer(s):  # 责任人：武晓东；, 责任领导：王磊、李明
        for span in _name_list(s, m.end(), lambda k: _name_after_post(s, k) if s[k:k + 1] in surnames else None):
            add(span)
    return sorted(out.values(), key=lambda x: x.start)


@lru_cache(maxsize=1)
def _former_post() -> re.Pattern:
    """原 and a post, perhaps of a section first (原财务科科长): a former holder, not the surname 原."""
    return re.compile(rf"原[\u4e00-\u9fff]{{0,6}}?(?:{_people_lexicons()[1].pattern})")


def _name_list(s: str, j: int, name_at) -> Iterator[tuple[int, int]]:
    """The names listed from `j`, apart by 、, each found where it starts by `name_at`."""
    while (span := name_at(j)) is not None:
        yield span
        if not s.startswith("、", span[1]):
            return
        j = span[1] + 1


# a table's header, a cell a line as ingest writes every table, up to its first row's number
_TABLE_HEAD = re.compile(r"(?m)^(?:序号|编号)\n((?:[^\n\d]{2,8}\n){2,8}?)(?=1\n)")
_LEADER_HEADER = re.compile(r"(?:(?:责任|牵头|分管|包保)(?:领导|校领导|院领导)|责任人)(?:姓名)?")
_LEADER_LABEL = re.compile(rf"(?:{_LEADER_HEADER.pattern})\s*:\s*")
_NAME_LIST = re.compile(r"[^\n、,\s]+")


def _leader_cells(s: str) -> Iterator[tuple[int, int]]:
    """Names alone in a table's column of responsible leaders (责任领导, 责任人): each row
    is its number and then a line per cell, so the column's cell is found by counting,
    and a name there needs no post beside it. A row short of cells (merged or empty
    ones dropped) ends the reading, as its cells can no longer be counted."""
    for head in _TABLE_HEAD.finditer(s):
        header = head.group(1).split("\n")[:-1]
        column = next((c for c, h in enumerate(header) if _LEADER_HEADER.fullmatch(h)), None)
        at, n = head.end(), 1
        while column is not None and s.startswith(f"{n}\n", at):
            pos, cells = at + len(str(n)) + 1, []
            for _ in header:
                end = s.find("\n", pos)
                cells.append((pos, len(s) if end < 0 else end))
                pos = cells[-1][1] + 1
            if any(s[a:b] == str(n + 1) for a, b in cells):
                break
            for m in _NAME_LIST.finditer(s, *cells[column]):
                if m.span() in _names_at(s, m.start()):
                    yield m.span()
            at, n = pos, n + 1


# --- policies ------------------------------------------------------------------------

_QUOTED = re.compile(r"[“\"「]([^“”\"「」\n]{2,24})[”\"」]")  # 「」: as Hong Kong and Taiwan copies quote
_NUMBERED = re.compile(rf"^(?:[{_CN_NUM}]|\d)")
_SET_OF = re.compile(rf"[{_CN_NUM.replace('一', '')}2-9]")
_PROGRAMME = re.compile("(?:计划|工程|行动|项目|战略)$")  # “长白山中医药人才培育计划”: a named programme, however long
_FORMULA = re.compile(r"(?<![0-9A-Za-z.+])\d+(?:\+[\dA-Za-z]+)+(?![0-9A-Za-z.+])")


_POINTED_BEFORE = re.compile(r"(?:指出|反馈|发现)[:：]?$")
_PROBLEM_BEFORE = re.compile(r"(?:破解|解决|杜绝|防止|避免|克服|纠正|存在|出现)$")
_PROBLEM_AFTER = re.compile(r"问题|现象|困境|难题|隐患|倾向|带来")
_DONE_NOT_DONE = re.compile(rf"[{HAN}]而[不未][{HAN}]")  # 签而不约, 建而不用, 重而未改
_QUOTED_RUN_PROBLEMS = re.compile(r"(?:[“\"「][^”\"」\n]{1,30}[”\"」])*等?(?:问题|现象)")  # …“B”“C”等问题


@lru_cache(maxsize=1)
def _not_policy() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = lexicon("quoted_not_policy")
    return (frozenset(r[1] for r in rows if r[0] == "idiom"),
            tuple(r[1] for r in rows if r[0] == "ending"))


def quoted_policies(s: str) -> list[Mention]:
    """Quoted fixed names: number-prefixed (“三个环境”), parallel (“亮身份、亮标准”),
    short (“书记领航”) or named programmes (…人才培育计划), and formulas (3+X, 1+1+1+3);
    not idioms or ordinary nouns."""
    idioms, endings = _not_policy()
    out = []
    for m in _QUOTED.finditer(s):
        text = m.group(1).strip()
        if re.search(r"[,。;:!?]", text) and not re.fullmatch(rf"[{HAN}]{{2,8}}[,、][{HAN}]{{2,8}}", text):
            continue
        if s[max(0, m.start() - 2):m.start()].endswith("针对") or text in idioms:
            continue
        if s[max(0, m.start() - 2):m.start()] in ("关于", "对于") and s.startswith(("的问题", "问题"), m.end()):
            continue  # 关于“支部标准化建设有差距”的问题: a finding's title, quoted
        if _POINTED_BEFORE.search(s, max(0, m.start() - 4), m.start()):
            continue  # 巡察指出：“基层党组织建设薄弱”: the problem the group pointed out, quoted
        if _DONE_NOT_DONE.search(text):
            continue  # “签而不约”, “建而不用”: a thing done and not followed through, a fault
        if text.endswith(endings) and not _SET_OF.match(text):
            continue  # “报销单”, “一本通” are things; “三张清单” names a set kept as a practice
        first = m.start()
        while first > 0 and s[first - 1] in "”\"」":  # 存在“A”“B”等问题: the run of quotes the words around name
            first = s.rfind({"”": "“", "」": "「"}.get(s[first - 1], s[first - 1]), 0, first - 1)
            if first < 0:
                first = m.start()
                break
        if _PROBLEM_BEFORE.search(s, max(0, first - 2), first) or _PROBLEM_AFTER.match(s, m.end()) \
                or _QUOTED_RUN_PROBLEMS.match(s, m.end()):
            continue  # 破解“编制老化”, “一刀切”现象: a problem named, not a policy
        if not re.search(f"[{HAN}]", text) and "+" not in text and not re.fullmatch(r"\d{3,}", text):
            continue
        if "、" in text and all(len(part) < 2 for part in text.split("、")):
            continue
        if _NUMBERED.match(text) or "、" in text or "+" in text or len(text) <= 10 or _PROGRAMME.search(text):
            out.append(_m("policy", s, m.start(1), m.end(1), text, f"policy|{text}"))
    quoted = [(x.start, x.end) for x in out]
    for m in _FORMULA.finditer(s):
        if not any(a <= m.start() and m.end() <= b for a, b in quoted):
            out.append(_m("policy", s, m.start(), m.end(), m.group(), f"policy|{m.group()}"))
    return out


# --- places ---------------------------------------------------------------------------

# (?<=…): a suffix skipped inside a longer name must not hide the next (黄村 + 镇)
_PLACE_SUFFIX = re.compile(rf"(?<=[{HAN}])(?P<suf>街道|镇|乡|村|苏木|嘎查|经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|工业园区|示范区|新区)")


# A regiment farm of the Xinjiang Production and Construction Corps, a township-level
# division named by its number in digits read one by one: 一四三团, 二二二团.
_REGIMENT = re.compile("(?<![一二三四五六七八九〇十百第])[一二三四五六七八九〇]{3}团(?![委员队伙购结体拜聚组长])")
_DIVISION_END = re.compile("[省市区县州旗盟]")
_SHORT_CONTEXT = re.compile(r"、|考察|调研|视察|检查|督导")


_WORD_AFTER_RENAMED = {"区": "域块间", "市": "场民值"}  # 区域, 市场: words, not a division's end


def _division_hits(s: str) -> list[tuple[int, int, str, bool]]:
    """Non-overlapping division names in `s`, as (start, end, name, full name?).

    Full names all end in 省/市/区/县/州/旗/盟, so only those positions are looked
    up (longest name first; overlaps go to the longer: 和顺河区 is 和 + 顺河区). Short
    names are common bigrams too (和顺, 会同), so they are looked up only where a
    short name can count: around 、 in lists, before 考察/调研, next to another name.
    """
    g = gazetteer()
    skip = _place_exclusions()
    by_name, by_short, double = g.by_name, g.by_short, _stops()[1]
    fulls = []
    for m in _DIVISION_END.finditer(s):
        end = m.end()
        may_be_renamed = m.group() in "市区" and (s[end:end + 1] or "。") not in _WORD_AFTER_RENAMED.get(m.group(), "")
        # 海安市 (once 海安县), but not 会同市南区 (会同: together with), nor 资源区域 (区域: a region)
        longest = 20 if s.startswith("自治", end - 3) else 9  # 积石山保安族东乡族撒拉族自治县
        for n in range(min(longest, end), 1, -1):
            cand = s[end - n:end]
            if (cand in by_name or (may_be_renamed and n >= 3 and (cand[:-1] in by_short or cand[:-1] in by_name)
                                    and cand[:-1] not in double and g.renamed(cand))) \
                    and cand not in skip and s[end - n - 1:end - n + 1] != "中共":  # 中共和县: not 共和县
                fulls.append((end - n, end, cand, True))
                break
    fulls.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken = bytearray(len(s) + 1)
    hits = []
    for h in fulls:
        if not any(taken[h[0]:h[1]]):
            taken[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
            hits.append(h)
    edges = {m.start() for m in _SHORT_CONTEXT.finditer(s)} | {m.end() for m in re.finditer("、", s)}
    edges |= {h[0] for h in hits} | {h[1] for h in hits}
    work = sorted(edges)
    while work:
        at = work.pop()
        for side in (((at - 3, at), (at - 2, at)), ((at, at + 3), (at, at + 2))):
            for a, b in side:
                name = s[max(0, a):b]
                if a >= 0 and name in g.by_short and name not in g.by_name and not any(taken[a:b]):
                    taken[a:b] = b"\x01" * (b - a)
                    hits.append((a, b, name, False))
                    work += [a, b]  # a name next to this one: 河北石家庄
                    break
    return sorted(hits)


@lru_cache(maxsize=1)
def _place_exclusions() -> frozenset[str]:
    return frozenset(r[0] for r in lexicon("place_exclusions"))


_LIST_END = re.compile(rf"(?:等)?[\d{_CN_NUM}]+(?:个|家|所|处)|等(?:地|省份?|市|县|区|地市|县区|区县)")  # 靖江、兴化两个储血点
_ROAD = re.compile("[东南西北中]?(?:路|大街|大道|街(?!道))")
_TOWN_INSTITUTION = re.compile("(?:中心)?卫生院|人民政府|党委")
_WHOLE = frozenset("全各该本我每等")  # 全镇, 各乡, 该村, 等乡镇: the whole, each or the rest, not a name
_NEW_OPENS_AFTER = frozenset("对在向与和及到、,.:;()。\n ")
_FOLLOW_BLOCK = {"乡": "村镇级医里亲土用", "镇": "村级办化用", "村": "级医民务干庄落寨镇街", "苏木": "乡镇", "嘎查": "村"}


@lru_cache(maxsize=8)
def places(s: str) -> list[Mention]:
    """Divisions from the gazetteer and towns, villages, streets and zones by suffix.

    A short name (河北, 尉氏) counts before a level word, before another division,
    or in a list (尉氏、通许、祥符4个县区; 芜湖、阜阳等地) that holds a full name or ends
    in a count or 等地.
    """
    hits = _division_hits(s)
    out: dict[tuple[int, int], Mention] = {}
    starts = {h[0] for h in hits}
    i = 0
    while i < len(hits):
        j = i  # a list of names joined by 、
        while j + 1 < len(hits) and s[hits[j][1]:hits[j + 1][0]] == "、":
            j += 1
        group = hits[i:j + 1]
        listed = len(group) > 1 and (any(h[3] for h in group) or _LIST_END.match(s, group[-1][1]))
        for a, b, name, full in group:
            if full and len(name) == 2 and (not _is_boundary(s, a) or _conjunction(s, a)):
                continue
            if not full and not (listed or _short_context(s, b) or b in starts):
                continue
            out[(a, b)] = _m("place", s, a, b, name)
        i = j + 1
    single, double = _stops()
    skip = _place_exclusions()
    taken = bytearray(len(s) + 1)
    for a, b in out:
        taken[a:b] = b"\x01" * (b - a)
    for m in _REGIMENT.finditer(s):
        out[m.span()] = _m("place", s, m.start(), m.end(), m.group())
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    ends = {b for _, b in out}  # a name right after another: 沂水县沂城街道, 龙家圈街道后朱村
    for m in _PLACE_SUFFIX.finditer(s):
        suf = m.group("suf")
        suffix_at = m.end() - len(suf)
        if s[m.end():m.end() + 1] and s[m.end()] in _FOLLOW_BLOCK.get(suf, "") \
                and not (suf in ("镇", "乡") and s.startswith("村卫生室", m.end())):
            continue  # 镇村, 乡级: a word; but 莲峰镇村卫生室 is the town's village clinics
        lengths = (2, 3, 4) if s[suffix_at - 1] != "族" else range(4, 10)  # 下谷坪土家族乡: a 民族乡
        if suf in ("乡", "镇") and _TOWN_INSTITUTION.match(s, m.end()):
            lengths = (*lengths, 5, 6)  # 扎库齐牛录乡卫生院: a long name, but its centre names it a town
            if suffix_at > 1 and not _BODY_CHAR.match(s[suffix_at - 2]) and s[suffix_at - 1] not in "城乡村集古小重名市县":
                lengths = (1,)  # 、彭镇卫生院: a town of one character after a list's mark (not 城镇, 集镇 …)
        a = next((suffix_at - n for n in lengths if suffix_at - n >= 0 and
                  (suffix_at - n in ends or _is_boundary(s, suffix_at - n))), None)
        if a is not None and suf in ("乡", "镇") and suffix_at - a == 2 and s[a - 1:a] == "新" \
                and (a < 2 or s[a - 2] in _NEW_OPENS_AFTER):
            a -= 1  # 对新城铺镇卫生院: after a preposition or a mark, 新 opens the town's name
        if a is None or any(taken[a:m.end()]):
            continue
        body, name = s[a:suffix_at], s[a:m.end()]
        if not _PLAIN_BODY.fullmatch(body) or (suf == "村" and _ROAD.match(s, m.end())):
            continue  # 、韩村: a list's mark is no name; 韩村北路: a road named after a village
        # 对和平镇, 为那坡镇, 、和平镇, ，新政镇: after a stop or a list's mark, a name may open with a stop character, and with 新 after punctuation
        if len(body) == 2 and _TOWN_SECOND.match(s, a + 1) and body[0] not in single and body[0] not in _LEVEL:
            body = body[0]  # 燎原 + 镇, 太和 + 镇: see _TOWN_SECOND
        inner = body[1:] if a and (s[a - 1] in single or s[a - 1] == "、"
                                   or (body[0] == "新" and not _BODY_CHAR.match(s[a - 1]))) else body
        if any(name.endswith(w) and len(w) > len(suf) for w in skip) or _GENERIC.match(body) or inner[:1] in _WHOLE \
                or body[0] in _WHOLE or (a not in ends and (_level_word(body, suf) or any(
                    c in single for c in _name_part(inner)))) \
                or (_stop_word_regex().search(body) and s[a - 1:a] != "、") or _COUNT.search(body):  # 、新建镇: a list's
            continue
        out[(a, m.end())] = _m("place", s, a, m.end(), name)
        taken[a:m.end()] = b"\x01" * (m.end() - a)
        ends.add(m.end())
    return sorted(out.values(), key=lambda x: x.start)


def _name_part(inner: str) -> str:
    """The part of a town's name that must hold no stop character: not a closing 新
    (城关新 + 村, 新村) nor a closing 和 after a plain character (太和镇, 清和街道; but 县和街道)."""
    inner = inner.removesuffix("新").replace("新村", "")
    if len(inner) >= 2 and inner[-1] == "和" and inner[-2] not in _stops()[0] and inner[-2] not in _LEVEL:
        inner = inner[:-1]
    return inner


def _level_word(body: str, suf: str) -> bool:
    """A body ending in a level character makes a word with the suffix (县镇, 乡镇村, 镇村,
    健康乡镇: 乡镇 is townships), unless a town's own name holds it: 汾市镇, 壶镇镇 (not 城镇,
    nor a division's name)."""
    return body[-1] in _LEVEL and (suf not in "镇乡" or body[-2:-1] in _blockers().get(body[-1], "")
                                   or _is_division(body) or (body[-1] == "乡" and suf == "镇"))


def _conjunction(s: str, a: int) -> bool:
    """和 after a closing title or quote joins two things: 《条例》和县委…, not 和县."""
    return s[a] in "和与及" and s[a - 1:a] in ("》", "”", "」", "』", ")")


def _short_context(s: str, end: int) -> bool:
    """A short name (河北) counts before a verb of visiting: 在河北考察."""
    return s[end:end + 2] in ("考察", "调研", "视察", "检查", "督导")
