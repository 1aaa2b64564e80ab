"""One finding read from where its problem and rectification stand: the title as the
problem (without the wrappers headings add), the status as written, the deadline."""
from __future__ import annotations

import re

from kg.dates import find_deadline
from kg.model import Finding
from kg.structure.lines import CN, TERMINAL, first_sentence
from kg.structure.wording import MARKER, first_status, status_phrases

_RESULT = re.compile(r"^\s*【?整改(?:结果|进展)】?\s*[:]?\s*([^,。;.\s(]{1,12})")  # 整改进度: see _RESULT_LATER
_RESULT_LATER = re.compile(r"(?:整改结果|(?<=[\n;。【])(?:结果|状态)|(?:整改)?成效|完成情况|(?:整改|完成)状态|(?P<progress>整改进展|整改进度|(?:目前|当前)?进展(?:情况)?))(?P<sep>】\s*:?|\s*:)?\s*(?P<value>[^,。;.\s()\]】]{1,12})")
_RESULT_ALONE = re.compile(rf"(?m)^[ \t]*(?:\([{CN}\d]{{1,3}}\)|\d{{1,2}}[.、])?[ \t]*(?:整改(?:成效|结果|进展|情况)|完成情况)"
                           r"[ \t]*:?[ \t]*\n[ \t]*(?P<value>[^,。;\n]{2,16})")
DEADLINE_HEADER = re.compile(r"时限|期限|完成时间|时间节点")


def read_finding(s: str, path: str, title: str, t_start: int, r_start: int, r_end: int,
                 year: int | None) -> Finding:
    """The finding whose problem is `title` at `t_start` and whose rectification runs from
    `r_start` to `r_end`; `year` reads dates that give none."""
    while r_start < r_end and s[r_start] in "。;.,: \n":  # the full stop that ended the title
        r_start += 1
    rect = s[r_start:r_end].strip()
    status, deadline = rect_status(rect), find_deadline(rect, year)[0]
    before = s[t_start + len(title):r_start]  # 整改目标：… 整改时限：… between the problem and the measures
    if deadline is None and _LIMIT_LABEL.search(before):
        deadline = find_deadline(before, year)[0]
    if solved := _SOLVES.fullmatch(title):  # 聚焦作风建设，着力解决违反中央八项规定精神问题: the problem
        title, t_start = solved.group("p"), t_start + solved.start("p")
    if (done := _RECT_SUFFIX.search(title)) and done.start() >= 4:
        title = title[:done.start()]  # （一）X的问题整改情况: the problem, without what the heading adds
    if (quoted := _QUOTED_WHOLE.fullmatch(title)) is not None:
        title, t_start = quoted.group(1), t_start + 1  # 巡察反馈：“X”。: the problem, quoted whole
    if (aspect := _ASPECT_FIRST.match(title)) and len(title) - aspect.end() >= 4:
        title, t_start = title[aspect.end():], t_start + aspect.end()  # 在党的领导方面，X: the problem, X
    if title.startswith("关于") and len(title) >= 6:
        title, t_start = title[2:], t_start + 2  # 一、关于疾控体系改革推进缓慢: about the problem
    if (wrapped := _OF_PROBLEM.search(title)) and wrapped.start() >= 4:
        title = title[:wrapped.start()]  # （一）“第一议题”制度落实不到位的问题: the problem, as 关于…的问题 gives it
    if status is None and (said := first_status(before)) and before.lstrip(" :").startswith(said):
        status = said  # （一）X：已完成, the status after the problem on its heading's line
    if (dash := _DASH_STATUS.search(title)) and first_status(dash.group(1)) == dash.group(1):
        title, status = title[:dash.start()], status or dash.group(1)  # （一）X——已完成: the status after a dash
    tag = _TITLE_TAG.match(title)
    if tag is None and (paren := _PAREN_TAG.match(title)) and first_status(paren.group(1)) == paren.group(1):
        tag = paren  # （已完成）X
    if tag and len(title) > tag.end():  # 【已完成】X: its status first; 【党的领导】X: its kind, a label
        title, t_start = title[tag.end():], t_start + tag.end()
        if first_status(tag.group(1)) == tag.group(1):
            status = status or tag.group(1)
    note = _TITLE_NOTE.search(title)
    if note and (first_status(note.group(1)) or DEADLINE_HEADER.search(note.group(1)) or _WHO.search(note.group(1))):
        title = title[:note.start()].rstrip()  # the problem, its status and deadline after it in brackets
        said = _LIMIT_VALUE.sub("", note.group(1))  # 整改时限：长期坚持 says how far only if the measures don't
        status = first_status(said) or status or first_status(note.group(1))
        deadline = find_deadline(note.group(1), year)[0] or deadline
    title = title.rstrip(": ")  # 1.X：, the measures on the lines below
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
_DASH_STATUS = re.compile(r"\s*[—–]{1,2}\s*([^—–\s]{2,8})$")
_QUOTED_WHOLE = re.compile(r"[“\"]([^“”\"]{4,})[”\"]")
_ASPECT_FIRST = re.compile(r"在[^,;。:]{2,20}?方面\s*[,:]\s*")
_RECT_SUFFIX = re.compile(r"(?:的?问题)?的?整改(?:落实|进展)?情况[。.]?$")
_OF_PROBLEM = re.compile(r"(?<!方面)(?<!领域)(?<!存在)的问题[。.]?$")
_LIMIT_LABEL = re.compile(rf"(?:{DEADLINE_HEADER.pattern})(?:】\s*:?|\s*:)")  # 整改时限：, 【整改时限】
_LIMIT_VALUE = re.compile(rf"{_LIMIT_LABEL.pattern}[^,;。\n【]*")  # 整改时限：长期坚持, up to the next clause or label
# 问题（已完成整改）, 问题（整改时限：2024年12月31日，正在整改）: a note after the problem
_STARTS_STATUS = re.compile(r"\s*(?:整改(?:进度|进展|状态|情况)\s*:\s*)?(?:已|正在|持续|基本|阶段性|部分|长期|需|未)")
_TITLE_TAG = re.compile(r"^\s*【([^】]{2,8})】\s*")
_PAREN_TAG = re.compile(r"^\s*\(([^)]{2,8})\)\s*")
_WHO = re.compile(r"(?:责任|牵头|分管)(?:领导|单位|科室|股室|部门|处室|人)\s*:")  # （责任领导：X；责任科室：Y）
_TITLE_NOTE = re.compile(r"\s*[(【]([^()【】]{2,40})[)】]$")  # (已完成), 【已完成】
_STANDS_NOW = re.compile(r"\s*(?:目前|截至目前|截止目前|当前|现已|(?:该|此)?(?:项)?(?:问题)?已于|(?:仍|还)?需要?)")  # a sentence saying where it stands
_THIS_ONE = re.compile(r"[此该本](?:项|个|条)?问题|此项|该项|(?:以上|上述)问题")  # 此项问题已完成整改, 该问题整改已取得阶段性成效


def rect_status(rect: str) -> str | None:
    """The status the rectification states; a time limit's value (整改时限：长期坚持) only
    where nothing else states one."""
    return _said(_LIMIT_VALUE.sub("", rect)) or _said(rect)


def _said(rect: str) -> str | None:
    """The status as written: 整改结果:完成, the first status phrase of the first sentence,
    a 整改结果: written after the measures, or a sentence saying it: 此项问题已完成整改,
    目前已阶段性完成, or opening with it: 已完成整改, 已基本完成,持续推进."""
    m = _RESULT.match(rect)
    if m and ("结果" in m.group() or first_status(m.group(1)) == m.group(1)):
        return m.group(1)  # 整改进展: only where it gives a status, not prose (投入资金420万元)
    note = _TITLE_NOTE.search(rect.rstrip("。 \n")) or _TITLE_NOTE.search(rect.split("\n", 1)[0].rstrip("。 "))
    if note and _STARTS_STATUS.match(note.group(1)):
        return first_status(note.group(1))  # …清退费用2.6万元。（正在整改，2025年6月30日前完成）, at its end or its first line's
    first = first_sentence(MARKER.sub("", rect, count=1))
    head = first[:60] + "\n" + first.rsplit(",", 1)[-1]  # its start, or its closing clause: …,已完成整改
    found = first_status(head)
    if found:
        return found
    later = _RESULT_LATER.search(rect)  # 整改情况:….整改结果:已完成, on the same line or the next
    if later and not later.group("sep"):  # 整改结果正在整改2025年…: a copy lost the colon; the status leads
        if said := next((p for p in status_phrases() if later.group("value").startswith(p)), None):
            return said
    elif later and (not later.group("progress") or first_status(later.group("value"))):
        value = later.group("value")  # 整改进度: only where it gives a status (阶段性完成), not prose
        said = next((p for p in status_phrases() if value.startswith(p)), None)
        return said if said and value[len(said):].startswith(("并", "且")) else value  # 已完成整改并长效推进
    alone = _RESULT_ALONE.search(rect)  # （三）整改成效\n已完成整改。: the label alone, the status on the next line
    if alone and (said := first_status(alone.group("value"))) and alone.group("value").startswith(said):
        return said
    for sentence in TERMINAL.split(rect):  # …。此项问题已完成整改。 …。已基本完成,持续推进。 …。目前已阶段性完成
        found = first_status(sentence)
        if found and (_THIS_ONE.search(sentence) or sentence.strip().startswith(found) or _STANDS_NOW.match(sentence)
                      or _STANDS_NOW.match(sentence.rsplit(",", 1)[-1])  # …完成专科验收，目前正在推进
                      or (len(sentence.strip()) <= 14 and sentence.rsplit(",", 1)[-1].strip().startswith(found))):
            return found  # …。立行立改，已整改到位。: a short sentence closing on it
    return None
