"""Findings in a report that numbers none: a news item's 一是…；二是…, problems named in
the sentences that answer them, blocks of labelled lines (反馈问题：… 整改措施：…), colon
lines, or one sentence listing them apart by 、."""
from __future__ import annotations

import re

from kg.dates import find_deadline
from kg.model import Finding
from kg.structure.finding import read_finding
from kg.structure.headings import INLINE_NUMBER, LISTED, before_measures
from kg.structure.lines import CN, end_of_line, first_sentence
from kg.structure.tallies import all_counted
from kg.structure.wording import MARKER_LABEL, MARKER_WORDS, PROBLEM_WORDS, first_status

# …但也存在一些问题：一是…；二是…, or 巡视也发现一些问题：…；…；…: a news item's problems,
# with no heading above them
_PROBLEMS_LISTED = re.compile(rf"(?:问题|不足|短板|主要(?:表现|体现)(?:在|为)?|主要是|具体(?:表现)?(?:在|为)"
                              rf"|(?:主要)?集中(?:在|于|体现在)(?:以下|如下)?(?:几个|[\d{CN}]+个)?方面)"  # 问题主要集中在以下几个方面：
                              rf"\s*:\s*(?=[{CN}]{{1,2}}是)"
                              rf"|(?:巡视|巡察)组?(?:指出|发现|反馈)\s*[,:]\s*(?=一是)")  # 巡察组指出，一是…
_PROBLEMS_FOUND = re.compile(rf"(?:发现|存在|指出|反馈)[了的]?(?:一些|以下|如下|主要|的主要|[\d{CN}]+个?(?:方面|类)的?)?"
                             rf"(?:[\d{CN}]+个)?(?:问题|不足|短板)"  # 反馈了3个方面5个问题：; 存在一些不足，如：
                             rf"(?:主要)?(?:有|是|包括|为)?"
                             rf"(?:以下|如下)?(?:[\d{CN}]+个?(?:方面|问题|项))?"
                             r"(?:[。,]\s*(?:主要(?:是|有|表现在|表现为)|具体(?:是|为|表现为)|分别(?:是|为)|例如|比如|如))?"  # …存在一些问题。主要是：
                             r"\s*:\s*")  # 反馈的问题主要有以下4个方面：
_FAULTS_INTRO = re.compile(r"(?:问题|不足|短板|差距|薄弱环节)[^。;:\n]{0,24}:\s*")
_CLAUSE = re.compile(r"[^;。\n]+")
_COMMA_CLAUSE = re.compile(r"[^,;。\n]+")
_SHI_LINE = re.compile(rf"[ \t]*[{CN}]{{1,2}}是")


def listed_findings(s: str, year: int | None) -> list[Finding]:
    """The problems a report with no numbered headings (a news item about a feedback
    meeting, a short report) lists in one sentence, 一是…；二是… or, after the words that
    announce them, clauses apart by semicolons (numbered 1.…；2.… or not). Their
    rectification is shared; only a later line counting them all (以上4个问题均已整改完成)
    gives them a status."""
    m = _PROBLEMS_LISTED.search(s)
    if m is not None:
        line_end = end_of_line(s, m.end())
        while (nxt := _SHI_LINE.match(s, line_end + 1)) is not None:  # 一是…\n二是…: a line each
            line_end = end_of_line(s, nxt.end())
        return all_counted(s, _shi_items(s, m.end(), line_end, year), line_end, year)
    m = _PROBLEMS_FOUND.search(s)
    faults_only = m is None
    if m is None:  # any words about problems or shortcomings before a colon: …还有差距的地方，具体是：
        m = next((x for x in _FAULTS_INTRO.finditer(s) if LISTED.match(s, x.end()) or _CLAUSE.match(s, x.end())), None)
        if m is None:
            return []
        if LISTED.match(s, m.end()):
            found = _shi_items(s, m.end(), line_end := end_of_line(s, m.end()), year)
            return all_counted(s, found, line_end, year) if len(found) >= 2 else []
    end = min((k for k in (s.find("。", m.end()), s.find("\n", m.end())) if k >= 0), default=len(s))
    if "\n" in s[m.start():m.end()] and (lines_end := _lines_closed(s, m.end())) is not None:
        end = lines_end  # the announcement's colon ends its line: the problems follow a line each
    items = list(_CLAUSE.finditer(s, m.end(), end))
    if len(items) == 1:  # 存在的主要问题：A不够紧密，B存在漏洞，C不规范。 apart by commas, each stating a fault
        items = list(_COMMA_CLAUSE.finditer(s, m.end(), end))
        if not all(4 <= len(x.group().strip()) <= 40 and PROBLEM_WORDS.search(x.group()) for x in items):
            items = []
    if len(items) < 2 or (faults_only and not all(PROBLEM_WORDS.search(x.group()) for x in items)):
        return []  # one clause: a sentence about the problems, not a list of them
    found = []
    for n, x in enumerate(items, 1):
        number = _CLAUSE_NUMBER.match(x.group())
        at = x.start() + (number.end() if number else 0)
        label = next(filter(None, number.groups())) if number else str(n)
        found.append(read_finding(s, label, s[at:x.end()].strip(), at, x.end(), x.end(), year))
    return all_counted(s, found, end, year)


def _lines_closed(s: str, at: int) -> int | None:
    """Where lines from `at` that each end with ； (the last with ； or 。) end: two at
    least, a problem each (▲ X；\n▲ Y；\n▲ Z。 after 存在问题：)."""
    pos, n = at, 0
    while pos < len(s):
        end = end_of_line(s, pos)
        line = s[pos:end].rstrip()
        n += line.endswith((";", "。"))
        if not line.endswith(";"):
            return end if line.endswith("。") and n >= 2 else (pos - 1 if n >= 2 else None)
        pos = end + 1
    return len(s) if n >= 2 else None


def _shi_items(s: str, at: int, end: int, year: int | None) -> list[Finding]:
    """The problems listed 一是…；二是… from `at` to `end`, their rectification shared."""
    return [read_finding(s, f"{x.group(1)}是", x.group(2).strip(), x.start(2), x.end(2), x.end(2), year)
            for x in LISTED.finditer(s, at, end)]


# 针对“X”的问题，…  对于“Y”的问题，…: problems named in the prose that answers them, unnumbered
_ADDRESSED_INLINE = re.compile(rf"(?:^|(?<=[。;\n]))[ \t]*(?:[{CN}]{{1,2}}是|\d{{1,2}}[.、]|\(\d{{1,2}}\)|[①-⑳])?\s*"
                               r"(?:(?:针对|对于|关于|对|就)\s*(?:(?:巡视|巡察)组?(?:指出|反馈|发现)的?)?\s*[“\"‘](?P<t>[^”\"’\n]{4,60})[”\"’]"
                               r"|(?:针对|对于|关于)\s*(?:(?:巡视|巡察)组?(?:指出|反馈|发现)的)?(?!(?:巡视|巡察|上述|以上|该|此|这些?|反馈))"
                               r"(?P<u>[^“”\",。;:\n]{4,40}?))\s*的?问题\s*[,:。]")  # 一是针对…, 1.针对…, 针对X的问题，
_POINTED_PROSE = re.compile(r"(?:^|(?<=[。\n]))[ \t]*(?:在[^,。;\n]{2,20}方面,)?(?:巡察|巡视)组?(?:指出|反馈|发现)"
                            r"(?:的问题(?:是|为|主要是)|\s*[,:])\s*(?P<t>[^。;\n]{4,80})[。;]")


def addressed_findings(s: str, year: int | None) -> list[Finding]:
    """Problems a report with no numbered findings names one after another in its prose,
    each opening the sentences that answer it (针对“X”的问题，局党组…，已完成整改。; 在X方面，
    巡察指出的问题是Y。对此，…). Two at least: one such sentence alone is prose about a
    problem, not a list of them."""
    found = sorted([*_ADDRESSED_INLINE.finditer(s),
                    *(m for m in _POINTED_PROSE.finditer(s) if PROBLEM_WORDS.search(m.group("t")))],
                   key=lambda m: m.start())
    if len(found) < 2:
        return []
    out = []
    for k, m in enumerate(found):
        end = min(found[k + 1].start() if k + 1 < len(found) else len(s), end_of_line(s, m.end()))
        g = "t" if m.group("t") else "u"
        out.append(read_finding(s, str(k + 1), m.group(g).strip(), m.start(g), m.end(), end, year))
    return out


# 反馈问题：X。 then 整改措施：…, 整改进展：… on lines of their own, with no number above
_PROBLEM_LINE = re.compile(r"(?m)^[ \t]*(?:【(?:反馈|存在)?问题】\s*:?|(?:(?:巡视|巡察)?反馈|存在|具体)?问题(?:描述|表现)?\s*:"
                           r"|(?:巡视|巡察)组?(?:反馈(?:意见)?|指出)\s*:|反馈意见\s*:)[ \t]*(?=\S)")  # 巡察反馈：X then 整改落实：Y
_FIELD_LINE = re.compile(rf"[ \t]*【?(?:{MARKER_WORDS}|整改(?:落实|时限|目标|要求|任务|状态)|完成(?:时限|时间|情况)"
                         r"|责任(?:领导|单位|科室|部门|人)|牵头(?:领导|单位)|原因分析)】?\s*:")


def labelled_findings(s: str, year: int | None) -> list[Finding]:
    """Blocks of labelled lines, two at least: a problem's line (反馈问题：X。, 【问题】X)
    and the lines of its rectification's fields below it (整改措施：…, 整改进展：…), up to
    the next problem's line or the first line that is no field's."""
    starts = list(_PROBLEM_LINE.finditer(s))
    if len(starts) < 2:
        return []
    out = []
    for k, m in enumerate(starts):
        title = first_sentence(s[m.end():end_of_line(s, m.end())]).strip()
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(s)
        end = end_of_line(s, m.end())
        while end < stop and _FIELD_LINE.match(s, end + 1):  # the block's field lines
            end = end_of_line(s, end + 1)
        out.append(read_finding(s, str(k + 1), title, m.end(), m.end() + len(title), end, year))
    return out


_LINE = re.compile(r"(?m)^[^\n]+")
_ORDINAL_FIRST = re.compile(rf"(?:第[{CN}]{{1,2}}[,、]|[{CN}]{{1,3}}、|\([{CN}]{{1,3}}\)|\d{{1,2}}[.、](?!\d))\s*")  # 第一，一、（一）1.


def colon_lines(s: str, year: int | None, start: int = 0, stop: int | None = None,
                path: str = "") -> list[Finding]:
    """Unnumbered lines that each state a problem, then after a colon its measures or how
    far it got (党委议事决策不规范：修订议事规则，已完成整改。), or after its sentence a
    rectification's label (X不够深入。整改情况：…, a copy that lost Word's numbers): two
    such lines at least in a whole report, one at least under an aspect's heading
    (`start` to `stop`, their paths under `path`)."""
    out = []
    for m in _LINE.finditer(s, start, len(s) if stop is None else stop):
        ordinal = _ORDINAL_FIRST.match(m.group())  # 第一，X。整改情况：… or 一、X。整改情况：…: its number no part of it
        line = m.group()[ordinal.end():] if ordinal else m.group()
        m_start = m.start() + (ordinal.end() if ordinal else 0)
        sentence = first_sentence(line)
        title = before_measures(line, 0, sentence.strip())
        label = f"{path}/{len(out) + 1}" if path else str(len(out) + 1)
        if title == sentence.strip() and MARKER_LABEL.match(line, len(sentence) + 1) and PROBLEM_WORDS.search(title):
            at = m_start + line.find(title)
            out.append(read_finding(s, label, title, at, m_start + len(sentence) + 1, m.end(), year))
        elif title != sentence.strip() and ":" not in title:
            at = m_start + line.find(title)
            out.append(read_finding(s, label, title, at, at + len(title) + 1, m.end(), year))
    return out if len(out) >= (1 if path else 2) else []


_ENUMERATED = re.compile(rf"(?:存在|反馈|指出)了?(?P<list>[^。;:\n]{{8,200}}?)等(?:[\d{CN}]+个)?(?:方面)?的?问题")
_LIST_ITEM = re.compile(r"[“\"「]([^”\"」]+)[”\"」]、?|([^、“”\"「」]+)、?")
# 巡察组还指出了上轮巡察整改不彻底等问题: more problems, in the same paragraph
_ALSO = re.compile(rf"还(?:指出|发现|反馈|存在)了?(?P<list>[^。;:\n]{{4,120}}?)等(?:[\d{CN}]+个)?(?:方面)?的?问题")
_ABOVE_ALL = re.compile(r"(?:上述|以上)(?:[\d一二三四五六七八九十]+个)?问题[^。\n]*")


def enumerated_findings(s: str, year: int | None) -> list[Finding]:
    """The problems a short report names in one sentence, apart by 、 (存在理论学习不深入、
    财务管理不规范等问题), each stating a fault; a later 上述问题已全部完成整改 gives their status."""
    m = _ENUMERATED.search(s)
    if m is None:
        return []
    listed = m.group("list")
    cut = listed.find("存在") + 2 if "存在" in listed else 0  # 指出，X党组存在A、B等问题: after the first 存在 (B may hold one)
    parts = []
    for part in _LIST_ITEM.finditer(listed, cut):  # A、B、C or “A”“B”“C”
        text = part.group(1) or part.group(2)
        parts.append((text.strip(), m.start("list") + part.start(1 if part.group(1) else 2)))
    if len(parts) < 2 or not all(len(p) >= 4 and PROBLEM_WORDS.search(p) for p, _ in parts):
        return []
    for more in _ALSO.finditer(s, m.end(), end_of_line(s, m.end())):
        for part in _LIST_ITEM.finditer(more.group("list")):
            text = (part.group(1) or part.group(2)).strip()
            if len(text) >= 4 and PROBLEM_WORDS.search(text):
                parts.append((text, more.start("list") + part.start(1 if part.group(1) else 2)))
    said = next((x for x in _ABOVE_ALL.finditer(s, m.end()) if first_status(x.group())), None)
    status = first_status(said.group()) if said else None
    deadline = find_deadline(said.group(), year)[0] if said else None
    return [Finding(path=str(k), title=p, start=a, end=a + len(p), status=status, deadline=deadline,
                    rectification="", rect_start=m.end(), rect_end=m.end()) for k, (p, a) in enumerate(parts, 1)]


_CLAUSE_NUMBER = re.compile(rf"\s*(?:{INLINE_NUMBER}|([{CN}]{{1,2}}是)|(第[{CN}]{{1,2}})[,、])\s*")  # 1.…；一是…；第一，…
