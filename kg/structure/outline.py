"""Findings under numbered headings: the leaves of the heading tree, or the items listed
under them, each with the rectification that follows it."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.dates import cn_int
from kg.model import Finding, Heading
from kg.structure.finding import read_finding
from kg.structure.headings import (
    ADDRESSED,
    INLINE_NUMBER,
    ITEM,
    ITEM_LEVEL,
    ITEM_MARKED,
    ITEM_START,
    LISTED,
    POINTED_INLINE,
)
from kg.structure.lines import CN, Line, end_of_line, first_sentence, split_lines, start_of_line
from kg.structure.prose import colon_lines
from kg.structure.signature import signature_start
from kg.structure.tallies import closed_sections, shared_statuses
from kg.structure.wording import (
    MARKER,
    MARKER_ANYWHERE,
    MARKER_WORDS,
    PROBLEM_WORDS,
    is_measure,
    opens_measures,
    status_phrases,
)


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


def outline_findings(s: str, lines: list[Line], headings: list[Heading], year: int | None) -> list[Finding]:
    numbered = [h for h in headings if h.level < ITEM_LEVEL]
    if not numbered:
        return []
    end = signature_start(lines, headings)
    markers = [ln.start for ln in lines if MARKER.match(ln.text)]
    sections = []
    groups = _sections(numbered)
    for i, inside in enumerate(groups):
        begin = start_of_line(s, inside[0].start)
        stop = start_of_line(s, groups[i + 1][0].start) if i + 1 < len(groups) else end
        marked = any(begin <= at < stop for at in markers) or \
            any(ADDRESSED.search(s[h.start:h.start + 300].split("\n")[0]) for h in inside) or \
            ITEM_MARKED.search(s, begin, stop) is not None  # 一是X。整改情况：… on one line
        depth = len({h.level for h in inside}) - 1  # how many levels nest, whatever their labels
        sections.append((inside, stop, marked, depth))
    chosen = [x for x in sections if x[2]]
    if not chosen:
        deepest = max(x[3] for x in sections)
        chosen = [x for x in sections if x[3] == deepest and len(x[0]) > 1]
    if not chosen and len(numbered) > 1 and min(h.level for h in numbered) > 1 \
            and 2 * sum(bool(PROBLEM_WORDS.search(h.title)) for h in numbered) > len(numbered):
        chosen = [(numbered, end, False, 0)]  # (一)X。(二)Y。 with no chapter above: a news item's problems, one list
    chosen, answers = _answered_apart(s, chosen)
    answers = answers or _answered_by_number(s, chosen, [h.start for h in numbered] + [end])
    out: list[Finding] = []
    for inside, stop, marked, _ in chosen:
        inside = _without_measures(s, inside)
        for i, h in enumerate(inside):
            nxt = inside[i + 1] if i + 1 < len(inside) else None
            if nxt is not None and nxt.level > h.level:
                continue  # not a leaf
            leaf_end = start_of_line(s, nxt.start) if nxt is not None else stop
            found = _leaf_findings(s, h, leaf_end, marked, year)
            if h.path in answers:  # its measures under a chapter of their own, by the same number
                found = [read_finding(s, f.path, f.title, f.start, *answers[h.path], year) for f in found]
            out.extend(found)
    out = closed_sections(s, shared_statuses(s, out, year), year)
    titles = {h.path: h.title for h in numbered}
    for i, f in enumerate(out):
        above = ("/".join(f.path.split("/")[:n]) for n in range(f.path.count("/"), 0, -1))  # nearest first
        status = next((st for p in above if (st := _group_status(titles.get(p, "")))), None)
        if f.status is None and status:
            out[i] = replace(f, status=status)
    return out


def _answered_apart(s: str, chosen: list[tuple]) -> tuple[list[tuple], dict[str, tuple[int, int]]]:
    """A chapter listing the problems (二、巡察反馈的主要问题 1.X 2.Y) and a later one listing
    as many measures, each opening with a measure's verb (三、整改措施 1.制定… 2.开展…): the
    measures answer the problems by number and are no findings. The sections kept, and
    each problem's measures (where they start and end) by its path."""
    for k, (answer, stop, _, _) in enumerate(chosen):
        items = answer[1:]
        if k == 0 or not opens_measures([h.title for h in items]):
            continue
        asked = next((x for x in reversed(chosen[:k]) if len(x[0]) == len(answer)
                      and 2 * sum(bool(PROBLEM_WORDS.search(h.title)) for h in x[0][1:]) > len(items)), None)
        if asked is None:
            continue
        ends = [start_of_line(s, h.start) for h in items[1:]] + [stop]
        spans = {p.path: (m.start, end) for p, m, end in zip(asked[0][1:], items, ends)}
        return [x for x in chosen if x is not chosen[k]], spans
    return chosen, {}


# 针对第1个问题：…, 关于第二项问题的整改情况：… — a problem listed above, answered by its number
_BY_NUMBER = re.compile(rf"(?m)^[ \t]*(?:针对|关于|对)?(?:反馈的?|巡[视察]指出的?)?第\s*(\d{{1,2}}|[{CN}]{{1,3}})\s*[个项条]?问题"
                        r"(?:的?整改(?:落实)?情况)?\s*[:,]\s*")


def _answered_by_number(s: str, chosen: list[tuple], heading_starts: list[int]) -> dict[str, tuple[int, int]]:
    """Problems listed by number (1.X 2.Y) and answered later, each in a paragraph that
    names it by its number (针对第1个问题：…): each problem's rectification, by its path,
    where its numbers name one problem each and every answer comes after them."""
    leaves = [h for inside, *_ in chosen for h in inside if h.level == max(x.level for x in inside)]
    by_number: dict[int, Heading] = {}
    for h in leaves:
        n = cn_int(h.label.strip("()"))
        if n is None or n in by_number:
            return {}
        by_number[n] = h
    marks = [m for m in _BY_NUMBER.finditer(s) if leaves and m.start() > leaves[-1].start]
    if len(marks) < 2 or any(cn_int(m.group(1)) not in by_number for m in marks):
        return {}
    spans = {}
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else min((x for x in heading_starts if x >= m.end()), default=len(s))
        spans[by_number[cn_int(m.group(1))].path] = (m.end(), stop)
    return spans


def _measures_listed(s: str, h: Heading, at: int, stop: int) -> bool:
    """Whether the 一是…；二是… items under a heading that states a problem, before its
    整改结果, are its measures (1.X的问题。\n一是成立专班…；二是签订协议…。\n整改结果：已完成), not
    problems of their own."""
    if not PROBLEM_WORDS.search(h.title):
        return False
    marker = next((m.start() for m in MARKER_ANYWHERE.finditer(s, at, stop)), stop)
    listed = [first_sentence(s[m.end():marker]).strip() for m in ITEM.finditer(s, at, marker)]
    return len(listed) >= 2 and opens_measures(listed)


# 1.X思路不清。具体表现为： (1)…；(2)…。 整改情况：… — the items show the problem above them
_DETAILS_FOLLOW = re.compile(r"(?:具体|主要)?表现(?:为|在)[^:\n]{0,8}:\s*$")


def _without_measures(s: str, inside: list[Heading]) -> list[Heading]:
    """The headings less the items under a heading that are part of its finding: its
    numbered measures ((一)理论学习不深入的问题。 1.制定学习计划 2.开展专题学习: every
    item right below opens with a measure's verb and names no problem), or the details
    its line introduces (1.X。具体表现为： (1)… (2)…) when two or more come before one
    rectification for them all (one item with its own is the finding). A chapter (一、)
    is never such a heading: a narrative report's numbered measures are its issues."""
    drop: set[int] = set()
    for i, h in enumerate(inside):
        if h.level <= 1:
            continue
        below = []
        for k in range(i + 1, len(inside)):
            if inside[k].level <= h.level:
                break
            below.append(k)
        top = min((inside[k].level for k in below), default=None)
        direct = [k for k in below if inside[k].level == top]
        if not direct:
            continue
        if PROBLEM_WORDS.search(h.title) and all(is_measure(inside[k].title) for k in direct):
            drop.update(below)
        elif len(direct) > 1 and _DETAILS_FOLLOW.search(s, h.start, end_of_line(s, h.start)) and \
                MARKER_ANYWHERE.search(s, inside[direct[0]].start, start_of_line(s, inside[direct[-1]].start)) is None:
            drop.update(below)
    return [h for i, h in enumerate(inside) if i not in drop]


_STATUS_GROUP = re.compile(r"(?:整改)?(?:到位)?的(?:问题|事项)(?:\(\d+个\))?")


def _group_status(title: str) -> str | None:
    """The status a heading gives the findings under it when it groups them by where
    they stand: 二、已完成整改的问题, 三、正在整改的问题（2个）."""
    return next((p for p in status_phrases() if title.startswith(p) and _STATUS_GROUP.fullmatch(title, len(p))),
                None)


def _leaf_findings(s: str, h: Heading, stop: int, marked: bool, year: int | None) -> list[Finding]:
    line_start = start_of_line(s, h.start)
    body = s[line_start:stop]
    first_line = body.split("\n", 1)[0]
    pointed = _POINTED_OUT.search(body) or _PROBLEMS_INLINE.search(first_line)
    if pointed:  # 巡察指出的问题：一是…；二是…。 then 整改情况： for all of them
        return _pointed_findings(s, h, line_start + pointed.end(), stop, year)
    inline = [m for m in _ITEM_THEN_RECT.finditer(first_line) if line_start + m.start() >= h.end]
    if inline:  # （一）关于…方面的问题。1.X的问题。整改情况：…。2.Y…: each problem and its measures in the line
        ends = [line_start + m.start() for m in inline[1:]] + [stop]
        return [read_finding(s, f"{h.path}/{m.group(1)}", m.group("t").strip(), line_start + m.start("t"),
                             line_start + m.end(), end, year) for m, end in zip(inline, ends)]
    m = ADDRESSED.search(first_line)
    if m and m.group().endswith("方面") and POINTED_INLINE.match(first_line, m.end()):
        m = None  # 关于政治建设方面。巡察指出，X: the problem is X, the heading's title
    if m and len(ITEM_MARKED.findall(body)) < 2:  # else its 一是 items are the problems, each with its 整改情况
        g = next(k for k in ("t", "q", "u", "v") if m.group(k))
        title = m.group(g).strip()
        t_start = line_start + m.start(g)
        rect_start = line_start + m.end()
        return [read_finding(s, h.path, title, t_start, rect_start, stop, year)]
    if not marked and not PROBLEM_WORDS.search(h.title) \
            and (under := colon_lines(s, year, line_start + len(first_line) + 1, stop, h.path)):
        return under  # （一）政治建设方面 then X不深入：measures…，已完成整改。 a line each
    if not marked or _measures_listed(s, h, line_start + len(first_line), stop):
        return [read_finding(s, h.path, h.title, h.start, h.end, stop, year)]
    paras = split_lines(body)
    items: list[list] = []  # [label, title, start, rect_start, rect_end]
    state = "problem"
    for i, p in enumerate(paras):
        abs_start = line_start + p.start
        if MARKER.match(p.text):
            state = "rect"
            if not items:
                items.append([None, h.title, h.start, abs_start, stop])
            for item in items:  # items listed before one shared rectification block
                if item[3] < 0:
                    item[3], item[4] = abs_start, stop
            continue
        if state == "rect":
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            mi = ITEM_START.match(p.text)
            if mi and nxt is not None and MARKER.match(nxt.text):
                state = "problem"
                for item in items:
                    if item[4] == stop:
                        item[4] = abs_start
                body_start = abs_start + mi.end()
                title = first_sentence(s[body_start:line_start + p.end]).strip(" ,:")
                items.append([f"{mi.group(1)}是", title, body_start, -1, stop])
            continue
        for mi in ITEM.finditer(p.text):
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
        out.append(read_finding(s, path, title, t_start, r_start, r_end, year))
    return out


_ITEM_THEN_RECT = re.compile(rf"(?:^|(?<=[。;]))\s*(\d{{1,2}})[.、]\s*(?P<t>[^。;\n]{{4,}}?)[。;]\s*(?={MARKER_WORDS}\s*:)")
_BULLET = re.compile(r"^[ \t]*(?:——|—|-|·|●|■|◆|▲)[ \t]*([^\n]+?)[;。]?[ \t]*$", re.M)  # ——X；
_POINTED_OUT = re.compile(r"^[ \t]*(?:巡察|巡视)?(?:组)?(?:指出|反馈|发现)的?(?:主要)?问题\s*:[ \t]*", re.M)
# 1.X；2.Y or (1)X；(2)Y in one line: the problems, numbered, after 巡察指出的问题：
_MARKER_INLINE = re.compile(rf"{MARKER_WORDS}\s*:")
# …方面存在的问题：（1）X；（2）Y。 problems listed on their heading's line
_PROBLEMS_INLINE = re.compile(rf"(?:(?:存在|指出|反馈|发现)的?(?:主要)?问题|方面)\s*:\s*(?=\([\d{CN}]|\d{{1,2}}[.、]|[①-⑳]|[{CN}]{{1,2}}是)")
_NUMBERED_INLINE = re.compile(rf"(?:^|(?<=[;。:\s])){INLINE_NUMBER}\s*([^;。\n]+)")


def _pointed_findings(s: str, h: Heading, at: int, stop: int, year: int | None) -> list[Finding]:
    """The problems listed after 巡察指出的问题： (一是…；二是…, or one sentence), which
    share the 整改情况 that follows them."""
    line_end = s.find("\n", at)
    line_end = stop if line_end < 0 or line_end > stop else line_end
    rect = next((m.start() for m in MARKER_ANYWHERE.finditer(s, line_end, stop)), line_end)
    inline = _MARKER_INLINE.search(s, at, line_end)  # …；（2）Y。整改情况：… on the same line
    if inline:
        rect = line_end = inline.start()
    items = [(f"{h.path}/{m.group(1)}是", m.group(2).strip(), m.start(2)) for m in LISTED.finditer(s, at, line_end)]
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
    return [read_finding(s, path, title, start, rect, stop, year) for path, title, start in items]
