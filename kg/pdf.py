"""PDF files → text, as a saved page's text reads: the prose a printed line a line (ingest
joins hard-wrapped lines back into paragraphs, as for any copy taken from a PDF) and a
ruled table's cells a line each, its rows in order, so the findings in a rectification
ledger are read as those of a Word or HTML table are.

Reports are often published only as PDF attachments. pdfplumber finds the ruled tables
and the characters around them; a PDF with no text layer (a scan) or one that cannot be
parsed is an `IngestError` naming the reason, never a crash.
"""
from __future__ import annotations

import logging
import re
import struct
import zlib
from io import BytesIO

from kg.errors import IngestError
from kg.model import EMPTY_CELL, MERGED_CELL, TICK

PDF_MAGIC = b"%PDF-"
_LATIN_WRAP = re.compile(r"(?<=[A-Za-z0-9])\n(?=[A-Za-z0-9])")  # a cell's wrapped Latin words keep a space


# what pdfminer and pdfplumber raise on a damaged file (not a programming error's NameError)
_DAMAGED = (ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError, OverflowError,
            RecursionError, EOFError, zlib.error, struct.error)


def is_pdf(raw: bytes) -> bool:
    """A PDF's header may follow a few bytes of junk (the format allows 1,024)."""
    return PDF_MAGIC in raw[:1024]


def pdf_to_text(raw: bytes, path: str) -> str:
    """The text of a PDF; `IngestError` when it cannot be read or holds no text."""
    import pdfplumber  # imported here: only PDFs need it, and it is slow to import
    from pdfminer.pdfdocument import PDFEncryptionError
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of no use to a reader
    try:
        with pdfplumber.open(BytesIO(raw)) as pdf:
            blocks = [block for page in pdf.pages for block in _page(page)]
    except (PdfminerException, MalformedPDFException, PDFException, PSException, *_DAMAGED) as e:
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e  # pdfplumber wraps pdfminer's
        if isinstance(cause, PDFEncryptionError):
            raise IngestError(path, "the PDF is encrypted; save a copy without its password") from e
        raise IngestError(path, f"damaged PDF, cannot be read ({cause})") from e
    text = "\n".join(_joined(blocks))
    if not text.strip():
        raise IngestError(path, "the PDF has no text layer (a scanned image?); run OCR on it first")
    return text


def _page(page) -> list[list[dict] | str]:
    """A page top to bottom: runs of printed lines (pdfplumber's dicts with their
    x0, x1 and text) and a table's cells, each a line of text."""
    x0, top, x1, bottom = page.bbox
    out: list[list[dict] | str] = []
    at = top
    for table in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
        t_top, t_bottom = max(table.bbox[1], at), min(table.bbox[3], bottom)
        if t_top > at:
            out.append(page.within_bbox((x0, at, x1, t_top)).extract_text_lines())
        out.extend(_rows(table.extract()))
        at = max(at, t_bottom)
    if at < bottom:
        out.append(page.within_bbox((x0, at, x1, bottom)).extract_text_lines())
    return out


_SENTENCE_END = tuple("。！？；：!?;:")
# a page's number (— 3 —, -3-, 第3页 共9页): dropped, so a paragraph runs on across pages
_PAGE_NUMBER = re.compile(r"[-—–―]*\s*\d{1,3}\s*[-—–―]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")


def _joined(blocks: list[list[dict] | str]) -> list[str]:
    """The document's lines: printed lines joined into paragraphs (across a page's end
    too), a table's cells as they are."""
    def printed(block: list[dict]) -> list[dict]:
        return [line for line in block if line["text"].strip() and not _PAGE_NUMBER.fullmatch(line["text"].strip())]

    lines = [line for block in blocks if not isinstance(block, str) for line in printed(block)]
    long = sorted(line["x1"] for line in lines if len(line["text"]) >= 8)
    lefts = sorted(line["x0"] for line in lines)
    right = long[int(len(long) * 0.9)] if long else float("inf")  # no long line: none runs on
    left = lefts[len(lefts) // 10] if lefts else 0.0
    out: list[str] = []
    run: list[dict] = []
    for block in [*blocks, "\n"]:
        if isinstance(block, str):
            out.extend(_paragraphs(run, left, right))
            out.append(block)
            run = []
        else:
            run.extend(printed(block))
    return [line for line in out if line.strip()]


def _paragraphs(lines: list[dict], left: float, right: float) -> list[str]:
    """A printed line runs on into the next when it spans the text block (from the left
    margin or a paragraph's indent to within two characters of the right margin, which a
    signature or a date set flush right does not), does not end a sentence, and the next
    line starts at the left margin (an indented line opens a paragraph). The margins are
    the document's, so a short last page is read as the others."""
    out, para = [], ""
    for i, line in enumerate(lines):
        para += line["text"].strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        char = (line["x1"] - line["x0"]) / max(1, len(line["text"]))
        if not (nxt is not None and line["x1"] >= right - 2.5 * char and line["x0"] <= left + 4 * char
                and nxt["x0"] <= left + char and not para.endswith(_SENTENCE_END)):
            out.append(para)
            para = ""
    return out


def _rows(rows: list[list[str | None]]) -> list[str]:
    """A line per cell. pdfplumber gives None for a cell another covers: one merged down
    from the row above is written again in each row it covers, as a saved page's rowspan
    is; one spanned from the left (a section's row across the table) gives nothing."""
    lines: list[str] = []
    above: dict[int, str] = {}
    for n, row in enumerate(rows):
        cells = []
        spanned = all(c is None for c in row[1:])  # 一、…方面 across the whole table
        for col, cell in enumerate(row):
            if cell is None:
                text = None if spanned or n == 0 else above.get(col)
                if text is not None and len(text) <= MERGED_CELL:
                    cells.append(text)
                continue
            text = _LATIN_WRAP.sub(" ", cell).replace("\n", "").strip()  # a cell's wrapped lines
            above[col] = text
            cells.append(text)
        if any(c in TICK for c in cells if c):
            cells = [c or EMPTY_CELL for c in cells]
        lines.extend(c for c in cells if c)
    return lines
