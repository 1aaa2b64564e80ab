"""Ingest: files → `Text`.

Decodes in a safe order (BOM, strict UTF-8, then GB18030: never GBK first, since UTF-8
bytes decode as GBK without error into garbage), turns HTML into text, strips web
chrome, normalises width, script and whitespace, and keeps, for every character of the
normalised text, its offset in the decoded original, so that any span found later can
be shown in the file as the user has it.
"""
from __future__ import annotations

import bisect
import codecs
import hashlib
import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from kg import columns
from kg.doc import doc_to_text, is_ole
from kg.errors import IngestError
from kg.model import EMPTY_CELL, LONG_CELL, MANY_PARAGRAPHS, MERGED_CELL, TICK, Text, field_row
from kg.office import zip_to_text
from kg.pdf import is_pdf, pdf_to_text
from kg.resources import lexicon
from kg.rtf import is_rtf, rtf_to_text
from kg.xmlzip import ZIP_MAGIC

SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".docx", ".doc", ".wps", ".pdf", ".rtf", ".odt", ".ods",
            ".xlsx")
_HTML_SUFFIXES = (".html", ".htm")
_MARKDOWN_SUFFIXES = (".md", ".markdown")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# Documents kg cannot read that a folder of reports often holds: named, not skipped silently.
UNREAD_SUFFIXES = (".ofd", ".xls", ".et")


def iter_sources(paths: Iterable[str | Path],
                 on_error: Callable[[IngestError], None] | None = None,
                 on_unread: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Report files under `paths` (files as given, folders recursively, sorted).

    A path that does not exist, or a folder that cannot be listed, is an `IngestError`:
    raised, or passed to `on_error` while the walk goes on, so a typo or a locked folder
    is never a silent no-op. A word-processor file kg cannot read goes to `on_unread`.
    """
    def fail(e: IngestError) -> None:
        if on_error is None:
            raise e
        on_error(e)

    for p in map(Path, paths):
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p, onerror=lambda e: fail(IngestError(
                    e.filename, f"folder cannot be listed ({e.strerror})"))):
                dirs.sort()
                found.extend(Path(root) / f for f in files if Path(f).suffix.lower() in SUFFIXES)
                if on_unread is not None:
                    for f in sorted(files):
                        if Path(f).suffix.lower() in UNREAD_SUFFIXES:
                            on_unread(Path(root) / f)
            yield from sorted(found)
        elif p.exists():
            yield p
        else:
            fail(IngestError(str(p), "no such file or folder"))


def read(path: str | Path, encoding: str | None = None) -> Text:
    """Read one report file into a normalised `Text`; raise `IngestError` if unreadable."""
    path = Path(path)
    return from_file_bytes(read_bytes(path), path, encoding)


def from_file_bytes(raw: bytes, path: Path, encoding: str | None = None) -> Text:
    """A file's bytes, already read, as a `Text` (HTML or Markdown when its suffix says so)."""
    html, markdown = _markup(path)
    return from_bytes(raw, name=path.name, path=str(path), encoding=encoding, html=html, markdown=markdown)


def _markup(path: Path) -> tuple[bool, bool]:
    """(HTML?, Markdown?), as the file's suffix says."""
    suffix = path.suffix.lower()
    return suffix in _HTML_SUFFIXES, suffix in _MARKDOWN_SUFFIXES


def read_bytes(path: Path) -> bytes:
    """A file's bytes; a file that cannot be read raises `IngestError` saying why."""
    try:
        return path.read_bytes()
    except FileNotFoundError as e:
        raise IngestError(str(path), "file disappeared before it could be read") from e
    except IsADirectoryError as e:
        raise IngestError(str(path), "is a folder, not a file") from e
    except PermissionError as e:
        raise IngestError(str(path), "permission denied; check the file's permissions") from e
    except OSError as e:
        raise IngestError(str(path), f"cannot be read ({e.strerror})") from e


def from_bytes(raw: bytes, name: str = "<text>", path: str | None = None,
               encoding: str | None = None, html: bool | None = None, markdown: bool = False) -> Text:
    """Decode and normalise raw bytes; `html=None` sniffs for markup."""
    path = path or name
    original, enc = _decoded(raw, path, encoding, html)
    return _text(original, name, path, hashlib.sha256(raw).hexdigest(), enc, markdown=markdown)


def _decoded(raw: bytes, path: str, encoding: str | None, html: bool | None) -> tuple[str, str]:
    if not raw.strip():
        raise IngestError(path, "empty file" if not raw else "file holds only whitespace")
    if raw.startswith(ZIP_MAGIC):  # a .docx, .odt, .ods or .xlsx (whatever its name says): XML, not text
        return zip_to_text(raw, path)
    if is_pdf(raw):
        return pdf_to_text(raw, path), "pdf"
    if is_ole(raw):  # a .doc, or a .wps in Word's format: Word 97-2003's binary file
        return doc_to_text(raw, path), "doc"
    if is_rtf(raw):  # Rich Text Format: markup, not text
        return rtf_to_text(raw, path), "rtf"
    original, enc = decode(raw, path, encoding)
    if html is None:
        html = bool(re.match(r"\s*<(!doctype|html|head|body|meta|div|p)\b", original, re.I))
    if html:
        original = html_to_text(original)
    return original, enc


def _text(original: str, name: str, path: str, sha256: str, enc: str, base: int = 0,
          markdown: bool = False) -> Text:
    text, origin, meta = normalise(original, markdown)
    if not text.strip():
        raise IngestError(path, "no report text left after removing web page chrome")
    return Text(path=path, name=name, sha256=sha256, encoding=enc, original=original, text=text,
                offsets=tuple(o + base for o in origin) + (len(original) + base,), meta=meta)


# Reports run to tens of thousands of characters; a file far longer (a scraped dump,
# a damaged file with no line breaks) is read in parts, so no stage ever holds more
# than PART_CHARS characters of it, and each part becomes a report of its own.
PART_CHARS = 300_000
PART_BYTES = 4 * PART_CHARS  # files above this size are split (UTF-8 CJK: 3 bytes a character)
_PART_END = re.compile(r"[。！？；!?;\n]")


def is_large(raw: bytes) -> bool:
    """A text file too long to be one report. A Word file or PDF is never cut: its bytes
    are mostly layout, fonts and images, and its text is a report's."""
    return len(raw) > PART_BYTES and not raw.startswith(ZIP_MAGIC) and not is_pdf(raw) and not is_ole(raw)


def parts(raw: bytes, path: Path, encoding: str | None = None,
          skip: Callable[[str], bool] | None = None) -> Iterator[Text]:
    """The texts of a large file, cut at sentence ends into parts of at most
    PART_CHARS characters, named FILE#N; offsets stay positions in the whole file.
    `skip(sha256)` is asked before a part is normalised."""
    html, markdown = _markup(path)
    original, enc = _decoded(raw, str(path), encoding, html)
    start, n = 0, 0
    while start < len(original):
        end = min(start + PART_CHARS, len(original))
        if end < len(original):
            cut = None
            for m in _PART_END.finditer(original, max(start, end - PART_CHARS // 5), end):
                cut = m.end()
            end = cut or end
        n += 1
        chunk = original[start:end]
        sha = hashlib.sha256(f"{path.name}#{n}\n".encode() + chunk.encode("utf-8", "surrogatepass")).hexdigest()
        if chunk.strip() and not (skip and skip(sha)):
            yield _text(chunk, f"{path.name}#{n}", str(path), sha, enc, base=start, markdown=markdown)
        start = end


def decode(raw: bytes, path: str = "<bytes>", encoding: str | None = None) -> tuple[str, str]:
    """Decode `raw`: the given encoding, else BOM, strict UTF-8, UTF-16 sniffed, GB18030."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as e:
            raise IngestError(path, f"not decodable as {encoding} ({e})") from e
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(enc), enc + " (BOM)"
            except UnicodeDecodeError as e:
                raise IngestError(path, f"byte-order mark says {enc} but byte {e.start} "
                                        "is not; the file is damaged") from e
    utf8_error = None
    try:
        return _checked(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    except IngestError:
        pass
    # a UTF-8 download cut short: valid up to a broken last character (GB18030 would
    # decode it too, into garbage, so this comes first); keep all before that character
    if utf8_error is not None and utf8_error.start >= len(raw) - 3 and utf8_error.reason == "unexpected end of data":
        try:
            cut = utf8_error.start
            return _checked(raw[:cut].decode("utf-8"), path), f"utf-8 (cut off at byte {cut})"
        except (UnicodeDecodeError, IngestError):
            pass
    sample = raw[:4096]
    if sample.count(0) > len(sample) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(raw.decode(enc), path), enc
            except (UnicodeDecodeError, IngestError):
                continue
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > max(4, len(sample) // 100):
        raise IngestError(path, "binary file (NUL and control bytes), not a text report")
    try:
        return _checked(raw.decode("gb18030"), path), "gb18030"
    except UnicodeDecodeError:
        pass
    if utf8_error is None:
        raise IngestError(path, "binary file (control characters), not a text report")
    at = utf8_error.start
    raise IngestError(path, f"not UTF-8, UTF-16 or GB18030 (byte {at}); pass --encoding")


def _checked(text: str, path: str) -> str:
    """Reject decodings that are mostly control characters: a binary file, not text."""
    sample = text[:20000]
    bad = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f") or c == "\ufffd")
    if bad > max(8, len(sample) // 50):
        raise IngestError(path, "binary file (control characters), not a text report")
    return text


# --- HTML ---------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "section", "article", "ul", "ol", "dd", "dt", "blockquote", "pre", "td", "th", "title"}
_SKIP = {"script", "style", "noscript", "iframe", "select", "button", "nav", "header",
         "footer", "form", "svg", "template", "textarea", "object"}


# 《…》的通报_某区人民政府, …的通报-应城市人民政府: the site's name after the page's title
_SITE_NAME = re.compile(r"\s*(?:_|\||\s[-–—]\s|[-–—](?=[^-–—()（）]{2,30}(?:政府|网站|网|委员会|委|局|院|中心|办公室)\s*$)).*$")


_SITE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:委员会|委|局|厅|政府|门户网站|网站|网|中心|医院)")  # a title that is a body's name


class _TextParser(HTMLParser):
    """Blocks a line each, and a data table's cell one line whatever paragraphs it holds
    (a page saved from Word puts a <p> in every cell): a line per cell is all the readers
    after this see of a table. A short cell merged down over rows (rowspan) is written
    again in each row it covers, so every row has all its cells in their places (but
    not a header's: 序号 over a header of two rows). In a
    row that holds a tick (√ under 已完成, one of the columns a status is split into), an
    empty cell is written as EMPTY_CELL, so the tick keeps its column. A layout table's
    cell (one that holds a table or a long text) keeps its lines. An ordered list's items
    get the numbers a browser draws for them (1., and (1) in a list inside one)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.title = False
        self.cells: list[list] = []  # open cells: [start in `out`, holds a table?, rowspan, colspan]
        self.rows: list[list[tuple[int, int, str, bool]]] = []  # open rows' cells: start, end, text, layout?
        self.cols: list[int] = []  # each open row's next column
        self.spans: list[dict[int, list]] = []  # each open table's cells merged down: column → [rows left, text, colspan]
        self.seen: list[int] = []  # each open table's rows so far
        self.lists: list[list] = []  # open <ol> and <ul>: [tag, the last item's number]

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")
        if tag in ("ol", "ul"):
            self.lists.append([tag, _span(dict(attrs).get("start")) - 1])
        elif tag == "li" and self.lists and self.lists[-1][0] == "ol" and not self.skip:
            self.lists[-1][1] += 1  # the number a browser draws: 1. at the top, (1) in a list inside one
            n, depth = self.lists[-1][1], sum(1 for k, _ in self.lists if k == "ol")
            self.out.append(f"{n}." if depth == 1 else f"({n})")
        self.title = tag == "title" or self.title
        if tag == "table":
            if self.cells:
                self.cells[-1][1] = True
            self.spans.append({})
            self.seen.append(0)
        elif tag == "tr":
            self.rows.append([])
            self.cols.append(0)
            if self.seen:
                self.seen[-1] += 1
        elif tag in ("td", "th"):
            self._merged()
            a = dict(attrs)
            self.cells.append([len(self.out), False, _span(a.get("rowspan")), _span(a.get("colspan"))])

    def _merged(self, trailing: bool = False) -> None:
        """Write the cells merged down into this row from above that stand at its next
        column; at the row's end (`trailing`), all that are left, in column order."""
        if not (self.rows and self.cols and self.spans):
            return
        spans = self.spans[-1]
        while True:
            c = self.cols[-1]
            if c not in spans:
                later = [k for k in spans if k > c] if trailing else []
                if not later:
                    return
                c = min(later)
            _, text, width = spans[c]
            self.out.append("\n")
            self.rows[-1].append((len(self.out), len(self.out) + 1, text, False))
            self.out.extend((text, "", "\n"))
            spans[c][0] -= 1
            if not spans[c][0]:
                del spans[c]
            self.cols[-1] = c + width

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag in ("td", "th") and self.cells:
            start, layout, rowspan, colspan = self.cells.pop()
            text = "".join(self.out[start:]).strip()
            if self.rows:
                blocks = sum(1 for x in self.out[start:] if x == "\n")
                layout = layout or len(text) > LONG_CELL or blocks > MANY_PARAGRAPHS  # a page's layout
                self.rows[-1].append((start, len(self.out), text, layout))
                if rowspan > 1 and self.spans and self.cols and not layout and len(text) <= MERGED_CELL \
                        and self.seen[-1] > 1:  # not a header of two rows (序号 over both)
                    self.spans[-1][self.cols[-1]] = [rowspan - 1, text, colspan]
                if self.cols:
                    self.cols[-1] += colspan
            self.out.append("")  # where EMPTY_CELL goes if the cell is empty and the row ticked
        elif tag == "tr" and self.rows:
            self._merged(trailing=True)
            row = self.rows.pop()
            self.cols.pop()
            if len(row) > 1 and not any(layout for *_, layout in row):
                for start, end, _, _ in row:  # a data row: each cell's paragraphs on one line
                    for i in range(start, end):
                        if self.out[i] == "\n":
                            self.out[i] = ""
            if any(text and text in TICK for _, _, text, _ in row):
                for _, end, text, _ in row:
                    if not text:
                        self.out[end] = EMPTY_CELL
            if field_row([text for _, _, text, _ in row]):  # 问题描述 | X: one line, 问题描述：X
                (_, label_end, _, _), (value_start, _, _, _) = row
                self.out[label_end] = "："
                for i in range(label_end + 1, value_start):
                    if self.out[i] == "\n":
                        self.out[i] = ""
        elif tag == "table" and self.spans:
            self.spans.pop()
            self.seen.pop()
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")
        self.title = self.title and tag != "title"

    def handle_data(self, data: str) -> None:
        if not self.skip:
            data = data.replace("\n", " ")
            if self.title:  # the page's title, without the site's name after it; the site's name alone goes
                data = _SITE_NAME.sub("", data)
                data = "" if _SITE_ONLY.fullmatch(data.strip()) else data
            self.out.append(data)


def _span(value: str | None) -> int:
    """A rowspan or colspan attribute as a count of at least 1 (a broken one counts 1)."""
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element a line; scripts and nav dropped."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return re.sub(r"\n[ \t]*(?=\n)", "\n", "".join(parser.out)).strip("\n")


# --- normalisation with an offset map ------------------------------------------------

_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20,
               0x200A: 0x20, 0x202F: 0x20, 0x205F: 0x20, 0x09: 0x20, 0x0B: 0x20,
               0x0C: 0x20, 0x2028: 0x0A, 0x2029: 0x0A, 0x3014: 0x3014})


@lru_cache(maxsize=1)
def _char_table() -> dict[int, int]:
    """Width and space variants, and the radicals a PDF's fonts put for ideographs (卫⽣ → 卫生):
    one character for one, so offsets stay as they are."""
    return {**_WIDTH, **{ord(r[0]): ord(r[1]) for r in lexicon("radicals")}}


_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2060-\u2064\ufeff\u00ad\ufe0e\ufe0f]")
_KEYCAP = re.compile("(?<=\\d)\u20e3")  # 1⃣ (a post's emoji number): 1.
# Word's enclosed numbers: ㈠ → (一), ⑴ → (1), ⒈ → 1. (one character for several)
_ENCLOSED = re.compile("[\u2474-\u249b\u3220-\u3229]")
_CR = re.compile(r"\r\n?")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}\d?\)"
                     rf"|(?<=[\u4e00-\u9fff])\((?:[a-z]{{1,6}}[1-5])\)")
# A space that Chinese text never holds, though a PDF's text layer puts one wherever the
# font changes (2024 年 3 月, 8.45 万元, “ 三会一课 ”): between ideographs, around a number
# or a mark next to one, after an opening mark and before a closing one or a stop.
_HAN, _OPEN, _CLOSE, _STOPS = "\u4e00-\u9fff", "“‘《〔\\[(", "”’》〕\\])", ",。;:、!?"
_CJK_SPACE = re.compile(rf"(?<=[{_HAN}\d{_CLOSE}{_STOPS}]) (?=[{_HAN}])|(?<=[{_HAN}{_CLOSE}{_STOPS}]) (?=[\d{_OPEN}])"
                        rf"|(?<=[{_OPEN}]) | (?=[{_CLOSE}{_STOPS}])")

# Lines that are web page chrome, not report text. Each must be a whole short line.
_CHROME = re.compile(
    r"^[ \t]*(?:"
    r"(?:您的位置|您现在的位置|当前位置|所在位置|现在位置)\s*[:：>].*"
    r"|首页\s*(?:>|›|»|/|>>).*"
    r"|(?:[^|｜\n]{0,30}[|｜][ \t]*)?首页[ \t]*[|｜].{0,100}"  # a site's menu: 莆田市卫生健康委员会 | 首页 | 政务公开 | …
    r"|.{0,20}字体\s*[:：]?\s*[【\[]?\s*(?:大|小|默认|放大|缩小).{0,20}"
    r"|【?\s*字体\s*[:：]?.{0,6}"
    r"|.{0,20}(?:扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】|在手机打开|微信扫描|收藏本页|返回顶部).{0,20}"
    r"|(?:上一篇|下一篇|相关链接|相关文章|责任编辑|编辑|审核|校对)\s*[:：].{0,60}"
    r"|(?:原文链接|原文地址|来源链接|网址)\s*[:：]\s*\S*"
    r"|https?://\S+"
    r"|[\[【(（]?免责声明[\]】)）]?.*"
    r"|.{0,40}(?:版权所有|Copyright|ICP备|网站标识码|公网安备|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]).*"
    r"|今天是.{0,30}"
    r"|.{0,30}(?:欢迎您|欢迎访问|设为首页|加入收藏).{0,30}"  # a site's greeting and buttons
    r"|(?:(?:点击蓝字|关注我们|阅读原文|长按识别二维码|长按二维码|点个在看|点赞|在看|分享|收藏|转发)[\s|｜·,，、]*)+"  # a post's buttons
    r"|-*\s*(?:END|完|THE END)\s*-*"
    r"|[|｜\s·•\-_=*]+"
    r")[ \t]*$",
    re.M,
)
# A repost page's list of other articles (相关文章, 推荐阅读 …): its heading on a line of its
# own, then the titles, short lines with no full stop; other reports' bodies are not this one's.
_RELATED = re.compile(
    r"^[ \t]*(?:相关(?:文章|阅读|新闻|推荐|资讯|链接)|推荐阅读|延伸阅读|热门(?:文章|推荐|新闻|资讯)|猜你喜欢|最新(?:文章|资讯))"
    r"[ \t]*[:：]?[ \t]*(?:\n|$)(?:[^\n。]{0,60}(?:\n|$))*",
    re.M,
)
# Header lines giving a page date, source or author; their date is kept as metadata.
_HEADER = re.compile(
    r"^[ \t]*[(（]?(?:(?:发布时间|发布日期|时间|日期|来源|信息来源|文章来源|作者|浏览次数|点击数|阅读次数|访问量)\s*[:：].{0,80}"  # (来源：…) closing a post
    r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*发表于[\u4e00-\u9fff]{0,10}|\s*(?:来源|作者|浏览|发布|点击|信息来源)\s*[:：].{0,60})?"  # 2024-08-30 16:05 来源：…
    r"|\s*(?:来源|作者|浏览|发布|点击|信息来源)\s*[:：].{0,60})"
    r"|[^\n]{2,24}?[ \t]+\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}[ \t]*发表于[\u4e00-\u9fff]{0,10}"  # 阆中纪检监察 2024-08-30 18:00 发表于四川
    r"|原创[ \t]*[^\n]{0,30}?\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)[ \t]*\d{1,2}:\d{2}[ \t]*[\u4e00-\u9fff]{0,10}"  # 原创 X清风 2024年08月16日 18:30 云南
    r")[ \t]*$",
    re.M,
)
# the account a WeChat post's byline names, the last word before its date (原创 作者 X清风 2024年…)
_ACCOUNT = re.compile(r"[ \t]*(?:原创[ \t]*)?(?:[^\n]*?[ \t])?([^\s\d]{2,20})[ \t]*\d{4}[-年]\d{1,2}[-月]\d{1,2}日?[ \t]+\d{1,2}:\d{2}")
# Marks that decorate the start of a line in posts and slides (▍一、…, ● 问题：…), and a
# post's section number standing on a line above its heading (01 / 贯彻落实…方面).
_BULLET = re.compile(r"^[ \t]*[▍▌▎▏■●◆◇▶►▷▸▲△★☆◎※•➤✔✅✓☑◉\u2600-\u2775\u2794-\u27bf\u2b50\u2b55\U0001f300-\U0001faff]+[ \t]*",
                     re.M)  # and a post's emoji (📌, 🔹, 👉) before a label
_SECTION_NUMBER = re.compile(r"(?<=^0[1-9])[ \t]*\n(?=[ \t]*[\u4e00-\u9fff])", re.M)
_PAGE_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# 来源：市委巡察办 names who put the page up: a news item's only publisher
_PAGE_SOURCE = re.compile(r"(?:信息|文章)?来源\s*[:：]\s*([\u4e00-\u9fff]{2,30}?(?:党组|党委|委员会|党总支|支部|委|局|厅|办|院|中心|室|部))"
                          r"(?:门户网站|官方网站|网站|官网|网|微信公众号|公众号)?"  # 来源：中共X县纪委监委网站
                          r"(?:(?![\u4e00-\u9fff])|(?=浏览|阅读|点击|访问|作者|编辑|责任编辑|发布|字号))")  # a gap a PDF lost


def normalise(original: str, markdown: bool = False) -> tuple[str, list[int], tuple[str, ...]]:
    """Normalised text, the original offset of each of its characters, and metadata.
    `markdown` reads the text as Markdown: its marks go, a table's cells stand on lines.

    Metadata are `page-date:YYYY-MM-DD`, `page-source:BODY` and `page-account:NAME` (a
    WeChat post's account) strings taken from removed header lines, for reports whose
    only date, publisher or region is the web page's.
    """
    text, origin = original, list(range(len(original)))
    text, origin = _sub(_CR, "\n", text, origin)
    text, origin = _sub(_INVISIBLE, "", text, origin)
    text, origin = _sub(_KEYCAP, ".", text, origin)
    text, origin = _sub(_ENCLOSED, lambda m: unicodedata.normalize("NFKC", m.group()), text, origin)
    text, origin = _plain(text, origin) if markdown else _pipe_table(text, origin)
    text, origin = _sub(_NEWLINE, "", text, origin, _after_a_label_alone)
    text, origin = columns.rebuild(text, origin)
    text, origin = _sub(_EMPTY_TAB_CELL, EMPTY_CELL, text, origin, _in_ticked_row)
    text, origin = _sub(_CELL_BREAK, "\n", text, origin, _in_table_row)
    text, origin = _sub(_SPACED_CELL_BREAK, "\n", text, origin, _in_spaced_row)
    text = text.translate(_char_table())
    text, origin = _sub(_PINYIN, "", text, origin)
    text, origin = _to_simplified(text, origin)
    if len(text) >= _RUN_ON and text.strip().count("\n") <= 3:  # before lines are judged chrome or not
        text, origin = _rebreak(text, origin)
    meta = []
    for m in _HEADER.finditer(text):
        d = _PAGE_DATE.search(m.group())
        if d:
            y, mo, da = (int(g) for g in d.groups())
            meta.append(f"page-date:{y:04d}-{mo:02d}-{da:02d}")
        src = _PAGE_SOURCE.search(m.group())
        if src:
            meta.append(f"page-source:{src.group(1)}")
        if account := _ACCOUNT.match(m.group()):
            meta.append(f"page-account:{account.group(1)}")
    text, origin = _sub(_HEADER, "", text, origin)
    text, origin = _sub(_RELATED, "", text, origin)
    text, origin = _sub(_CHROME, "", text, origin)
    text, origin = _sub(_PAGE_NUMBER, "", text, origin)
    text, origin = _sub(_BULLET, "", text, origin)
    text, origin = _sub(_SECTION_NUMBER, " ", text, origin)
    text, origin = _unwrap(text, origin, original)
    text, origin = _sub(_PINYIN, "", text, origin)  # 醫(\nyī) is whole only once lines are joined
    text, origin = _sub(re.compile(r"[ ]{2,}"), " ", text, origin)
    text, origin = _sub(re.compile(r"^ +| +$", re.M), "", text, origin)
    text, origin = _sub(_CJK_SPACE, "", text, origin, _not_after_a_line_number)
    text, origin = _sub(_STRAY_DOT, "", text, origin, _inside_a_body_word)
    text, origin = _sub(re.compile(r"\n{2,}"), "\n", text, origin)
    text, origin = _sub(re.compile(r"^\n+|\n+$"), "", text, origin)
    return text, origin, tuple(dict.fromkeys(meta))


# --- A copy that lost its line breaks: a whole report run on in a line or three ------
_RUN_ON = 200  # characters: shorter, a text may well be one paragraph
_ENDS = "。;:!?”)"  # a sentence's or clause's end
# the numbers of headings and items: 一、 (一) 1. 1、 (1); 一、 not in a word (统一、, 唯一、, 第一、)
_RUN_ON_LABELS = (re.compile(r"(?<![第统唯其之同划归专万])([一二三四五六七八九十]{1,3})、"),
                  re.compile(r"\(([一二三四五六七八九十]{1,3})\)"),
                  re.compile(r"(?<![\d.第])(\d{1,2})[.、](?![\d、])"),
                  re.compile(r"(?<!第)\((\d{1,2})\)"))
# a finding's label or labelled field after the text before it: …2024年12月底整改责任人:马志刚
# 整改进展:已完成; …方面的问题反馈问题1:X
_FIELD_RUN_ON = re.compile(r"(?<![)、.(])(?:(?:整改|完成)(?:目标|措施|时限|期限|责任人|责任单位|进展|进度|情况|结果|状态|成效)"
                           r"|(?:(?:巡[视察])?反馈)?问题\s*[\d一二三四五六七八九十]{1,3})\s*:")  # 反馈问题1:, 问题一:
_BREAK_HERE = re.compile("")  # every position; `_rebreak` says where a line breaks
# the title run into the opening: …的通报根据市委统一部署
_TITLE_END = re.compile(r"(?<=通报|报告|公告|公示|情况)(?=根据|按照|为|20\d\d年)")
# the signature run on after the last sentence: …监督。中共X党组2024年11月8日 (the last such)
_SIGNED_AT_END = re.compile(r"(?<=[。!])\s*((?:中共)?[^\s。,;:]{2,40}?(?:党组|党委|委员会|党总支|支部|局|委|院|中心))\s*"
                            r"((?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日?)")


def _rebreak(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """A report whose line breaks were all lost (a copy that ran every paragraph on):
    lines broken again before the numbers of its headings and items (each kind read as a
    count, 1 then 2 then 3, so a number inside a sentence is passed over: a 一、 opens a
    count only after a sentence's end), before a finding's labelled fields (整改措施:,
    整改时限: …), after the title, and around the signing body and its date, which the
    structure is read from."""
    breaks = set()
    title = _TITLE_END.search(text, 0, 100)
    if title:
        breaks.add(title.start())
    for kind, rx in enumerate(_RUN_ON_LABELS):
        last = 0
        for m in rx.finditer(text):
            n = _count(m.group(1))
            after_end = m.start() == 0 or text[m.start() - 1] in _ENDS or m.start() in breaks
            if n == last + 1 or (n == 1 and (after_end or kind > 0)):
                breaks.add(m.start())
                last = n
    breaks |= {m.start() for m in _FIELD_RUN_ON.finditer(text)}
    signed = next(reversed(list(_SIGNED_AT_END.finditer(text))), None)  # the last: a page's footer may follow
    if signed:
        breaks |= {signed.start(1), signed.start(2)}
    return _sub(_BREAK_HERE, "\n", text, origin, lambda m: m.start() in breaks and text[m.start() - 1:m.start()] != "\n")


def _count(number: str) -> int:
    """1 → 1, 十二 → 12: a label's number (they stay below a hundred)."""
    if number.isdigit():
        return int(number)
    digits = "一二三四五六七八九"
    if "十" not in number:
        return digits.index(number) + 1 if len(number) == 1 else 0
    tens, _, ones = number.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


# --- Markdown (pages saved or converted as .md): its marks are layout, not text ------

_MD_TABLE_RULE = r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
_MD_MARKS = [(re.compile(p, re.M), r) for p, r in (
    (r"!\[[^\]\n]*\]\([^)\n]*\)", ""),  # an image
    (r"\[(?=[^\[\]\n]+\]\([^)\n]*\))", ""), (r"\]\([^)\n]*\)", ""),  # [text](address): the text stays
    (r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", ""),  # a heading's #
    (r"^[ \t]*(?:>[ \t]?)+", ""),  # a quotation
    (r"^[ \t]*(?:[-*_][ \t]*){3,}$", ""),  # a rule
    (_MD_TABLE_RULE, ""),  # under a table's header
    (r"^[ \t]*[-*+][ \t]+", ""),  # a list's bullet
    (r"\*\*|__|(?<=[\u4e00-\u9fff])\*(?!\*)|(?<!\*)\*(?=[\u4e00-\u9fff])", ""),  # emphasis
    (r"\\(?=[\\`*_{}\[\]()#+\-.!|])", ""),  # an escape
    (r"<br\s*/?>|&nbsp;", " "),
)]
_MD_CELL = re.compile(r"(?<=\S)[ \t]*\|[ \t]*(?=\S)")  # a border between two cells
_MD_ROW_EDGE = re.compile(r"(?m)^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$")


def _in_md_row(m: re.Match) -> bool:
    """Whether the match stands on a table row: a line that begins with |."""
    s, i = m.string, m.string.rfind("\n", 0, m.start()) + 1
    while s[i] in " \t":
        i += 1
    return s[i] == "|"


def _plain(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Markdown's marks removed; a table row (| a | b | c |) has each cell on a line of its
    own, as a saved page's table has, so one reader serves both."""
    for pattern, repl in _MD_MARKS:
        text, origin = _sub(pattern, repl, text, origin)
    return _pipe_cells(text, origin)


def _pipe_cells(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Each cell of a row written between pipes (| a | b | c |) on a line of its own."""
    text, origin = _sub(_MD_CELL, "\n", text, origin, _in_md_row)
    return _sub(_MD_ROW_EDGE, "", text, origin)


_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|(?:[^|\n]*\|){3,}[ \t]*$")
_PIPE_RULE = re.compile(_MD_TABLE_RULE, re.M)


def _pipe_table(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """A table written with pipes in a plain text (copied from an editor that writes
    Markdown): read as a Markdown file's table is, where two rows or more stand. Rows
    with no bars at their edges (编号｜反馈问题｜整改措施, full-width or not) are read so
    where two lines or more in a row have as many cells."""
    rows = _bar_rows(text)
    if rows:
        text, origin = _sub(_BAR, "\n", text, origin, lambda m: m.string.rfind("\n", 0, m.start()) + 1 in rows)
    if len(_PIPE_ROW.findall(text)) < 2:
        return text, origin
    text, origin = _sub(_PIPE_RULE, "", text, origin)
    return _pipe_cells(text, origin)


_BAR_ROW = re.compile(r"[^|｜\n]*[^|｜\s][^|｜\n]*(?:[|｜][^|｜\n]*[^|｜\s][^|｜\n]*){2,}")
_BAR = re.compile(r"[ \t]*[|｜][ \t]*")


def _bar_rows(text: str) -> set[int]:
    """Where the rows of a table with no bars at its edges start: runs of two lines or
    more that each split into as many cells (three or more) at | or ｜."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []  # (where the line starts, its cells)
    pos = 0
    for line in [*text.split("\n"), ""]:
        cells = line.count("|") + line.count("｜") + 1 if _BAR_ROW.fullmatch(line.strip()) else 0
        if run and cells != run[-1][1]:
            if len(run) >= 2:
                out.update(at for at, _ in run)
            run = []
        if cells:
            run.append((pos, cells))
        pos += len(line) + 1
    return out


# --- a field's label alone on its line, its value on the next (问题：\n X。) ----------

_NEWLINE = re.compile(r"\n")
_LABEL_ALONE = re.compile(r"[ \t]*(?:(?:存在|反馈|巡察反馈|巡视反馈)?问题(?:描述|表现)?|整改(?:措施|情况|结果|成效|进展|进度|时限|目标)"
                          r"|完成(?:时限|情况)|责任(?:领导|单位|科室|人))[ \t]*[:：][ \t]*$")
_LIST_ITEM_START = re.compile(r"[ \t]*(?:\d{1,2}[.、)．）]|[(（]\d|[(（][一二三四五六七八九十]|[一二三四五六七八九十]+[、是]|[①-⑳])")


# a heading's number alone on its line, its words on the next (a PDF's text box apart)
_NUMBER_ALONE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]"
                           r"|[(（]\d{1,2}[)）])[ \t\u3000]*$")


def _after_a_label_alone(m: re.Match) -> bool:
    """The line break after a label that stands alone (整改措施：) before its value, which is
    joined to it, unless the value is a numbered list (整改措施：\n1.…\n2.…); and after a
    heading's number alone on its line (（一）\n党组落实…不到位), joined to its words."""
    s = m.string
    line = s[s.rfind("\n", 0, m.start()) + 1:m.start()]
    end = s.find("\n", m.end())
    nxt = s[m.end():end if end >= 0 else len(s)]
    if not nxt.strip() or _LIST_ITEM_START.match(nxt):
        return False
    return bool(_LABEL_ALONE.fullmatch(line)) or (bool(_NUMBER_ALONE.fullmatch(line)) and not _NUMBER_ALONE.fullmatch(nxt))


# --- tables copied from a word processor: a row a line, its cells between tabs -------

_CELL_BREAK = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")


# an empty cell between tabs, or before the first tab or after the last
_EMPTY_TAB_CELL = re.compile(r"(?:(?<=\t)|^)[ ]*(?=\t)|(?<=\t)[ ]*$", re.M)


def _line_of(m: re.Match) -> str:
    """The whole line a match stands on."""
    s = m.string
    end = s.find("\n", m.end())
    return s[s.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(s)]


def _in_ticked_row(m: re.Match) -> bool:
    """An empty cell of a row that ticks one of its columns (√ under 已完成): written as
    EMPTY_CELL, since the tick's column is known only by counting the cells before it."""
    line = _line_of(m)
    return line.count("\t") >= 2 and any(c in line for c in TICK)


# a table copied from a PDF viewer: cells apart by runs of spaces (ideographic or not)
_SPACED_CELL_BREAK = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")


def _in_spaced_row(m: re.Match) -> bool:
    """A run of spaces between cells of a row of four cells or more with no tab: a line
    per cell, as a tab-separated row gets. (Fewer runs are a text's own spacing.)"""
    line = _line_of(m)
    return "\t" not in line and len(_SPACED_CELL_BREAK.findall(line.strip())) >= 3


def _not_after_a_line_number(m: re.Match) -> bool:
    """The space after a number that opens a line (a post's section, 01 全面从严治党方面)
    separates a label from its heading and stays."""
    head = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    return not head.isdigit()


def _in_table_row(m: re.Match) -> bool:
    """A tab between cells of a row that has three cells or more, or two in a run of such
    rows headed by the problem's column (反馈问题 | 整改情况): each cell goes on a line of its
    own, as a saved web page's table does, so one reader serves both."""
    line = _line_of(m)
    cells = len(_CELL_BREAK.findall(line))
    return cells >= 2 or (cells == 1 and _in_two_column_table(m.string, m.start()))


def _in_two_column_table(s: str, at: int) -> bool:
    """Whether the line at `at` is one of two rows or more of two cells each, the first
    of them a header whose first cell names the problem."""
    starts, rows = _two_column_rows(s)
    return bisect.bisect_right(starts, at) - 1 in rows


@lru_cache(maxsize=1)
def _two_column_rows(s: str) -> tuple[list[int], frozenset[int]]:
    """Each line's start, and the lines that are rows of a two-column table (see above)."""
    lines = s.split("\n")
    starts = list(itertools.accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    one = [len(_CELL_BREAK.findall(x)) == 1 for x in lines]
    rows: set[int] = set()
    k = 0
    while k < len(lines):
        if not one[k]:
            k += 1
            continue
        b = k
        while b + 1 < len(lines) and one[b + 1]:
            b += 1
        if b > k and "问题" in lines[k].split("\t")[0]:
            rows.update(range(k, b + 1))
        k = b + 1
    return starts, frozenset(rows)


# --- hard-wrapped copies (text taken from a PDF or a fixed-width file) ----------------

# a page's number between dashes (— 3 —, -3-) or 第3页(共9页), dropped with its line
# (lines are matched here after full-width forms became half-width: ，→ , （→ ( …)
_PAGE_NUMBER = re.compile(r"\n[ \t]*(?:[-—–―]+[ \t]*\d{1,3}[ \t]*[-—–―]+"
                          r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*(?=\n|$)")
_END = tuple("。！？；：!?;:”’）)】")  # a line that ends a sentence, in the file or normalised
# a numbered heading or a label (整改情况：, 【整改措施】), which always begins a line of
# its own (headings often end without punctuation), and an item, which does after a
# sentence's end or a heading (a line that happens to start with an inline 一是 is
# rarer than a paragraph of one item whose last line happens to be full)
_HEADING_START = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|\d+\)(?=[\u4e00-\u9fff])|【"
                            r"|整改(?:情况|措施|结果|成效|计划|时限|进展|落实情况):"
                            r"|(?:(?:巡视|巡察)?反馈)?问题[\d一二三四五六七八九十]*:")
_ITEM_START = re.compile(r"[一二三四五六七八九十]是")
_CHAPTER = re.compile(r"\s*[一二三四五六七八九十]+、")  # a chapter heading: one line, no full stop
_SENTENCE_END = re.compile(r"[。!?]")
_PUNCTUATION = re.compile(r"[。、,;:!?]")
_TITLE_END = re.compile(r"(?:通报|报告|公告|情况)\s*$")  # the title, at the top, ends its line


def _unwrap(text: str, origin: list[int], original: str) -> tuple[str, list[int]]:
    """Join the lines of a hard-wrapped copy back into paragraphs.

    A copy taken from a PDF breaks every line at the page's width, cutting names and
    dates in two. It is recognised by most long lines being of about one length,
    counted in display width or in characters on the line as it stands in the file
    (text whose lines are paragraphs has no such cluster and is left alone). A line
    of that length is joined to the next unless the next is blank, indented, a
    numbered heading or a label, or an item (二是…) after a sentence's end or a
    heading, or a short line with no punctuation after a sentence's end (a
    signature, a date); the title and a chapter heading (一、…) with no full stop stay
    lines of their own, as do a table's cells (the line ended at a tab or a bar).
    """
    lines = text.split("\n")
    if len(lines) < 8:
        return text, origin
    spans, pos = [], 0  # each line as it stands in the file, before width or script changed
    for line in lines:
        body = line.rstrip()
        spans.append(original[origin[pos]:origin[pos + len(body) - 1] + 1] if body else "")
        pos += len(line) + 1
    ended = [span.rstrip().endswith(_END) for span in spans]
    full = [False] * len(lines)
    for measure, slack in ((columns.display_width, 4), (len, 2)):  # a full-width character is 2 units
        sizes = [measure(span) for span in spans]
        width = _line_width(sizes, ended, slack)
        if width:
            full = [f or width - slack <= n <= width + slack for f, n in zip(full, sizes)]
    if not any(full):
        return text, origin
    cut = []  # positions of the newlines to remove
    top = next(i for i, line in enumerate(lines) if line.strip())  # the title's first line
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if (full[i] and nxt.strip() and not nxt[0].isspace()
                and original[origin[pos]:origin[pos] + 1] not in ("\t", "|", "｜")  # a table's cells, not a wrap
                and not _HEADING_START.match(nxt)
                and not (_CHAPTER.match(line) and not _SENTENCE_END.search(line))
                and not (i <= top + 1 and _TITLE_END.search(line))
                and not (_ITEM_START.match(nxt) and (ended[i] or _HEADING_START.match(line.lstrip())))
                and not (ended[i] and not (full[i + 1] or _PUNCTUATION.search(nxt)))):
            cut.append(pos)
        pos += 1
    if not cut:
        return text, origin
    keep = [True] * len(text)
    for at in cut:
        keep[at] = False
    return ("".join(c for c, k in zip(text, keep) if k),
            [o for o, k in zip(origin, keep) if k])


def _line_width(sizes: list[int], ended: list[bool], slack: int) -> int | None:
    """The width most long lines have, if that is the mark of a wrapped copy: a third
    of the long lines within `slack` of it (a line falls short of the margin when the
    next character is wide, and punctuation may hang past it),
    hardly any longer, and most of them cut mid-sentence (paragraphs end in 。)."""
    long = [n for n in sizes if n >= 16]
    if len(long) < 8:
        return None
    counts: dict[int, int] = {}
    for n in long:
        counts[n] = counts.get(n, 0) + 1
    width = max(counts.items(), key=lambda wc: (wc[1], wc[0]))[0]
    near = [e for n, e in zip(sizes, ended) if width - slack <= n <= width + slack]
    longer = sum(1 for n in long if n > width + slack)
    if len(near) < 6 or len(near) * 3 < len(long) or longer > len(long) // 10 + 1 \
            or near.count(False) * 2 < len(near) or width > 240:
        return None
    return width


# A dot a bad conversion put inside a word (县卫生健康局党·组), where names of Uyghur or
# Tibetan people have theirs between parts (阿依古丽·买买提): only a dot that splits a
# word of bodies' names (data/lexicons/org_suffixes.tsv) goes.
_STRAY_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·•・](?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _body_bigrams() -> frozenset[str]:
    words = [r[0] for r in lexicon("org_suffixes") if len(r[0]) >= 2]
    return frozenset(w[i:i + 2] for w in words for i in range(len(w) - 1))


def _inside_a_body_word(m: re.Match) -> bool:
    return m.string[m.start() - 1] + m.string[m.end()] in _body_bigrams()


def _sub(pattern: re.Pattern, repl: str | Callable[[re.Match], str], text: str, origin: list[int],
         when: Callable[[re.Match], bool] | None = None) -> tuple[str, list[int]]:
    """`pattern.sub(repl)` that keeps `origin` aligned; inserted text maps to the match
    start. `repl` may be a function of the match; `when`, if given, says which matches to replace."""
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        if when is not None and not when(m):
            continue
        s, e = m.span()
        pieces.append(text[last:s])
        offsets.extend(origin[last:s])
        put = repl(m) if callable(repl) else repl
        if put:
            pieces.append(put)
            at = origin[s] if s < len(origin) else (origin[-1] + 1 if origin else 0)
            offsets.extend([at] * len(put))
        last = e
    if not pieces:
        return text, origin
    pieces.append(text[last:])
    offsets.extend(origin[last:])
    return "".join(pieces), offsets


@lru_cache(maxsize=1)
def simplified():
    """The shared OpenCC Traditional → Simplified converter; Hong Kong's variant forms too
    (衞, 羣 as well as 衛, 群), which plain t2s leaves as they are."""
    import opencc

    return opencc.OpenCC("hk2s")


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _to_simplified(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Traditional → Simplified with OpenCC, line by line so offsets stay exact."""
    conv = simplified()
    lines = text.split("\n")
    out_lines, out_origin = [], []
    pos = 0
    for line in lines:
        converted = conv.convert(line) if _CJK.search(line) else line
        if len(converted) == len(line):
            out_lines.append(converted)
            out_origin.extend(origin[pos:pos + len(line)])
        else:  # a phrase changed length: convert character by character instead
            chars = [conv.convert(c) for c in line]
            out_lines.append("".join(chars))
            for i, c in enumerate(chars):
                out_origin.extend([origin[pos + i]] * len(c))
        pos += len(line)
        if pos < len(text):
            out_origin.append(origin[pos])
            pos += 1
    return "\n".join(out_lines), out_origin
