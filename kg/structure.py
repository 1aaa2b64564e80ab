"""Structure: `Text` → `Report`, the skeleton every report of the genre shares.

Title and publisher; the opening sentence (根据…部署, DATE至DATE, X巡察组对Y进行了巡察,
DATE…反馈); the heading tree 一、/(一)/1./(1) with inline 一是/二是 lists; the
findings with their rectification text, status as written and deadline; the signature
(body, then date) at the end. Rules describe the genre, never one report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.dates import DateHit, cn_int, find_dates, find_deadline
from kg.gazetteer import OWN_LEVEL_WORDS, gazetteer, region_of
from kg.model import EMPTY_CELL, TICK, Finding, Heading, Inspection, Region, Report, Text
from kg.resources import lexicon
from kg.scan import ending_at

CN = r"一二三四五六七八九十"
_LABELS = (
    (1, re.compile(rf"^([{CN}]{{1,3}})\s*[、,.]\s*")),
    (2, re.compile(rf"^\(([{CN}]{{0,3}})\)\s*[、,.]?\s*(?=\S)")),  # （）X: a copy dropped the number
    (2, re.compile(rf"^【([{CN}]{{1,3}})】\s*")),  # 【一】X
    (3, re.compile(r"^【(\d{1,2})】\s*")),  # 【1】X
    (1.5, re.compile(r"^(0[1-9])\s+(?=[\u4e00-\u9fff])")),  # a post's section: 01 贯彻落实…方面
    # a decimal outline: 2.1 …方面, then 2.1.1 the problem
    (1.6, re.compile(r"^(\d{1,2}\.\d{1,2})(?![\d.])\s*(?![万亿元千百])(?=[\u4e00-\u9fff“\"])")),  # not 18.9万元
    (3, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})(?![\d.])\s*(?=[\u4e00-\u9fff“\"])")),
    (3, re.compile(r"^(\d{1,2})\s*[.、](?![\dA-Za-z])\s*")),
    # 问题1：…, 【问题1】…, 反馈问题1：…: the numbered item
    (3, re.compile(rf"^【?(?:(?:巡视|巡察)?反馈)?问题\s*\(?(\d{{1,2}}|[{CN}]{{1,3}})\)?\s*(?:】|[:.、]|$)\s*")),  # or alone in a cell
    # 第一项问题：…, 第二项：…: the item counted; A．…, B．…: lettered items
    (3, re.compile(rf"^第([{CN}\d]{{1,3}})[项个](?:问题)?\s*[:.、]\s*")),
    (3, re.compile(r"^([A-H])\s*[.、]\s*(?=[\u4e00-\u9fff“\"])")),
    (4, re.compile(r"^\((\d{1,2})\)\s*[、.]?\s*")),
    (4.5, re.compile(r"^(\d{1,2})\)\s*(?=[\u4e00-\u9fff“\"])")),  # 1）… with no opening bracket
    (5, re.compile(r"^([①-⑳])\s*")),
)
ITEM_LEVEL = 6
# 附件, 附件1, 附件2：整改台账: an appendix's heading, on a line of its own
_ANNEX = re.compile(r"^[ \t]*(附件[ \t]*\d{0,2})[ \t]*(?:[:：].{0,40})?$", re.M)
_ITEM = re.compile(rf"(?:^|(?<=[。;:!?]))\s*([{CN}]{{1,2}})是\s*[,:]?\s*")
_ITEM_MARKED = re.compile(rf"(?:^|(?<=[。;:!?\n]))\s*[{CN}]{{1,2}}是[^。;\n]+[。;]\s*整改(?:情况|措施)")
_ITEM_START = re.compile(rf"^\s*([{CN}]{{1,2}})是")
_MARKER_WORDS = r"整改(?:情况|结果|措施|计划|进展|进度|成效|落实情况|完成情况)"
_MARKER = re.compile(rf"^\s*【?(?:{_MARKER_WORDS}|改情况|整改(?:落实)?(?=\s*:|】))】?\s*[:]?\s*")  # 整改情况：, 【整改措施】, 整改：, 【整改落实】
_RESULT = re.compile(r"^\s*【?整改(?:结果|进展)】?\s*[:]?\s*([^,。;.\s(]{1,12})")  # 整改进度: see _RESULT_LATER
# 问题：, 存在问题：, 问题表现：, and unnumbered 【反馈问题】 / 反馈问题：
_POINTED_INLINE = re.compile(r"[。.;]?\s*(?:巡察|巡视)组?(?:反馈意见)?(?:指出|发现|反馈)(?:的问题)?\s*[:,]\s*")  # 巡察指出，… too
_PROBLEM_LABEL = re.compile(r"(?:【(?:(?:巡视|巡察)?反馈|存在)?问题】\s*:?|(?:存在|具体|(?:巡视|巡察)?反馈)?问题(?:表现|描述|概述)?\s*:"
                            r"|(?:(?:巡视|巡察)组?|反馈意见)指出\s*:"  # 反馈意见指出：…
                            r"|(?:巡视|巡察)组?反馈(?:意见)?\s*:|反馈意见\s*:)\s*")  # 巡察反馈：… then 整改落实：…
# 1.作风建设方面：X — the aspect named before the problem
_ASPECT_LABEL = re.compile(r"[^,。;:]{2,20}?方面(?:存在的问题|的问题)?\s*:\s*(?=[^\s])")
_UNNUMBERED = re.compile(r"[^:。]{4,80}。")  # a problem stated in one sentence on its own line
_BARE_LINE = re.compile(r"[^。;:!?]{4,60}")  # a heading's words with no number and no sentence's end
_MARKER_LABEL = re.compile(rf"\s*【?(?:{_MARKER_WORDS})(?:】|\s*:)")  # 整改措施：, 【整改成效】 as a label
_MARKER_ANYWHERE = re.compile(rf"(?m)^[ \t]*【?{_MARKER_WORDS}")
_RESULT_LATER = re.compile(r"(?:整改结果|(?<=[\n;])结果|(?:整改)?成效|完成情况|(?:整改|完成)状态|(?P<progress>整改进展|整改进度|(?:目前|当前)?进展(?:情况)?))(?:】\s*:?|\s*:)\s*(?P<value>[^,。;.\s()\]】]{1,12})")
_ADDRESSED = re.compile(r"(?:针对(?!(?:此|该|这一?|上述|以上)(?:个|项|类)?问题)\s*(?:[“\"‘](?P<t>.+?)[”\"’]\s*|(?P<u>[^。;]+?))"
                        r"|(?:关于|就)\s*(?:(?:巡视|巡察)组?(?:指出|反馈|发现)的?)?\s*(?:[“\"‘](?P<q>.+?)[”\"’]\s*|(?P<v>[^。;]+?)))"  # 关于巡视指出的“…”问题, 就“…”问题
                        r"(?:的)?(?:问题|方面)(?:的整改(?:情况|落实情况)?)?(?=[。;,:]|$)")
# A half-width full stop ends a sentence after a character or closing mark (copies that
# use "." for "。"), never inside 18.9万元, a heading's "1." or an address.
_STOP = r"(?<=[\u4e00-\u9fff”》)])\.(?![\dA-Za-z])"
_SENT = re.compile(rf"(?:(?!{_STOP})[^。!?;\n])+(?:[。!?;]|{_STOP})?")
_TERMINAL = re.compile(rf"[。;!?]|{_STOP}")
_ORG_END = re.compile(r"(?:党组|党委|委员会|党总支|总支部?|支部|委|局|厅|院|中心|办公室|政府|站|所)$")
_ORD = rf"[{CN}\d]"
_GROUP = re.compile(
    r"(?P<pre>[\u4e00-\u9fff]{0,10}?)(?P<kw>中央|省委|市委|县委|区委|州委|旗委|盟委|地委|自治区党委|区党委|党委)"
    rf"(?:第{_ORD}+轮)?(?:第{_ORD}*)?(?:专项|机动|提级|交叉|联动)*(?:巡视|巡察)(?:第{_ORD}+|专项|机动)?组"
)
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
_MOBILISED = re.compile(r"(?:巡视|巡察)组(?:巡视|巡察)(?P<target>[^,。;\s]{2,30}?(?:党组|党委|党总支|党支部))工作动员会")
_FEEDBACK = re.compile(r"(?:向(?P<target>[^,。;]{2,40}?))?(?:进行了?)?反馈(?:了)?")
_PARTY_TARGET = re.compile(r"(?:党组|党委|党总支|党支部|委员会)$")
_TARGET_CUT = re.compile(r"(?:含|及其|以及|及|(?<=[局委会院办组部心站所司厅])和|、|\(|等单位|等).*$")  # 和 after a body, not 卫生和计划生育委员会
_NOW = re.compile(r"现将(?P<target>[^,。;]{2,30}?)(?:落实|关于|贯彻|对)")
_TITLE_HINT = re.compile(r"关于|通报|报告|公告|情况|反馈")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def structure(text: Text) -> Report:
    """Read the skeleton of one report."""
    s = text.text
    lines = _lines(s)
    warnings: list[str] = []
    if "cut off" in text.encoding:
        warnings.append(f"file ends in the middle of a character ({text.encoding}); read up to there")
    title = _title(lines)
    publisher, published = _signature(lines, s, warnings)
    if publisher is None and title:
        m = re.match(r"^(.{4,40}?(?:党组|党委|委员会|局|党总支|支部))关于", title)
        publisher = m.group(1) if m else None
    if publisher is None:
        source = [m.split(":", 1)[1] for m in text.meta if m.startswith("page-source:")]
        publisher = source[0] if source else None
        if publisher:
            warnings.append(f"no signing body; using the web page's source {publisher}")
    if published is None:  # dated under the title: （2023年5月10日）
        published = next((d for ln in lines[1:3] if (d := _bracketed_date(ln.text))), None)
    if published is None:
        page = [m.split(":", 1)[1] for m in text.meta if m.startswith("page-date:")]
        published = page[-1] if page else None
        if published:
            warnings.append(f"no signature date; using the web page's date {published}")
    region = _region(publisher, title, s)
    headings = _headings(lines)
    year = int(published[:4]) if published else None
    inspection = _inspection(s, lines, headings, title, warnings, year)
    findings = _table_findings(s, lines, headings, year) or _findings(s, lines, headings, year) \
        or _listed_findings(s, year) or _addressed_findings(s, year) or _colon_lines(s, year) \
        or _enumerated_findings(s, year)
    findings = _tallied(s, findings, year)
    if publisher is None:
        warnings.append("no signing body found at the end of the report")
    return Report(
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        region=region,
        inspection=inspection,
        headings=tuple(headings),
        findings=tuple(findings),
        sentences=tuple(m.span() for m in _SENT.finditer(s) if m.group().strip()),
        warnings=tuple(warnings),
    )


def _lines(s: str) -> list[_Line]:
    out, pos = [], 0
    for raw in s.split("\n"):
        if raw.strip():
            out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def first_sentence(s: str) -> str:
    """Text up to the first 。 (or ; ! ? or a full stop written ".") outside quotation marks
    and brackets (…不够有力（责任领导：吴海波；整改时限：2024年12月底）)."""
    depth = 0
    for i, c in enumerate(s):
        if c in "“《(":
            depth += 1
        elif c in "”》)" and depth:
            depth -= 1
        elif c in "。;!?." and depth == 0 and _TERMINAL.match(s, i):
            return s[:i]
    return s.rstrip("。")


def _title(lines: list[_Line]) -> str | None:
    head = lines[:8]  # a post's account name, date and column may stand above it
    for i, ln in enumerate(head):
        t = ln.text.strip()
        if "。" in t or len(t) > 100:
            break
        if i + 1 < len(head) and _ORG_END.search(t) and head[i + 1].text.startswith("关于"):
            return t + head[i + 1].text.strip()
        if _TITLE_HINT.search(t) and (t.startswith(("中共", "关于")) or "关于" in t):
            return t
        if i == 0 and len(t) <= 60 and re.search(r"(?:巡视|巡察)组?向.{2,30}反馈", t):
            return t  # a news item: 市委第一巡察组向市卫健委党组反馈巡察情况
    return None


def _bracketed_date(line: str) -> str | None:
    m = re.fullmatch(r"\s*\(([^()]{6,16})\)\s*", line)
    hits = find_dates(m.group(1)) if m else []
    return hits[0].value if len(hits) == 1 and hits[0].value and len(hits[0].value) == 10 else None


def _annexes(lines: list[_Line]) -> list[int]:
    """Indices of the lines that head an appendix (附件, 附件2：整改台账), last first."""
    return [k for k in range(len(lines) - 1, 0, -1) if _ANNEX.fullmatch(lines[k].text)]


def _signature(lines: list[_Line], s: str, warnings: list[str]) -> tuple[str | None, str | None]:
    """The signing body and date among the last lines: `BODY / DATE` (or the other way),
    or, where a ledger is appended after them, among the last lines before its 附件."""
    for k in _annexes(lines):
        publisher, published = _signed(lines[:k], [])
        if publisher and published:
            return publisher, published
    return _signed(lines, warnings)


def _signed(lines: list[_Line], warnings: list[str]) -> tuple[str | None, str | None]:
    publisher = published = None
    for ln in reversed(lines[-6:]):
        t = ln.text.strip()
        if published is None and len(t) <= 20:
            hits = find_dates(t)
            if hits and hits[0].end - hits[0].start >= len(t) - 2:
                if hits[0].value and len(hits[0].value) == 10:
                    published = hits[0].value
                    continue
                if hits[0].ambiguous:
                    warnings.append(f"signature date {t!r} lost characters and has "
                                    "more than one reading; left unknown")
                    continue
        if publisher is None and len(t) <= 40 and not re.search(r"[。,:;@]", t) \
                and _ORG_END.search(t):
            publisher = t
        if publisher and published:
            break
    return publisher, published


# 哈尔滨医科大学附属第一医院: a city in a university's name is not the body's division;
# after a 巡视 (by the province) the report is the province's
_UNIVERSITY_NAME = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,6}?(?:医科大学|中医药大学|大学|医学院|学院)")


def _region(publisher: str | None, title: str | None, s: str) -> Region | None:
    """The publisher's division; a name several divisions share (鼓楼区) is settled by
    which of their cities or provinces the report names."""
    for name in (publisher, title):
        if not name:
            continue
        r = region_of(name)
        if r is not None and _UNIVERSITY_NAME.match(name) and "巡视" in s[:400]:
            return gazetteer().by_code.get(r.code[:2] + "0000", r)  # a provincial university's hospital
        if r is not None:
            return r
        for head in _leading_names(name):
            cands = gazetteer().by_name.get(head, ())
            named = [c for c in cands if (c.city and c.city in s) or (c.province and c.province[:2] in s)]
            if len(named) == 1:
                return named[0]
    return _region_in_opening(s[:400])


_COMMITTEE_AFTER = re.compile(r"党?委(?!员)")
_BODY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:党组|党委|委员会|党总支|支部|局|厅|医院|中心|办公室|政府)")


def _region_in_opening(opening: str) -> Region | None:
    """A news item signs nothing and its title may name no division; the body it
    reports on usually carries one in the opening: …对湖州市疾病预防控制中心党委开展了巡察."""
    g = gazetteer()
    for i in range(len(opening) - 2):
        n = next((n for n in range(min(9, len(opening) - i), 2, -1) if opening[i + n - 1] in "省市区县州旗盟"
                  and opening[i:i + n] in g.by_name), 0)
        if n and (_BODY_AFTER.match(opening, i + n) or _COMMITTEE_AFTER.match(opening, i + n)):
            return region_of(opening[i:])  # …对湖州市疾控中心党委; 根据湖北省委统一部署: the committee's own
    return None


def _leading_names(name: str) -> list[str]:
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    g = gazetteer()
    return [name[:n] for n in range(min(len(name), 9), 1, -1) if len(g.by_name.get(name[:n], ())) > 1]


# --- headings -------------------------------------------------------------------------

def _label(level: int, num: str) -> str:
    if level == 2:
        return f"({num})"
    if level == 4:
        return f"({num})"
    if level == 4.5:
        return f"{num})"
    return num


def _alone_then_title(text: str) -> bool:
    """Whether a line after a label standing alone (a table's 问题一 cell) states the problem:
    not a label, a marker or another heading."""
    return bool(text.strip()) and not _MARKER.match(text) and not any(rx.match(text) for _, rx in _LABELS)


# the body that acts, opening a measure: 委党组修订…, 中心党委召开…
_ACTOR = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:党组|党委|党总支|党支部|支部|局|委|中心|医院)?(?:深入|全面|认真|持续|扎实|及时)?")


def _before_measures(line: str, at: int, title: str) -> str:
    """A heading's problem without the measures its line goes on to give after a colon
    (1.学习不够深入：委党组修订…。已完成整改。): the left part states the problem and the
    right one opens a measure, or the line ends by saying how far it got."""
    colon = title.find(":")
    if colon < 4 or not _PROBLEM_WORDS.search(title[:colon]) or title.count("(", 0, colon) > title.count(")", 0, colon):
        return title
    right = title[colon + 1:]
    acted = _measure_start().match(right, _ACTOR.match(right).end()) or _measure_start().match(right) \
        or _PREPOSITION_FIRST.match(right)
    said = _first_status(right)
    last = [x for x in _TERMINAL.split(line[at:]) if x.strip()]
    closing = last[-1].rsplit(",", 1)[-1].strip() if last else ""  # …，正在整改。: the line's last clause
    if acted or (said and right.startswith(said)) or (len(last) > 1 and _first_status(last[-1])) \
            or (last and len(last[-1]) > len(closing) and closing.startswith(_first_status(closing) or "\0")):
        return title[:colon]
    return title


def _headings(lines: list[_Line]) -> list[Heading]:
    out: list[Heading] = []
    stack: list[tuple[int, str]] = []
    bare, bare_open = 0, False
    chapter = ""  # the title of the innermost 一、 heading
    listing = None  # after a label alone on its line (整改措施：), the level its numbered list is below
    for k, ln in enumerate(lines):
        t = ln.text
        label = _MARKER.match(t)
        if label and not t[label.end():].strip():
            listing = stack[-1][0] if stack else 0
            continue
        for level, rx in _LABELS:
            m = rx.match(t)
            if not m:
                continue
            if listing is not None and (level > listing or (bare_open and level >= listing)):
                break  # 整改措施： then 1．… 2．…: the measures, listed, not headings (also under a bare 问题：X)
            if level >= 2 and _MARKER_LABEL.match(t, m.end()):
                break  # （一）整改措施：… under a problem's heading: its rectification, not a heading
            listing = None
            label = _label(level, m.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, label))
            problem = _PROBLEM_LABEL.match(t, m.end()) or _ASPECT_LABEL.match(t, m.end())  # 1.问题：…, 1.X方面：…
            at = problem.end() if problem else m.end()
            src = ln  # the line that states the problem
            if not t[at:].strip() and level >= 3 and k + 1 < len(lines) and _alone_then_title(lines[k + 1].text):
                src, at = lines[k + 1], 0  # 问题一 in a cell, the problem in the next
            sentence = first_sentence(src.text[at:])
            title = _before_measures(src.text, at, sentence.strip())
            pointed = _POINTED_INLINE.match(src.text, at + len(sentence))
            if pointed and title.endswith("方面"):  # 1.在…方面。巡察指出：X。 the problem pointed out there
                at = pointed.end()
                title = first_sentence(src.text[at:]).strip()
            start = src.start + at
            out.append(Heading("/".join(lab for _, lab in stack), label, level, title,
                               start, start + len(title)))
            bare_open = False
            chapter = title if level <= 1.5 else chapter
            break
        else:
            listing = None
            problem = _PROBLEM_LABEL.match(t)  # 问题：… with no number, one after another
            answered = k + 1 < len(lines) and _MARKER.match(lines[k + 1].text) and not _MARKER.match(t)
            lost = not any(level < 3 for level, _ in stack) and _BARE_LINE.fullmatch(t)  # no numbered chapter
            if problem and stack and (stack[-1][0] < 3 or bare_open):  # not 问题表现： under 1.标题
                at = problem.end()
            elif stack and (stack[-1][0] <= 1.5 or bare_open) and answered and "整改" in chapter \
                    and (_UNNUMBERED.fullmatch(t) or (_BARE_LINE.fullmatch(t) and _PROBLEM_WORDS.search(t))) \
                    and not _ADDRESSED.search(chapter):
                at = 0  # ◆ 问题。 / 整改情况：… under 二、反馈问题整改情况: its bullet lost, a problem still
            elif lost and answered and "整改" in chapter:
                at = 0  # a copy that lost Word's numbers: the problem's heading, then 整改措施：…
            else:
                at = None
                if lost and not answered:  # a chapter heading that lost its number
                    chapter = t
                    if bare_open:  # the problems before it end here
                        stack, bare_open = [], False
                        out.append(Heading("", "", 1, t, ln.start, ln.start + len(t)))
            if at is not None:
                bare, bare_open = bare + 1, True
                while stack and stack[-1][0] >= 3:
                    stack.pop()
                stack.append((3, str(bare)))
                title = first_sentence(t[at:]).strip()
                start = ln.start + at
                out.append(Heading("/".join(lab for _, lab in stack), str(bare), 3, title,
                                   start, start + len(title)))
        for m in _ITEM.finditer(t):
            if not stack:
                continue
            label = f"{m.group(1)}是"
            body = t[m.end():]
            title = first_sentence(body).strip()
            start = ln.start + m.end()
            path = "/".join(lab for _, lab in stack) + "/" + label
            out.append(Heading(path, label, ITEM_LEVEL, title, start, start + len(title)))
    return out


# --- inspection -------------------------------------------------------------------

def _opening(s: str, headings: list[Heading]) -> tuple[int, int]:
    first = next((h.start for h in headings if h.level < ITEM_LEVEL), len(s))
    return 0, max(first, min(len(s), 600))


def _inspection(s: str, lines: list[_Line], headings: list[Heading], title: str | None,
                warnings: list[str], year: int | None = None) -> Inspection:
    o_start, o_end = _opening(s, headings)
    opening = s[o_start:o_end]
    groups = [_group_name(m) for m in ending_at(_GROUP, _GROUP_END, s, 40)]
    inspector = None
    start = end = feedback = target = end_hit = None
    found = list(_INSPECTED.finditer(opening))  # 对绵阳市开展了巡视，并对市卫生健康委党组进行了延伸巡视
    mi = next((x for x in found if _PARTY_TARGET.search(_TARGET_CUT.sub("", x.group("target")))), found[0] if found else None)
    if mi:
        sent_start = max(opening.rfind(c, 0, mi.start()) for c in "。\n") + 1
        before = opening[sent_start:mi.start()]
        g_here = list(_GROUP.finditer(before))
        if g_here:
            inspector = _group_name(g_here[-1])
        target = _clean_target(mi.group("target"))
        hits = [h for h in find_dates(opening) if h.start >= sent_start]
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
        sentence_start = max(opening.rfind(c, 0, said.start()) for c in "。\n") + 1 if said else -1
        hit = next((h for h in find_dates(opening, year) if h.value and sentence_start <= h.start), None) if said else None
        start = start or (hit.value if hit and len(hit.value) == 10 else None)
    if target is None:
        mf = _FEEDBACK.search(opening)
        if mf and mf.group("target"):
            target = _clean_target(mf.group("target"))
        else:
            mn = _NOW.search(opening)
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


def _group_name(m: re.Match) -> str:
    """The group's name with only a real prefix kept: 中共洛阳市委…, 宜昌市委…, not 但与市委…."""
    pre, kw = m.group("pre"), m.group("kw")
    for i in range(len(pre)):
        cand = pre[i:]
        core = cand[2:] if cand.startswith("中共") else cand
        if not core or core in OWN_LEVEL_WORDS or core + kw[0] in OWN_LEVEL_WORDS \
                or gazetteer().lookup(core) or gazetteer().lookup(core + kw[0]) \
                or (kw == "党委" and _BODY_BEFORE_COMMITTEE.fullmatch(core)):  # 林 + 区党委; 市卫生健康委 + 党委
            return m.group()[i:]
    return m.group()[len(pre):]


# a body whose Party committee sends its own groups: 市卫生健康委党委第二巡察组
_BODY_BEFORE_COMMITTEE = re.compile(r"[省市区县州旗盟][\u4e00-\u9fff]{1,8}(?:委|局|厅)")
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


# --- findings --------------------------------------------------------------------------

_BEFORE = re.compile(r"(?<![目当])前")  # 6月底前 sets a deadline; 目前 and 当前 mean now


def _phrase_at(text: str, phrase: str) -> int:
    """Where `phrase` stands in `text` as a status, not as a verb taking an object, a
    promise or a request: …廉政谈话,已完成 and 已完成整改 are statuses; 完成实验室改扩建,
    完成2024年度方案, 12月底前完成整改 and 要求迅速完成整改 are not."""
    at = text.find(phrase)
    while at >= 0:
        nxt = text[at + len(phrase):at + len(phrase) + 1]
        clause = text[max(text.rfind(",", 0, at), text.rfind("\n", 0, at)) + 1:at]
        promised = _BEFORE.search(clause) or text[at - 1:at] == "将" or \
            any(w in clause for w in ("争取", "确保", "力争", "计划", "要求"))  # 6月底前全部完成: a deadline
        if (not nxt or not nxt.isalnum() or nxt in "整中并") and not promised:  # not 完成2024年度方案; 已完成并销号
            return at
        at = text.find(phrase, at + 1)
    return -1


@lru_cache(maxsize=1)
def _status_phrases() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in lexicon("status")), key=len, reverse=True))


def _sections(numbered: list[Heading]) -> list[list[Heading]]:
    """Split headings into top-level sections: at each 一、 and wherever numbering
    restarts at 1 under the same parent (a closing block of (一)(二) after (十六))."""
    top_level = min(h.level for h in numbered)
    sections: list[list[Heading]] = []
    last_num: dict[int, int] = {}
    for h in numbered:
        num = cn_int(h.label.strip("()")) or 0
        restart = num == 1 and last_num.get(h.level, 0) > 1
        if h.level == top_level or restart or not sections:
            sections.append([])
        last_num = {lv: n for lv, n in last_num.items() if lv < h.level}
        last_num[h.level] = num
        sections[-1].append(h)
    return sections


def _findings(s: str, lines: list[_Line], headings: list[Heading], year: int | None) -> list[Finding]:
    numbered = [h for h in headings if h.level < ITEM_LEVEL]
    if not numbered:
        return []
    end = _signature_start(lines, headings)
    markers = [ln.start for ln in lines if _MARKER.match(ln.text)]
    sections = []
    groups = _sections(numbered)
    for i, inside in enumerate(groups):
        begin = _line_start(s, inside[0].start)
        stop = _line_start(s, groups[i + 1][0].start) if i + 1 < len(groups) else end
        marked = any(begin <= at < stop for at in markers) or \
            any(_ADDRESSED.search(s[h.start:h.start + 300].split("\n")[0]) for h in inside) or \
            _ITEM_MARKED.search(s, begin, stop) is not None  # 一是X。整改情况：… on one line
        depth = max(h.level for h in inside) - inside[0].level
        sections.append((inside, stop, marked, depth))
    chosen = [x for x in sections if x[2]]
    if not chosen:
        deepest = max(x[3] for x in sections)
        chosen = [x for x in sections if x[3] == deepest and len(x[0]) > 1]
    if not chosen and len(numbered) > 1 and min(h.level for h in numbered) > 1 \
            and 2 * sum(bool(_PROBLEM_WORDS.search(h.title)) for h in numbered) > len(numbered):
        chosen = [(numbered, end, False, 0)]  # (一)X。(二)Y。 with no chapter above: a news item's problems, one list
    out: list[Finding] = []
    for inside, stop, marked, _ in chosen:
        inside = _without_measures(inside)
        for i, h in enumerate(inside):
            nxt = inside[i + 1] if i + 1 < len(inside) else None
            if nxt is not None and nxt.level > h.level:
                continue  # not a leaf
            leaf_end = _line_start(s, nxt.start) if nxt is not None else stop
            out.extend(_leaf_findings(s, h, leaf_end, marked, year))
    out = _closed_sections(s, out, year)
    titles = {h.path: h.title for h in numbered}
    for i, f in enumerate(out):
        above = ("/".join(f.path.split("/")[:n]) for n in range(f.path.count("/"), 0, -1))  # nearest first
        status = next((st for p in above if (st := _group_status(titles.get(p, "")))), None)
        if f.status is None and status:
            out[i] = replace(f, status=status)
    return out


# what states a problem: 不深入, 未落实, 缺位, 有差距, 薄弱, 滞后, 存在漏洞, …的问题
_PROBLEM_WORDS = re.compile(r"不|未|没|缺|欠|乏|差|弱|缓慢|迟缓|滞后|问题|漏洞|隐患|偏[高低多少]|虚化|淡化|短板|失[职范]|违[规反纪]")
# measures whose object names what was wrong: 清退违规发放的津补贴, 追回违规资金
_OBJECT_VERBS = ("清退", "追回", "退还", "收回", "查处", "纠正", "约谈", "给予")


@lru_cache(maxsize=1)
def _measure_start() -> re.Pattern:
    return re.compile("|".join(sorted((row[0] for row in lexicon("measure_verbs")), key=len, reverse=True)))


# a measure may open with whom or what it acts on: 对各科室…开展督查, 与湘雅医院建立专科联盟
_PREPOSITION_FIRST = re.compile(r"(?:对|与|同|向|为|在|按照|根据|通过)[^,。;]{1,30}?(?=进行|开展|建立|签订|组织|实施|完成)")


def _is_measure(title: str) -> bool:
    verb = _measure_start().match(title) or _PREPOSITION_FIRST.match(title)
    return verb is not None and (verb.group() in _OBJECT_VERBS or not _PROBLEM_WORDS.search(title))


def _without_measures(inside: list[Heading]) -> list[Heading]:
    """The headings less the numbered measures under a heading that states a problem
    ((一)理论学习不深入的问题。 1.制定学习计划 2.开展专题学习): when every item right below
    such a heading opens with a measure's verb and names no problem, they are its
    rectification, and the heading is the finding. A chapter (一、) is never such a
    heading: a narrative report's numbered measures are its issues."""
    drop: set[int] = set()
    for i, h in enumerate(inside):
        if h.level <= 1 or not _PROBLEM_WORDS.search(h.title):
            continue
        below = []
        for k in range(i + 1, len(inside)):
            if inside[k].level <= h.level:
                break
            below.append(k)
        top = min((inside[k].level for k in below), default=None)
        direct = [k for k in below if inside[k].level == top]
        if direct and all(_is_measure(inside[k].title) for k in direct):
            drop.update(below)
    return [h for i, h in enumerate(inside) if i not in drop]


_STATUS_GROUP = re.compile(r"(?:整改)?(?:到位)?的(?:问题|事项)(?:\(\d+个\))?")


def _group_status(title: str) -> str | None:
    """The status a heading gives the findings under it when it groups them by where
    they stand: 二、已完成整改的问题, 三、正在整改的问题（2个）."""
    return next((p for p in _status_phrases() if title.startswith(p) and _STATUS_GROUP.fullmatch(title, len(p))),
                None)


_TABLE_START = re.compile(r"序号|编号")
_KIND = r"类别|类型|分类"  # 问题类别: a column of kinds, not the problem
_HEADER_CELL = re.compile(r"[^\d,。;]{0,6}?(?:问题|措施|情况|时限|期限|目标|单位|处室|科室|股室|部门|领导|责任人|结果|进展|状态|备注)"
                          rf"(?:{_KIND}|描述|表现|内容)?")  # 问题描述
_CLASS_HEADER = re.compile(_KIND)
_STATUS_HEADER = re.compile(r"完成情况|整改结果|整改进展|整改进度|(?:整改|完成)状态|进展情况")
_DEADLINE_HEADER = re.compile(r"时限|期限|完成时间")


def _table_findings(s: str, lines: list[_Line], headings: list[Heading], year: int | None) -> list[Finding]:
    """Findings laid out as a table, one cell a line, as saved pages and scraped copies
    flatten a <table>: a header (序号, 反馈问题, 整改措施, 完成情况 …), then rows whose
    first cell counts 1, 2, 3 …; the problem, measures, status and deadline are read
    from the cells under their headers. A table with no 序号 column starts at its
    problem's header and its rows are read a header's width at a time."""
    out: list[Finding] = []
    i = 0
    while i < len(lines):
        first = lines[i].text.strip()
        start = _TABLE_START.match(first)
        numbered = start is not None
        if not numbered and not ("问题" in first and _HEADER_CELL.fullmatch(first)):
            i += 1  # neither 序号 nor a header that begins with the problem's cell
            continue
        skip = 1 if numbered else 0  # the 序号 cell, before the header and each row
        # 问题类别 before 序号: each row opens with its kind (党的领导), numbers may restart under each
        kinds = numbered and i > 0 and _CLASS_HEADER.search(lines[i - 1].text) is not None \
            and _HEADER_CELL.fullmatch(lines[i - 1].text.strip()) is not None
        j = i + skip
        if numbered and start.end() < len(first):  # the header on one line: 序号反馈问题整改措施完成情况
            head = _HEADER_CELL.findall(first, start.end())
            if "".join(head) != first[start.end():]:
                i += 1
                continue
        else:
            head = []
            while j < len(lines) and len(head) < 7 and _HEADER_CELL.fullmatch(lines[j].text.strip()) \
                    and not (kinds and lines[j + 1:j + 2] and lines[j + 1].text.strip() == "1"):  # the first row's kind
                head.append(lines[j].text.strip())
                j += 1
        problem = next((k for k, h in enumerate(head) if "问题" in h and not _CLASS_HEADER.search(h)), None)
        answered = len(head) == 2 and problem == 0 and re.search("措施|情况", head[1])  # 反馈问题 | 整改情况
        if problem is None or len(head) < (2 if numbered or answered else 3):
            i = max(j, i + 1)
            continue
        measure = next((k for k, h in enumerate(head) if k != problem and re.search("措施|情况", h)
                        and not _STATUS_HEADER.search(h)), None)
        head, ticks, j = _tick_columns(lines, j, head, (problem, measure))
        status = None if ticks else next((k for k, h in enumerate(head) if _STATUS_HEADER.search(h)), None)
        loose = status is None and not ticks and measure is not None  # 整改措施 then 整改情况: the latter may be statuses
        if loose:
            status = next((k for k in range(len(head) - 1, -1, -1)
                           if k not in (problem, measure) and "情况" in head[k]), None)
        limit = next((k for k, h in enumerate(head) if _DEADLINE_HEADER.search(h)), None)
        within = [h for h in headings if h.level < ITEM_LEVEL and h.start < lines[i].start]
        base = within[-1].path + "/" if within else ""
        annex = [m for m in _ANNEX.finditer(s, within[-1].start if within else 0, lines[i].start)]
        if annex:  # a ledger appended after the signature is the annex's, not the last heading's
            base = re.sub(r"\s", "", annex[-1].group(1)) + "/"
        n, section = 1, ""
        while True:
            if kinds and j + 1 < len(lines) and not _row_at(lines, j, len(head), n) \
                    and lines[j + 1].text.strip() in (str(n), "1") and not lines[j].text.strip().isdigit():
                kind = lines[j].text.strip()
                if f"{kind}/" != section:
                    section, n = f"{kind}/", int(lines[j + 1].text.strip())
                j += 1
            again = numbered and out and n > 1 and _row_at(lines, j, len(head), n - 1)
            if again:  # the number merged down over a problem's several measures, written again
                n -= 1
            elif not _row_at(lines, j, len(head), n if numbered else None):
                grouped = numbered and j + 1 < len(lines) and lines[j + 1].text.strip() in ("1", str(n)) \
                    and _section_row(lines[j].text)
                if not grouped:
                    break
                section, n, j = grouped + "/", int(lines[j + 1].text.strip()), j + 1
                continue  # a row across the table that heads the rows under it: 一、…方面
            width = _row_width(lines, j, len(head), n) if numbered else len(head)
            # cells merged down from the row above (rowspan) are missing at the row's left
            cells = [None] * (len(head) - width) + lines[j + skip:j + skip + width]
            if any(cells[k] is None for k in (problem, measure, status, limit) if k is not None and k != again * problem):
                break  # the row lacks a cell the finding is read from (a long problem's, merged down, only again)
            if not numbered and status is not None and _first_status(cells[status].text) is None:
                break  # the lines after an unnumbered table: no status where the row has one
            if not numbered and status is None and not _PROBLEM_WORDS.search(cells[problem].text):
                break  # or, with no status column, no fault stated where the problem stands
            title = out[-1].title if again else cells[problem].text.strip().rstrip("。;")
            rect = cells[measure] if measure is not None else cells[problem]
            f = _finding(s, f"{base}{section}{n}", title, out[-1].start if again else cells[problem].start,
                         rect.start, rect.end, year)
            if status is not None:  # 已完成; 阶段性完成，2024年6月底前全部完成: the status, then a deadline
                cell = cells[status].text.strip().rstrip("。")
                cell = "" if cell == EMPTY_CELL else cell
                phrase = _first_status(cell)
                if phrase and cell.startswith(phrase):
                    value = phrase
                else:  # a cell under 整改情况 that is prose, not a status, says none
                    value = None if loose else cell or None
                f = replace(f, status=value, deadline=f.deadline or find_deadline(cell, year)[0])
            ticked = [head[k] for k in ticks if cells[k] is not None and cells[k].text.strip() in TICK]
            if ticked:  # √ under 已完成
                f = replace(f, status=ticked[0])
            if limit is not None:  # any date under 整改时限 is the deadline: 2024年6月底
                when = [h.value for h in find_dates(cells[limit].text, year) if h.value]
                f = replace(f, deadline=when[0] if when else f.deadline)
            out.append(_measures_joined(out.pop(), f) if again else f)
            n += 1
            j += skip + width
        i = max(j, i + 1)
    return out


def _measures_joined(first: Finding, more: Finding) -> Finding:
    """One problem over several rows of measures: its rectification runs over them all,
    it stands where its last measure stands, and its deadline is the latest."""
    deadlines = [d for d in (first.deadline, more.deadline) if d]
    return replace(first, status=more.status or first.status, deadline=max(deadlines) if deadlines else None,
                   rectification=first.rectification + "\n" + more.rectification, rect_end=more.rect_end)


def _section_row(text: str) -> str | None:
    """The label of a table's row that is a chapter or section heading (一、…方面,
    （二）…), which groups the rows under it; None for any other line."""
    for level, rx in _LABELS:
        m = rx.match(text)
        if m and level <= 2:
            return _label(level, m.group(1))
    return None


def _tick_columns(lines: list[_Line], j: int, head: list[str],
                  read: tuple[int | None, ...]) -> tuple[list[str], list[int], int]:
    """A status column split into one column per status (整改情况 over 已完成 and 持续整改),
    its rows ticking one: the header with the split column replaced by the statuses,
    their places in it, and the line after them. The split column is the last header
    cell not read for the problem or the measures; with none, the header is one row and
    the statuses are its last cells."""
    subs = []
    while j + len(subs) < len(lines) and _first_status(t := lines[j + len(subs)].text.strip()) == t:
        subs.append(t)
    split = next((k for k in range(len(head) - 1, -1, -1) if k not in read and re.search("情况|进展|结果|状态", head[k])),
                 None)
    if len(subs) < 2:
        return head, [], j
    if split is None:  # a header of one row: 序号 反馈问题 整改措施 已完成 正在整改 (the statuses last)
        return head + subs, list(range(len(head), len(head) + len(subs))), j + len(subs)
    return head[:split] + subs + head[split + 1:], list(range(split, split + len(subs))), j + len(subs)


def _row_width(lines: list[_Line], j: int, width: int, n: int) -> int:
    """How many cells numbered row `n` at line `j` has: up to the next row's number, or
    to a heading of the text after the table; a full row unless cells were merged down."""
    for following in (str(n + 1), str(n)):  # the next row's number, or this one again (its measures' rows)
        for w in range(width, max(width - 3, 1), -1):
            at = j + 1 + w
            if at == len(lines) or (at < len(lines) and lines[at].text.strip() == following):
                return w  # the next row's number, or the text's end (a table in an appendix)
    for w in range(1, width + 1):
        if j + w >= len(lines) or any(rx.match(lines[j + w].text) for level, rx in _LABELS if level <= 2):
            return max(w - 1, 1)
    return width


def _row_at(lines: list[_Line], j: int, width: int, n: int | None) -> bool:
    """Whether row `n` (its first cell counts it) or, unnumbered, any row of `width`
    cells starts at line `j`: a row never holds a heading of the text around the table."""
    if n is not None:
        return j + width - 2 < len(lines) and lines[j].text.strip() == str(n)  # cells merged down
    return j + width <= len(lines) and not any(
        rx.match(ln.text) for ln in lines[j:j + width] for level, rx in _LABELS if level <= 2)


def _signature_start(lines: list[_Line], headings: list[Heading]) -> int:
    """Where the signing body and date begin: the last finding's rectification ends
    there, not at the end of the text."""
    last_heading = max((h.start for h in headings), default=0)
    annex = [k for k in _annexes(lines) if lines[k].start > last_heading]
    lines = lines[:annex[-1]] if annex else lines  # the findings end before an appended ledger
    end = lines[-1].end if lines else 0
    for ln in reversed(lines[-3:]):
        t = ln.text.strip()
        if ln.start <= last_heading or len(t) > 40 or re.search(r"[。,:;]", t):
            break
        hits = find_dates(t)
        if (hits and hits[0].end - hits[0].start >= len(t) - 2) or _ORG_END.search(t):
            end = ln.start
        else:
            break
    return end


def _line_start(s: str, at: int) -> int:
    return s.rfind("\n", 0, at) + 1 if at < len(s) else len(s)


def _leaf_findings(s: str, h: Heading, stop: int, marked: bool, year: int | None) -> list[Finding]:
    line_start = _line_start(s, h.start)
    body = s[line_start:stop]
    first_line = body.split("\n", 1)[0]
    pointed = _POINTED_OUT.search(body) or _PROBLEMS_INLINE.search(first_line)
    if pointed:  # 巡察指出的问题：一是…；二是…。 then 整改情况： for all of them
        return _pointed_findings(s, h, line_start + pointed.end(), stop, year)
    inline = [m for m in _ITEM_THEN_RECT.finditer(first_line) if line_start + m.start() >= h.end]
    if inline:  # （一）关于…方面的问题。1.X的问题。整改情况：…。2.Y…: each problem and its measures in the line
        ends = [line_start + m.start() for m in inline[1:]] + [stop]
        return [_finding(s, f"{h.path}/{m.group(1)}", m.group("t").strip(), line_start + m.start("t"),
                         line_start + m.end(), end, year) for m, end in zip(inline, ends)]
    m = _ADDRESSED.search(first_line)
    if m and m.group().endswith("方面") and _POINTED_INLINE.match(first_line, m.end()):
        m = None  # 关于政治建设方面。巡察指出，X: the problem is X, the heading's title
    if m and len(_ITEM_MARKED.findall(body)) < 2:  # else its 一是 items are the problems, each with its 整改情况
        g = next(k for k in ("t", "q", "u", "v") if m.group(k))
        title = m.group(g).strip()
        t_start = line_start + m.start(g)
        rect_start = line_start + m.end()
        return [_finding(s, h.path, title, t_start, rect_start, stop, year)]
    if not marked:
        return [_finding(s, h.path, h.title, h.start, h.end, stop, year)]
    paras = _lines(body)
    items: list[list] = []  # [label, title, start, rect_start, rect_end]
    state = "problem"
    for i, p in enumerate(paras):
        abs_start = line_start + p.start
        if _MARKER.match(p.text):
            state = "rect"
            if not items:
                items.append([None, h.title, h.start, abs_start, stop])
            for item in items:  # items listed before one shared rectification block
                if item[3] < 0:
                    item[3], item[4] = abs_start, stop
            continue
        if state == "rect":
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            mi = _ITEM_START.match(p.text)
            if mi and nxt is not None and _MARKER.match(nxt.text):
                state = "problem"
                for item in items:
                    if item[4] == stop:
                        item[4] = abs_start
                body_start = abs_start + mi.end()
                title = first_sentence(s[body_start:line_start + p.end]).strip(" ,:")
                items.append([f"{mi.group(1)}是", title, body_start, -1, stop])
            continue
        for mi in _ITEM.finditer(p.text):
            if items and items[-1][0] is None and items[-1][3] < 0:
                items.pop()
            if items and items[-1][3] < 0 and items[-1][4] == stop:
                items[-1][4] = abs_start + mi.start()  # one line, several items: each ends where the next begins
            body_start = abs_start + mi.end()
            title = first_sentence(s[body_start:line_start + p.end]).strip(" ,:")
            items.append([f"{mi.group(1)}是", title, body_start, -1, stop])
        if not items:
            items.append([None, h.title, h.start, -1, stop])
    out = []
    for label, title, t_start, r_start, r_end in items:
        path = h.path if label is None else f"{h.path}/{label}"
        if r_start < 0:  # no 整改情况 line of its own: what follows the title is the rectification
            r_start = min(t_start + len(title), r_end)
        out.append(_finding(s, path, title, t_start, r_start, r_end, year))
    return out


_ITEM_THEN_RECT = re.compile(rf"(?:^|(?<=[。;]))\s*(\d{{1,2}})[.、]\s*(?P<t>[^。;\n]{{4,}}?)[。;]\s*(?={_MARKER_WORDS}\s*:)")
_BULLET = re.compile(r"^[ \t]*(?:——|—|-|·|●|■|◆|▲)[ \t]*([^\n]+?)[;。]?[ \t]*$", re.M)  # ——X；
_POINTED_OUT = re.compile(r"^[ \t]*(?:巡察|巡视)?(?:组)?(?:指出|反馈|发现)的?(?:主要)?问题\s*:[ \t]*", re.M)
_LISTED = re.compile(rf"([{CN}]{{1,2}})是\s*([^;。\n]+)")
# 1.X；2.Y or (1)X；(2)Y in one line: the problems, numbered, after 巡察指出的问题：
_MARKER_INLINE = re.compile(rf"{_MARKER_WORDS}\s*:")
# …方面存在的问题：（1）X；（2）Y。 problems listed on their heading's line
_PROBLEMS_INLINE = re.compile(rf"(?:(?:存在|指出|反馈|发现)的?(?:主要)?问题|方面)\s*:\s*(?=\([\d{CN}]|\d{{1,2}}[.、]|[①-⑳]|[{CN}]{{1,2}}是)")
_INLINE_NUMBER = rf"(?:(\d{{1,2}})[.、]|\((\d{{1,2}})\)|([①-⑳])|\(([{CN}]{{1,2}})\))"  # 1．, （1）, ①, （一）: an item's number inside a line
_NUMBERED_INLINE = re.compile(rf"(?:^|(?<=[;。:\s])){_INLINE_NUMBER}\s*([^;。\n]+)")


def _pointed_findings(s: str, h: Heading, at: int, stop: int, year: int | None) -> list[Finding]:
    """The problems listed after 巡察指出的问题： (一是…；二是…, or one sentence), which
    share the 整改情况 that follows them."""
    line_end = s.find("\n", at)
    line_end = stop if line_end < 0 or line_end > stop else line_end
    rect = next((m.start() for m in _MARKER_ANYWHERE.finditer(s, line_end, stop)), line_end)
    inline = _MARKER_INLINE.search(s, at, line_end)  # …；（2）Y。整改情况：… on the same line
    if inline:
        rect = line_end = inline.start()
    items = [(f"{h.path}/{m.group(1)}是", m.group(2).strip(), m.start(2)) for m in _LISTED.finditer(s, at, line_end)]
    numbered = list(_NUMBERED_INLINE.finditer(s, at, line_end))
    if not items and numbered and (len(numbered) >= 2 or numbered[0].start() == at):  # （1）X: a list of one
        items = [(f"{h.path}/{next(filter(None, m.groups()[:4]))}", m.group(5).strip(), m.start(5)) for m in numbered]
    if not items and not s[at:line_end].strip():  # the label alone, then ——X； on a line each
        items = [(f"{h.path}/{k}", m.group(1), m.start(1)) for k, m in enumerate(_BULLET.finditer(s, line_end, rect), 1)]
        if not items:  # or the problem on the next line
            at = line_end + 1
            nxt = s.find("\n", at)
            line_end = nxt if 0 <= nxt < stop else stop
            rect = max(rect, line_end)
    if not items:
        title = first_sentence(s[at:line_end]).strip()
        items = [(h.path, title, at)]
    return [_finding(s, path, title, start, rect, stop, year) for path, title, start in items]


# …但也存在一些问题：一是…；二是…, or 巡视也发现一些问题：…；…；…: a news item's problems,
# with no heading above them
_PROBLEMS_LISTED = re.compile(rf"(?:问题|不足|短板|主要(?:表现|体现)(?:在|为)?|主要是|具体(?:表现)?(?:在|为))\s*:\s*(?=[{CN}]{{1,2}}是)"
                              rf"|(?:巡视|巡察)组?(?:指出|发现|反馈)\s*[,:]\s*(?=一是)")  # 巡察组指出，一是…
_PROBLEMS_FOUND = re.compile(rf"(?:发现|存在|指出|反馈)[了的]?(?:一些|以下|如下|主要|的主要|[\d{CN}]+个?(?:方面|类)的?)?"
                             rf"(?:[\d{CN}]+个)?问题"  # 反馈了3个方面5个问题：
                             rf"(?:主要)?(?:有|是|包括|为)?"
                             rf"(?:以下|如下)?(?:[\d{CN}]+个?(?:方面|问题|项))?"
                             r"(?:[。,]\s*(?:主要(?:是|有|表现在|表现为)|具体(?:是|为|表现为)|分别(?:是|为)))?"  # …存在一些问题。主要是：
                             r"\s*:\s*")  # 反馈的问题主要有以下4个方面：
_CLAUSE = re.compile(r"[^;。\n]+")
_SHI_LINE = re.compile(rf"[ \t]*[{CN}]{{1,2}}是")


def _listed_findings(s: str, year: int | None) -> list[Finding]:
    """The problems a report with no numbered headings (a news item about a feedback
    meeting, a short report) lists in one sentence, 一是…；二是… or, after the words that
    announce them, clauses apart by semicolons (numbered 1.…；2.… or not). Their
    rectification is shared; only a later line counting them all (以上4个问题均已整改完成)
    gives them a status."""
    m = _PROBLEMS_LISTED.search(s)
    if m is not None:
        line_end = s.find("\n", m.end())
        line_end = len(s) if line_end < 0 else line_end
        while (nxt := _SHI_LINE.match(s, line_end + 1)) is not None:  # 一是…\n二是…: a line each
            after = s.find("\n", nxt.end())
            line_end = len(s) if after < 0 else after
        found = [_finding(s, f"{x.group(1)}是", x.group(2).strip(), x.start(2), x.end(2), x.end(2), year)
                 for x in _LISTED.finditer(s, m.end(), line_end)]
        return _all_counted(s, found, line_end, year)
    m = _PROBLEMS_FOUND.search(s)
    if m is None:
        return []
    end = min((k for k in (s.find("。", m.end()), s.find("\n", m.end())) if k >= 0), default=len(s))
    items = list(_CLAUSE.finditer(s, m.end(), end))
    if len(items) < 2:
        return []  # one clause: a sentence about the problems, not a list of them
    found = []
    for n, x in enumerate(items, 1):
        number = _CLAUSE_NUMBER.match(x.group())
        at = x.start() + (number.end() if number else 0)
        label = next(filter(None, number.groups())) if number else str(n)
        found.append(_finding(s, label, s[at:x.end()].strip(), at, x.end(), x.end(), year))
    return _all_counted(s, found, end, year)


# 针对“X”的问题，…  对于“Y”的问题，…: problems named in the prose that answers them, unnumbered
_ADDRESSED_INLINE = re.compile(rf"(?:^|(?<=[。;\n]))[ \t]*(?:[{CN}]{{1,2}}是|\d{{1,2}}[.、]|\(\d{{1,2}}\)|[①-⑳])?\s*"
                               r"(?:(?:针对|对于|关于|对|就)\s*(?:(?:巡视|巡察)组?(?:指出|反馈|发现)的?)?\s*[“\"‘](?P<t>[^”\"’\n]{4,60})[”\"’]"
                               r"|(?:针对|对于|关于)\s*(?!(?:巡视|巡察|上述|以上|该|此|这些?|反馈))"
                               r"(?P<u>[^“”\",。;:\n]{4,40}?))\s*的?问题\s*[,:。]")  # 一是针对…, 1.针对…, 针对X的问题，


_POINTED_PROSE = re.compile(r"(?:^|(?<=[。\n]))[ \t]*(?:在[^,。;\n]{2,20}方面,)?(?:巡察|巡视)组?(?:指出|反馈|发现)"
                            r"(?:的问题(?:是|为|主要是)|\s*[,:])\s*(?P<t>[^。;\n]{4,80})[。;]")


def _addressed_findings(s: str, year: int | None) -> list[Finding]:
    """Problems a report with no numbered findings names one after another in its prose,
    each opening the sentences that answer it (针对“X”的问题，局党组…，已完成整改。; 在X方面，
    巡察指出的问题是Y。对此，…). Two at least: one such sentence alone is prose about a
    problem, not a list of them."""
    found = sorted([*_ADDRESSED_INLINE.finditer(s),
                    *(m for m in _POINTED_PROSE.finditer(s) if _PROBLEM_WORDS.search(m.group("t")))],
                   key=lambda m: m.start())
    if len(found) < 2:
        return []
    out = []
    for k, m in enumerate(found):
        line_end = s.find("\n", m.end())
        end = min(found[k + 1].start() if k + 1 < len(found) else len(s), line_end if line_end >= 0 else len(s))
        g = "t" if m.group("t") else "u"
        out.append(_finding(s, str(k + 1), m.group(g).strip(), m.start(g), m.end(), end, year))
    return out


_LINE = re.compile(r"(?m)^[^\n]+")


def _colon_lines(s: str, year: int | None) -> list[Finding]:
    """Unnumbered lines that each state a problem, then after a colon its measures or how
    far it got (党委议事决策不规范：修订议事规则，已完成整改。): two such lines at least."""
    out = []
    for m in _LINE.finditer(s):
        sentence = first_sentence(m.group()).strip()
        title = _before_measures(m.group(), 0, sentence)
        if title != sentence and ":" not in title:
            at = m.start() + m.group().find(title)
            out.append(_finding(s, str(len(out) + 1), title, at, at + len(title) + 1, m.end(), year))
    return out if len(out) >= 2 else []


_ENUMERATED = re.compile(rf"(?:存在|反馈|指出)了?(?P<list>[^。;:\n]{{8,200}}?)等(?:[\d{CN}]+个)?(?:方面)?的?问题")
_LIST_ITEM = re.compile(r"[“\"「]([^”\"」]+)[”\"」]、?|([^、“”\"「」]+)、?")
_ABOVE_ALL = re.compile(r"(?:上述|以上)(?:[\d一二三四五六七八九十]+个)?问题[^。\n]*")


def _enumerated_findings(s: str, year: int | None) -> list[Finding]:
    """The problems a short report names in one sentence, apart by 、 (存在理论学习不深入、
    财务管理不规范等问题), each stating a fault; a later 上述问题已全部完成整改 gives their status."""
    m = _ENUMERATED.search(s)
    if m is None:
        return []
    listed = m.group("list")
    cut = listed.rfind("存在") + 2 if "存在" in listed else 0  # 指出，X党组存在A、B等问题: after 存在
    parts = []
    for part in _LIST_ITEM.finditer(listed, cut):  # A、B、C or “A”“B”“C”
        text = part.group(1) or part.group(2)
        parts.append((text.strip(), m.start("list") + part.start(1 if part.group(1) else 2)))
    if len(parts) < 2 or not all(len(p) >= 4 and _PROBLEM_WORDS.search(p) for p, _ in parts):
        return []
    said = next((x for x in _ABOVE_ALL.finditer(s, m.end()) if _first_status(x.group())), None)
    status = _first_status(said.group()) if said else None
    deadline = find_deadline(said.group(), year)[0] if said else None
    return [Finding(path=str(k), title=p, start=a, end=a + len(p), status=status, deadline=deadline,
                    rectification="", rect_start=m.end(), rect_end=m.end()) for k, (p, a) in enumerate(parts, 1)]


_CLAUSE_NUMBER = re.compile(rf"\s*(?:{_INLINE_NUMBER}|([{CN}]{{1,2}}是)|(第[{CN}]{{1,2}})[,、])\s*")  # 1.…；一是…；第一，…


def _all_counted(s: str, found: list[Finding], after: int, year: int | None,
                 counts: re.Pattern | None = None) -> list[Finding]:
    """`found`, those with no status of their own given that of a later sentence that
    counts them all (`counts`, by default 以上4个问题均已整改完成)."""
    for m in (counts or _ALL_COUNTED).finditer(s, after):
        if found and cn_int(m.group(1)) == len(found):
            sentence = first_sentence(s[m.start():])
            status = _first_status(sentence)
            if status:
                deadline = find_deadline(sentence, year)[0]
                return [f if f.status else replace(f, status=status, deadline=f.deadline or deadline) for f in found]
    return found


def _finding(s: str, path: str, title: str, t_start: int, r_start: int, r_end: int,
             year: int | None) -> Finding:
    while r_start < r_end and s[r_start] in "。;.,: \n":  # the full stop that ended the title
        r_start += 1
    rect = s[r_start:r_end].strip()
    status, deadline = _status(rect), find_deadline(rect, year)[0]
    before = s[t_start + len(title):r_start]  # 整改目标：… 整改时限：… between the problem and the measures
    if deadline is None and _LIMIT_LABEL.search(before):
        deadline = find_deadline(before, year)[0]
    if solved := _SOLVES.fullmatch(title):  # 聚焦作风建设，着力解决违反中央八项规定精神问题: the problem
        title, t_start = solved.group("p"), t_start + solved.start("p")
    if (done := _RECT_SUFFIX.search(title)) and done.start() >= 4:
        title = title[:done.start()]  # （一）X的问题整改情况: the problem, without what the heading adds
    if title.startswith("关于") and len(title) >= 6:
        title, t_start = title[2:], t_start + 2  # 一、关于疾控体系改革推进缓慢: about the problem
    if (wrapped := _OF_PROBLEM.search(title)) and wrapped.start() >= 4:
        title = title[:wrapped.start()]  # （一）“第一议题”制度落实不到位的问题: the problem, as 关于…的问题 gives it
    if status is None and (said := _first_status(before)) and before.lstrip(" :").startswith(said):
        status = said  # （一）X：已完成, the status after the problem on its heading's line
    tag = _TITLE_TAG.match(title)
    if tag is None and (paren := _PAREN_TAG.match(title)) and _first_status(paren.group(1)) == paren.group(1):
        tag = paren  # （已完成）X
    if tag and len(title) > tag.end():  # 【已完成】X: its status first; 【党的领导】X: its kind, a label
        title, t_start = title[tag.end():], t_start + tag.end()
        if _first_status(tag.group(1)) == tag.group(1):
            status = status or tag.group(1)
    note = _TITLE_NOTE.search(title)
    if note and (_first_status(note.group(1)) or _DEADLINE_HEADER.search(note.group(1))):
        title = title[:note.start()].rstrip()  # the problem, its status and deadline after it in brackets
        said = _LIMIT_VALUE.sub("", note.group(1))  # 整改时限：长期坚持 says how far only if the measures don't
        status = _first_status(said) or status or _first_status(note.group(1))
        deadline = find_deadline(note.group(1), year)[0] or deadline
    return Finding(
        path=path,
        title=title,
        start=t_start,
        end=t_start + len(title),
        status=status,
        deadline=deadline,
        rectification=rect,
        rect_start=r_start,
        rect_end=r_end,
    )


# a heading naming the problem it set out to solve: (聚焦X，)着力解决Y(的)问题
_SOLVES = re.compile(r"(?:[^,;。]{2,24},)?(?:着力|切实|重点|集中|全力|坚决|扎实|有效)(?:解决|破解|纠治|整治|纠正)"
                     r"(?P<p>.{4,}?)(?:的)?问题[。.]?")
_RECT_SUFFIX = re.compile(r"(?:的?问题)?的?整改(?:落实|进展)?情况[。.]?$")
_OF_PROBLEM = re.compile(r"(?<!方面)(?<!领域)(?<!存在)的问题[。.]?$")
_LIMIT_LABEL = re.compile(rf"(?:{_DEADLINE_HEADER.pattern})\s*:")  # 整改时限：
_LIMIT_VALUE = re.compile(rf"{_LIMIT_LABEL.pattern}[^,;]*")  # 整改时限：长期坚持, up to the next clause
# 问题（已完成整改）, 问题（整改时限：2024年12月31日，正在整改）: a note after the problem
_STARTS_STATUS = re.compile(r"\s*(?:整改(?:进度|进展|状态|情况)\s*:\s*)?(?:已|正在|持续|基本|阶段性|部分|长期|需|未)")
_TITLE_TAG = re.compile(r"^\s*【([^】]{2,8})】\s*")
_PAREN_TAG = re.compile(r"^\s*\(([^)]{2,8})\)\s*")
_TITLE_NOTE = re.compile(r"\s*\(([^()]{2,40})\)$")
_STANDS_NOW = re.compile(r"\s*(?:目前|截至目前|截止目前|当前|现已)")  # a sentence saying where it stands
_THIS_ONE = re.compile(r"[此该本](?:项|个|条)?问题|此项|该项|(?:以上|上述)问题")  # 此项问题已完成整改, 该问题整改已取得阶段性成效


def _status(rect: str) -> str | None:
    """The status as written: 整改结果:完成, the first status phrase of the first sentence,
    a 整改结果: written after the measures, or a sentence saying it: 此项问题已完成整改,
    目前已阶段性完成, or opening with it: 已完成整改, 已基本完成,持续推进."""
    m = _RESULT.match(rect)
    if m and ("结果" in m.group() or _first_status(m.group(1)) == m.group(1)):
        return m.group(1)  # 整改进展: only where it gives a status, not prose (投入资金420万元)
    note = _TITLE_NOTE.search(rect.rstrip("。 \n"))
    if note and _STARTS_STATUS.match(note.group(1)):
        return _first_status(note.group(1))  # …清退费用2.6万元。（正在整改，2025年6月30日前完成）
    first = first_sentence(_MARKER.sub("", rect, count=1))
    head = first[:60] + "\n" + first.rsplit(",", 1)[-1]  # its start, or its closing clause: …,已完成整改
    found = _first_status(head)
    if found:
        return found
    later = _RESULT_LATER.search(rect)  # 整改情况:….整改结果:已完成, on the same line or the next
    if later and (not later.group("progress") or _first_status(later.group("value"))):
        return later.group("value")  # 整改进度: only where it gives a status (阶段性完成), not prose
    for sentence in _TERMINAL.split(rect):  # …。此项问题已完成整改。 …。已基本完成,持续推进。 …。目前已阶段性完成
        found = _first_status(sentence)
        if found and (_THIS_ONE.search(sentence) or sentence.strip().startswith(found) or _STANDS_NOW.match(sentence)
                      or (len(sentence.strip()) <= 14 and sentence.rsplit(",", 1)[-1].strip().startswith(found))):
            return found  # …。立行立改，已整改到位。: a short sentence closing on it
    return None


# 第1、2、3项已完成整改; 第4、8项问题正在持续整改; 第1至3项均已完成
_TALLY_SEP = "[、,和及至到—-]"  # 第1、2项, 第3至4项
_TALLY_NUMBER = rf"(?:\([\d{CN}]+\)|[\d{CN}]+)"  # 第（一）（三）项: the findings' own labels
# (a bare number needs a separator before the next, so no run of digits splits two ways)
_TALLY = re.compile(rf"第\s*((?:\([\d{CN}]+\)\s*(?:{_TALLY_SEP}\s*)?|[\d{CN}]+\s*{_TALLY_SEP}\s*)*{_TALLY_NUMBER})"
                    r"\s*(?:项|个|条)(?:问题|任务)?(?:均|都|已经)?")
_TALLY_ITEM = re.compile(rf"({_TALLY_SEP})?\s*\(?([\d{CN}]+)\)?")


def _tallied(s: str, findings: list[Finding], year: int | None) -> list[Finding]:
    """Statuses a tally gives by item number (第1、2、5项已完成整改，第4、7项正在整改), or
    lines answering each by number (针对问题1，…已完成整改), to the findings that state
    none of their own. The numbers are the findings' own where
    they run on across sections, else their places in the report. A sentence counting
    them all as done (巡察反馈的5个问题已全部完成整改) gives the rest theirs."""
    if all(f.status for f in findings):
        return findings
    findings = _all_counted(s, findings, 0, year, _ALL_DONE)
    own = _numbers(findings)
    if len(set(own)) != len(own):
        own = list(range(1, len(findings) + 1))
    status: dict[int, str] = {}
    deadline: dict[int, str | None] = {}
    for numbers, phrase, _ in _tally(s):
        for n in numbers:
            status.setdefault(n, phrase)
    for m in _ANSWERED.finditer(s):  # 针对问题1，…，已完成整改。: measures given apart, by number
        n, phrase = cn_int(m.group(1)), _status(m.group(2))
        if n is not None and phrase:
            status.setdefault(n, phrase)
            deadline.setdefault(n, find_deadline(m.group(2), year)[0])
    return [replace(f, status=status[n], deadline=f.deadline or deadline.get(n))
            if f.status is None and status.get(n) else f for f, n in zip(findings, own)]


_ANSWERED = re.compile(rf"(?m)^\s*针对(?:第)?问题\s*(\d{{1,2}}|[{CN}]{{1,3}})\s*[,:]?([^\n]*)")


def _numbers(findings: list[Finding]) -> list[int]:
    """Each finding's own number (1., （三）), or its place among them where one has none."""
    own = [cn_int(f.path.rsplit("/", 1)[-1].strip("()")) for f in findings]
    return list(range(1, len(findings) + 1)) if None in own else own


def _tally(text: str) -> list[tuple[list[int], str, int]]:
    """The item numbers a tally gives each status, and where the status ends:
    第1、2、5项已完成整改, 第2项、第3项已完成整改, 第3至4项正在整改."""
    out: list[tuple[list[int], str, int]] = []
    pending: list[int] = []
    last = -1
    for m in _TALLY.finditer(text):
        if not re.fullmatch(rf"\s*{_TALLY_SEP}?\s*", text[last:m.start()]):
            pending = []  # not the next item of the same list: 第2项、第3项
        items = [(x.group(1), cn_int(x.group(2))) for x in _TALLY_ITEM.finditer(m.group(1))]
        numbers = [n for _, n in items]
        if None in numbers:
            pending, last = [], -1
            continue
        for (_, a), (sep, b) in zip(items, items[1:]):
            if sep and sep in "至到-—" and a < b:
                numbers += range(a + 1, b)
        pending, last = pending + numbers, m.end()
        after = text[m.end():m.end() + 12]
        phrase = _first_status(after)
        if phrase is not None and _phrase_at(after, phrase) <= 2:  # 正在持续整改: 持续整改
            out.append((pending, phrase, m.end() + _phrase_at(after, phrase) + len(phrase)))
            pending, last = [], -1
    return out


# a sentence closing a section: 该方面2个问题已全部完成整改, 以上问题正在整改, 该方面第1项…
# (not 此项问题已完成整改: a finding's own last line)
_CLOSER = re.compile(r"以上|上述|(?:该|本|此)(?:方面|部分|领域|类)")
_ALL_COUNTED = re.compile(rf"(?:以上|上述)(?:反馈的?)?(\d+|[{CN}]+)(?:个|项|条)")
# 巡察反馈的5个问题已全部完成整改: every finding counted as done, with no count of some between
_ALL_DONE = re.compile(rf"(?:(?:反馈|指出|发现|提出)的?|以上|上述)(\d+|[{CN}]+)(?:个|项|条)问题[^。;\n\d{CN}]{{0,6}}?(?:均|全部|都)")


def _closed_sections(s: str, findings: list[Finding], year: int | None) -> list[Finding]:
    """A line after a section's last finding that says where the section stands
    (该方面2个问题已全部完成整改; 该方面第1项正在整改，计划于…；第2项、第3项已完成整改)
    gives its findings their statuses and deadlines, by item number where it counts
    them; it is not the last finding's measures. After the last section, one that counts
    every finding (以上8个问题均已完成整改) gives them all theirs."""
    out = list(findings)
    groups: dict[str, list[int]] = {}
    for k, f in enumerate(out):
        groups.setdefault(f.path.rpartition("/")[0], []).append(k)
    for g, ks in enumerate(groups.values()):
        last = out[ks[-1]]
        body = s[last.rect_start:last.rect_end].rstrip()
        cut = body.rfind("\n") + 1
        closer = body[cut:]
        if not cut or not _CLOSER.match(closer) or _first_status(closer) is None:
            continue
        out[ks[-1]] = _finding(s, last.path, last.title, last.start, last.rect_start,
                               last.rect_start + cut - 1, year)
        counted = _ALL_COUNTED.match(closer)
        if g == len(groups) - 1 and counted and cn_int(counted.group(1)) == len(out) > len(ks):
            ks = list(range(len(out)))  # 以上8个问题均已完成整改, after the last section: all of them
        tallied = _tally(closer)
        given: dict[int, tuple[str, str | None]] = {}
        for numbers, phrase, end in tallied:
            clause = re.split(r"[;。]|第", closer[end:], maxsplit=1)[0]
            for n in numbers:
                given[n] = (phrase, find_deadline(clause, year)[0])
        every = None if tallied else (_first_status(closer), find_deadline(closer, year)[0])
        for k, n in zip(ks, _numbers([out[k] for k in ks])):
            phrase, deadline = given.get(n, every) or (None, None)
            f = out[k]
            if phrase and f.status is None:
                out[k] = replace(f, status=phrase, deadline=f.deadline or deadline)
    return out


def _first_status(text: str) -> str | None:
    """The status phrase standing first in `text` (the longest where two start together),
    with the 中 that may follow it: 持续推进中."""
    found = [(at, -len(p), p) for p in _status_phrases() if (at := _phrase_at(text, p)) >= 0]
    if not found:
        return None
    at, _, p = min(found)
    return p + "中" if text[at + len(p):at + len(p) + 1] == "中" else p