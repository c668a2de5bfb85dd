"""The attendance workbook: a matrix sheet with subtotals per province and issue area,
and a sheet of every check-in as it happened."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import thai_sort_key
from registration.services.export import (
    NO_PROVINCE,
    AttendanceData,
    event_dates,
    matrix_rows,
    session_heading,
)

BOLD = Font(bold=True)
SUBTOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_workbook(
    data: AttendanceData, path: Path, row_written: Callable[[], None] = lambda: None
) -> None:
    """`row_written` is called after each participant and each check-in row."""
    workbook = Workbook(write_only=True)
    try:
        _matrix_sheet(workbook.create_sheet(_sheet_title(data.event.name)), data, row_written)
        _check_in_sheet(workbook.create_sheet("check-ins"), data, row_written)
    finally:  # also when cancelled: saving closes openpyxl's half-written temporary sheets
        workbook.save(path)  # (the caller then deletes the file)


def _sheet_title(name: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", name)[:31] or "event"


def _styled(sheet: WriteOnlyWorksheet, values: list[object], bold: bool = False,
            fill: PatternFill | None = None) -> list[WriteOnlyCell]:
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        if bold:
            cell.font = BOLD
        if fill is not None:
            cell.fill = fill
        cells.append(cell)
    return cells


def _matrix_sheet(
    sheet: WriteOnlyWorksheet, data: AttendanceData, row_written: Callable[[], None]
) -> None:
    sheet.freeze_panes = "D5"
    sheet.append(_styled(sheet, [data.event.name], bold=True))
    sheet.append([f"{event_dates(data.event)} · {data.event.venue}"])
    sheet.append([])
    rows = matrix_rows(data)
    sheet.append(_styled(sheet, list(next(rows)), bold=True))
    session_count = len(data.sessions)
    province_totals: list[int] = [0] * session_count
    current: str | None = None
    by_area: dict[str, list[int]] = defaultdict(lambda: [0] * session_count)
    for person, row in zip(data.participants, rows, strict=True):
        province = person.province.name_th if person.province else NO_PROVINCE
        if current is not None and province != current:
            _subtotal(sheet, f"รวม {current}", province_totals)
            province_totals = [0] * session_count
        current = province
        attended = [1 if cell else 0 for cell in row[6 : 6 + session_count]]
        province_totals = [a + b for a, b in zip(province_totals, attended, strict=True)]
        area = _area_label(person)
        by_area[area] = [a + b for a, b in zip(by_area[area], attended, strict=True)]
        sheet.append([int(row[0]), *row[1:-1], int(row[-1])])
        row_written()
    if current is not None:
        _subtotal(sheet, f"รวม {current}", province_totals)
    sheet.append([])
    sheet.append(_styled(sheet, ["", "", "รวมตามประเด็นงาน/บทบาท"], bold=True))
    for area, totals in sorted(by_area.items(), key=lambda item: thai_sort_key(item[0])):
        _subtotal(sheet, area, totals)
    grand = [sum(col) for col in zip(*by_area.values(), strict=True)] if by_area else []
    _subtotal(sheet, "รวมทั้งหมด", grand or [0] * session_count)


def _area_label(person: ParticipantRecord) -> str:
    return person.issue_area.name_th if person.issue_area else person.role.value


def _subtotal(sheet: WriteOnlyWorksheet, label: str, totals: list[int]) -> None:
    sheet.append(_styled(sheet, ["", "", label, "", "", "", *totals], bold=True,
                         fill=SUBTOTAL_FILL))


def _check_in_sheet(
    sheet: WriteOnlyWorksheet, data: AttendanceData, row_written: Callable[[], None]
) -> None:
    people = {p.id: (p.badge_code, p.full_name, p.province.name_th if p.province else "")
              for p in data.participants}
    headings = {s.id: session_heading(s) for s in data.sessions}
    sheet.append(_styled(sheet, ["เวลา", "ช่วง", "รหัสบัตร", "ชื่อ-สกุล", "จังหวัด", "จุดลงทะเบียน",
                                 "วิธี", "ยกเลิกเมื่อ", "เหตุผลที่ยกเลิก"], bold=True))
    unknown = ("", "", "")
    for row in data.check_ins:
        values = [row.checked_in_at, headings.get(row.session_id, str(row.session_id)),
                  *people.get(row.participant_id, unknown), row.desk, row.method]
        if row.annulled_at is not None:  # most rows end here: empty cells cost time too
            values += [row.annulled_at, row.annul_reason]
        sheet.append(values)
        row_written()
