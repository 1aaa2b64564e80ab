"""OpenDocument files (.odt text as LibreOffice and WPS save it, .ods spreadsheets) →
text, as a .docx reads: a paragraph a line, a table's cells a line each, and the numbers
a list style draws (一、 （一） 1.) written back in, since the report's structure is read
from them. They are counted by the same `Numbering` as Word's lists: each list style's
levels, restarted by a new list unless it continues the one before.
"""
from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree as ET

from kg.errors import IngestError
from kg.model import is_layout, table_lines
from kg.word import Numbering
from kg.xmlzip import part

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
_MAX_COLUMNS = 1024  # a run of empty cells to a sheet's edge counted no further
_OUTLINE = "\x00outline"  # the numbering of headings (text:outline-style), counted as a list of its own
# a list level's style:num-format, by its first character, as Word names the format
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "一": "chineseCounting",
            "壹": "chineseCounting", "①": "decimalEnclosedCircle", "⑴": "decimalEnclosedParen",
            "⒈": "decimalEnclosedFullstop", "甲": "ideographTraditional", "": "none"}
# what holds no text of the report: notes' bodies, comments, the tracked deletions
_SKIP = {_TEXT + "note-citation", _OFFICE + "annotation", _TEXT + "tracked-changes", _TEXT + "sequence-decls"}


def odf_text(z: zipfile.ZipFile, path: str) -> str:
    """The text of an OpenDocument zip; `IngestError` when it holds no body."""
    content = part(z, "content.xml", path)
    body = content.find(f"{_OFFICE}body") if content is not None else None
    if body is None or not len(body):
        raise IngestError(path, "content.xml holds no office:body: not an OpenDocument file")
    numbering = _numbering([content, part(z, "styles.xml", path)])
    return "\n".join(_Reader(numbering).blocks(body[0]))


def _numbering(roots: list[ET.Element | None]) -> Numbering:
    """Every list style's levels (and the outline's) as a `Numbering`: level → (format,
    text with %1…%9, start)."""
    out = Numbering()
    for root in filter(None, roots):
        for style in [*root.iter(_TEXT + "list-style"), *root.iter(_TEXT + "outline-style")]:
            name = style.get(_STYLE + "name", "") if style.tag == _TEXT + "list-style" else _OUTLINE
            levels = {}
            for lvl in style:
                try:
                    k = int(lvl.get(_TEXT + "level", "1")) - 1
                    start = int(lvl.get(_TEXT + "start-value", "1"))
                    shown = int(lvl.get(_TEXT + "display-levels", "1"))
                except ValueError:
                    continue
                if not lvl.tag.endswith(("list-level-style-number", "outline-level-style")):
                    levels[k] = ("none", "", 1)  # a bullet or a picture: no number
                    continue
                text = _placeholders(lvl.get(_LOEXT + "num-list-format", "")) or \
                    lvl.get(_STYLE + "num-prefix", "") + ".".join(f"%{n + 1}" for n in range(max(0, k - shown + 1), k + 1)) \
                    + lvl.get(_STYLE + "num-suffix", "")
                levels[k] = (_FORMATS.get(lvl.get(_STYLE + "num-format", "")[:1], "decimal"), text, start)
            out.levels[name] = levels
            out.abstract_of[name] = name
    return out


def _placeholders(text: str) -> str:
    """LibreOffice's %1% (its num-list-format) as Word's %1."""
    return re.sub(r"%([1-9])%", r"%\1", text)


class _Reader:
    """Walks a body in order, writing its lines and counting its lists."""

    def __init__(self, numbering: Numbering):
        self.numbering = numbering

    def blocks(self, parent: ET.Element, style: str = "", level: int = -1) -> list[str]:
        """The lines of the blocks in `parent`; `level` ≥ 0 inside a list item of `style`,
        whose first paragraph takes the item's number (an item that opens with a list has
        none of its own)."""
        out: list[str] = []
        numbered = level >= 0
        for el in parent:
            if el.tag in (_TEXT + "p", _TEXT + "h"):
                label = ""
                if numbered:
                    label = self.numbering.label(style, level)
                elif el.tag == _TEXT + "h" and level < 0 and el.get(_TEXT + "is-list-header") != "true":
                    label = self._outline(el)
                numbered = False
                out.append(label + _inline(el))
            elif el.tag == _TEXT + "list":
                numbered = False
                out.extend(self._list(el, style, level))
            elif el.tag == _TABLE + "table":
                out.extend(self._table(el))
            elif el.tag not in _SKIP:
                out.extend(self.blocks(el, style, level))  # sections, text boxes, a table's row groups
        return out

    def _list(self, el: ET.Element, style: str, level: int) -> list[str]:
        name = el.get(_TEXT + "style-name") or style
        if level < 0 and el.get(_TEXT + "continue-numbering") != "true" and not el.get(_TEXT + "continue-list"):
            self.numbering.counts.pop(name, None)  # a new list starts again at its first number
        out = []
        for item in el:
            if item.tag == _TEXT + "list-item":
                start = item.get(_TEXT + "start-value")
                if start and start.isdigit():
                    self.numbering.counts.setdefault(name, {})[level + 1] = int(start) - 1
                out.extend(self.blocks(item, name, level + 1))
            elif item.tag == _TEXT + "list-header":  # an item with no number
                out.extend(self.blocks(item, name, -1))
        return out

    def _outline(self, h: ET.Element) -> str:
        try:
            level = int(h.get(_TEXT + "outline-level", "1")) - 1
        except ValueError:
            return ""
        return self.numbering.label(_OUTLINE, level)

    def _table(self, table: ET.Element) -> list[str]:
        """A line per cell; a cell merged down from the row above is None, as in a
        .docx, and one merged across is not a cell. A table of one cell, or of cells too
        long for data, lays out text and keeps its paragraphs."""
        rows = [r for r in table.iter(_TABLE + "table-row")]
        cells = [c for r in rows for c in r if c.tag == _TABLE + "table-cell"]
        plain = [[_inline(p) for p in c.iter() if p.tag in (_TEXT + "p", _TEXT + "h")] for c in cells]
        if cells and is_layout([p for p in plain if any(p)] or plain):
            return [line for c in cells for line in self.blocks(c) if line.strip()]
        out, down = [], {}  # down: column → rows still covered by a cell merged down
        for r in rows:
            row, col = [], 0
            for c in r:  # a spreadsheet writes a run of like cells once, with how many it stands for
                repeat = min(_count(c, _TABLE + "number-columns-repeated"), _MAX_COLUMNS)
                if c.tag == _TABLE + "covered-table-cell":
                    for col in range(col, col + repeat):
                        if down.get(col, 0) > 0:
                            down[col] -= 1
                            row.append((col, None))
                    col += 1
                elif c.tag == _TABLE + "table-cell":
                    span, text = _count(c, _TABLE + "number-rows-spanned"), "".join(self.blocks(c)).strip()
                    for col in range(col, col + repeat):
                        if span > 1:
                            down[col] = span - 1
                        row.append((col, text))
                    col += 1
            out.append(row)
        width = max((k + 1 for row in out for k, text in row if text), default=0)  # a sheet's empty columns aside
        out = [[(k, text) for k, text in row if k < width] for row in out]
        return table_lines(out)


def _count(el: ET.Element, attribute: str) -> int:
    """A count an element gives (rows spanned, spaces), at least 1 (a damaged one too)."""
    try:
        return max(1, int(el.get(attribute, "1")))
    except ValueError:
        return 1


def _inline(el: ET.Element) -> str:
    """A paragraph's text: spans and links opened, tabs, line breaks and runs of spaces
    (text:s) written, notes' bodies and comments left out."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _TEXT + "s":
            parts.append(" " * _count(child, _TEXT + "c"))
        elif tag == _TEXT + "tab":
            parts.append("\t")
        elif tag == _TEXT + "line-break":
            parts.append("\n")
        elif tag not in _SKIP and tag != _TEXT + "note":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
