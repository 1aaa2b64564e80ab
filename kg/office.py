"""Office files that are zips of XML parts → text, whichever their name says: Word
(.docx), OpenDocument (.odt text, .ods spreadsheets) and Excel (.xlsx), told apart by
the parts they hold."""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import PurePath
from xml.etree import ElementTree as ET

from kg.errors import IngestError
from kg.odf import odf_text
from kg.word import docx_text
from kg.xlsx import xlsx_text


def zip_to_text(raw: bytes, path: str) -> tuple[str, str]:
    """The text of a Word, OpenDocument or Excel file, and its kind (docx, odt, ods, xlsx)."""
    readers: dict[str, Callable[[zipfile.ZipFile, str], str]] = {
        "word/document.xml": docx_text, "content.xml": odf_text, "xl/workbook.xml": xlsx_text}
    kind = _KINDS.get(PurePath(path).suffix.lower(), "office")
    try:
        with zipfile.ZipFile(BytesIO(raw)) as z:
            names = set(z.namelist())
            found = next((k for k in readers if k in names), None)
            if found is None:
                raise IngestError(path, "a zip archive with no word/document.xml, content.xml or xl/workbook.xml: "
                                        "not a Word, OpenDocument or Excel file")
            text = readers[found](z, path)
            return text, {"word/document.xml": "docx", "xl/workbook.xml": "xlsx"}.get(found) or _odf_kind(z)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError) as e:
        raise IngestError(path, f"damaged {kind} file ({e})") from e
    except ET.ParseError as e:
        raise IngestError(path, f"damaged {kind} file: its XML does not parse ({e})") from e


_KINDS = {".docx": "Word", ".odt": "OpenDocument", ".ods": "OpenDocument", ".xlsx": "Excel"}


def _odf_kind(z: zipfile.ZipFile) -> str:
    mime = z.read("mimetype").decode("ascii", "replace") if "mimetype" in z.namelist() else ""
    return "ods" if mime.endswith("spreadsheet") else "odt"
