"""Word 97–2003 (.doc) files, and WPS files written in the same format, → text: a
paragraph a line, a table's cells a line each, as a .docx reads.

A .doc is an OLE compound file; its `WordDocument` stream holds the characters in
pieces that the piece table (in the `0Table` or `1Table` stream) lists, each either
UTF-16 or one byte a character. Only the main text is kept, with the results of fields
(not their codes). Numbers that Word's lists add (一、, （一）, 1.) are formatting in
this format, not text: they are counted from the list tables (PlfLst, PlfLfo) and the
paragraphs' list and level (sprmPIlfo, sprmPIlvl) and written back, as a .docx's are.
A damaged or encrypted file is an `IngestError`, never a crash.
"""
from __future__ import annotations

import re
import struct
from io import BytesIO

from typing import NamedTuple

from kg.errors import IngestError
from kg.model import is_layout, table_lines
from kg.word import Numbering

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_CHARS = 20_000_000  # characters a report's text may hold (a damaged count is not read)
# one byte a character (a "compressed" piece): code page 1252, where bytes 0x82–0x9f
# stand for these characters as Word writes them
_CP1252_SPECIAL = {0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
                   0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
                   0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9F: "Ÿ"}
# while the text is read: the cell mark that ends a table's row, and a paragraph's end inside a cell
_ROW_END, _CELL_BREAK = "\x1d", "\x1c"
_FIELD_CODE = re.compile("\x13[^\x13\x14\x15]*(?:\x14|\x15)")  # a field's code, up to its result or end
_MARKS = str.maketrans({"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-",
                        "\x1f": None, "\x15": None, "\x01": None, "\x08": None, "\x02": None, "\x05": None})


def is_ole(raw: bytes) -> bool:
    return raw.startswith(OLE_MAGIC)


def doc_to_text(raw: bytes, path: str) -> str:
    """The main text of a Word 97–2003 document (or a WPS file in its format)."""
    word, table, data, fib = _streams(raw, path)
    row_ends, in_cells, listed = _paragraph_marks(word, table, data, fib)
    numbering = _numbering(table, fib)
    chars, merges = [], []  # the text, and each row's merged cells in the order the rows come
    labels: dict[int, str] = {}  # where a numbered paragraph starts in `chars` → its number
    paragraph = 0
    for c, fc in _characters(word, table, fib, path):
        if fc in row_ends:
            chars.append(_ROW_END)
            merges.append(row_ends[fc])
        else:
            chars.append(_CELL_BREAK if c == "\r" and fc in in_cells else c)
        if c in "\r\x07":  # a paragraph (or a cell) ends
            if fc in listed:
                labels[paragraph] = numbering.label(*listed[fc])
            paragraph = len(chars)
    text = "".join(labels.get(i, "") + c for i, c in enumerate(chars[:fib["ccp_text"]]))
    while True:  # fields nest: drop the innermost code first
        stripped = _FIELD_CODE.sub("", text)
        if stripped == text:
            break
        text = stripped
    return "\n".join(line for line in _lines(text, iter(merges)) if line)


def _streams(raw: bytes, path: str) -> tuple[bytes, bytes, bytes, dict]:
    """The WordDocument, table and Data streams, and what the FIB says of them."""
    import olefile

    try:
        ole = olefile.OleFileIO(BytesIO(raw))
    except (OSError, ValueError) as e:
        raise IngestError(path, f"not a readable Word 97-2003 file ({e})") from e
    with ole:
        if not ole.exists("WordDocument"):
            raise IngestError(path, "an OLE file with no Word document in it (a spreadsheet or slides?); not read")
        word = ole.openstream("WordDocument").read()
        fib = _fib(word, path)
        table_name = "1Table" if fib["table1"] else "0Table"
        if not ole.exists(table_name):
            raise IngestError(path, f"Word document without its {table_name} stream; not read")
        table = ole.openstream(table_name).read()
        data = ole.openstream("Data").read() if ole.exists("Data") else b""
    return word, table, data, fib


def _lines(text: str, merged) -> list[str]:
    """Paragraphs a line each; a table's cells a line each, as a .docx's table reads, a cell
    merged down written again (`merged`: each row's merged cells, in order)."""
    lines: list[str] = []
    for block in text.split("\r"):  # a paragraph, or a table's rows and the paragraph after them
        rows, _, rest = block.rpartition(_ROW_END)
        if rows:
            table_rows, paragraphs = [], []
            for row in rows.split(_ROW_END):
                joined = next(merged, frozenset())
                cells = row.split("\x07")[:-1]
                table_rows.append([(col, None if col in joined else _cell(cell)) for col, cell in enumerate(cells)])
                paragraphs.extend([p.strip() for p in cell.replace(_CELL_BREAK, "\n").translate(_MARKS).split("\n")]
                                  for cell in cells)
            if is_layout(paragraphs):  # a box round the text keeps its paragraphs
                lines.extend(p for c in paragraphs for p in c if p)
            else:
                lines.extend(table_lines(table_rows))
        lines.extend(line.strip() for line in rest.translate(_MARKS).split("\n"))
    return lines


def _cell(text: str) -> str:
    """A cell's text on one line: its paragraphs joined."""
    return "".join(part.strip() for part in text.replace(_CELL_BREAK, "\n").translate(_MARKS).split("\n"))


def _fib(word: bytes, path: str) -> dict:
    """What the File Information Block says: where the piece table is, how much text."""
    try:
        ident, = struct.unpack_from("<H", word, 0)
        flags, = struct.unpack_from("<H", word, 0x0A)
        csw, = struct.unpack_from("<H", word, 32)
        lw = 32 + 2 + csw * 2
        cslw, = struct.unpack_from("<H", word, lw)
        ccp_text, = struct.unpack_from("<i", word, lw + 2 + 3 * 4)  # fibRgLw97: cbMac, 2 reserved, ccpText
        rg = lw + 2 + cslw * 4 + 2
        fc_clx, lcb_clx = struct.unpack_from("<II", word, rg + 33 * 8)  # fibRgFcLcb97: the 34th pair is the Clx
        fc_papx, lcb_papx = struct.unpack_from("<II", word, rg + 13 * 8)  # the 14th, paragraphs' properties
        pairs, = struct.unpack_from("<H", word, rg - 2)
        fc_lst, _, fc_lfo, lcb_lfo = struct.unpack_from("<4I", word, rg + 73 * 8) if pairs > 74 else (0, 0, 0, 0)
    except struct.error as e:
        raise IngestError(path, "Word document cut short (no complete header); not read") from e
    if ident not in (0xA5EC, 0xA5DC):
        raise IngestError(path, "not a Word 97-2003 document (unknown header); not read")
    if flags & 0x0100:
        raise IngestError(path, "Word document is encrypted (password protected); not read")
    if not 0 <= ccp_text <= _MAX_CHARS or lcb_clx == 0:
        raise IngestError(path, "Word document's header is damaged (text length or piece table); not read")
    return {"table1": bool(flags & 0x0200), "ccp_text": ccp_text, "fc_clx": fc_clx, "lcb_clx": lcb_clx,
            "fc_papx": fc_papx, "lcb_papx": lcb_papx, "fc_lst": fc_lst, "fc_lfo": fc_lfo, "lcb_lfo": lcb_lfo}


def _characters(word: bytes, table: bytes, fib: dict, path: str):
    """The document's characters in order, each with the offset in the WordDocument
    stream just past it (where a paragraph's properties say it ends)."""
    clx = table[fib["fc_clx"]:fib["fc_clx"] + fib["lcb_clx"]]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting, skipped
        size, = struct.unpack_from("<H", clx, at + 1)
        at += 3 + size
    if at >= len(clx) or clx[at] != 0x02:
        raise IngestError(path, "Word document has no piece table; not read")
    lcb, = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5:at + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise IngestError(path, "Word document's piece table is empty; not read")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    for i in range(n):
        _, fc_raw = struct.unpack_from("<HI", plc, 4 * (n + 1) + 8 * i)
        count = cps[i + 1] - cps[i]
        if count <= 0:
            continue
        if fc_raw & 0x40000000:  # one byte a character, at half the offset
            start = (fc_raw & 0x3FFFFFFF) // 2
            for k, b in enumerate(word[start:start + count]):
                yield _CP1252_SPECIAL.get(b) or chr(b), start + k + 1
        else:
            start = fc_raw & 0x3FFFFFFF
            chars = word[start:start + 2 * count].decode("utf-16-le", errors="replace")
            for k, c in enumerate(chars):
                yield c, start + 2 * k + 2


def _paragraph_marks(word: bytes, table: bytes, data: bytes, fib: dict
                     ) -> tuple[dict[int, frozenset[int]], set[int], dict[int, tuple[str, int]]]:
    """Where paragraphs end that the text alone does not tell: those that end a table's
    rows (sprmPFTtp: the cell mark there closes the row, not a cell), with the row's
    cells that continue a cell merged down from above (sprmTVertMerge); those inside a
    table's cells (sprmPFInTable); those a list numbers, with their list and level
    (sprmPIlfo, sprmPIlvl). Read from the paragraph properties' pages (PlcBtePapx, FKPs);
    a page that cannot be read is passed over."""
    rows: dict[int, frozenset[int]] = {}
    inside: set[int] = set()
    listed: dict[int, tuple[str, int]] = {}
    plc = table[fib["fc_papx"]:fib["fc_papx"] + fib["lcb_papx"]]
    n = (len(plc) - 4) // 8
    if n <= 0:
        return rows, inside, listed
    for k in range(n):
        pn, = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * k)
        page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        if 4 * (crun + 1) + 13 * crun > 511:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            at = page[4 * (crun + 1) + 13 * i] * 2
            props = _properties(_papx(page, at), data) if at else _Props()
            if props.row_end:
                rows[fcs[i + 1]] = props.merged
            elif props.in_table:
                inside.add(fcs[i + 1])
            if props.ilfo:
                listed[fcs[i + 1]] = (str(props.ilfo), props.ilvl)
    return rows, inside, listed


# a list's numbers by the format Word stores (MSONFC), named as a .docx names them
_FORMATS = {0: "decimal", 10: "ideographDigital", 11: "japaneseCounting", 14: "decimalFullWidth",
            18: "decimalEnclosedCircle", 19: "decimalFullWidth", 22: "decimalZero", 23: "bullet",
            26: "decimalEnclosedFullstop", 27: "decimalEnclosedParen", 28: "decimalEnclosedCircleChinese",
            30: "ideographTraditional", 33: "taiwaneseCounting", 35: "taiwaneseCountingThousand",
            37: "chineseCounting", 38: "chineseLegalSimplified", 39: "chineseCountingThousand", 255: "none"}
_FOLLOW = ("\t", " ", "")  # what comes between a number and its paragraph's text (ixchFollow)


def _numbering(table: bytes, fib: dict) -> Numbering:
    """The lists' levels (PlfLst, each LSTF's nine LVLs or one, following it in the table
    stream) and which list each paragraph's ilfo names (PlfLfo). A list table that does
    not read is no numbering: the text is still read."""
    levels: dict[str, dict[int, tuple[str, str, int]]] = {}
    lists: dict[str, str] = {}
    if not fib["fc_lst"]:
        return Numbering()
    try:
        count, = struct.unpack_from("<h", table, fib["fc_lst"])
        heads = [(struct.unpack_from("<i", table, fib["fc_lst"] + 2 + 28 * i)[0],
                  table[fib["fc_lst"] + 2 + 28 * i + 26] & 1) for i in range(max(count, 0))]
        at = fib["fc_lst"] + 2 + 28 * len(heads)
        for lsid, simple in heads:
            for level in range(1 if simple else 9):
                start, nfc = struct.unpack_from("<iB", table, at)
                follow, chpx, papx = table[at + 15], table[at + 24], table[at + 25]
                at += 28 + papx + chpx
                cch, = struct.unpack_from("<H", table, at)
                xst = table[at + 2:at + 2 + 2 * cch].decode("utf-16-le", errors="replace")
                at += 2 + 2 * cch
                text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in xst)
                levels.setdefault(str(lsid), {})[level] = (
                    _FORMATS.get(nfc, "decimal"), text + _FOLLOW[follow] if text and follow < 3 else text, start)
        lfos, = struct.unpack_from("<i", table, fib["fc_lfo"]) if fib["lcb_lfo"] >= 4 else (0,)
        for k in range(max(lfos, 0)):
            lists[str(k + 1)] = str(struct.unpack_from("<i", table, fib["fc_lfo"] + 4 + 16 * k)[0])
    except (struct.error, IndexError):
        return Numbering()
    return Numbering(levels, lists)


def _continued(table_def: bytes) -> set[int]:
    """The cells of a row (TDefTableOperand: itcMac, their edges, a TC80 each) merged
    with the cell above and not restarting a merge (fVertMerge set, fVertRestart not)."""
    if not table_def:
        return set()
    cells = table_def[0]
    at = 1 + 2 * (cells + 1)
    return {c for c in range(cells) if at + 20 * c + 2 <= len(table_def)
            and (struct.unpack_from("<H", table_def, at + 20 * c)[0] >> 5) & 3 == 1}


def _papx(page: bytes, at: int) -> bytes:
    """The paragraph properties (a grpprl, after the style's index) at `at` in a page."""
    cb = page[at]
    start, size = (at + 1, 2 * cb - 1) if cb else (at + 2, 2 * page[at + 1])
    return page[start + 2:start + size]


class _Props(NamedTuple):
    row_end: bool = False  # the paragraph ends a table's row
    in_table: bool = False  # it stands in a table's cell
    merged: frozenset[int] = frozenset()  # the row's cells merged down from above
    ilfo: int = 0  # the list that numbers it (1-based; 0: none)
    ilvl: int = 0  # its level in that list


def _properties(grpprl: bytes, data: bytes, outer: bool = True) -> _Props:
    """What a paragraph's properties say of it; those too long for their page
    (sprmPHugePapx) are read from the Data stream."""
    row_end = in_table = False
    merged = set()
    ilfo = ilvl = 0
    i = 0
    while i + 2 <= len(grpprl):
        sprm, = struct.unpack_from("<H", grpprl, i)
        i += 2
        if sprm in (0x2417, 0x244C) and i < len(grpprl) and grpprl[i]:  # sprmPFTtp, sprmPFInnerTtp
            row_end = True
        elif sprm == 0x2416 and i < len(grpprl) and grpprl[i]:  # sprmPFInTable
            in_table = True
        elif sprm == 0x460B and i + 2 <= len(grpprl):  # sprmPIlfo (0x07FF: numbering turned off)
            ilfo, = struct.unpack_from("<H", grpprl, i)
            ilfo = 0 if ilfo >= 0x07FF else ilfo
        elif sprm == 0x260A and i < len(grpprl):  # sprmPIlvl
            ilvl = grpprl[i] % 9
        elif sprm == 0xD62B and i + 2 < len(grpprl) and grpprl[i + 2] == 3:  # sprmTVertMerge: cell, continues
            merged.add(grpprl[i + 1])
        elif sprm == 0x6646 and i + 4 <= len(grpprl) and data and outer:  # sprmPHugePapx: the properties elsewhere
            fc, = struct.unpack_from("<I", grpprl, i)
            if fc + 2 <= len(data):
                size, = struct.unpack_from("<H", data, fc)
                huge = _properties(data[fc + 2:fc + 2 + size], data, outer=False)  # no further indirection
                row_end, in_table, merged = row_end or huge.row_end, in_table or huge.in_table, merged | huge.merged
                ilfo, ilvl = huge.ilfo or ilfo, huge.ilvl if huge.ilfo else ilvl
        spra = sprm >> 13
        if sprm == 0xD608 and i + 2 < len(grpprl):  # sprmTDefTable: the row's cells, two bytes of size first
            size, = struct.unpack_from("<H", grpprl, i)
            merged |= _continued(grpprl[i + 2:i + 1 + size])
            i += size + 1
        elif spra == 6:  # a variable operand: its size first
            if i >= len(grpprl):
                break
            i += grpprl[i] + 1
        else:
            i += (1, 1, 2, 4, 2, 2, 0, 3)[spra]
    return _Props(row_end, in_table, frozenset(merged), ilfo, ilvl)
