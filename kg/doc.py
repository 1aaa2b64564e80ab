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

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_CHARS = 20_000_000  # characters a report's text may hold (a damaged count is not read)
# one byte a character (a "compressed" piece): code page 1252, where bytes 0x82–0x9f
# stand for these characters as Word writes them
_CP1252_SPECIAL = {0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
                   0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
                   0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9F: "Ÿ"}
_FIELD_CODE = re.compile("\x13[^\x13\x14\x15]*(?:\x14|\x15)")  # a field's code, up to its result or end
_MARKS = str.maketrans({"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-",
                        "\x1f": None, "\x15": None, "\x01": None, "\x08": None, "\x02": None, "\x05": None})


def is_ole(raw: bytes) -> bool:
    return raw.startswith(OLE_MAGIC)


def doc_to_text(raw: bytes, path: str) -> str:
    """The main text of a Word 97–2003 document (or a WPS file in its format)."""
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
    text = "".join(_pieces(word, table, fib, path))[:fib["ccp_text"]]
    while True:  # fields nest: drop the innermost code first
        stripped = _FIELD_CODE.sub("", text)
        if stripped == text:
            break
        text = stripped
    return "\n".join(line.strip() for line in text.translate(_MARKS).split("\n") if line.strip())


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
    except struct.error as e:
        raise IngestError(path, "Word document cut short (no complete header); not read") from e
    if ident not in (0xA5EC, 0xA5DC):
        raise IngestError(path, "not a Word 97-2003 document (unknown header); not read")
    if flags & 0x0100:
        raise IngestError(path, "Word document is encrypted (password protected); not read")
    if not 0 <= ccp_text <= _MAX_CHARS or lcb_clx == 0:
        raise IngestError(path, "Word document's header is damaged (text length or piece table); not read")
    return {"table1": bool(flags & 0x0200), "ccp_text": ccp_text, "fc_clx": fc_clx, "lcb_clx": lcb_clx}


def _pieces(word: bytes, table: bytes, fib: dict, path: str):
    """The document's characters, piece by piece, in order."""
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
            yield "".join(_CP1252_SPECIAL.get(b) or chr(b) for b in word[start:start + count])
        else:
            start = fc_raw & 0x3FFFFFFF
            yield word[start:start + 2 * count].decode("utf-16-le", errors="replace")
