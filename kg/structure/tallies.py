"""Statuses given apart from the findings: tallies by item number (第1、2项已完成整改),
lines answering each by number, sentences closing a section or counting them all."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.dates import cn_int, find_deadline
from kg.model import Finding
from kg.structure.finding import read_finding, rect_status
from kg.structure.lines import CN, first_sentence
from kg.structure.wording import first_status, phrase_at


def all_counted(s: str, found: list[Finding], after: int, year: int | None,
                counts: re.Pattern | None = None) -> list[Finding]:
    """`found`, those with no status of their own given that of a later sentence that
    counts them all (`counts`, by default 以上4个问题均已整改完成)."""
    for m in (counts or _ALL_COUNTED).finditer(s, after):
        if found and cn_int(m.group(1)) == len(found):
            sentence = first_sentence(s[m.start():])
            status = first_status(sentence)
            if status:
                deadline = find_deadline(sentence, year)[0]
                return [f if f.status else replace(f, status=status, deadline=f.deadline or deadline) for f in found]
    return found


# 第1、2、3项已完成整改; 第4、8项问题正在持续整改; 第1至3项均已完成
_TALLY_SEP = "[、,和及至到—-]"  # 第1、2项, 第3至4项
_TALLY_NUMBER = rf"(?:\([\d{CN}]+\)|[\d{CN}]+)"  # 第（一）（三）项: the findings' own labels
# (a bare number needs a separator before the next, so no run of digits splits two ways)
_TALLY = re.compile(rf"第\s*((?:\([\d{CN}]+\)\s*(?:{_TALLY_SEP}\s*)?|[\d{CN}]+\s*{_TALLY_SEP}\s*)*{_TALLY_NUMBER})"
                    r"\s*(?:项|个|条)(?:问题|任务)?(?:均|都|已经)?")
_TALLY_ITEM = re.compile(rf"({_TALLY_SEP})?\s*\(?([\d{CN}]+)\)?")


def apply_tallies(s: str, findings: list[Finding], year: int | None) -> list[Finding]:
    """Statuses a tally gives by item number (第1、2、5项已完成整改，第4、7项正在整改), or
    lines answering each by number (针对问题1，…已完成整改), to the findings that state
    none of their own. The numbers are the findings' own where
    they run on across sections, else their places in the report. A sentence counting
    them all as done (巡察反馈的5个问题已全部完成整改) gives the rest theirs."""
    if all(f.status for f in findings):
        return findings
    findings = all_counted(s, findings, 0, year, _ALL_DONE)
    own = _numbers(findings)
    if len(set(own)) != len(own):
        own = list(range(1, len(findings) + 1))
    status: dict[int, str] = {}
    deadline: dict[int, str | None] = {}
    for numbers, phrase, _ in _tally(s):
        for n in numbers:
            status.setdefault(n, phrase)
    for m in _ANSWERED.finditer(s):  # 针对问题1，…，已完成整改。: measures given apart, by number
        n, phrase = cn_int(m.group(1) or m.group(2)), rect_status(m.group(3))
        if n is not None and phrase:
            status.setdefault(n, phrase)
            deadline.setdefault(n, find_deadline(m.group(3), year)[0])
    return [replace(f, status=status[n], deadline=f.deadline or deadline.get(n))
            if f.status is None and status.get(n) else f for f, n in zip(findings, own)]


# 针对问题1，…; 针对第1项问题：…; 针对第二个问题的整改情况：…
_ANSWERED = re.compile(rf"(?m)^\s*针对(?:第?问题\s*(\d{{1,2}}|[{CN}]{{1,3}})|第\s*(\d{{1,2}}|[{CN}]{{1,3}})\s*[个项条]?问题"
                       rf"(?:的?整改(?:落实)?情况)?)\s*[,:]?([^\n]*)")


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
        phrase = first_status(after)
        if phrase is not None and phrase_at(after, phrase) <= 2:  # 正在持续整改: 持续整改
            out.append((pending, phrase, m.end() + phrase_at(after, phrase) + len(phrase)))
            pending, last = [], -1
    return out


# a sentence closing a section: 该方面2个问题已全部完成整改, 以上问题正在整改, 该方面第1项…
# (not 此项问题已完成整改: a finding's own last line)
_CLOSER = re.compile(r"以上|上述|(?:该|本|此)(?:方面|部分|领域|类)")
_ALL_COUNTED = re.compile(rf"(?:以上|上述)(?:反馈的?)?(\d+|[{CN}]+)(?:个|项|条)")
# 巡察反馈的5个问题已全部完成整改: every finding counted as done, with no count of some between
_ALL_DONE = re.compile(rf"(?:(?:反馈|指出|发现|提出)的?|以上|上述)(\d+|[{CN}]+)(?:个|项|条)问题[^。;\n\d{CN}]{{0,6}}?(?:均|全部|都)")


def _given(text: str, year: int | None) -> dict[int, tuple[str, str | None]]:
    """The status a tally in `text` gives each item number, with the deadline in its clause
    (第1项正在整改，计划于6月底前完成；第2项已完成整改)."""
    given: dict[int, tuple[str, str | None]] = {}
    for numbers, phrase, end in _tally(text):
        clause = re.split(r"[;。]|第", text[end:], maxsplit=1)[0]
        for n in numbers:
            given[n] = (phrase, find_deadline(clause, year)[0])
    return given


def shared_statuses(s: str, findings: list[Finding], year: int | None) -> list[Finding]:
    """Findings listed together before one rectification (存在问题：（1）A；（2）B。整改情况：…)
    take their statuses from what it says of each by number (第（1）项已完成整改，第（2）项
    正在整改…) or of them all (以上2个问题均已完成整改), not each the first status it states."""
    out = list(findings)
    groups: dict[tuple[int, int], list[int]] = {}
    for k, f in enumerate(out):
        groups.setdefault((f.rect_start, f.rect_end), []).append(k)
    for (a, b), ks in groups.items():
        if len(ks) < 2:
            continue
        text = s[a:b]
        given = _given(text, year)
        counted = next((m for m in _ALL_COUNTED.finditer(text) if cn_int(m.group(1)) == len(ks)), None)
        said = first_sentence(text[counted.start():]) if counted else ""
        every = (first_status(said), find_deadline(said, year)[0]) if counted else None
        if not given and not (every and every[0]):
            continue
        for k, n in zip(ks, _numbers([out[k] for k in ks])):
            phrase, deadline = given.get(n) or every or (None, None)
            if phrase:
                out[k] = replace(out[k], status=phrase, deadline=deadline)
    return out


def closed_sections(s: str, findings: list[Finding], year: int | None) -> list[Finding]:
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
        if not cut or not _CLOSER.match(closer) or first_status(closer) is None:
            continue
        out[ks[-1]] = read_finding(s, last.path, last.title, last.start, last.rect_start,
                                   last.rect_start + cut - 1, year)
        counted = _ALL_COUNTED.match(closer)
        if g == len(groups) - 1 and counted and cn_int(counted.group(1)) == len(out) > len(ks):
            ks = list(range(len(out)))  # 以上8个问题均已完成整改, after the last section: all of them
        given = _given(closer, year)
        every = None if given else (first_status(closer), find_deadline(closer, year)[0])
        for k, n in zip(ks, _numbers([out[k] for k in ks])):
            phrase, deadline = given.get(n, every) or (None, None)
            f = out[k]
            if phrase and f.status is None:
                out[k] = replace(f, status=phrase, deadline=f.deadline or deadline)
    return out
