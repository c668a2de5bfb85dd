"""Reading a CSV, XLSX, XLS or ODS file into header + rows of text, within the limits.

Spreadsheets are read by python-calamine (Rust) after `zip_scan` has checked an XLSX/ODS
zip part by part; a CSV is read as a stream, so a huge one stops at the row limit instead
of being loaded first.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from registration.domain.errors import UserError
from registration.services.importing.cleaning import has_invisible, strip_invisible
from registration.services.importing.columns import guess_mapping
from registration.services.importing.limits import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    check_columns,
    check_rows,
    damaged,
    too_big,
)
from registration.services.importing.xls_scan import scan_xls
from registration.services.importing.zip_scan import scan_zip

HEADER_SEARCH = 20  # rows looked at for the header (a title may stand above it)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls)


@dataclass(frozen=True)
class ImportTable:
    """The header row and the data rows; `first_row_number` is the header's row + 1."""

    headers: list[str]
    rows: list[list[str]]
    first_row_number: int = 2


def read_table(path: Path) -> ImportTable:
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise UserError("unreadable_file", f"Cannot read {name}: {error.strerror}.") from error
    if size > MAX_FILE_BYTES:
        raise too_big("file_too_big", name, f"larger than {MAX_FILE_BYTES // 2**20} MB")
    if magic.startswith(b"PK"):
        scan_zip(path, name)
        return _table(_read_spreadsheet(path, name), name)
    if magic == _OLE2:
        scan_xls(str(path), name)
        return _table(_read_spreadsheet(path, name), name)
    return _read_csv(path, name)


# -- spreadsheets ----------------------------------------------------------------------
def _read_spreadsheet(path: Path, name: str) -> list[list[str]]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            if not workbook.sheet_names:
                raise damaged(name, "the workbook has no sheet")
            sheet = workbook.get_sheet_by_index(0)
            check_rows(sheet.height - 1, name)
            check_columns(sheet.width, name)
            values = sheet.to_python(skip_empty_area=False)
        finally:
            workbook.close()
    except (CalamineError, OSError, ValueError, IndexError) as error:
        raise damaged(name, _calamine_problem(error)) from error
    return [_row_text(row) for row in values]


def _row_text(row: Sequence[object]) -> list[str]:
    cells = [v if type(v) is str else _cell_text(v) for v in row]
    if has_invisible("".join(cells)):  # one look per row: most rows have none
        cells = [strip_invisible(cell) for cell in cells]
    return cells


def _calamine_problem(error: Exception) -> str:
    kind = type(error).__name__
    text = " ".join(str(error).split())[:200]
    if kind == "XmlError":
        return f"broken XML in the sheet near '{text}'"
    if kind == "ZipError":
        return f"broken zip: {text}"
    if kind == "WorksheetNotFound":
        return "the sheet is missing"
    return text or kind


def _cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# -- CSV -------------------------------------------------------------------------------
def _read_csv(path: Path, name: str) -> ImportTable:
    encoding = _encoding(path, name)
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(20_000)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
                sample, delimiters=",;\t"
            )
        except csv.Error:
            dialect = csv.excel
        handle.seek(0)
        reader = csv.reader(handle, dialect)
        try:
            return _table(_bounded(reader, name), name)
        except csv.Error as error:
            message = f"{name} is not a readable CSV file: {error}."
            raise UserError("unreadable_file", message) from error


def _bounded(records: Iterable[list[str]], name: str) -> Iterator[list[str]]:
    for record in records:
        check_columns(len(record), name)
        if has_invisible("".join(record)):
            record = [strip_invisible(cell) for cell in record]
        yield record


def _encoding(path: Path, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel 'Unicode text'), or cp874/TIS-620,
    decided by decoding the whole file as a stream (nothing kept)."""
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if not _decodes(path, "utf-16"):
            raise UserError("unreadable_file", f"{name} is damaged UTF-16 text.")
        return "utf-16"
    for encoding in ("utf-8-sig", "cp874"):
        if _decodes(path, encoding, refuse_nul=True, name=name):
            return encoding
    raise UserError(
        "unknown_encoding", f"{name} is neither UTF-8 nor Thai Windows (cp874/TIS-620) text."
    )


def _decodes(path: Path, encoding: str, refuse_nul: bool = False, name: str = "") -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                if refuse_nul and b"\x00" in chunk:
                    raise UserError(
                        "unreadable_file", f"{name} is not a text table (it holds binary data)."
                    )
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


# -- the table -------------------------------------------------------------------------
def _table(records: Iterable[list[str]], name: str) -> ImportTable:
    """The header is the first row among the first rows that names a name column, else the
    first non-blank one; blank lines and a title may stand above it."""
    stream = iter(records)
    head = list(itertools.islice(stream, HEADER_SEARCH))
    filled = [i for i, record in enumerate(head) if any(cell.strip() for cell in record)]
    if not filled:
        raise UserError("empty_file", f"{name} holds no table.")
    index = next((i for i in filled if _names_someone(head[i])), filled[0])
    rows = head[index + 1 :]
    for record in stream:
        rows.append(record)
        if len(rows) > MAX_ROWS:
            check_rows(len(rows), name)
    check_rows(len(rows), name)
    return ImportTable([c.strip() for c in head[index]], rows, index + 2)


def _names_someone(record: list[str]) -> bool:
    mapping = guess_mapping([c.strip() for c in record])
    return "first_name" in mapping or "full_name" in mapping
