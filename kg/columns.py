"""Tables a PDF copy lays out in columns of spaces.

A PDF viewer's "copy as text" (or pdftotext -layout) writes a table as it looks: each
row's first line holds the start of every cell, apart by runs of spaces, and a cell
too long for its column wraps onto the lines below, at its column's place, with spaces
where the other cells have ended. Read line by line, a row becomes a jumble of the
cells' pieces. Here such a table becomes a row a line, its cells apart by tabs (the
form a word processor's copy has), so the tab reader in `kg.ingest` serves both.

The columns are found where the rows' number lines leave a gap of two spaces or more in
every row, measured in characters or, for a copy aligned for the screen, in display
width (a Chinese character two units). A row starts on its number's line, or, where
official tables centre their cells, as far above that line as it ends below it.
"""
from __future__ import annotations

import re

from kg.model import EMPTY_CELL

_FRAGMENT = re.compile(r"\S+(?:[ \u3000]\S+)*")  # text between runs of two spaces or more
_TABLE_HINT = re.compile(r"(?m)^[^\t\n]*\S(?:[ \u3000]{2,}\S+(?:[ \u3000]\S+)*){3,}[ \u3000]*$")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_PAGE_LINE = re.compile(r"(?:第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
                        r"|[-—–―]+\s*\d{1,3}\s*[-—–―]+|\d{1,3}\s*/\s*\d{1,3})")


def display_width(line: str) -> int:
    """Columns a line takes on screen: a CJK or full-width character two."""
    return sum(1 if c < "\u1100" else 2 for c in line)


def rebuild(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """`text` with each table laid out in columns of spaces written a row a line, its
    cells apart by tabs (an empty cell EMPTY_CELL), and `origin` kept aligned. A table
    is a header of four cells or more, rows whose first cell numbers them 1, 2, 3 …,
    and at least one cell wrapped onto a line below; anything else is left as it is."""
    if not _TABLE_HINT.search(text):
        return text, origin
    lines = text.split("\n")
    tables, i = [], 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found:
            tables.append((i, *found))
        i = found[0] if found else i + 1
    if not tables:
        return text, origin
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[str] = []
    out_origin: list[int] = []
    done = 0  # the first line not yet written
    for first, end, rows in tables:
        out.append(text[starts[done]:starts[first]])
        out_origin.extend(origin[starts[done]:starts[first]])
        for row in rows:
            for c, cell in enumerate(row):
                piece, at = _joined(cell, lines, starts, origin)
                if not piece:  # an empty cell: it points where its row starts
                    piece, at = EMPTY_CELL, [origin[starts[_row_line(row)]]] * len(EMPTY_CELL)
                out.append(piece + ("\t" if c < len(row) - 1 else "\n"))
                out_origin.extend(at + [at[-1]])
        done = end
    out.append(text[starts[done]:] if done < len(lines) else "")
    out_origin.extend(origin[starts[done]:] if done < len(lines) else [])
    joined = "".join(out)
    if done == len(lines) and not text.endswith("\n"):  # the table ended the text
        joined, out_origin = joined[:-1], out_origin[:-1]
    return joined, out_origin


def _row_line(row: list[list[tuple[int, int, int]]]) -> int:
    """The line a row's first piece stands on."""
    return min(line for cell in row for line, _, _ in cell)


def _joined(cell: list[tuple[int, int, int]], lines: list[str], starts: list[int],
            origin: list[int]) -> tuple[str, list[int]]:
    """A cell's pieces (line, start, end) as one string: a wrapped line goes on without
    a space, except between two Latin letters or digits."""
    text, at = "", []
    for line, s, e in cell:
        piece = lines[line][s:e]
        if text and _latin(text[-1]) and _latin(piece[0]):
            text += " "
            at.append(origin[starts[line] + s])
        text += piece
        at.extend(origin[starts[line] + s:starts[line] + e])
    return text, at


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


_Piece = tuple[int, int, int]  # line, start, end


def _pieces(lines: list[str], k: int) -> list[_Piece]:
    return [(k, m.start(), m.end()) for m in _FRAGMENT.finditer(lines[k])]


def _table_at(lines: list[str], i: int) -> tuple[int, list[list[list[_Piece]]]] | None:
    """The table whose header is line `i`: the line after it and its rows, the header
    first, each a list of cells, each cell its pieces in order; None if there is none."""
    line = lines[i]
    if "\t" in line or not _TABLE_HINT.fullmatch(line):
        return None
    head = _pieces(lines, i)
    if _ROW_NUMBER.fullmatch(lines[i][head[0][1]:head[0][2]]):
        return None  # a row, not a header
    key = re.sub(r"\s", "", line)
    rows: list[int] = []  # the line each row starts on
    body: list[int] = []  # the lines of the header's wrap and of the rows
    k, blank, broken = i + 1, False, False
    while k < len(lines):
        t = lines[k]
        bare = t.strip()
        if "\t" in t:
            break
        if not bare:
            blank = True
        elif _PAGE_LINE.fullmatch(bare) or re.sub(r"\s", "", t) == key:
            broken = True  # a page's end, the header again on the next page
        else:
            first = _FRAGMENT.search(t)
            if first.group() == str(len(rows) + 1):
                rows.append(k)
            elif not t[0].isspace() or (blank and not broken):
                break  # text after the table
            body.append(k)
            blank = broken = False
        k += 1
    if not rows or len(body) == len(rows):
        return None  # no cell wraps: a row a line, as the spaced-cells reader takes it
    owners = [o for o in (_centred(body, rows), _top(body, rows)) if o is not None]
    for owner in owners:
        for width in (len, display_width):  # a copy aligned in characters, or for the screen
            table = _placed(lines, i, owner, rows, width, len(head))
            if table is not None:
                return table
    return None


def _top(body: list[int], rows: list[int]) -> dict[int, int]:
    """Each line's row where a row starts on its number's line (cells aligned to the
    top); lines before the first row (0) are the header's."""
    owner, row = {}, 0
    for k in body:
        if row < len(rows) and k == rows[row]:
            row += 1
        owner[k] = row
    return owner


def _centred(body: list[int], rows: list[int]) -> dict[int, int] | None:
    """Each line's row where cells are centred in their rows, as official tables set
    them: the number stands on a row's middle line (or between its two middle lines,
    on a line of its own), so a row reaches as far below its number as it begins above
    it. None unless the first row begins above its number and every row fits so."""
    at = {k: n for n, k in enumerate(body)}
    if at[rows[0]] == 0:
        return None
    owner, start = {}, 0
    for r, k in enumerate(rows, 1):
        end = 2 * at[k] - start
        if end >= (at[rows[r]] if r < len(rows) else len(body)):
            return None
        owner.update((body[n], r) for n in range(start, end + 1))
        start = end + 1
    return owner


def _placed(lines: list[str], i: int, owner: dict[int, int], rows: list[int], width,
            n: int) -> tuple[int, list[list[list[_Piece]]]] | None:
    """The table's cells with columns measured in `width`, or None if the rows'
    number lines (or, failing them, all the rows' lines) do not make `n` columns or a
    line inside the table fits none of them. A line of the last row that fits none is
    the text after the table."""
    cols = _columns(lines, rows, width)
    if len(cols) != n:
        cols = _columns(lines, [k for k, r in owner.items() if r], width)
        if len(cols) != n:
            return None
    table: list[list[list[_Piece]]] = [[[] for _ in cols] for _ in range(len(rows) + 1)]
    table[0] = [[p] for p in _pieces(lines, i)]  # a header cell each column, in order, centred or not
    numbered = set(rows)
    for k, row in owner.items():
        placed = [(_column(lines[k], p, cols, width, k in numbered or row == 0), p)
                  for p in _pieces(lines, k)]
        if any(c is None for c, _ in placed):
            if row < len(rows):
                return None
            return _ended(i, k, lines, table)
        for c, p in placed:
            table[row][c].append(p)
    return max(owner) + 1, table


def _ended(i: int, k: int, lines: list[str], table: list) -> tuple[int, list]:
    """The table cut before line `k` (text that follows it), with blank lines before
    `k` left to the text."""
    while k > i + 1 and not lines[k - 1].strip():
        k -= 1
    return k, table


def _columns(lines: list[str], rows: list[int], width) -> list[tuple[int, int]]:
    """The columns the rows' first lines fill, as (start, end) in `width` units: their
    pieces' spans, merged where they meet or overlap."""
    spans = sorted((width(lines[k][:s]), width(lines[k][:e])) for k in rows
                   for _, s, e in _pieces(lines, k))
    cols: list[list[int]] = []
    for s, e in spans:
        if cols and s < cols[-1][1] + 2:
            cols[-1][1] = max(cols[-1][1], e)
        else:
            cols.append([s, e])
    return [(s, e) for s, e in cols]


def _column(line: str, piece: _Piece, cols: list[tuple[int, int]], width, free: bool) -> int | None:
    """The column a piece of `line` stands in. A row's first line and the header may
    put a piece anywhere in the column it overlaps most; a wrapped line's piece must
    start inside a column after the first (the number's) and end before the next."""
    _, s, e = piece
    a, b = width(line[:s]), width(line[:e])
    if free:
        overlap = [min(b, hi) - max(a, lo) for lo, hi in cols]
        best = max(range(len(cols)), key=lambda c: overlap[c])
        return best
    for c in range(1, len(cols)):
        lo, hi = cols[c]
        end = cols[c + 1][0] - 1 if c + 1 < len(cols) else hi + 4
        if lo - 1 <= a < hi and b <= end:
            return c
    return None
