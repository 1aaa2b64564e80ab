"""Findings laid out as a table (a ledger, 整改台账), one cell a line as saved pages and
scraped copies flatten a <table>."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.dates import cn_int, find_dates, find_deadline
from kg.model import EMPTY_CELL, TICK, Finding, Heading
from kg.structure.finding import DEADLINE_HEADER, read_finding
from kg.structure.headings import ITEM_LEVEL, LABELS, label_of
from kg.structure.lines import CN, Line
from kg.structure.signature import ANNEX
from kg.structure.wording import PROBLEM_WORDS, first_status

_TABLE_START = re.compile(r"序号|编号")
_KIND = r"类别|类型|分类"  # 问题类别: a column of kinds, not the problem
_HEADER_CELL = re.compile(r"[^\d,。;]{0,6}?(?:问题|意见|措施|举措|任务|事项|要求|情况|时限|期限|时间|目标|单位|处室|科室|股室|部门|领导|责任人|责任|主体|结果|成效|进展|进度|状态|节点|备注)"
                          rf"(?:{_KIND}|描述|表现|内容|清单)?")  # 问题描述; 问题清单, 任务清单, 责任清单 (the three lists)
_CLASS_HEADER = re.compile(_KIND)
_STATUS_HEADER = re.compile(r"完成情况|整改结果|整改成效|整改进展|整改进度|(?:整改|完成)状态|进展情况")
_PROBLEM_HEADER = re.compile(r"问题|(?:反馈|巡视|巡察)意见")  # 反馈问题, 存在问题; 反馈意见


def table_findings(s: str, lines: list[Line], headings: list[Heading], year: int | None) -> list[Finding]:
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
        if not numbered and not (_PROBLEM_HEADER.search(first) and _HEADER_CELL.fullmatch(first)):
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
            while j < len(lines) and len(head) < 12 and _HEADER_CELL.fullmatch(lines[j].text.strip()) \
                    and not (kinds and lines[j + 1:j + 2] and lines[j + 1].text.strip() == "1"):  # the first row's kind
                head.append(lines[j].text.strip())
                j += 1
        problem = next((k for k, h in enumerate(head) if _PROBLEM_HEADER.search(h) and not _CLASS_HEADER.search(h)),
                       next((k for k, h in enumerate(head) if h.endswith("事项")), None))  # 整改事项 | 整改措施 | …
        answered = len(head) == 2 and problem == 0 and re.search("措施|情况", head[1])  # 反馈问题 | 整改情况
        if problem is None or len(head) < (2 if numbered or answered else 3):
            i = max(j, i + 1)
            continue
        measure = next((k for k, h in enumerate(head) if k != problem and re.search("措施|举措|情况|任务", h)
                        and not _STATUS_HEADER.search(h)), None)
        head, ticks, j = _tick_columns(lines, j, head, (problem, measure))
        status = None if ticks else next((k for k, h in enumerate(head) if _STATUS_HEADER.search(h)), None)
        loose = status is None and not ticks and measure is not None  # 整改措施 then 整改情况: the latter may be statuses
        if loose:
            status = next((k for k in range(len(head) - 1, -1, -1)
                           if k not in (problem, measure) and "情况" in head[k]), None)
        limit = next((k for k, h in enumerate(head) if DEADLINE_HEADER.search(h)), None)
        within = [h for h in headings if h.level < ITEM_LEVEL and h.start < lines[i].start]
        base = within[-1].path + "/" if within and within[-1].path else ""
        annex = [m for m in ANNEX.finditer(s, within[-1].start if within else 0, lines[i].start)]
        if annex:  # a ledger appended after the signature is the annex's, not the last heading's
            base = re.sub(r"\s", "", annex[-1].group(1)) + "/"
        first_row = _number(lines[j].text) if numbered and j < len(lines) else None
        n, section = first_row if first_row and _row_at(lines, j, len(head), first_row) else 1, ""  # on from a table before
        while True:
            if kinds and j + 1 < len(lines) and not _row_at(lines, j, len(head), n) \
                    and _number(lines[j + 1].text) in (n, 1) and _number(lines[j].text) is None:
                kind = lines[j].text.strip()
                if f"{kind}/" != section:
                    section, n = f"{kind}/", _number(lines[j + 1].text)
                j += 1
            again = numbered and out and n > 1 and _row_at(lines, j, len(head), n - 1)
            if again:  # the number merged down over a problem's several measures, written again
                n -= 1
            elif not _row_at(lines, j, len(head), n if numbered else None):
                grouped = numbered and j + 1 < len(lines) and _number(lines[j + 1].text) in (1, n) \
                    and _section_row(lines[j].text)
                if not grouped:
                    break
                section, n, j = grouped + "/", _number(lines[j + 1].text), j + 1
                continue  # a row across the table that heads the rows under it: 一、…方面
            width = _row_width(lines, j, len(head), n) if numbered else len(head)
            # cells merged down from the row above (rowspan) are missing at the row's left
            cells = [None] * (len(head) - width) + lines[j + skip:j + skip + width]
            if any(cells[k] is None for k in (problem, measure, status, limit) if k is not None and k != again * problem):
                break  # the row lacks a cell the finding is read from (a long problem's, merged down, only again)
            if not numbered and status is not None and first_status(cells[status].text) is None:
                break  # the lines after an unnumbered table: no status where the row has one
            if not numbered and status is None and not PROBLEM_WORDS.search(cells[problem].text):
                break  # or, with no status column, no fault stated where the problem stands
            cell = cells[problem]
            number = _CELL_NUMBER.match(cell.text) if cell is not None else None  # 1.X with no number's column: X
            title = out[-1].title if again else cell.text[number.end() if number else 0:].strip().rstrip("。;")
            rect = cells[measure] if measure is not None else cells[problem]
            f = read_finding(s, f"{base}{section}{n}", title,
                             out[-1].start if again else cell.start + (number.end() if number else 0),
                             rect.start, rect.end, year)
            if status is not None:  # 已完成; 阶段性完成，2024年6月底前全部完成: the status, then a deadline
                cell = cells[status].text.strip().rstrip("。")
                cell = "" if cell == EMPTY_CELL else cell
                phrase = first_status(cell)
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
    for level, rx in LABELS:
        m = rx.match(text)
        if m and level <= 2:
            return label_of(level, m.group(1))
    return None


def _tick_columns(lines: list[Line], j: int, head: list[str],
                  read: tuple[int | None, ...]) -> tuple[list[str], list[int], int]:
    """A status column split into one column per status (整改情况 over 已完成 and 持续整改),
    its rows ticking one: the header with the split column replaced by the statuses,
    their places in it, and the line after them. The split column is the last header
    cell not read for the problem or the measures; with none, the header is one row and
    the statuses are its last cells."""
    subs = []
    while j + len(subs) < len(lines) and first_status(t := lines[j + len(subs)].text.strip()) == t:
        subs.append(t)
    split = next((k for k in range(len(head) - 1, -1, -1) if k not in read and re.search("情况|进展|结果|状态", head[k])),
                 None)
    if len(subs) < 2:
        return head, [], j
    if split is None:  # a header of one row: 序号 反馈问题 整改措施 已完成 正在整改 (the statuses last)
        return head + subs, list(range(len(head), len(head) + len(subs))), j + len(subs)
    return head[:split] + subs + head[split + 1:], list(range(split, split + len(subs))), j + len(subs)


def _row_width(lines: list[Line], j: int, width: int, n: int) -> int:
    """How many cells numbered row `n` at line `j` has: up to the next row's number, or
    to a heading of the text after the table; a full row unless cells were merged down."""
    for following in (n + 1, n):  # the next row's number, or this one again (its measures' rows)
        for w in range(width, max(width - 3, 1), -1):
            at = j + 1 + w
            if at == len(lines) or (at < len(lines) and _number(lines[at].text) == following):
                return w  # the next row's number, or the text's end (a table in an appendix)
    for w in range(1, width + 1):
        if j + w >= len(lines) or any(rx.match(lines[j + w].text) for level, rx in LABELS if level <= 2):
            return max(w - 1, 1)
    return width


_CELL_NUMBER = re.compile(rf"\s*(?:(?:\d{{1,2}}|[{CN}]{{1,3}})[.、](?!\d)|\((?:\d{{1,2}}|[{CN}]{{1,3}})\))\s*(?=\S)")


def _number(cell: str) -> int | None:
    """A row's number in its first cell: 3, 03, 3., (3), or 三 where the rows count in words."""
    cell = cell.strip().rstrip(".、").strip("()")
    return cn_int(cell) if 0 < len(cell) <= 3 and (cell.isdigit() or all(c in CN for c in cell)) else None


def _row_at(lines: list[Line], j: int, width: int, n: int | None) -> bool:
    """Whether row `n` (its first cell counts it) or, unnumbered, any row of `width`
    cells starts at line `j`: a row never holds a heading of the text around the table."""
    if n is not None:
        return j + width - 2 < len(lines) and _number(lines[j].text) == n  # cells merged down
    return j + width <= len(lines) and not any(
        rx.match(ln.text) for ln in lines[j:j + width] for level, rx in LABELS if level <= 2)
