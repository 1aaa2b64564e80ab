"""Rich Text Format (.rtf) files → text, as a .docx reads: a paragraph a line, a table's
cells a line each. Word and LibreOffice write the numbers of their lists into RTF as
text (a paragraph's \\listtext, an older \\pntext), so they are kept; fonts, styles,
pictures, fields' codes, headers and footers are not text of the report. Characters come
as \\uN or as bytes (\\'b9\\'d8) in the document's code page (\\ansicpg936) or its
font's (\\fcharset134: GBK). A file that is not RTF is an `IngestError`.
"""
from __future__ import annotations

import re

from kg.errors import IngestError
from kg.model import is_layout, table_lines

RTF_MAGIC = b"{\\rtf"
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                    re.S)
# groups that hold no text of the report
_SKIP = frozenset(b"""fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer
    footerl footerr footerf listtable listoverridetable rsidtbl xmlnstbl themedata colorschememapping
    latentstyles datastore generator pgdsctbl userprops ftnsep ftnsepc aftnsep aftnsepc footnote
    fldinst bkmkstart bkmkend shpinst nonshppict revtbl docvar annotation atnid atnauthor
    mmathPr private filetbl operator author title comment""".split())
_SYMBOLS = {b"par": "\n", b"line": "\n", b"page": "\n", b"sect": "\n", b"tab": "\t", b"emdash": "—",
            b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”",
            b"bullet": "•", b"emspace": " ", b"enspace": " "}
_ESCAPED = {b"~": " ", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\t": "\t"}
_CHARSETS = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5", 161: "cp1253", 162: "cp1254",
             177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}


def is_rtf(raw: bytes) -> bool:
    return raw.lstrip()[:5] == RTF_MAGIC


def rtf_to_text(raw: bytes, path: str) -> str:
    """The text of an RTF file; `IngestError` when it is not RTF or holds no text."""
    if not is_rtf(raw):
        raise IngestError(path, "not an RTF file (no {\\rtf at its start)")
    text = _Reader().read(raw)
    if not text.strip():
        raise IngestError(path, "an RTF file that holds no text")
    return text


class _Reader:
    """Reads the tokens in order: a group's state (skipped, its font's code page, how many
    fallback characters follow a \\uN) is pushed at { and restored at }."""

    def __init__(self) -> None:
        self.lines: list[str] = []  # the report's lines so far
        self.para: list[str] = []  # the paragraph being read (in a table: the cell)
        self.pending = bytearray()  # bytes (\\'hh) not yet decoded, and their code page
        self.pending_page: str | None = None
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}  # font number → its code page
        self.cells: list[str] = []  # the row being read: its cells' text
        self.merge = (False, False)  # the next cell's definition: merged down, merged across
        self.row_defs: list[tuple[bool, bool]] = []
        self.rows: list[list[tuple[int, str | None]]] = []  # the table being read
        self.in_table = False

    def read(self, raw: bytes) -> str:
        stack: list[tuple[bool, str | None, int]] = []
        skipped, page, uc = False, None, 1
        skip = 0  # fallback characters still to pass over after a \\uN
        first = False  # the token opens a group (where a destination is named)
        for m in _TOKEN.finditer(raw):
            word, arg, hexa, escaped, brace, plain = m.groups()
            if brace:
                self._flush()
                if brace == b"{":
                    stack.append((skipped, page, uc))
                elif stack:
                    skipped, page, uc = stack.pop()
                first = brace == b"{"
                continue
            opens, first = first, False
            if opens and (word in _SKIP or escaped == b"*"):  # {\\fonttbl …}, {\\*\\generator …}
                if word == b"fonttbl":
                    self._fonts(raw, m.end())
                skipped = True
            if skipped:
                continue
            if word is not None:
                number = int(arg) if arg else None
                if word == b"ansicpg" and number:
                    self.codepage = f"cp{number}"
                elif word == b"f" and number is not None:
                    self._flush()
                    page = self.fonts.get(number)
                elif word == b"uc" and number is not None:
                    uc = number
                elif word == b"u" and number is not None:
                    self._flush()
                    self.para.append(chr(number % 65536))
                    skip = uc
                else:
                    self._control(word)
            elif skip:
                cut = 1 if plain is None else min(skip, len(plain))
                skip -= cut
                if plain is not None and len(plain) > cut:
                    self._bytes(plain[cut:], page)
            elif hexa is not None:
                self._bytes(bytes([int(hexa, 16)]), page)
            elif escaped in _ESCAPED:
                self._flush()
                self.para.append(_ESCAPED[escaped])
            elif plain is not None:
                self._bytes(plain, page)
        self._flush()
        self._end_paragraph()
        self._end_table()
        return "\n".join(self.lines)

    def _fonts(self, raw: bytes, at: int) -> None:
        """Each font's code page, from the font table that starts at `at`."""
        depth, font = 1, None
        for m in _TOKEN.finditer(raw, at):
            word, arg, _, _, brace, _ = m.groups()
            if brace:
                depth += 1 if brace == b"{" else -1
                if depth == 0:
                    return
            elif word == b"f" and arg:
                font = int(arg)
            elif word == b"fcharset" and arg and font is not None and int(arg) in _CHARSETS:
                self.fonts[font] = _CHARSETS[int(arg)]

    def _bytes(self, data: bytes, page: str | None) -> None:
        if self.pending and page != self.pending_page:
            self._flush()
        self.pending.extend(data)
        self.pending_page = page

    def _flush(self) -> None:
        if self.pending:
            page = self.pending_page or self.codepage
            try:
                text = bytes(self.pending).decode(page, "replace")
            except LookupError:  # a code page Python does not know
                text = bytes(self.pending).decode("cp1252", "replace")
            self.para.append(text)
            self.pending.clear()

    def _control(self, word: bytes) -> None:
        self._flush()
        if word in _SYMBOLS:
            if _SYMBOLS[word] != "\n":
                self.para.append(_SYMBOLS[word])
            elif self.in_table:
                self.para.append("\n")  # a cell's paragraphs
            else:
                self._end_paragraph()
        elif word == b"intbl":
            self.in_table = True
        elif word == b"pard":
            self.in_table = False
        elif word == b"trowd":
            self.row_defs, self.merge = [], (False, False)
        elif word in (b"clvmrg", b"clmrg"):
            self.merge = (self.merge[0] or word == b"clvmrg", self.merge[1] or word == b"clmrg")
        elif word == b"cellx":
            self.row_defs.append(self.merge)
            self.merge = (False, False)
        elif word in (b"cell", b"nestcell"):
            self.cells.append("".join(self.para).strip())
            self.para = []
        elif word in (b"row", b"nestrow"):
            row = []
            for k, text in enumerate(self.cells):
                down, across = self.row_defs[k] if k < len(self.row_defs) else (False, False)
                if not across:
                    row.append((k, None if down else text))
            self.rows.append(row)
            self.cells, self.para = [], []

    def _end_paragraph(self) -> None:
        self._end_table()
        self.lines.append("".join(self.para))
        self.para = []

    def _end_table(self) -> None:
        """The table read so far, as a .docx's: a cell a line, or, when it lays out text (one
        cell, a box round the body), its paragraphs."""
        if not self.rows:
            return
        cells = [text.split("\n") for row in self.rows for _, text in row if text is not None]
        if is_layout(cells):
            self.lines.extend(line for c in cells for line in c if line.strip())
        else:
            self.lines.extend(table_lines([[(k, t if t is None else t.replace("\n", "")) for k, t in row]
                                           for row in self.rows]))
        self.rows = []
