"""PDF reports: the prose joined back into paragraphs from the page's geometry, a ruled
table read a cell a line, the radicals a PDF's fonts put for ideographs read as the
ideographs, and a damaged, encrypted or image-only PDF named with its reason."""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from browser import available, browser
from conftest import GOLD, sample

from kg.build import analyse, build, read_all
from kg.errors import IngestError
from kg.evaluate import load_gold, score
from kg.ingest import from_bytes, is_large, read
from kg.record import to_record

HERE = Path(__file__).parent
# held-out report h92 (a saved page whose findings are a table grouped by rows across
# it) printed to PDF by headless Chromium: what a user downloads as an attachment
LEDGER_PDF = HERE / "fixtures" / "ledger_table.pdf"
LEDGER_PAGE = HERE / "heldout" / "reports" / "h92_city_cdc_liuzhou_section_rows.html"


def _record(path: Path) -> dict:
    (linked,) = analyse(read_all([path], []))
    return to_record(linked)


def _mentions(rec: dict) -> set[tuple[str, str]]:
    return {(e["type"], m) for e in rec["entities"] for m in e["mentions"]}


def test_a_pdf_ledger_reads_as_the_page_it_was_printed_from():
    text = read(LEDGER_PDF)
    assert text.encoding == "pdf"
    pdf, page = _record(LEDGER_PDF), _record(LEDGER_PAGE)
    for key in ("region", "publisher", "published", "inspection", "roles"):
        assert pdf[key] == page[key], key
    assert [(i["title"], i["status"], i["deadline"]) for i in pdf["issues"]] == \
        [(i["title"], i["status"], i["deadline"]) for i in page["issues"]]
    assert len(pdf["issues"]) == 5
    assert _mentions(pdf) == _mentions(page)


def test_a_pdfs_radicals_are_read_as_the_ideographs_they_stand_for():
    raw = read(LEDGER_PDF).original
    assert "⼼" in raw or "⽣" in raw  # the fixture's fonts map 心 and 生 to Kangxi radicals
    text = read(LEDGER_PDF).text
    assert "⼼" not in text and "⽣" not in text and "中心党委" in text


def test_paragraphs_are_joined_but_a_flush_right_signature_and_date_are_not():
    lines = read(LEDGER_PDF).text.split("\n")
    opening = next(line for line in lines if line.startswith("根据市委统一部署"))
    assert opening.endswith("现将巡察整改进展情况予以公布。")  # three printed lines, one paragraph
    signed = lines.index("中共柳州市疾病预防控制中心委员会")
    assert lines[signed + 1] == "2024年12月17日"


_EMPTY_PAGE = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
               b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
               b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
               b"trailer <</Root 1 0 R>>\n%%EOF\n")


@pytest.mark.parametrize("raw, reason", [
    (b"%PDF-1.4\n", "damaged PDF"),
    (LEDGER_PDF.read_bytes()[:100_000], "damaged PDF"),  # a download cut short
    (_EMPTY_PAGE, "no text layer"),  # a scan: pages with no characters
])
def test_a_pdf_that_cannot_be_read_is_named_with_its_reason(raw, reason):
    with pytest.raises(IngestError) as e:
        from_bytes(raw, name="r.pdf")
    assert e.value.path == "r.pdf" and reason in e.value.reason


def test_an_encrypted_pdf_is_named_with_its_reason(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=LEDGER_PDF)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as f:
        writer.write(f)
    with pytest.raises(IngestError, match="encrypted"):
        read(path)


def test_a_pdf_is_never_cut_into_parts_however_large():
    big = LEDGER_PDF.read_bytes() + b"%" + b"x" * 2_000_000  # images and fonts make PDFs large
    assert is_large(b"x" * 2_000_000) and not is_large(big)


def test_a_folder_of_pdfs_and_texts_builds_with_a_broken_pdf_skipped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ledger.pdf").write_bytes(LEDGER_PDF.read_bytes())
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\n")
    (src / "003.txt").write_bytes(sample("003").read_bytes())
    res = build([src], tmp_path / "out", view=False)
    assert res.reports == 2
    assert [(Path(p.path).name, "damaged PDF" in p.message) for p in res.skipped] == [("broken.pdf", True)]


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm; }}
body {{ font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; }}
p {{ text-indent: 2em; margin: 0; text-align: justify; }}
</style></head><body>{}</body></html>"""


@pytest.mark.skipif(available() is not None, reason=available() or "")
def test_a_sample_printed_as_an_official_document_scores_as_its_text(tmp_path):
    """A sample set as a 公文 page (16-point type, justified, paragraphs indented) and
    printed by Chromium reads as the text it came from."""
    src = sample("004")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in src.read_text(encoding="utf-8").splitlines() if p.strip())
    with browser() as b:
        page = b.new_page()
        page.set_content(_PAGE.format(paras))
        page.pdf(path=str(tmp_path / src.with_suffix(".pdf").name), format="A4", prefer_css_page_size=True)
    gold = load_gold(GOLD)
    gold_pdf = {src.with_suffix(".pdf").name: {**gold[src.name], "doc": src.with_suffix(".pdf").name}}
    as_text, as_pdf = _record(src), _record(tmp_path / src.with_suffix(".pdf").name)
    clean, printed = score([as_text], gold), score([as_pdf], gold_pdf)
    assert printed.overall.f1 >= clean.overall.f1 - 0.01
    assert printed.fields == clean.fields
    assert printed.issues_matched == clean.issues_matched == len(gold[src.name]["issues"])
    assert printed.statuses_right == clean.statuses_right


def test_a_running_header_is_dropped_and_a_paragraph_runs_on_across_the_page():
    text = read(HERE / "heldout" / "reports" / "h105_county_jianping_pdf_running_header.pdf").text
    assert "建平县卫生健康局文件" not in text  # printed at the top of every page
    assert "为叶柏寿街道社区卫生服务中心、万寿街道社区卫生服务中心和朱碌科镇中心卫生院更新设备" in text


def test_a_table_row_cut_by_a_page_break_is_one_row():
    lines = read(HERE / "heldout" / "reports" / "h104_city_hospital_nanping_pdf_ledger.pdf").text.split("\n")
    at = lines.index("医保基金使用管理不规范,存在超标准收费问题")
    assert lines[at - 1:at + 5] == ["4", "医保基金使用管理不规范,存在超标准收费问题",
                                    "开展医保基金专项自查,退回违规收费46.3万元,对医务部原副主任陈某进行诫勉谈话。",
                                    "医保办", "2024年9月", "已完成"]


def test_only_a_line_repeated_word_for_word_at_the_pages_top_is_a_running_header():
    from kg.pdf import _without_running_lines

    def page(*texts):
        return [{"text": t, "x0": 0.0, "x1": 100.0} for t in texts]

    pages = [page("某县卫生健康局文件", "正文一", "整改时限：2024年12月"),
             page("某县卫生健康局文件", "正文二", "整改时限：2025年3月"),
             page("某县卫生健康局文件", "正文三")]
    kept = [b["text"] for b in _without_running_lines(pages)]
    assert kept == ["正文一", "整改时限：2024年12月", "正文二", "整改时限：2025年3月", "正文三"]


def test_a_ragged_line_stopping_short_of_a_quotation_runs_on_but_a_flush_right_date_does_not():
    from kg.pdf import _paragraphs

    def line(text, x0, x1):
        return {"text": text, "x0": x0, "x1": x1, "em": 15.0}

    lines = [line("（五）针对“公共卫生服务落实不到位，群众没有获得", 123.6, 474.6),  # three characters short
             line("感”的问题。开展专项整治。", 90.7, 290.0),
             line("中共某市卫生健康委员会党组", 330.0, 521.0),  # set flush right
             line("2024年11月15日", 420.0, 521.0)]
    assert _paragraphs(lines, 90.5, 521.7) == [
        "（五）针对“公共卫生服务落实不到位，群众没有获得感”的问题。开展专项整治。",
        "中共某市卫生健康委员会党组", "2024年11月15日"]


def test_a_line_right_under_a_ruled_table_is_kept():
    """LibreOffice set the signing body a hair above the table's bottom rule (its top
    0.3 pt over it): the line is text after the table, not lost between the two."""
    from pathlib import Path

    from kg.ingest import read
    from kg.structure import structure

    t = read(Path(__file__).parent / "fixtures" / "libreoffice_ledger_signed_under_table.pdf")
    assert t.text.split("\n")[-2:] == ["中共宜宾市叙州区卫生健康局党组", "2024年12月4日"]
    assert structure(t).publisher == "中共宜宾市叙州区卫生健康局党组"



def test_quotes_set_in_a_latin_font_stand_where_they_are_printed():
    """LibreOffice sets “ and ” in a Latin font; PDFium gives those glyphs after the
    line's Chinese ones, so a line's characters are put back in the order they stand."""
    text = read(HERE / "fixtures" / "libreoffice_latin_quotes.pdf").text
    assert "《“三重一大”事项集体决策制度》" in text and "适时开展“回头看”" in text
