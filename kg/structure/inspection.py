"""The inspection event from the opening sentence: who inspected whom (X巡察组对Y进行了
巡察), when on site, when the feedback came, which round."""
from __future__ import annotations

import re

from kg.dates import DateHit, cn_int, find_dates
from kg.gazetteer import OWN_LEVEL_WORDS, ZONE_WORDS, gazetteer
from kg.model import Heading, Inspection
from kg.scan import ending_at
from kg.structure.headings import ITEM_LEVEL
from kg.structure.lines import CN, Line

_ORD = rf"[{CN}\d]"
_GROUP = re.compile(
    r"(?P<pre>[\u4e00-\u9fff]{0,10}?)(?P<kw>中央|省委|市委|县委|区委|州委|旗委|盟委|地委|自治区党委|区党委|党工委|党委|党组)"
    rf"(?:第{_ORD}+轮(?:巡视|巡察)?)?(?:第{_ORD}*)?(?:专项|机动|提级|交叉|联动)*(?:巡视|巡察)(?:第{_ORD}+|专项|机动)?组"
)
_ROUND_IN_NAME = re.compile(rf"第{_ORD}+轮(?:巡视|巡察)(?=第)")  # 县委第五轮巡察第一巡察组: 县委第一巡察组
_GROUP_END = re.compile(rf"(?:巡视|巡察)(?:第{_ORD}+|专项|机动)?组")  # _GROUP tried at every character cost a third of structure
# 县委第一巡察对…: a group whose 组 a copy dropped (第一轮巡察, a round, is no group)
_GROUP_LOST = re.compile(rf"(?:中央|省委|市委|县委|区委|州委|旗委|盟委|地委|党委)第{_ORD}+(?:专项|机动|提级|交叉)*(?:巡视|巡察)(?=对|向)")
_ORDINAL_LOST = re.compile(r"第(?=(?:专项|机动|提级)?(?:巡视|巡察)组)")
_ROUND = re.compile(
    rf"(?:[{CN}]+届)?(?:(?:中央|省委|市委|县委|区委|州委|旗委|盟委|地委|自治区党委)?第[{CN}\d]+轮)"
)
_INSPECTED = re.compile(
    r"(?:对|进驻)(?P<target>[^。;]{2,80}?)(?:进行了?|开展了?|实施了?)(?:为期[^。;]{1,10})?"
    rf"(?:第[{CN}\d]+轮)?"  # 开展了第三轮常规巡察
    r"(?:[\u4e00-\u9fff“”]{1,12}?(?=专项))?(?:常规|专项|机动|提级|交叉|延伸|联动|“?回头看”?)?(?:巡视|巡察)"  # 扶贫领域专项巡察
)
_RELATIVE_YEAR = re.compile("今年|去年")
_MOBILISED = re.compile(r"(?:巡视|巡察)组(?:巡视|巡察)(?P<target>[^,。;\s]{2,30}?(?:党组|党委|党总支|党支部))工作动员会")
# X党组召开巡察整改专题民主生活会: the body that meets on its inspection's feedback is the one inspected
_MET = re.compile(r"(?P<target>[^,。;\s]{2,30}?(?:党组|党委|党总支|党支部))召开[^,。;\n]{0,20}?(?:巡视|巡察)[^,。;\n]{0,20}?会")
_FEEDBACK = re.compile(r"(?:向(?P<target>[^,。;]{2,40}?))?(?:进行了?)?反馈(?:了)?")
_PARTY_TARGET = re.compile(r"(?:党组|党委|党总支|党支部|委员会)$")
_TARGET_CUT = re.compile(r"(?:含|及其|以及|及|(?<=[局委会院办组部心站所司厅])和|、|\(|等单位|等).*$")  # 和 after a body, not 卫生和计划生育委员会
_NOW = re.compile(r"现将(?P<target>[^,。;]{2,30}?)(?:落实|关于|贯彻|对)")


def _opening(s: str, headings: list[Heading]) -> tuple[int, int]:
    first = next((h.start for h in headings if h.level < ITEM_LEVEL), len(s))
    return 0, max(first, min(len(s), 600))


def read_inspection(s: str, lines: list[Line], headings: list[Heading], title: str | None,
                    warnings: list[str], year: int | None = None) -> Inspection:
    o_start, o_end = _opening(s, headings)
    opening = s[o_start:o_end]
    groups = [_group_name(m) for m in ending_at(_GROUP, _GROUP_END, s, 40)]
    inspector = None
    start = end = feedback = target = end_hit = None
    found = [x for x in _INSPECTED.finditer(opening)  # 对绵阳市开展了巡视，并对市卫生健康委党组进行了延伸巡视
             if opening[max(0, x.start() - 1):x.start()] != "曾"]  # 2021年…曾对…开展巡察: an earlier one, told first
    mi = next((x for x in found if _PARTY_TARGET.search(_TARGET_CUT.sub("", x.group("target")))), found[0] if found else None)
    if mi:
        sent_start = _sentence_start(opening, mi.start())
        before = opening[sent_start:mi.start()]
        g_here = list(_GROUP.finditer(before))
        if g_here:
            inspector = _group_name(g_here[-1])
        target = _clean_target(mi.group("target"))
        said = _RELATIVE_YEAR.search(opening, sent_start, mi.start())  # 今年4月至6月: the report's year
        this_year = (year - (said.group() == "去年")) if said and year else None
        hits = [h for h in find_dates(opening, this_year) if h.start >= sent_start]
        pre = [h for h in hits if h.end <= mi.start()]
        start, end = _period(pre, warnings)
        end_hit = next((h for h in pre if h.range_end and h.ambiguous), None)
        post = opening[mi.end():]
        mf = _FEEDBACK.search(post)
        if mf:
            year = int(start[:4]) if start else None
            base = mi.end()
            fb_hits = [h for h in find_dates(opening[sent_start:], year)
                       if sent_start + h.start >= base and sent_start + h.start < base + mf.start()]
            feedback = _value(fb_hits[-1], "feedback", warnings) if fb_hits else None
            if feedback and start and feedback < start:
                feedback = None
    if mi is None and start is None:  # a ledger's note: (县委第三巡察组2024年4月10日至6月5日巡察，2024年7月3日反馈)
        start, end, noted = _noted(opening, year, warnings)
        feedback = feedback or noted
    if feedback is None:
        feedback = _feedback_anywhere(opening, end or start, warnings)
    if end is None and start and feedback and mi and end_hit:  # the one reading between the start and the feedback
        between = [r for r in end_hit.readings if start < r < feedback]
        if len(between) == 1:
            end = between[0]
            warnings.append(f"end date lost characters; read as {end}, the one reading between start and feedback")
    mobilised = None if mi else _MOBILISED.search((title or "") + "\n" + opening)
    if mobilised:  # 省委第五巡视组巡视省卫生健康委党组工作动员会召开: on site from that meeting on
        target = target or _clean_target(mobilised.group("target"))
        said = _MOBILISED.search(opening)
        sentence_start = _sentence_start(opening, said.start()) if said else -1
        hit = next((h for h in find_dates(opening, year) if h.value and sentence_start <= h.start), None) if said else None
        start = start or (hit.value if hit and len(hit.value) == 10 else None)
    if target is None:
        mf = _FEEDBACK.search(opening)
        if mf and mf.group("target"):
            target = _clean_target(mf.group("target"))
        else:
            mn = _NOW.search(opening) or _MET.search((title or "") + "\n" + opening)
            target = _clean_target(mn.group("target")) if mn else None
    if inspector is None:
        specific = [g for g in groups if "第" in g]
        inspector = specific[0] if specific else (groups[0] if groups else None)
    if inspector is None and (lost := _GROUP_LOST.search(opening)):
        inspector = lost.group() + "组"
        warnings.append(f"inspection group written {lost.group()!r}, its 组 lost; read as {inspector!r}")
    if inspector and _ORDINAL_LOST.search(inspector):
        inspector = _repair_group(inspector, groups, warnings)
    kind = None
    for source in (inspector or "", title or "", opening):
        m = re.search(r"巡视|巡察", source)
        if m:
            kind = m.group()
            break
    rm = _ROUND.search((title or "") + "\n" + opening)
    return Inspection(kind=kind, inspector=inspector, target=target,
                      round=rm.group() if rm else None, start=start, end=end,
                      feedback=feedback)


def _sentence_start(s: str, at: int) -> int:
    """Where the sentence holding `at` starts: after a full stop, or a line's end, but not
    one that ends with a comma (a copy with a clause a line: 根据县委统一部署，\n2024年…)."""
    start = max(s.rfind(c, 0, at) for c in "。\n") + 1
    while start > 1 and s[start - 1] == "\n" and s[start - 2] in ",、":
        start = max(s.rfind(c, 0, start - 1) for c in "。\n") + 1
    return start


def _group_name(m: re.Match) -> str:
    """The group's name with only a real prefix kept (中共洛阳市委…, 宜昌市委…, not 但与市委…)
    and without the round it inspects in (县委第五轮巡察第一巡察组 → 县委第一巡察组)."""
    pre, kw = m.group("pre"), m.group("kw")
    for i in range(len(pre)):
        cand = pre[i:]
        core = cand[2:] if cand.startswith("中共") else cand
        if not core or core in OWN_LEVEL_WORDS or core + kw[0] in OWN_LEVEL_WORDS \
                or gazetteer().lookup(core) or gazetteer().lookup(core + kw[0]) \
                or (kw in ("党委", "党组") and (_BODY_BEFORE_COMMITTEE.fullmatch(core) or core in _SELF)) \
                or _ZONE_NAME.fullmatch(core):  # 林 + 区党委; 市卫生健康委 + 党委; 示范区 + 党工委
            return _ROUND_IN_NAME.sub("", m.group()[i:])
    return _ROUND_IN_NAME.sub("", m.group()[len(pre):])


_ZONE_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(ZONE_WORDS)})")  # a zone's 党工委
# a body whose Party committee sends its own groups: 市卫生健康委党委第二巡察组; a working
# committee of a sector: 区卫生健康工作党委第二巡察组
_BODY_BEFORE_COMMITTEE = re.compile(r"[省市区县州旗盟][\u4e00-\u9fff]{1,8}(?:委|局|厅|工作)")
_SELF = ("委", "局", "厅", "院", "中心")  # the body's own committee, short: 局党组第一巡察组, 院党委第二巡察组
_FEEDBACK_SENTENCE = re.compile(r"[^。\n]*?(?:(?:巡视|巡察)组?向[^。\n]{2,40}?反馈|(?:巡视|巡察)[^。\n]{2,40}?反馈会)[^。\n]*")  # …情况反馈会召开


def _feedback_anywhere(opening: str, after: str | None, warnings: list[str]) -> str | None:
    """A feedback sentence outside the 对…进行了巡察 one, as news items write it
    (3月15日，市委第一巡察组向…反馈…); a date without a year takes the first year that
    puts it after the inspection."""
    for m in _FEEDBACK_SENTENCE.finditer(opening):
        hits = [h for h in find_dates(m.group()) if h.value or h.ambiguous]
        if hits:
            return _value(hits[0], "feedback", warnings)
        md = re.search(r"(\d{1,2})月(\d{1,2})日", m.group())
        if md and after:
            y = int(after[:4])
            cand = f"{y:04d}-{int(md.group(1)):02d}-{int(md.group(2)):02d}"
            return cand if cand >= after else f"{y + 1:04d}-{cand[5:]}"
    return None


def _noted(opening: str, year: int | None, warnings: list[str]) -> tuple[str | None, str | None, str | None]:
    """The period and feedback a group's name is followed by in one sentence with no
    target named (X巡察组DATE至DATE巡察，DATE反馈): a ledger's note under its title."""
    for g in ending_at(_GROUP, _GROUP_END, opening, 40):
        stop = min((k for k in (opening.find("。", g.end()), opening.find("\n", g.end())) if k >= 0), default=len(opening))
        note = opening[g.end():stop]
        said = re.search(r"(?:巡视|巡察|进驻)(?!组)", note)
        if said is None:
            continue
        hits = find_dates(note, year)
        start, end = _period([h for h in hits if h.end <= said.start()], warnings)
        told = note.find("反馈", said.end())
        after = [h for h in hits if h.start >= said.end() and 0 <= told and h.end <= told]
        if start:
            return start, end, _value(after[-1], "feedback", warnings) if after else None
    return None, None, None


def _value(hit: DateHit, what: str, warnings: list[str]) -> str | None:
    if hit.ambiguous:
        warnings.append(f"{what} date lost characters and has more than one reading; "
                        "left unknown")
    return hit.value


def _period(hits: list[DateHit], warnings: list[str]) -> tuple[str | None, str | None]:
    """On-site start and end from the dates before 对…进行了巡察."""
    full = [h for h in hits if h.value is None or len(h.value) == 10]
    if not full:  # 2021年3月至5月: the period to the month
        full = [h for h in hits if h.value and len(h.value) == 7]
    if not full:
        return None, None
    for i, h in enumerate(full[1:], 1):
        if h.range_end:
            return _value(full[i - 1], "start", warnings), _value(h, "end", warnings)
    if full[0].range_end:  # 2024年4月日至6月14日: a start too garbled to read, the end clear
        return None, _value(full[0], "end", warnings)
    return _value(full[0], "start", warnings), None


def _clean_target(t: str) -> str | None:
    t = _TARGET_CUT.sub("", t).strip(" ,")
    t = re.sub(r"^.*?(?:巡视|巡察)组", "", t)
    t = re.sub(r"^原(?=[省市区县州旗盟])", "", t)  # 原县卫生和计划生育局党组: the former body, named as it was
    return t or None


def _repair_group(name: str, candidates: list[str], warnings: list[str]) -> str:
    """区委第巡察组 → 区委第一巡察组 when the report writes the full name elsewhere."""
    head, tail = _ORDINAL_LOST.split(name, maxsplit=1)
    full = {c for c in candidates if c.startswith(head + "第") and c.endswith(tail)
            and c != name and cn_int(c[len(head) + 1:len(c) - len(tail)]) is not None}
    if len(full) == 1:
        return full.pop()
    warnings.append(f"inspection group {name!r} lost its ordinal and the report does not "
                    "say it elsewhere")
    return name
