"""Spreadsheet files made in the tests: small XLSX/ODS zips written part by part, so a
test can damage one part or make a bomb that is small on disk."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = "</sheetData></worksheet>"


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_xml(number: int, cells: Iterable[str]) -> str:
    """Inline-string cells, so no shared strings are needed."""
    xml = "".join(
        f'<c r="{column_letters(i)}{number}" t="inlineStr"><is><t xml:space="preserve">'
        f"{escape(text)}</t></is></c>"
        for i, text in enumerate(cells, start=1)
        if text != ""
    )
    return f'<row r="{number}">{xml}</row>'


def write_xlsx_parts(
    path: Path,
    sheet_rows: Iterable[str],
    shared_strings: Iterable[str] = (),
    leave_out: str = "",
    level: int = 1,
) -> Path:
    """A workbook whose first sheet holds `sheet_rows` (XML of <row> elements), streamed."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, text in parts.items():
            if name != leave_out:
                archive.writestr(name, text)
        if leave_out != "xl/sharedStrings.xml":
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(
                    b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
                    b'openxmlformats.org/spreadsheetml/2006/main">'
                )
                for text in shared_strings:
                    part.write(f"<si><t>{escape(text)}</t></si>".encode())
                part.write(b"</sst>")
        if leave_out != "xl/worksheets/sheet1.xml":
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                part.write(SHEET_START.encode())
                batch: list[str] = []
                for row in sheet_rows:
                    batch.append(row)
                    if len(batch) == 10_000:
                        part.write("".join(batch).encode())
                        batch = []
                part.write(("".join(batch) + SHEET_END).encode())
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    return write_xlsx_parts(path, (row_xml(n, r) for n, r in enumerate(rows, start=1)))


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
    'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
    'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
    '"text/xml"/></manifest:manifest>'
)
ODS_START = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
    'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
    'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">'
)
ODS_END = "</table:table></office:spreadsheet></office:body></office:document-content>"


def ods_cell(value: object, span: int = 1) -> str:
    """A text cell, a float cell, or a date (datetime.date) cell, as LibreOffice writes."""
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value == "" or value is None:
        return "<table:table-cell/>"
    if isinstance(value, float | int):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if hasattr(value, "isoformat"):
        iso = value.isoformat()
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{iso}"'
            f"{spanned}><text:p>{iso}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"{spanned}><text:p>'
        f"{escape(str(value))}</text:p></table:table-cell>"
    )


def write_ods(path: Path, rows_xml: Iterable[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        with archive.open("content.xml", "w", force_zip64=True) as part:
            part.write(ODS_START.encode())
            for row in rows_xml:
                part.write(row.encode())
            part.write(ODS_END.encode())
    return path


def ods_row(cells: Iterable[object], repeat: int = 1) -> str:
    repeated = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{repeated}>{''.join(ods_cell(c) for c in cells)}</table:table-row>"
