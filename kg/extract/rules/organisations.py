"""Agencies, hospitals and companies: from an anchor (a division, a level character,
中共, 国家 …) to the suffix that ends a name, or from a clear boundary to it."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.rules.common import (
    BODY_CHAR,
    CN_NUM,
    COUNT,
    GENERIC,
    HAN,
    LEVEL,
    PLAIN_BODY,
    WHOLE,
    is_boundary,
    is_division,
    level_blockers,
    make_mention,
    org_suffixes,
    stop_chars,
    stop_word_regex,
)
from kg.extract.rules.places import places
from kg.gazetteer import CORPS, OWN_LEVEL_WORDS, ZONE_WORDS, gazetteer
from kg.model import Mention
from kg.resources import lexicon
from kg.scan import ending_at


@lru_cache(maxsize=1)
def _core_regex() -> re.Pattern:
    core, _ = org_suffixes()
    return re.compile("|".join(re.escape(c) for c in sorted(core, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(org_suffixes()[1], key=len, reverse=True))))


# 中央 as an adjective, not the Party centre: 原中央苏区县, 中央空调, 中央厨房, 中央供氧; a class of
# organs: 中央和国家机关 (but 中央预算内投资 is the centre's, as the gold has it)
_NOT_CENTRE = re.compile("中央(?:苏区|空调|厨房|供氧|监护|吸引|和国家机关|国家机关)")
_MOVED_IN = re.compile("(?<=[入进])驻")  # 入驻县政务服务中心: moving in, not a stationed group's 驻
_HEADS = ("中共中央", "中共", "国家", "国务院", "党中央", "中央", "自治区", "自治州", "驻", "派驻")
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
# 国家儿童医学中心, 国家区域医疗中心: a title the State gives hospitals, not one of them
_DESIGNATION = re.compile(rf"国家[{HAN}]{{0,6}}?(?:医学中心|医疗中心)$")
# 党委组织部 in a hospital's ledger, 中心党委宣传部: an institution's own department, a section
_OWN_DEPARTMENT = re.compile(r"(?:医院|中心|院)?党委(?:组织部|宣传部|统战部)")
_INSIDE_GENERIC = re.compile(r"单位|部门|机构|县区|市县|区县|县市(?!场)|[省市区县]属"  # 区属医院: a district's hospitals
                             r"|(?:建设|新建|组建|改建|扩建|筹建|创建|打造)"  # 建设社区医院: built, a kind
                             r"(?:社区|乡镇|村级?|基层|标准化|规范化|哨点|定点|示范|区域|县域|紧密型|医共体|医联体|智慧|互联网|专科)")
# A one-character suffix that is really the end of a word: 干部, 格局, 督办.
_WORD_BEFORE = {"部": frozenset("干全内局外总本支细俱"), "局": frozenset("格布大全结开变当终"),
                "办": frozenset("督创承举主协兴代包查交转"), "厅": frozenset("大客餐展门")}
_MAX_BODY = {"hospital": 4, "company": 12, "agency": 10}
_COMPANY_BODY = re.compile(rf"[A-Za-z0-9&]*[{HAN}]+(?:\([{HAN}]{{2,4}}\)[{HAN}]*)?")  # 华润医药(福建)有限公司
_NUMBERED_HOSPITAL = re.compile("[省市县区州][一二三四五六七八九十]院(?![长区办内外系校士落])")
_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9&]{0,11}$")
# a company's branch named after its place: 某医药有限公司长沙分公司
_BRANCH_COMPANY = re.compile(rf"([{HAN}]{{0,4}}?)分公司")


_OWN_LEVEL = re.compile("|".join(("地区", "地委", CORPS) + OWN_LEVEL_WORDS))
_LEAGUE = re.compile(f"共青团|团[{LEVEL}](?=委)")


def _anchors(s: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end-of-anchor) where a name may start: 中共, a region name, a level
    character not made into a word by the character before it (全市, 城市), 国家 …"""
    out = []
    blockers = level_blockers()
    for a, b in regions:
        start = a - 2 if s[max(0, a - 2):a] == "中共" else a
        out.append((start, b))
    g = gazetteer()
    inside = {i for a, b in regions for i in range(a + 1, b)}
    for m in re.finditer(f"[{LEVEL}]", s):
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
        if is_boundary(s, m.start()) and s[m.end():m.end() + 1] not in _WORD_AFTER_ANCHOR:
            out.append((m.start(), m.end()))
    for m in _LEAGUE.finditer(s):  # 团县委, 共青团X市委: the Youth League's committees
        if is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    for m in _OWN_LEVEL.finditer(s):  # a prefecture's own: 地区第二人民医院, 地委巡察办; 林区党委; 兵团党委
        if is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    for m in _ZONE.finditer(s):  # a development zone's own: 示范区党工委, 高新区卫生健康局
        if is_boundary(s, m.start()):
            out.append((m.start(), m.end()))
    return sorted(set(out))


_ZONE = re.compile("|".join(ZONE_WORDS))


_ORD = "[一二三四五六七八九十\\d]"
_ROUND_NUMBER = rf"(?:第{_ORD}+轮(?:巡视|巡察)?)?(?:第{_ORD}*)?"  # 第二轮, 第五轮巡视第三, 第三: before 巡察组
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
    core, unit = org_suffixes()
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
                not branch.group(1) or is_division(branch.group(1))):
            end = branch.end()
        else:
            return end, type_


def _branch_end(s: str, end: int) -> int:
    """The end of a hospital's branch named after its place, right after the hospital's
    name (厦门大学附属第一医院杏林分院), else `end`."""
    m = _NAMED_BRANCH.match(s, end) if s[end - 1:end] == "院" else None
    return m.end() if m and not any(c in stop_chars()[0] for c in m.group(1)) else end


_NAMED_BRANCH = re.compile(rf"([{HAN}]{{2,3}}?)分院")
# A bureau's or commission's 办公室 is one of its sections, not a body (县卫生健康局办公室,
# 市卫健委办公室); a Party committee's (县委办公室) and a government's are bodies.
_SECTION_OF = re.compile(rf"(?:局|委员会|(?<![{LEVEL}])委)$")


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


def _clean_body(body: str) -> bool:
    """A body between an anchor and its suffix holds no function word or verb phrase."""
    if any(c in _BODY_STOPS for c in body) or stop_word_regex().search(body) or _JOINED.search(body):
        return False
    if re.search(r"\d{2,}|\d[号路街]", body.replace("120", "")):  # 120急救指挥中心: the emergency number
        return False
    return all(BODY_CHAR.match(c) for c in body)


def organisations(s: str) -> list[Mention]:
    """Agencies, hospitals and companies: from an anchor (region name, level character,
    中共, 国家 …) to the nearest suffix that ends a name, or, without an anchor, from a
    clear boundary to the suffix (联合督查组, 仁济医院)."""
    core, _ = org_suffixes()
    core_rx = _core_regex()
    regions = [(m.start, m.end) for m in places(s)]
    found: dict[tuple[int, int], Mention] = {}
    covered = [False] * (len(s) + 1)
    for start, end in _university_hospitals(s):
        end = _branch_end(s, end)
        unit_end, type_ = _extend(s, end, "hospital")
        if type_ != "hospital":  # 海南医科大学第一附属医院党委: the hospital's committee, the hospital inside it
            _keep(found, covered, s, start, end, "hospital", cover=False)
        _keep(found, covered, s, start, unit_end, type_)
    for m in _MILITARY.finditer(s):  # 中国人民解放军联勤保障部队第九二三医院: 部队 holds 部
        _keep(found, covered, s, m.start(), m.end(), "hospital")
    for m in _NUMBERED_HOSPITAL.finditer(s):  # 市一院, 县二院: the region's numbered hospitals, short
        if is_boundary(s, m.start()) and not any(covered[m.start():m.end()]):
            _keep(found, covered, s, m.start(), m.end(), "hospital")
    for m in _central_regex().finditer(s):
        if not any(covered[m.start():m.end()]) and is_boundary(s, m.start()):
            _keep(found, covered, s, m.start(), _extend(s, m.end(), "agency")[0], "agency")  # + 党组
    for a, a_end in _anchors(s, regions):
        if covered[a]:
            continue
        m = core_rx.search(s, a_end, min(len(s), a_end + 31))
        if s[a:a_end] in ("驻", "派驻") and m is not None and core[m.group()] == "hospital":
            continue  # 派驻区人民医院医师: sent to a hospital; 驻 opens a stationed group's name
        if s[a:a_end] in _BARE_OK:
            end, type_ = _extend(s, a_end, "agency")
        elif m is None:
            continue
        else:
            body = s[a_end:m.start()]
            if not _clean_body(_strip_divisions(body)) or (s[a:a_end] in "委局" and not body and m.group() == "办公室") \
                    or _DESIGNATION.match(s, a, m.end()):
                continue  # 局办公室: the bureau's own office, a section; 国家中医医学中心: a designation
            base_end, base_type = _extend(s, m.end(), core[m.group()], units=False)
            end, type_ = _extend(s, base_end, base_type)
            end, type_ = _group_tail(s, end, type_)
            grown = end > m.end()
            if base_type == "hospital" and type_ != "hospital" and _named(s, a, a_end, body, m.group()) \
                    and not COUNT.search(body):  # 市直6家公立医院党委: a count, a class
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
        if s[m.start():end] in _BARE_OK and is_boundary(s, m.start()):
            if s[m.start() - 1:m.start()] != "等" and not s.startswith("办公室", end):
                # 柳江区、柳城县等疾控中心: theirs, a class; 纪委办公室 in a ledger: a section of an unnamed body
                _keep(found, covered, s, m.start(), end, type_)
            continue
        short = next((m.start() - n for n in range(_BARE_LONGEST, 0, -1) if s[m.start() - n:end] in _BARE_OK
                      and not covered[m.start() - n]), None)
        if short is not None:
            if short > 0 and s[short - 1] in "委局厅院" and _SELF_ORGAN.match(s, short) \
                    and (is_boundary(s, short - 1) or (short > 1 and s[short - 2] in CN_NUM)) \
                    and not covered[short - 1]:
                short -= 1
            elif not is_boundary(s, short):
                short = None  # 龙岗中心医院 is not a bare 中心医院: the name goes on before it
        if short is not None:
            _keep(found, covered, s, short, end, type_)
            continue
        if len(c) < 2 or c in ("委员会", "办公室", "党支部", "党总支", "党组", "党委", "公司", "政府", "管理中心"):
            continue
        limit = _MAX_BODY.get(type_, 8)
        start = m.start()
        while start > 0 and m.start() - start < limit and not is_boundary(s, start) and not covered[start - 1]:
            start -= 1
        start = _division_before(s, start, covered)
        if type_ == "company" and start > 1 and s[start - 1] in stop_chars()[0] \
                and (before := _division_before(s, start - 1, covered)) < start - 1:
            start = before  # 保定以岭药业: a division's name, then a stop character of the company's
        starts = is_boundary(s, start) or (c == "特派员办事处" and s.endswith("审计署", 0, start))  # one body, see _stationed
        if type_ == "company" and (inside := _division_inside(s, start, m.start(), starts)) != start:
            start, starts = inside, True  # 设备供应商河南宏力…有限公司: the name starts at 河南
        latin = _LATIN_BEFORE.search(s, max(0, start - 12), start) if type_ == "company" else None
        if latin and is_boundary(s, latin.start()):
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
        if not starts or len(body) < 2 or ((GENERIC.match(body) or GENERIC.match(s[own:m.start()]))
                                           and c in _CLASS_CORES) \
                or COUNT.search(body) or _INSIDE_GENERIC.search(body) or _OWN_DEPARTMENT.fullmatch(s, start, end) \
                or (s[start - 1:start] in WHOLE and body[0] in LEVEL) or _DESIGNATION.match(s, start, end) \
                or (s[start - 1:start] == "等" and len(body) <= 2) \
                or not (_COMPANY_BODY if type_ == "company" else PLAIN_BODY).fullmatch(body):
            continue
        _keep(found, covered, s, start, end, type_)
    for a, b in _set_under(s):
        if not any(covered[a:b]):
            _keep(found, covered, s, a, b, "agency")
    single, double = stop_chars()
    for m in ending_at(_BRANCH, _BRANCH_END, s, 8):
        # the name starts after a boundary or a verb: 对学科党支部, 推进内科党支部, 配强内科党支部
        last = m.start("dept") - (s[m.start("dept")] == "科")
        a = next((a for a in range(last, m.start() - 1, -1) if is_boundary(s, a) or s[a - 1] in single
                  or s[max(0, a - 2):a] in double), None)
        if a is not None and not any(covered[a:m.end()]):
            _keep(found, covered, s, a, m.end(), "agency")
    named = [m for m in found.values()  # 区)疾控中心: cut inside a bracket; 莲峰镇村卫生室, 紧密型城市医疗集团: kinds
             if not _LEVEL_CLASS.search(m.text) and m.text.count("(") == m.text.count(")")
             and not _TOWNS_CLINICS.search(m.text)]
    named = [_with_term(s, m) for m in named]
    return _stationed(s, _joint(s, sorted(named, key=lambda x: x.start)))


_TERM = re.compile(r"[一二三四五六七八九十]{1,3}届$")


def _with_term(s: str, m: Mention) -> Mention:
    """An inspection group named with its committee's term (十二届省委第五轮巡视第八巡视组):
    the term is part of the group's name."""
    term = _TERM.search(s, max(0, m.start - 4), m.start) if m.text.endswith(("巡视组", "巡察组")) else None
    return make_mention(m.type, s, term.start(), m.end, s[term.start():m.end]) if term else m


_TOWNS_CLINICS = re.compile(r"[镇乡]村卫生室$|紧密型(?:城市|县域)?医疗(?:集团|共同体)$")  # a class, not one
# 乡镇(街道)卫生院, 县(市、区)疾控中心: a bracket of level words makes a class, not a name
_LEVEL_WORD = "(?:乡镇|街道|县区|区县|市区|县市|[省市区县州旗盟镇乡])"
_LEVEL_CLASS = re.compile(rf"\({_LEVEL_WORD}(?:、{_LEVEL_WORD})*\)")


# 成立领导小组，下设整改办公室 / 下设综合协调组、督导检查组: offices and teams set up
# under a body are bodies
_SET_UNDER = re.compile("(?:下设|成立|组建|设立)了?")  # a team set up: 下设办公室, 成立项目推进专班
_SET_SEP = re.compile("、|和|及|以及")  # 下设综合协调组和督查督办组
_SET_ITEM = re.compile(rf"[{HAN}]{{0,8}}?(?:办公室|专班|工作组|小组|组)(?:办公室)?")
_TEAM_END = re.compile("(?:专班|领导小组|工作组|工作小组|指挥部)$")
# a hospital's Party branches named after its departments: 内科第一党支部, 医技党总支
_BRANCH = re.compile(rf"[{HAN}]{{0,3}}?(?P<dept>科|医技|行政|后勤|护理|门诊|住院部|离退休)(?:第[一二三四五六七八九十]+)?(?:党支部|党总支)")
_BRANCH_END = re.compile("党支部|党总支")


def _set_under(s: str) -> Iterator[tuple[int, int]]:
    """Teams set under a body (下设办公室、督查组) or set up (成立项目推进专班; a working
    team's name then, not a panel's: 成立专家组 is no body)."""
    for m in _SET_UNDER.finditer(s):
        at, under = m.end(), m.group().startswith("下设")
        while (item := _SET_ITEM.match(s, at)) and item.group() not in ("组", "小组") \
                and (under or _TEAM_END.search(item.group())) and not COUNT.search(item.group()) \
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
            out[-1] = make_mention("agency", s, prev.start, m.end, s[prev.start:m.end], f"agency|{s[prev.start:m.end]}")
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
            m = make_mention("agency", s, a, m.end, s[a:m.end], f"agency|{s[a:m.end]}")
        elif m.type == "agency" and m.text.startswith(("驻", "派驻")):
            prev = found[i - 1] if i else None
            a = prev.start if prev is not None and _SENDER.search(prev.text) and (
                prev.end == m.start or _STATION_ORDINAL.fullmatch(s, prev.end, m.start)) else None
            if a is None:
                a = m.start
                while a > 0 and m.start - a < 8 and not is_boundary(s, a):
                    a -= 1
                if a == m.start or not is_boundary(s, a) or not _SENDER.search(s, a, m.start) \
                        or not re.fullmatch(rf"[{HAN}]+", s[a:m.start]):
                    a = m.start
            if a < m.start:
                m = make_mention("agency", s, a, m.end, s[a:m.end], f"agency|{s[a:m.end]}")
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


def _division_before(s: str, start: int, covered: list[bool] | None = None) -> int:
    """Where a name starts when a division's name ends at or just after `start`: the
    walk back from a suffix stops at 都 and 新 (stop words: all, new), but
    成都蓉康生物科技有限公司 starts at 成都 and 新疆九州通医药有限公司 at 新疆."""
    for a in (start - 1, start - 2, start - 3):  # the name may run on past `start`: 新疆九州通 (新 stops a walk)
        for n in (2, 3):
            if a >= 0 and a + n >= start and not (covered and any(covered[a:start])) and is_boundary(s, a) \
                    and is_division(s[a:a + n]):
                return a
    return start


@lru_cache(maxsize=1)
def _central_regex() -> re.Pattern:
    """data/lexicons/central_bodies.tsv, longest name first: 财政部 and 审计署 have no
    anchor and a one-character suffix; 中央纪委国家监委 is one body, not two."""
    names = sorted((r[0] for r in lexicon("central_bodies")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


_MILITARY = re.compile(rf"(?:中国人民解放军|解放军|武警)[{HAN}\d]{{0,20}}?医院")
_UNIVERSITY = re.compile(rf"(?:大学|医学院|学院|研究院|科学院|医专|高专|(?:高等)?专科学校|卫校)(?:[{HAN}]{{2,8}}?(?:学院|医学部|医学中心))?(?:附属)?"
                         rf"(?:第[一二三四五六七八九十]+)?(?:附属)?[{HAN}]{{0,6}}?医院")


def _university_hospitals(s: str) -> list[tuple[int, int]]:
    """Hospitals named after their university or institute, whose names hold words that stop
    other names (和 of 协和, 等 of 高等, 研究 of 研究院): 武汉大学人民医院, 华中科技大学同济医学院
    附属协和医院, X中医药研究院附属医院. The
    university's name reaches back at most ten characters, to a boundary."""
    out = []
    for m in _UNIVERSITY.finditer(s):
        if "医院" in s[m.start():m.end() - 2] or not _clean_body(
                s[m.start():m.end()].replace("和", "").replace("高等", "").replace("研究院", "")):  # 研究: a verb elsewhere
            continue
        start = m.start()
        while start > 0 and m.start() - start < 10 and not is_boundary(s, start):
            start -= 1
        start = _division_before(s, start)  # 与新疆医科大学…: 新 stops a walk, 新疆 starts a name
        if is_boundary(s, start) and m.start() - start >= 2 and re.fullmatch(rf"[{HAN}]+", s[start:m.start()]):
            out.append((start, m.end()))
    return out


def _named(s: str, a: int, a_end: int, body: str, core: str) -> bool:
    """Whether anchor + body + core names one body rather than a class of them.

    市委, 市政府, 县医院 (a level word alone) name the region's own; 市直公立医院,
    委机关政府 (a generic body) do not.
    """
    if not body:
        if core in _HOSPITAL_CLASS:  # 县医院 is the county's; 重庆路街道社区卫生服务中心 the street's
            return (s[a] in LEVEL and is_boundary(s, a) and core == "医院") or (
                a_end - a > 1 and _TOWN_END.search(s, a, a_end) is not None)
        return True
    if (GENERIC.match(body.lstrip(LEVEL)) or GENERIC.match(s[a:a_end] + body)) and (
            core in _CLASS_CORES or core == "政府"):  # 区域医疗中心 is 区域 + 医疗中心, not 区 + 域…
        return False
    return True


def _keep(found: dict, covered: list[bool], s: str, a: int, b: int, type_: str,
          cover: bool = True) -> None:
    name = s[a:b]
    if len(name) < 2 or _word_goes_on(s, b):  # 上级组织部门 holds no 上级组织部
        return
    found[(a, b)] = make_mention(type_, s, a, b, name, f"{type_}|{name}")
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
    if COUNT.search(tail) or _INSIDE_GENERIC.search(_strip_divisions(name)):  # 沙县区: a division, not 县区
        return False
    return len(name) >= 2


def _strip_divisions(body: str) -> str:
    """The body less the division names at its head (中共 before them too)."""
    g = gazetteer()
    body = body.removeprefix("中共")
    while True:
        n = next((n for n in range(min(9, len(body)), 1, -1) if body[:n] in g.by_name), 0)
        if not n:
            return body
        body = body[n:]
