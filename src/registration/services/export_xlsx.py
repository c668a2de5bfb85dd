"""The attendance workbook, written by XlsxWriter row by row (constant memory): a matrix
sheet with subtotals per province and issue area, and a sheet of every check-in.

Every cell is written by type (`write_string`, `write_number`, `write_datetime`), never
through `write()`, so no text a participant typed can become a formula or a link; the
subtotals are numbers the program computed, not formulas.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import thai_sort_key
from registration.services.export_data import (
    NO_PROVINCE,
    AttendanceData,
    event_dates,
    matrix_rows,
    session_heading,
)

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MATRIX_WIDTHS = (6, 12, 30, 16, 24, 30)  # then each session, then the count
SESSION_WIDTH, COUNT_WIDTH = 16, 10
CHECK_IN_HEADER = (
    "เวลา",
    "ช่วง",
    "รหัสบัตร",
    "ชื่อ-สกุล",
    "จังหวัด",
    "จุดลงทะเบียน",
    "วิธี",
    "ยกเลิกเมื่อ",
    "เหตุผลที่ยกเลิก",
)
CHECK_IN_WIDTHS = (19, 30, 12, 30, 16, 14, 10, 19, 24)
RowWritten = Callable[[], None]


def write_workbook(
    data: AttendanceData,
    path: Path,
    row_written: RowWritten = lambda: None,
    scratch: Path | None = None,
) -> None:
    """`row_written` is called after each participant and each check-in row; XlsxWriter's
    own temporary files go to `scratch` (beside the export), not the system's folder."""
    options: dict[str, Any] = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    if scratch is not None:
        options["tmpdir"] = str(scratch)
    workbook = Workbook(str(path), options)
    try:
        formats = _Formats(workbook)
        _matrix_sheet(
            workbook.add_worksheet(_sheet_title(data.event.name)), data, formats, row_written
        )
        _check_in_sheet(workbook.add_worksheet("check-ins"), data, formats, row_written)
    finally:  # also when cancelled: closing removes XlsxWriter's temporary files
        workbook.close()  # (the caller then deletes the half-written file)


class _Formats:
    def __init__(self, workbook: Workbook) -> None:
        self.bold = workbook.add_format({"bold": True})
        self.subtotal = workbook.add_format({"bold": True, "bg_color": "#FFF2CC"})
        self.time = workbook.add_format({"num_format": "hh:mm"})
        self.moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})


def _sheet_title(name: str) -> str:
    title = _SHEET_FORBIDDEN.sub(" ", name)[:31].strip("' ")
    return title if title and title.lower() != "history" else "event"


def _text_row(sheet: Worksheet, row: int, values: Sequence[str], fmt: Any = None) -> None:
    for column, value in enumerate(values):
        if value:
            sheet.write_string(row, column, value, fmt)


def _matrix_sheet(
    sheet: Worksheet, data: AttendanceData, formats: _Formats, row_written: RowWritten
) -> None:
    session_count = len(data.sessions)
    for column, width in enumerate(MATRIX_WIDTHS):
        sheet.set_column(column, column, width)
    if session_count:
        sheet.set_column(6, 5 + session_count, SESSION_WIDTH)
    sheet.set_column(6 + session_count, 6 + session_count, COUNT_WIDTH)
    sheet.freeze_panes(4, 3)
    sheet.write_string(0, 0, data.event.name or " ", formats.bold)
    sheet.write_string(1, 0, f"{event_dates(data.event)} · {data.event.venue}")
    rows = matrix_rows(data)
    _text_row(sheet, 3, next(rows), formats.bold)
    line = 4
    province_totals = [0] * session_count
    current: str | None = None
    by_area: dict[str, list[int]] = defaultdict(lambda: [0] * session_count)
    for person, row in zip(data.participants, rows, strict=True):
        province = person.province.name_th if person.province else NO_PROVINCE
        if current is not None and province != current:
            _subtotal(sheet, line, f"รวม {current}", province_totals, formats)
            line += 1
            province_totals = [0] * session_count
        current = province
        times = row[6 : 6 + session_count]
        attended = [1 if cell else 0 for cell in times]
        province_totals = [a + b for a, b in zip(province_totals, attended, strict=True)]
        area = _area_label(person)
        by_area[area] = [a + b for a, b in zip(by_area[area], attended, strict=True)]
        _person_row(sheet, line, row, times, formats)
        line += 1
        row_written()
    if current is not None:
        _subtotal(sheet, line, f"รวม {current}", province_totals, formats)
        line += 1
    line += 1
    sheet.write_string(line, 2, "รวมตามประเด็นงาน/บทบาท", formats.bold)
    line += 1
    for area, totals in sorted(by_area.items(), key=lambda item: thai_sort_key(item[0])):
        _subtotal(sheet, line, area, totals, formats)
        line += 1
    grand = [sum(col) for col in zip(*by_area.values(), strict=True)] if by_area else []
    _subtotal(sheet, line, "รวมทั้งหมด", grand or [0] * session_count, formats)


def _person_row(
    sheet: Worksheet, line: int, row: list[str], times: list[str], formats: _Formats
) -> None:
    sheet.write_number(line, 0, int(row[0]))
    for column in range(1, 6):
        if row[column]:
            sheet.write_string(line, column, row[column])
    for column, text in enumerate(times, start=6):
        if text:  # "HH:MM" -> a real Excel time, a fraction of a day
            hours, minutes = text.split(":")
            sheet.write_number(line, column, (int(hours) * 60 + int(minutes)) / 1440, formats.time)
    sheet.write_number(line, 6 + len(times), int(row[-1]))


def _area_label(person: ParticipantRecord) -> str:
    return person.issue_area.name_th if person.issue_area else person.role.value


def _subtotal(
    sheet: Worksheet, line: int, label: str, totals: list[int], formats: _Formats
) -> None:
    for column in (0, 1, 3, 4, 5):
        sheet.write_blank(line, column, None, formats.subtotal)
    sheet.write_string(line, 2, label, formats.subtotal)
    for column, total in enumerate(totals, start=6):
        sheet.write_number(line, column, total, formats.subtotal)


def _check_in_sheet(
    sheet: Worksheet, data: AttendanceData, formats: _Formats, row_written: RowWritten
) -> None:
    people = {
        p.id: (p.badge_code, p.full_name, p.province.name_th if p.province else "")
        for p in data.participants
    }
    headings = {s.id: session_heading(s) for s in data.sessions}
    for column, width in enumerate(CHECK_IN_WIDTHS):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    _text_row(sheet, 0, CHECK_IN_HEADER, formats.bold)
    unknown = ("", "", "")
    with closing(iter(data.check_ins)) as rows:  # a cancelled export ends the read at once
        for line, row in enumerate(rows, start=1):
            sheet.write_datetime(line, 0, row.checked_in_at, formats.moment)
            texts = (
                headings.get(row.session_id, str(row.session_id)),
                *people.get(row.participant_id, unknown),
                row.desk,
                row.method,
            )
            for column, text in enumerate(texts, start=1):
                if text:
                    sheet.write_string(line, column, text)
            if row.annulled_at is not None:  # most rows end here: empty cells cost time too
                sheet.write_datetime(line, 7, row.annulled_at, formats.moment)
                if row.annul_reason:
                    sheet.write_string(line, 8, row.annul_reason)
            row_written()
