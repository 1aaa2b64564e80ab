"""The heading tree 一、/(一)/1./(1) with inline 一是/二是 items, and the labels a report
numbers its problems with."""
from __future__ import annotations

import re

from kg.dates import cn_int
from kg.model import Heading
from kg.structure.lines import CN, TERMINAL, Line, first_sentence
from kg.structure.wording import (
    MARKER,
    MARKER_LABEL,
    MARKER_WORDS,
    PREPOSITION_FIRST,
    PROBLEM_WORDS,
    first_status,
    measure_start,
)

# 1 X: a number and a space, its dot lost in a copy (an item); in a decimal outline (2.1,
# 2.1.1) the outline's chapters are written so
_SPACED = re.compile(r"^(\d{1,2})[ \t\u3000]+(?![年月日时家个人次项万元条名所间台份件批])(?=[\u4e00-\u9fff“\"])")
_DECIMAL = re.compile(r"^\d{1,2}\.\d{1,2}(?![\d.])\s*(?=[\u4e00-\u9fff“\"])")
LABELS = (
    (1, re.compile(rf"^([{CN}]{{1,3}})\s*[、,.]\s*")),
    (2, re.compile(rf"^\(([{CN}]{{0,3}})\)\s*[、,.]?\s*(?=\S)")),  # （）X: a copy dropped the number
    (2, re.compile(rf"^【([{CN}]{{1,3}})】\s*")),  # 【一】X
    (3, re.compile(r"^【(\d{1,2})】\s*")),  # 【1】X
    (1.5, re.compile(r"^(0[1-9])\s+(?=[\u4e00-\u9fff])")),  # a post's section: 01 贯彻落实…方面
    # a decimal outline: 2.1 …方面, then 2.1.1 the problem
    (1.6, re.compile(r"^(\d{1,2}\.\d{1,2})(?![\d.])\s*(?![万亿元千百])(?=[\u4e00-\u9fff“\"])")),  # not 18.9万元
    (3, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})(?![\d.])\s*(?=[\u4e00-\u9fff“\"])")),
    (3, re.compile(r"^(\d{1,2})\s*[.、](?!\d)(?![A-Za-z](?![A-Za-z\d/+-]{0,10}[\u4e00-\u9fff]))\s*")),  # 2.DRG付费…
    (3, _SPACED),
    # 问题1：…, 【问题1】…, 反馈问题1：…, 巡察指出问题1：…: the numbered item
    (3, re.compile(rf"^【?(?:(?:巡视|巡察)?组?(?:反馈|指出|发现)的?)?问题\s*\(?(\d{{1,2}}|[{CN}]{{1,3}})\)?\s*(?:】|[:.、]|$)\s*")),  # or alone in a cell
    # 第一项问题：…, 第二项：…: the item counted; A．…, B．…: lettered items
    (3, re.compile(rf"^第([{CN}\d]{{1,3}})[项个](?:问题)?\s*[:.、]\s*")),
    (3, re.compile(r"^([A-H])\s*[.、]\s*(?=[\u4e00-\u9fff“\"])")),
    (4, re.compile(r"^\((\d{1,2})\)\s*[、.]?\s*")),
    (4.5, re.compile(r"^(\d{1,2})\)\s*(?=[\u4e00-\u9fff“\"])")),  # 1）… with no opening bracket
    (5, re.compile(r"^([①-⑳])\s*")),
)
ITEM_LEVEL = 6
ITEM = re.compile(rf"(?:^|(?<=[。;:!?]))\s*([{CN}]{{1,2}})是\s*[,:]?\s*")
ITEM_MARKED = re.compile(rf"(?:^|(?<=[。;:!?\n]))\s*[{CN}]{{1,2}}是[^。;\n]+[。;]\s*整改(?:情况|措施)")
ITEM_START = re.compile(rf"^\s*([{CN}]{{1,2}})是")
# 问题：, 存在问题：, 问题表现：, and unnumbered 【反馈问题】 / 反馈问题：
POINTED_INLINE = re.compile(r"[。.;]?\s*(?:巡察|巡视)组?(?:反馈意见)?(?:指出|发现|反馈)(?:的问题)?\s*[:,]\s*")  # 巡察指出，… too
_PROBLEM_LABEL = re.compile(r"(?:【(?:(?:巡视|巡察)?反馈|存在)?问题】\s*:?|(?:存在|具体|(?:巡视|巡察)?反馈)?问题(?:表现|描述|概述)?\s*:"
                            r"|(?:(?:巡视|巡察)组?|反馈意见)指出\s*:"  # 反馈意见指出：…
                            r"|(?:巡视|巡察)组?反馈(?:意见)?\s*:|反馈意见\s*:)\s*")  # 巡察反馈：… then 整改落实：…
_ANNEX_LIST = re.compile(r"\s*附件\s*:\s*1\s*[.、]")  # 附件：1.整改台账
_ANNEX_ITEM = re.compile(r"\s*\d{1,2}\s*[.、]")
# the parts of one finding, numbered as if headings: （一）问题表现 （二）整改措施 （三）整改成效
_PART = re.compile(rf"\s*(?:问题表现|存在问题|问题描述|具体问题|{MARKER_WORDS}|整改目标|整改时限|责任(?:领导|单位|部门|科室|人))\s*:?\s*")
_MARK = re.compile(r"[。.;]?\s*")  # the end of a sentence, and the space after it
# 1.作风建设方面：X — the aspect named before the problem
_ASPECT_LABEL = re.compile(r"[^,。;:]{2,20}?方面(?:存在的问题|的问题)?\s*:\s*(?=[^\s])")
_UNNUMBERED = re.compile(r"[^:。]{4,80}。")  # a problem stated in one sentence on its own line
_BARE_LINE = re.compile(r"[^。;:!?]{4,60}")  # a heading's words with no number and no sentence's end
ADDRESSED = re.compile(r"(?:针对(?!(?:此|该|这一?|上述|以上)(?:个|项|类)?问题)\s*(?:[“\"‘](?P<t>.+?)[”\"’]\s*|(?P<u>[^。;]+?))"
                       r"|(?:关于|就)\s*(?:(?:巡视|巡察)组?(?:指出|反馈|发现)的?)?\s*(?:[“\"‘](?P<q>.+?)[”\"’]\s*|(?P<v>[^。;]+?)))"  # 关于巡视指出的“…”问题, 就“…”问题
                       r"(?:的)?(?:问题|方面)(?:的整改(?:情况|落实情况)?)?(?=[。;,:]|$)")


def label_of(level: int, num: str) -> str:
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
    return bool(text.strip()) and not MARKER.match(text) and not any(rx.match(text) for _, rx in LABELS)


# the body that acts, opening a measure: 委党组修订…, 中心党委召开…
_ACTOR = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:党组|党委|党总支|党支部|支部|局|委|中心|医院)?(?:深入|全面|认真|持续|扎实|及时)?")


def before_measures(line: str, at: int, title: str) -> str:
    """A heading's problem without the measures its line goes on to give after a colon
    (1.学习不够深入：委党组修订…。已完成整改。): the left part states the problem and the
    right one opens a measure, or the line ends by saying how far it got."""
    colon = title.find(":")
    if colon < 4 or not PROBLEM_WORDS.search(title[:colon]) or title.count("(", 0, colon) > title.count(")", 0, colon):
        return title
    right = title[colon + 1:]
    acted = measure_start().match(right, _ACTOR.match(right).end()) or measure_start().match(right) \
        or PREPOSITION_FIRST.match(right)
    said = first_status(right)
    last = [x for x in TERMINAL.split(line[at:]) if x.strip()]
    closing = last[-1].rsplit(",", 1)[-1].strip() if last else ""  # …，正在整改。: the line's last clause
    if acted or (said and right.startswith(said)) or (len(last) > 1 and first_status(last[-1])) \
            or (last and len(last[-1]) > len(closing) and closing.startswith(first_status(closing) or "\0")):
        return title[:colon]
    return title


def find_headings(lines: list[Line]) -> list[Heading]:
    out: list[Heading] = []
    stack: list[tuple[int, str]] = []
    bare, bare_open = 0, False
    chapter = ""  # the title of the innermost 一、 heading
    listing = None  # after a label alone on its line (整改措施：), the level its numbered list is below
    run = None  # the level of the list that began right after such a label, whatever its rank
    annexes = False  # after 附件：1.X, the titles of the annexes listed: 2.Y on the next lines
    outline = any(_DECIMAL.match(ln.text) for ln in lines)
    for k, ln in enumerate(lines):
        t = ln.text
        annexes = bool(_ANNEX_LIST.match(t)) or (annexes and _ANNEX_ITEM.match(t) is not None)
        if annexes:
            continue
        label = MARKER.match(t)
        if label and not t[label.end():].strip():
            listing = stack[-1][0] if stack else 0
            run = None
            continue
        for level, rx in LABELS:
            m = rx.match(t)
            if not m:
                continue
            if rx is _SPACED and outline:
                level = 1  # 3 下一步工作 among 2.1 and 2.1.1: the outline's chapter
            if listing is not None and (level > listing or (bare_open and level >= listing)):
                break  # 整改措施： then 1．… 2．…: the measures, listed, not headings (also under a bare 问题：X)
            if listing is not None and (level == run or (run is None and cn_int(m.group(1)) == 1)):
                run = level  # （1）X的问题 整改措施： then 1、… 2、…: a list, though its numbers rank higher
                break
            if level >= 2 and MARKER_LABEL.match(t, m.end()):
                break  # （一）整改措施：… under a problem's heading: its rectification, not a heading
            if level >= 2 and stack and _PART.fullmatch(t, m.end()):
                listing = stack[-1][0]  # （一）问题表现 （二）整改措施 1.… （三）整改成效: a finding's parts, and
                break  # the measures listed in them, under its heading
            listing = None
            label = label_of(level, m.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, label))
            problem = _PROBLEM_LABEL.match(t, m.end()) or _ASPECT_LABEL.match(t, m.end())  # 1.问题：…, 1.X方面：…
            at = problem.end() if problem else m.end()
            src = ln  # the line that states the problem
            if not t[at:].strip() and level >= 3 and k + 1 < len(lines) and _alone_then_title(lines[k + 1].text):
                src, at = lines[k + 1], 0  # 问题一 in a cell, the problem in the next
            sentence = first_sentence(src.text[at:])
            title = before_measures(src.text, at, sentence.strip())
            if (inline := MARKER_LABEL.search(title)) and inline.start() >= 4:
                title = title[:inline.start()]  # 【问题1】X 【整改措施】Y 【整改状态】Z, on one line
            after = at + len(sentence)
            pointed = POINTED_INLINE.match(src.text, after) or _PROBLEM_LABEL.match(src.text, _MARK.match(src.text, after).end())
            if pointed and title.endswith("方面"):  # 1.在…方面。巡察指出：X。 (问题表现：X。) the problem there
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
            answered = k + 1 < len(lines) and MARKER.match(lines[k + 1].text) and not MARKER.match(t)
            lost = not any(level < 3 for level, _ in stack) and _BARE_LINE.fullmatch(t)  # no numbered chapter
            if problem and stack and (stack[-1][0] < 3 or bare_open):  # not 问题表现： under 1.标题
                at = problem.end()
            elif stack and (stack[-1][0] <= 1.5 or bare_open) and answered and "整改" in chapter \
                    and (_UNNUMBERED.fullmatch(t) or (_BARE_LINE.fullmatch(t) and PROBLEM_WORDS.search(t))) \
                    and not ADDRESSED.search(chapter):
                at = 0  # ◆ 问题。 / 整改情况：… under 二、反馈问题整改情况: its bullet lost, a problem still
            elif answered and "整改" in chapter and not any(level < 3 for level, _ in stack) \
                    and (lost or (_UNNUMBERED.fullmatch(t) and PROBLEM_WORDS.search(t))):
                at = 0  # a copy that lost Word's numbers: the problem's heading (or sentence), then 整改措施：…
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
        for m in ITEM.finditer(t):
            if not stack:
                continue
            label = f"{m.group(1)}是"
            body = t[m.end():]
            title = first_sentence(body).strip()
            start = ln.start + m.end()
            path = "/".join(lab for _, lab in stack) + "/" + label
            out.append(Heading(path, label, ITEM_LEVEL, title, start, start + len(title)))
    return out


LISTED = re.compile(rf"([{CN}]{{1,2}})是\s*([^;。\n]+)")
INLINE_NUMBER = rf"(?:(\d{{1,2}})[.、]|\((\d{{1,2}})\)|([①-⑳])|\(([{CN}]{{1,2}})\))"  # 1．, （1）, ①, （一）: an item's number inside a line
