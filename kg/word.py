"""Word (.docx) files → text, as a saved page's text reads: a paragraph a line, a
table's cells a line each, and the numbers Word adds to its numbered paragraphs
(一、 （一） 1.) written back in, since the report's structure is read from them.

A .docx is a zip of XML parts; only the standard library reads it, each part checked
before it is parsed (kg/xmlzip.py).
"""
from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree as ET

from kg.errors import IngestError
from kg.model import is_layout, table_lines
from kg.xmlzip import part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN = "〇一二三四五六七八九"


def _val(el: ET.Element | None, default: int) -> int:
    """An element's w:val as a count; missing or malformed (a damaged file), `default`."""
    try:
        return int(el.get(_W + "val")) if el is not None else default
    except (TypeError, ValueError):
        return default


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十: how Word counts 一、 (a report's lists stay below 100)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else _CN[tens]) + "十") + (_CN[ones] if ones else "")


def _number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"):  # LibreOffice: taiwanese…
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(ord("①") + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(ord("⑴") + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(ord("⒈") + n - 1)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and every other format


class Numbering:
    """Counts Word's numbered paragraphs as Word does: each list keeps a counter per
    level; a paragraph at a level restarts the levels below it. `levels`: a list's id →
    level → (format, text with %1…%9 for the levels' numbers, start); `lists`: the id a
    paragraph names (numId, a .doc's ilfo) → its list's id."""

    def __init__(self, levels: dict[str, dict[int, tuple[str, str, int]]] | None = None,
                 lists: dict[str, str] | None = None):
        self.levels = levels or {}
        self.abstract_of = lists or {}
        self.counts: dict[str, dict[int, int]] = {}

    @classmethod
    def from_xml(cls, numbering: ET.Element | None) -> Numbering:
        """From a .docx's numbering part (abstractNum and the num that name them)."""
        out = cls()
        if numbering is None:
            return out
        for a in numbering.iter(_W + "abstractNum"):
            levels = {}
            for lvl in a.iter(_W + "lvl"):
                fmt, text, start = "decimal", "", 1
                for child in lvl:
                    if child.tag == _W + "numFmt":
                        fmt = child.get(_W + "val", fmt)
                    elif child.tag == _W + "lvlText":
                        text = child.get(_W + "val", text)
                    elif child.tag == _W + "start":
                        start = _val(child, 1)
                try:
                    levels[int(lvl.get(_W + "ilvl", "0"))] = (fmt, text, start)
                except ValueError:
                    continue
            out.levels[a.get(_W + "abstractNumId", "")] = levels
        for num in numbering.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                out.abstract_of[num.get(_W + "numId", "")] = ref.get(_W + "val", "")
        return out

    def label(self, num_id: str, level: int) -> str:
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "", {})
        if level not in levels:
            return ""
        counts = self.counts.setdefault(abstract, {})
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]

        def value(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            fmt, _, start = levels.get(k, ("decimal", "", 1))
            return _number(counts.get(k, start), fmt)

        return re.sub(r"%([1-9])", value, levels[level][1])


def docx_text(z: zipfile.ZipFile, path: str) -> str:
    """The text of a .docx's zip; `IngestError` when it is not a readable Word document."""
    body = part(z, "word/document.xml", path)
    if body is None:
        raise IngestError(path, "a zip archive with no word/document.xml: not a Word document")
    numbering = Numbering.from_xml(part(z, "word/numbering.xml", path))
    styles = _style_numbers(part(z, "word/styles.xml", path))
    out: list[str] = []
    root = body.find(_W + "body")
    for block in (root if root is not None else []):
        if block.tag == _W + "p":
            out.append(_paragraph(block, numbering, styles))
        elif block.tag == _W + "tbl":
            out.extend(_table(block, numbering, styles))
    return "\n".join(out)


def _style_numbers(styles: ET.Element | None) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs (a heading style with a list)."""
    out = {}
    for st in (styles.iter(_W + "style") if styles is not None else ()):
        num = st.find(f"{_W}pPr/{_W}numPr")
        if num is not None:
            nid = num.find(_W + "numId")
            if nid is not None:
                out[st.get(_W + "styleId", "")] = (nid.get(_W + "val", ""), _val(num.find(_W + "ilvl"), 0))
    return out


def _paragraph(p: ET.Element, numbering: Numbering, styles: dict[str, tuple[str, int]]) -> str:
    parts = []
    ppr = p.find(_W + "pPr")
    num = ppr.find(_W + "numPr") if ppr is not None else None
    style = ppr.find(_W + "pStyle") if ppr is not None else None
    if num is not None and num.find(_W + "numId") is not None:
        parts.append(numbering.label(num.find(_W + "numId").get(_W + "val", ""), _val(num.find(_W + "ilvl"), 0)))
    elif style is not None and style.get(_W + "val") in styles:
        parts.append(numbering.label(*styles[style.get(_W + "val")]))
    for el in p.iter():
        if el.tag == _W + "t" and el.text:
            parts.append(el.text)
        elif el.tag == _W + "tab":
            parts.append("\t")
        elif el.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def _blocks(tc: ET.Element, numbering: Numbering, styles: dict[str, tuple[str, int]]) -> list[str]:
    """A cell's paragraphs, and the lines of a table inside it, in order."""
    out: list[str] = []
    for child in tc:
        if child.tag == _W + "p":
            out.append(_paragraph(child, numbering, styles))
        elif child.tag == _W + "tbl":
            out.extend(_table(child, numbering, styles))
    return out


def _table(tbl: ET.Element, numbering: Numbering, styles: dict[str, tuple[str, int]]) -> list[str]:
    """A line per cell, rows in order; a short cell merged down from the row above
    (vMerge) is written again in each row it covers, as a saved page's rowspan is (but
    not a header's: 序号 over a header of two rows). A table that lays out text (one
    cell, a box round the report's body) keeps its paragraphs as lines."""
    cells = [tc for tr in tbl.findall(_W + "tr") for tc in tr.findall(_W + "tc")]
    plain = [["".join(t.text or "" for t in p.iter(_W + "t")) for p in tc.findall(_W + "p")] for tc in cells]
    if cells and is_layout(plain):  # (judged on the plain text: numbering counts each paragraph once)
        return [line for tc in cells for line in _blocks(tc, numbering, styles) if line.strip()]
    rows = []
    for tr in tbl.iter(_W + "tr"):
        row, col = [], 0  # col: the grid column, a cell spanning columns (gridSpan) counted as many
        for tc in tr.findall(_W + "tc"):
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(_W + "val", "continue") == "continue":
                row.append((col, None))
            else:
                row.append((col, "".join(_paragraph(p, numbering, styles) for p in tc.findall(_W + "p")).strip()))
            col += max(1, _val(tc.find(f"{_W}tcPr/{_W}gridSpan"), 1))
        rows.append(row)
    return table_lines(rows)
