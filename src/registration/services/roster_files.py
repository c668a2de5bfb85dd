"""A grouped list (roster, call list) as a spreadsheet: XLSX laid out like the PDF, or CSV
with the group as a first column for sorting and filtering.

Every cell is written as a string, never a formula: a name starting with "=" stays text.
A file is written next to its target and renamed when complete.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from registration.domain.errors import UserError
from registration.domain.grouped_list import GroupedList

SPREADSHEET_SUFFIXES = (".xlsx", ".csv")
WIDTH_PER_WEIGHT = 1.6  # Excel column width units per weight unit of the PDF


def write_grouped_list(document: GroupedList, out: Path) -> Path:
    suffix = out.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise UserError(
            "bad_output_type", f"The file must end in .xlsx or .csv: {out}", path=str(out)
        )
    write = _write_xlsx if suffix == ".xlsx" else _write_csv
    return write_atomically(out, lambda temporary: write(document, temporary))


def _write_xlsx(document: GroupedList, path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    try:
        sheet = book.add_worksheet(_sheet_name(document.pdf_title))
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 14})
        group = book.add_format({"bold": True, "bg_color": "#D1E0F2"})
        heading = book.add_format({"bold": True, "bg_color": "#EBEBEB", "border": 1})
        cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        for column, spec in enumerate(document.columns):
            sheet.set_column(column, column, max(6.0, spec.weight * WIDTH_PER_WEIGHT))
        row = 0
        sheet.write_string(row, 0, document.title, title)
        for line in document.lines:
            row += 1
            sheet.write_string(row, 0, line)
        row += 1
        for item in document.groups:
            row += 1
            sheet.write_string(row, 0, item.title, group)
            row += 1
            for column, spec in enumerate(document.columns):
                sheet.write_string(row, column, spec.heading, heading)
            for values in item.rows:
                row += 1
                for column, value in enumerate(values):
                    sheet.write_string(row, column, value, cell)
        sheet.write_string(row + 2, 0, document.total, bold)
    finally:
        book.close()


def _write_csv(document: GroupedList, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads Thai
        writer = csv.writer(handle)
        writer.writerow(["กลุ่ม", *(c.heading for c in document.columns)])
        for item in document.groups:
            for values in item.rows:
                writer.writerow([_text(item.title), *(_text(v) for v in values)])


def _text(value: str) -> str:
    """A spreadsheet opening the CSV must not run a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _sheet_name(name: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return cleaned[:31] or "list"


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Write to a temporary file in the target's folder, then rename: all or nothing."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise UserError("output_is_folder", f"{out} is a folder; give a file name.", path=str(out))
    if not folder.is_dir():
        raise UserError("no_such_folder", f"The folder {folder} does not exist.", path=str(folder))
    try:
        handle, name = tempfile.mkstemp(prefix=".list-", suffix=out.suffix, dir=folder)
    except OSError as error:
        raise UserError(
            "cannot_write", f"Cannot write in {folder}: {error.strerror}.", path=str(folder)
        ) from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(
            "bad_output", f"Cannot write {out}: {error.strerror}.", path=str(out)
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out
