"""The parts of a zip of XML (.docx, .odt and .ods, .xlsx), read safely: a part is
checked before it is parsed, and one far larger than any report unpacks to (a zip bomb)
or one declaring a DTD (entity expansion) is an `IngestError`, never a crash or a hang.
"""
from __future__ import annotations

import zipfile
from xml.etree import ElementTree as ET

from kg.errors import IngestError

ZIP_MAGIC = b"PK\x03\x04"
_MAX_PART = 64 * 1024 * 1024  # bytes of XML a report's part may unpack to


def part(z: zipfile.ZipFile, name: str, path: str) -> ET.Element | None:
    """The part called `name`, parsed; None when the zip has none."""
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        raise IngestError(path, f"{name} unpacks to {info.file_size:,} bytes, far more than a report holds")
    data = z.read(info)
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise IngestError(path, f"{name} declares a DTD, which an office document never does; not read")
    return ET.fromstring(data)
