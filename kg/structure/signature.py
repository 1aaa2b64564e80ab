"""The signing body and date at a report's end, and where they (or an appended ledger)
begin: the last finding's rectification ends there."""
from __future__ import annotations

import re

from kg.dates import find_dates
from kg.model import Heading
from kg.structure.lines import Line

# 附件, 附件1, 附件2：整改台账: an appendix's heading, on a line of its own
ANNEX = re.compile(r"^[ \t]*(附件[ \t]*\d{0,2})[ \t]*(?:[:：].{0,40})?$", re.M)
ORG_END = re.compile(r"(?:党组|党委|委员会|党总支|总支部?|支部|委|局|厅|院|中心|办公室|政府|站|所)$")


def bracketed_date(line: str) -> str | None:
    m = re.fullmatch(r"\s*\(([^()]{6,16})\)\s*", line)
    hits = find_dates(m.group(1)) if m else []
    return hits[0].value if len(hits) == 1 and hits[0].value and len(hits[0].value) == 10 else None


def _annexes(lines: list[Line]) -> list[int]:
    """Indices of the lines that head an appendix (附件, 附件2：整改台账), last first."""
    return [k for k in range(len(lines) - 1, 0, -1) if ANNEX.fullmatch(lines[k].text)]


def signature(lines: list[Line], s: str, warnings: list[str]) -> tuple[str | None, str | None]:
    """The signing body and date among the last lines: `BODY / DATE` (or the other way),
    or, where a ledger is appended after them, among the last lines before its 附件."""
    for k in _annexes(lines):
        publisher, published = _signed(lines[:k], [])
        if publisher and published:
            return publisher, published
    return _signed(lines, warnings)


# a ledger's or form's own fields: 填报单位：X（盖章） 填报日期：2024年11月15日
_FORM_BODY = re.compile(r"(?:填报|报送|填表|编制)(?:单位|部门)\s*:\s*([^\s:()]{4,40}?)(?=\(|\s|$|(?:填报|报送|填表|编制|联系)[^\s:]{0,3}:)",
                        re.M)
_FORM_DATE = re.compile(r"(?:填报|报送|填表|编制)(?:日期|时间)\s*:\s*([^\s]{6,16})")


def form_fields(s: str) -> tuple[str | None, str | None]:
    """The body and date a ledger or form states in its own fields, not by signing."""
    body = _FORM_BODY.search(s)
    date = _FORM_DATE.search(s)
    hits = find_dates(date.group(1)) if date else []
    day = hits[0].value if hits and hits[0].value and len(hits[0].value) == 10 else None
    return (body.group(1) if body and ORG_END.search(body.group(1)) else None), day


def _signed(lines: list[Line], warnings: list[str]) -> tuple[str | None, str | None]:
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
                and ORG_END.search(t):
            publisher = t
        if publisher and published:
            break
    return publisher, published


def signature_start(lines: list[Line], headings: list[Heading]) -> int:
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
        if (hits and hits[0].end - hits[0].start >= len(t) - 2) or ORG_END.search(t):
            end = ln.start
        else:
            break
    return end
