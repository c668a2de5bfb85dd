"""Checking an Excel 97-2003 (.xls) file before a reader loads it: the rectangle of cells.

A reader allocates every cell between the first and the last one a sheet holds, so a
5 KB file with cells at A1 and IV65536 would cost a gigabyte. The cell records of the
workbook stream are walked (a few bytes each) to find each sheet's extent first.
"""

from __future__ import annotations

import struct

import olefile

from registration.services.importing.limits import (
    MAX_CELLS,
    check_columns,
    check_rows,
    damaged,
    too_big,
)

BOF, EOF = 0x0809, 0x000A
CELLS = {0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6}  # row, col first
SPANS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first col ... last col


def scan_xls(path: str, name: str) -> None:
    """UserError when the file is damaged or a sheet spans more than the limits allow."""
    try:
        with olefile.OleFileIO(path) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            if not ole.exists(stream):
                raise damaged(name, "no workbook inside: not an Excel file")
            data = ole.openstream(stream).read()
    except (OSError, ValueError, struct.error) as error:
        raise damaged(name, f"not a readable Excel 97-2003 file: {error}") from error
    _walk(data, name)


def _walk(data: bytes, name: str) -> None:
    last_row = last_column = -1
    position, end = 0, len(data)
    while position + 4 <= end:
        kind, length = struct.unpack_from("<HH", data, position)
        body = position + 4
        position = body + length
        if kind in CELLS and length >= 4:
            row, column = struct.unpack_from("<HH", data, body)
        elif kind in SPANS and length >= 6:
            (row,) = struct.unpack_from("<H", data, body)
            (column,) = struct.unpack_from("<H", data, body + length - 2)
        elif kind in (BOF, EOF):
            _check(last_row, last_column, name)
            last_row = last_column = -1
            continue
        else:
            continue
        last_row = max(last_row, row)
        last_column = max(last_column, column)
    _check(last_row, last_column, name)


def _check(last_row: int, last_column: int, name: str) -> None:
    if last_row < 0:
        return
    check_rows(last_row, name)
    check_columns(last_column + 1, name)
    if (last_row + 1) * (last_column + 1) > MAX_CELLS:
        raise too_big("too_many_cells", name, f"more than {MAX_CELLS:,} cells")
