"""The attendance matrix as CSV, with every cell a spreadsheet would run made inert.

A cell starting with = + - @, a tab or a carriage return is a formula to Excel and
LibreOffice; such a cell gets a single quote in front (the OWASP advice), which the
spreadsheet shows as text.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from registration.services.export_data import AttendanceData, matrix_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_csv(
    data: AttendanceData, path: Path, row_written: Callable[[], None] = lambda: None
) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        rows = matrix_rows(data)
        writer.writerow([inert(cell) for cell in next(rows)])
        for row in rows:
            writer.writerow([inert(cell) for cell in row])
            row_written()
