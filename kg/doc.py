"""Word 97–2003 (.doc) files, and WPS files written in the same format, → text: a
paragraph a line, a table's cells a line each, as a .docx reads.

A .doc is an OLE compound file; its `WordDocument` stream holds the characters in
pieces that the piece table (in the `0Table` or `1Table` stream) lists, each either
UTF-16 or one byte a character. Only the main text is kept, with the results of fields
(not their codes). Numbers that Word's lists add are formatting in this format, not
text, and are not written back; a report that typed its 一、 and 1. keeps them.
A damaged or encrypted file is an `IngestError`, never a crash.
"""
from __future__ import annotations

import re
import struct
from io import BytesIO

from kg.errors import IngestError
from kg.model import table_lines

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
    row_ends, in_cells = _table_marks(word, table, data, fib)  # row end → its cells merged down from above
    chars, merges = [], []  # the text, and each row's merged cells in the order the rows come
    for c, fc in _characters(word, table, fib, path):
        if fc in row_ends:
            chars.append(_ROW_END)
            merges.append(row_ends[fc])
        else:
            chars.append(_CELL_BREAK if c == "\r" and fc in in_cells else c)
    text = "".join(chars)[:fib["ccp_text"]]
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
            table_rows = []
            for row in rows.split(_ROW_END):
                joined = next(merged, frozenset())
                table_rows.append([(col, None if col in joined else _cell(cell))
                                   for col, cell in enumerate(row.split("\x07")[:-1])])
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
    except struct.error as e:
        raise IngestError(path, "Word document cut short (no complete header); not read") from e
    if ident not in (0xA5EC, 0xA5DC):
        raise IngestError(path, "not a Word 97-2003 document (unknown header); not read")
    if flags & 0x0100:
        raise IngestError(path, "Word document is encrypted (password protected); not read")
    if not 0 <= ccp_text <= _MAX_CHARS or lcb_clx == 0:
        raise IngestError(path, "Word document's header is damaged (text length or piece table); not read")
    return {"table1": bool(flags & 0x0200), "ccp_text": ccp_text, "fc_clx": fc_clx, "lcb_clx": lcb_clx,
            "fc_papx": fc_papx, "lcb_papx": lcb_papx}


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


def _table_marks(word: bytes, table: bytes, data: bytes, fib: dict) -> tuple[dict[int, frozenset[int]], set[int]]:
    """Where the paragraphs that end a table's rows end (their properties say sprmPFTtp:
    the cell mark there closes the row, not a cell), with the row's cells that continue
    a cell merged down from above (sprmTVertMerge), and where the paragraphs inside a
    table's cells end (sprmPFInTable). Read from the paragraph properties' pages (PlcBtePapx,
    FKPs); a page that cannot be read is passed over."""
    out: dict[int, frozenset[int]] = {}
    inside: set[int] = set()
    plc = table[fib["fc_papx"]:fib["fc_papx"] + fib["lcb_papx"]]
    n = (len(plc) - 4) // 8
    if n <= 0:
        return out, inside
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
            row_end, in_table, merged = _flags(_papx(page, at), data) if at else (False, False, frozenset())
            if row_end:
                out[fcs[i + 1]] = merged
            elif in_table:
                inside.add(fcs[i + 1])
    return out, inside


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


def _flags(grpprl: bytes, data: bytes) -> tuple[bool, bool, frozenset[int]]:
    """(ends a table's row, stands in a table, the row's cells merged down from above)
    from a paragraph's properties; those too long for their page (sprmPHugePapx) are
    read from the Data stream."""
    row_end = in_table = False
    merged = set()
    i = 0
    while i + 2 <= len(grpprl):
        sprm, = struct.unpack_from("<H", grpprl, i)
        i += 2
        if sprm in (0x2417, 0x244C) and i < len(grpprl) and grpprl[i]:  # sprmPFTtp, sprmPFInnerTtp
            row_end = True
        elif sprm == 0x2416 and i < len(grpprl) and grpprl[i]:  # sprmPFInTable
            in_table = True
        elif sprm == 0xD62B and i + 2 < len(grpprl) and grpprl[i + 2] == 3:  # sprmTVertMerge: cell, continues
            merged.add(grpprl[i + 1])
        elif sprm == 0x6646 and i + 4 <= len(grpprl) and data:  # sprmPHugePapx: the properties elsewhere
            fc, = struct.unpack_from("<I", grpprl, i)
            if fc + 2 <= len(data):
                size, = struct.unpack_from("<H", data, fc)
                huge = _flags(data[fc + 2:fc + 2 + size], b"")  # no further indirection
                row_end, in_table, merged = row_end or huge[0], in_table or huge[1], merged | huge[2]
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
    return row_end, in_table, frozenset(merged)
