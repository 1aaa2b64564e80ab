"""Plain records passed between the stages (see ARCHITECTURE.md).

Every stage takes and returns these frozen dataclasses, so each can be tested and
timed alone, and `kg extract` writes them out as JSON with `dataclasses.asdict`.
Offsets are character offsets into `Text.text` (the normalised text) unless a
field says otherwise; `Text.to_original` maps them back to the file as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# How a table reaches `Text.text` from HTML or Word: a line per cell; in a row that
# holds a tick (√ under 已完成, one of the columns a status is split into) an empty
# cell is written EMPTY_CELL, so the tick keeps its column; a cell merged down over
# rows is written again in each row it covers if it is no longer than MERGED_CELL.
TICK = "√✓✔"
EMPTY_CELL = "—"
MERGED_CELL = 100
# A table of one cell, or with a cell longer than any table's or of more paragraphs, is a
# box or a page's layout holding the report: its paragraphs stay lines of their own.
LONG_CELL = 1500  # characters
MANY_PARAGRAPHS = 16


def is_layout(cells: list[list[str]]) -> bool:
    """Whether a table whose cells hold these paragraphs lays out text, not data."""
    return len(cells) == 1 or any(sum(map(len, c)) > LONG_CELL or len(c) > MANY_PARAGRAPHS for c in cells)


# a field's label in a table of two columns, a field a row (问题描述 | X, 整改措施 | Y)
_FIELD_LABEL = re.compile(r"(?:(?:巡视|巡察)?反馈|存在|具体)?问题(?:描述|表现)?|反馈意见|整改(?:措施|情况|时限|期限|目标|结果|进展|状态)"
                          r"|完成(?:时限|情况|时间)|责任(?:领导|单位|科室|部门|人)|牵头(?:领导|单位)")


def table_lines(rows: list[list[tuple[int, str | None]]]) -> list[str]:
    """A Word or PDF table's rows, each a list of (column, text), as the lines above; a
    text of None is a cell merged down from the row above (not from the header: the first
    row of two cells or more, under a title merged across the table). A
    row that is a field's label and its value (a finding laid out as 问题描述 | X,
    整改措施 | Y …) is written on one line, 问题描述：X."""
    lines: list[str] = []
    above: dict[int, str] = {}  # column → the text of the cell that starts there
    header = next((n for n, row in enumerate(rows) if sum(1 for _, t in row if t) > 1), 0)  # a title above it aside
    for n, row in enumerate(rows):
        cells = []
        for col, text in row:
            if text is None:
                text = above.get(col)
                if text is not None and len(text) <= MERGED_CELL:
                    cells.append(text)
                continue
            if n > header:
                above[col] = text
            else:
                above.pop(col, None)
            cells.append(text)
        if sum(1 for c in cells if c) > 1:  # a row of data: an empty cell holds its column's place
            cells = [c or EMPTY_CELL for c in cells]
        if field_row(cells):
            cells = [f"{cells[0].strip()}：{cells[1].strip()}"]
        lines.extend(c for c in cells if c)
    return lines


def field_row(cells: list[str | None]) -> bool:
    """Whether a table's row is a field's label and its value (问题描述 | X), not a header
    of labels (反馈问题 | 整改情况) nor a row of data."""
    return len(cells) == 2 and all(cells) and _FIELD_LABEL.fullmatch(cells[0].strip()) is not None \
        and _FIELD_LABEL.fullmatch(cells[1].strip()) is None


@dataclass(frozen=True)
class Text:
    """One input file, decoded and normalised, with a map back to the original."""

    path: str
    name: str
    sha256: str
    encoding: str
    original: str
    text: str
    # offsets[i] is the index in `original` of text[i]; one extra entry for the end.
    offsets: tuple[int, ...]
    # key:value facts found while reading, e.g. page-date:2024-10-23 from a removed header.
    meta: tuple[str, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if start >= end:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Heading:
    """A numbered heading: `path` like 二/(一)/1, `label` like (一)."""

    path: str
    label: str
    level: int
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    """A problem the inspection found, with what was done about it."""

    path: str
    title: str
    start: int
    end: int
    status: str | None = None
    deadline: str | None = None
    rectification: str = ""
    rect_start: int = -1
    rect_end: int = -1


@dataclass(frozen=True)
class Inspection:
    """The inspection event the report answers."""

    kind: str | None = None
    inspector: str | None = None
    target: str | None = None
    round: str | None = None
    start: str | None = None
    end: str | None = None
    feedback: str | None = None


@dataclass(frozen=True)
class Region:
    """An administrative division with its GB/T 2260 code and parents."""

    name: str
    code: str
    level: str  # province | city | district | county
    province: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class Report:
    """The skeleton of one report: who, when, what was found."""

    text: Text
    title: str | None
    publisher: str | None
    published: str | None
    region: Region | None
    inspection: Inspection
    headings: tuple[Heading, ...] = ()
    findings: tuple[Finding, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding `offset`."""
        from bisect import bisect_right

        i = bisect_right(self.sentences, offset, key=lambda span: span[0]) - 1
        if 0 <= i < len(self.sentences):
            return self.sentences[i]
        return (0, len(self.text.text))


@dataclass(frozen=True)
class Mention:
    """A typed span of the normalised text with its normalised value and key."""

    type: str
    text: str
    start: int
    end: int
    value: str
    key: str


@dataclass(frozen=True)
class Entity:
    """One real-world thing as far as this report knows it."""

    key: str
    type: str
    name: str
    mentions: tuple[Mention, ...]
    value: str | None = None
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Relation:
    """subject –predicate→ object between entity keys, with the span that says so."""

    subject: str
    predicate: str
    object: str
    start: int
    end: int


@dataclass(frozen=True)
class Role:
    """A person holding a post in an organisation."""

    person: str
    post: str
    org: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Linked:
    """Everything drawn from one report, ready for RDF."""

    report: Report
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...] = ()
    roles: tuple[Role, ...] = ()
    warnings: tuple[str, ...] = field(default=())
