"""Reading a CSV or XLSX file into header + rows of text, whatever its encoding."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from registration.domain.errors import UserError

MAX_ROWS = 200_000


@dataclass(frozen=True)
class ImportTable:
    """The header row and the data rows; `first_row_number` is the header's row + 1."""

    headers: list[str]
    rows: list[list[str]]
    first_row_number: int = 2


def read_table(path: Path) -> ImportTable:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError("unreadable_file", f"Cannot read {path.name}: {error.strerror}.") from error
    if data.startswith(b"PK"):
        return _read_xlsx(data, path.name)
    return _read_csv(_decode(data, path.name), path.name)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel 'Unicode text'), or cp874/TIS-620."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UserError("unreadable_file", f"{name} is damaged UTF-16 text.") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")
    except UnicodeDecodeError as error:
        raise UserError(
            "unknown_encoding",
            f"{name} is neither UTF-8 nor Thai Windows (cp874/TIS-620) text.",
        ) from error


def _read_csv(text: str, name: str) -> ImportTable:
    if "\x00" in text:
        raise UserError("unreadable_file", f"{name} is not a text table (it holds binary data).")
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        message = f"{name} is not a readable CSV file: {error}."
        raise UserError("unreadable_file", message) from error
    return _table(records, name)


def _read_xlsx(data: bytes, name: str) -> ImportTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise UserError("unreadable_file", f"{name} is not a readable Excel file.") from error
    try:
        sheet = workbook.worksheets[0]
        records = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(records, name)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _table(records: list[list[str]], name: str) -> ImportTable:
    """Skip blank lines above the header; the header is the first non-blank row."""
    for index, record in enumerate(records):
        if any(cell.strip() for cell in record):
            rows = records[index + 1 :]
            if len(rows) > MAX_ROWS:
                raise UserError("too_many_rows", f"{name} has more than {MAX_ROWS} rows.")
            return ImportTable([c.strip() for c in record], rows, index + 2)
    raise UserError("empty_file", f"{name} holds no table.")
