"""PDF files → text, as a saved page's text reads: the prose a paragraph a line and a
ruled table's cells a line each, its rows in order, so the findings in a rectification
ledger are read as those of a Word or HTML table are.

Reports are often published only as PDF attachments. PDFium reads a page of prose and
pdfplumber a page that draws rules, finding its tables; both give the printed lines with
their positions. From those, the printed lines
are joined back into paragraphs (across a page's end too), page numbers and running
headers are dropped, and a table row that a page break cut in two is one row again. A
PDF with no text layer (a scan) or one that cannot be parsed is an `IngestError` naming
the reason, never a crash.
"""
from __future__ import annotations

import logging
import re
import struct
import zlib
from collections import Counter
from dataclasses import dataclass
from io import BytesIO

from kg.errors import IngestError
from kg.model import table_lines

PDF_MAGIC = b"%PDF-"
# what pdfminer and pdfplumber raise on a damaged file (not a programming error's NameError)
_DAMAGED = (ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError, OverflowError,
            RecursionError, EOFError, zlib.error, struct.error)
_LATIN_WRAP = re.compile(r"(?<=[A-Za-z0-9])\n(?=[A-Za-z0-9])")  # a cell's wrapped Latin words keep a space
_SENTENCE_END = tuple("。！？；：!?;:")
# a page's number (— 3 —, -3-, 第3页 共9页): dropped, so a paragraph runs on across pages
_PAGE_NUMBER = re.compile(r"[-—–―]*\s*\d{1,3}\s*[-—–―]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")


@dataclass
class _Table:
    rows: list[list[str | None]]
    page: int
    header: list[str | None] | None = None  # the first table's first row, for one that runs on

    def __post_init__(self) -> None:
        if self.header is None and self.rows:
            self.header = self.rows[0]


def is_pdf(raw: bytes) -> bool:
    """A PDF's header may follow a few bytes of junk (the format allows 1,024)."""
    return PDF_MAGIC in raw[:1024]


def pdf_to_text(raw: bytes, path: str) -> str:
    """The text of a PDF; `IngestError` when it cannot be read or holds no text."""
    import pdfplumber  # imported here: only PDFs need them, and they are slow to import
    import pypdfium2
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of no use to a reader
    try:
        doc = pypdfium2.PdfDocument(raw)
    except pypdfium2.PdfiumError as e:
        if "password" in str(e):
            raise IngestError(path, "the PDF is encrypted; save a copy without its password") from e
        raise IngestError(path, f"damaged PDF, cannot be read ({e})") from e
    try:
        with pdfplumber.open(BytesIO(raw)) as plumbed:  # opens lazily: parses only the pages asked for
            pages = [_plumbed(plumbed.pages[n], n) if _ruled(page) else _printed(page)
                     for n, page in enumerate(doc)]
    except (pypdfium2.PdfiumError, PdfminerException, MalformedPDFException, PDFException, PSException,
            *_DAMAGED) as e:
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e  # pdfplumber wraps pdfminer's
        raise IngestError(path, f"damaged PDF, cannot be read ({cause})") from e
    finally:
        doc.close()
    text = "\n".join(_lines(_without_running_lines(pages)))
    if not text.strip():
        raise IngestError(path, "the PDF has no text layer (a scanned image?); run OCR on it first")
    return text


def _ruled(page) -> bool:
    """Whether a page draws enough lines to hold a ruled table (a 公文's red rule under its
    header is one line): such a page is read by pdfplumber, which finds tables."""
    import pypdfium2.raw as pdfium_c

    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)) >= 4


def _printed(page) -> list[dict]:
    """A page of prose, read by PDFium (fifty times faster than pdfminer): its printed
    lines, top to bottom, each with its text and the x of its first and last character.
    PDFium ends each printed line with a generated line break."""
    text_page = page.get_textpage()
    n = text_page.count_chars()
    text = text_page.get_text_range(0, n)
    height = page.get_height()
    lines, chars, i = [], [], 0
    for c in text + "\n":
        if c not in "\r\n" and i < n:
            chars.append((c, text_page.get_charbox(i)))
        elif chars:
            chars = _left_to_right(chars)
            boxes = [box for ch, box in chars if not ch.isspace()] or [chars[0][1]]
            wide = sorted(box[2] - box[0] for ch, box in chars if ord(ch) >= 0x3000)
            lines.append({"text": "".join(ch for ch, _ in chars), "x0": min(b[0] for b in boxes),
                          "x1": max(b[2] for b in boxes), "top": height - max(b[3] for b in boxes),
                          "em": wide[len(wide) // 2] if wide else None})
            chars = []
        i += 2 if ord(c) > 0xFFFF else 1  # PDFium counts UTF-16 units: two for a character past the BMP
    return [line for line in sorted(lines, key=lambda x: x["top"])
            if line["text"].strip() and not _PAGE_NUMBER.fullmatch(line["text"].strip())]


def _left_to_right(chars: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
    """A printed line's characters in the order they stand: PDFium gives them in the
    file's order, where glyphs of another font (the quotes of “三重一大” set in a Latin
    font) may come after the line's other characters. A character with no box (a space
    PDFium adds) keeps its place after the one before it."""
    placed, x = [], float("-inf")
    for k, (ch, box) in enumerate(chars):
        if box[2] > box[0]:
            x = box[0]
        placed.append((x, k, ch, box))
    return [(ch, box) for _, _, ch, box in sorted(placed)]


_HAIR = 1.0  # points: how far a line's top may stand above the rule that ends the table before it


def _plumbed(page, n: int) -> list[dict | _Table]:
    """A page with rules, read by pdfplumber: its printed lines and its ruled tables, top
    to bottom. A row a page break cuts has no rule at the cut: one is drawn where the
    table's vertical rules end, so the part on each page is found as a row."""
    x0, top, x1, bottom = page.bbox
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    settings = {"explicit_horizontal_lines": [min(e["top"] for e in verticals),
                                              max(e["bottom"] for e in verticals)]} if verticals else {}
    out: list[dict | _Table] = []
    at = top
    for table in sorted(page.find_tables(settings), key=lambda t: t.bbox[1]):
        t_top, t_bottom = max(table.bbox[1], at), min(table.bbox[3], bottom)
        if t_top > at:
            out.extend(page.within_bbox((x0, max(top, at - _HAIR), x1, t_top)).extract_text_lines())
        out.append(_Table(table.extract(), n))
        at = max(at, t_bottom)
    if at < bottom:  # a line right under the table may reach a hair above its bottom rule
        out.extend(page.within_bbox((x0, max(top, at - _HAIR), x1, bottom)).extract_text_lines())
    return [b for b in out if isinstance(b, _Table) or
            (b["text"].strip() and not _PAGE_NUMBER.fullmatch(b["text"].strip()))]


def _without_running_lines(pages: list[list[dict | _Table]]) -> list[dict | _Table]:
    """The pages' blocks in order, less a running header or footer: a line standing, word
    for word, at the top (or at the foot) of at least two pages and half of them. (Two
    pages whose last lines only look alike, 整改时限：2024年12月 and 整改时限：2025年3月,
    keep theirs.)"""
    def key(block: dict | _Table) -> str | None:
        return None if isinstance(block, _Table) else block["text"].strip()

    tops = Counter(key(page[0]) for page in pages if page)
    feet = Counter(key(page[-1]) for page in pages if page)
    def running(k: str | None, counts: Counter) -> bool:
        return k is not None and counts[k] >= max(2, len(pages) / 2)

    return [b for page in pages for i, b in enumerate(page)
            if not ((i == 0 and running(key(b), tops)) or (i == len(page) - 1 and running(key(b), feet)))]


def _lines(blocks: list[dict | _Table]) -> list[str]:
    """The document's lines: printed lines joined into paragraphs, a table's cells a line
    each (a table running on from one page to the next read as one)."""
    for before, block in zip([None, *blocks], blocks):
        if isinstance(block, _Table) and isinstance(before, _Table) and block.page > before.page:
            _continue(before, block)
    printed = [b for b in blocks if isinstance(b, dict)]
    long = sorted(b["x1"] for b in printed if len(b["text"]) >= 8)
    lefts = sorted(b["x0"] for b in printed)
    right = long[int(len(long) * 0.9)] if long else float("inf")  # no long line: none runs on
    left = lefts[len(lefts) // 10] if lefts else 0.0
    out: list[str] = []
    run: list[dict] = []
    for block in [*blocks, None]:
        if isinstance(block, dict):
            run.append(block)
            continue
        out.extend(_paragraphs(run, left, right))
        run = []
        if block is not None:
            out.extend(_cells(block.rows))
    return [line for line in out if line.strip()]


def _continue(before: _Table, table: _Table) -> None:
    """A table running on from the page before: its header, repeated, is dropped, and a
    first row with no number (the rest of a row the page break cut) joins that row."""
    table.header = before.header
    rows = table.rows
    if rows and rows[0] == table.header:
        rows.pop(0)
    last = before.rows[-1] if before.rows else None
    if last and rows and len(rows[0]) == len(last) and not (rows[0][0] or "").strip() and (last[0] or "").strip():
        cut = rows.pop(0)
        before.rows[-1] = [a if b is None else (a or "") + b for a, b in zip(last, cut)]


def _paragraphs(lines: list[dict], left: float, right: float) -> list[str]:
    """A printed line runs on into the next when it spans the text block (from the left
    margin or a paragraph's indent, at most a fifth of the block in, to within four
    full-width characters of the right margin: ragged lines stop short of an unbreakable
    run of digits or a quotation; a signature or a date set flush right starts too far in), does not end a sentence, and the next
    line starts at the left margin (an indented line opens a paragraph). The margins are
    the document's, so a short last page is read as the others."""
    out, para = [], ""
    for i, line in enumerate(lines):
        para += line["text"].strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        char = line.get("em") or _em(line)  # a full-width character's width, not the narrower digits
        indent = max(4 * char, (right - left) / 5)  # a paragraph's first line: two characters in, or so
        if not (nxt is not None and line["x1"] >= right - 4 * char and line["x0"] <= left + indent
                and nxt["x0"] <= left + char and not para.endswith(_SENTENCE_END)):
            out.append(para)
            para = ""
    return out


def _em(line: dict) -> float:
    """The width of a line's full-width characters (pdfplumber's lines carry theirs), or
    its average character's."""
    wide = sorted(c["x1"] - c["x0"] for c in line.get("chars", ()) if ord(c["text"][:1] or " ") >= 0x3000)
    return wide[len(wide) // 2] if wide else (line["x1"] - line["x0"]) / max(1, len(line["text"]))


def _cells(rows: list[list[str | None]]) -> list[str]:
    """A line per cell. pdfplumber gives None for a cell another covers: one merged down
    from the row above is written again in each row it covers, as a saved page's rowspan
    is; one spanned from the left (a section's row across the table) gives nothing."""
    def text(cell: str) -> str:
        return _LATIN_WRAP.sub(" ", cell).replace("\n", "").strip()  # a cell's wrapped lines joined

    return table_lines([[(0, text(row[0] or ""))] if all(c is None for c in row[1:])  # 一、…方面 across it
                        else [(col, None if cell is None else text(cell)) for col, cell in enumerate(row)]
                        for row in rows])
