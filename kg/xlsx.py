"""Excel (.xlsx) workbooks → text: ledgers (整改台账) are often published as a
spreadsheet. Each sheet's rows in order, a cell a line, as a .docx's table reads; a
cell merged down (a 问题类别 over several rows) is written again in each row it covers,
one merged across (a title over the columns) once. Dates stored as day numbers are
written as the report would (2025年6月30日), so a deadline's column reads as a deadline.
"""
from __future__ import annotations

import re
import zipfile
from datetime import date, timedelta
from xml.etree import ElementTree as ET

from kg.errors import IngestError
from kg.model import table_lines
from kg.xmlzip import part

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"([A-Z]{1,3})(\d{1,7})$")
# Excel's built-in formats that show a date (14–22 and the East Asian 27–36, 50–58)
_DATE_IDS = frozenset([*range(14, 18), 22, *range(27, 37), *range(50, 59)])
_EPOCH = date(1899, 12, 30)


def xlsx_text(z: zipfile.ZipFile, path: str) -> str:
    """The text of every sheet of an Excel zip, in the workbook's order."""
    book = part(z, "xl/workbook.xml", path)
    rels = part(z, "xl/_rels/workbook.xml.rels", path)
    targets = {r.get("Id"): r.get("Target", "") for r in (rels.iter(_PR + "Relationship") if rels is not None else ())}
    strings = _shared_strings(part(z, "xl/sharedStrings.xml", path))
    dates = _date_styles(part(z, "xl/styles.xml", path))
    lines: list[str] = []
    for sheet in book.iter(_S + "sheet"):
        target = targets.get(sheet.get(_R + "id"), "")
        name = target.lstrip("/") if target.startswith("/") else "xl/" + target
        root = part(z, name, path)
        if root is not None:
            lines.extend(_sheet(root, strings, dates))
    if not lines:
        raise IngestError(path, "an Excel workbook whose sheets hold no text")
    return "\n".join(lines)


def _shared_strings(root: ET.Element | None) -> list[str]:
    """The workbook's strings, each its runs joined (phonetic guides, rPh, left out)."""
    if root is None:
        return []
    return ["".join(t.text or "" for r in [si, *si.findall(_S + "r")] for t in r.findall(_S + "t"))
            for si in root.findall(_S + "si")]


def _date_styles(root: ET.Element | None) -> frozenset[int]:
    """The cell styles (their index) whose number format shows a date."""
    if root is None:
        return frozenset()
    custom = {f.get("numFmtId"): f.get("formatCode", "") for f in root.iter(_S + "numFmt")}
    xfs = root.find(_S + "cellXfs")
    out = set()
    for i, xf in enumerate(xfs.findall(_S + "xf") if xfs is not None else ()):
        fmt = xf.get("numFmtId", "0")
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fmt, ""))  # literal text and colours aside
        if (fmt.isdigit() and int(fmt) in _DATE_IDS) or re.search("[yd]", code, re.I):
            out.add(i)
    return frozenset(out)


def _column(letters: str) -> int:
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


def _sheet(root: ET.Element, strings: list[str], dates: frozenset[int]) -> list[str]:
    """A sheet's rows as a table's lines (`table_lines`): its cells by row and column, a
    cell merged down from the row above None, one merged across left out."""
    cells: dict[tuple[int, int], str] = {}
    for row in root.iter(_S + "row"):
        for c in row.findall(_S + "c"):
            at = _CELL.match(c.get("r", ""))
            text = _value(c, strings, dates)
            if at and text:
                cells[(int(at.group(2)) - 1, _column(at.group(1)))] = text
    covered: dict[tuple[int, int], bool] = {}  # cell → merged down (True) or across (False)
    for m in root.iter(_S + "mergeCell"):
        corners = [_CELL.match(x) for x in m.get("ref", "").split(":")]
        if len(corners) != 2 or not all(corners):
            continue
        (c1, r1), (c2, r2) = [(_column(x.group(1)), int(x.group(2)) - 1) for x in corners]
        for r in range(r1, min(r2, r1 + 10_000) + 1):
            for c in range(c1, min(c2, c1 + 200) + 1):
                if (r, c) != (r1, c1):
                    covered[(r, c)] = r > r1 and c == c1
    by_row: dict[int, set[int]] = {}
    for r, c in [*cells, *(at for at, down in covered.items() if down)]:
        by_row.setdefault(r, set()).add(c)
    used = {r: sorted(by_row[r]) for r in sorted(by_row)}
    data = [cols for cols in used.values() if len(cols) > 1]  # a table's columns: those its rows of data use
    first, last = min((c[0] for c in data), default=0), max((c[-1] for c in data), default=0)
    table = []
    for r, here in used.items():  # a cell a sheet left empty is written in a row of data, as a Word table's is
        cols = here if len(here) < 2 else sorted({*here, *range(first, last + 1)})
        table.append([(c, None if covered.get((r, c)) else cells.get((r, c), "")) for c in cols])
    return table_lines(table)


def _value(c: ET.Element, strings: list[str], dates: frozenset[int]) -> str:
    kind, v = c.get("t", "n"), c.find(_S + "v")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(_S + "t")).strip()
    raw = (v.text or "") if v is not None else ""
    if kind == "s":
        return strings[int(raw)].strip() if raw.isdigit() and int(raw) < len(strings) else ""
    if kind in ("str", "e", "b") or not raw:
        return raw.strip() if kind != "b" else ""
    try:
        number = float(raw)
    except ValueError:
        return raw.strip()
    if c.get("s", "0").isdigit() and int(c.get("s", "0")) in dates and 0 < number < 200_000:
        day = _EPOCH + timedelta(days=int(number))
        return f"{day.year}年{day.month}月{day.day}日"
    return str(int(number)) if number.is_integer() else raw
