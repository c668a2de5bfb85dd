"""Each spreadsheet format an office sends: Thai text, dates, phones kept as text with
their leading 0, a merged title and merged header cells, a blank line above the header."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter
import xlwt

from registration.services.importing import import_participants
from registration.services.registry import list_participants
from tests.services.spreadsheet_files import ods_cell, ods_row, write_ods

TITLE = "รายชื่อผู้เข้าร่วมประชุม ภาคกลาง"
HEADER = ["ชื่อ-สกุล", "เบอร์โทร", "จังหวัด", "หมายเหตุ"]
PEOPLE = [
    ("นางสาวพรรณิดา พันธ์พืช", "0812345678", "อยุธยา", date(2026, 1, 2)),
    ("นายสมปอง ใจดี", "0891112222", "กาญจนบุรี", date(2025, 12, 31)),
]


def write_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([TITLE, "", "", ""])
        writer.writerow([])
        writer.writerow(HEADER)
        writer.writerows(
            [name, phone, province, day.isoformat()] for name, phone, province, day in PEOPLE
        )
    return path


def write_xlsx(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("รายชื่อ")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.merge_range(0, 0, 0, 3, TITLE)  # a title merged over the table
    sheet.write_row(2, 0, HEADER)  # row 2 blank above the header
    sheet.merge_range(2, 3, 2, 4, HEADER[3])  # a header cell merged over two columns
    for row, (name, phone, province, day) in enumerate(PEOPLE, start=3):
        sheet.write_string(row, 0, name)
        sheet.write_string(row, 1, phone)  # text: the leading 0 stays
        sheet.write_string(row, 2, province)
        sheet.write_datetime(row, 3, day, dates)
    book.close()
    return path


def write_xls(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("รายชื่อ")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    sheet.write_merge(0, 0, 0, 3, TITLE)
    for column, text in enumerate(HEADER[:3]):
        sheet.write(2, column, text)
    sheet.write_merge(2, 2, 3, 4, HEADER[3])
    for row, (name, phone, province, day) in enumerate(PEOPLE, start=3):
        sheet.write(row, 0, name)
        sheet.write(row, 1, phone)  # a str: xlwt stores it as text
        sheet.write(row, 2, province)
        sheet.write(row, 3, day, dates)
    book.save(str(path))
    return path


def write_ods_file(path: Path) -> Path:
    title = ods_cell(TITLE, span=4) + "<table:covered-table-cell/>" * 3
    header = "".join(ods_cell(h) for h in HEADER[:3]) + ods_cell(HEADER[3], span=2)
    rows = [
        f"<table:table-row>{title}</table:table-row>",
        ods_row([]),
        f"<table:table-row>{header}<table:covered-table-cell/></table:table-row>",
        *(ods_row([name, phone, province, day]) for name, phone, province, day in PEOPLE),
        ods_row([""], repeat=1_048_000),  # LibreOffice's empty rows to the sheet's end
    ]
    return write_ods(path, rows)


WRITERS: dict[str, Callable[[Path], Path]] = {
    "csv": write_csv,
    "xlsx": write_xlsx,
    "xls": write_xls,
    "ods": write_ods_file,
}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_each_format_brings_thai_names_phones_and_dates_as_in_the_file(
    db, demo_event, tmp_path, suffix
) -> None:
    path = WRITERS[suffix](tmp_path / f"list.{suffix}")
    before = {p.id for p in list_participants(db, demo_event.id)}

    result = import_participants(db, demo_event.id, path)

    assert (result.imported, result.problems) == (2, [])
    new = {p.last_name: p for p in list_participants(db, demo_event.id) if p.id not in before}
    pannida, sompong = new["พันธ์พืช"], new["ใจดี"]
    assert (pannida.prefix, pannida.first_name) == ("นางสาว", "พรรณิดา")
    assert pannida.phone == "0812345678" and sompong.phone == "0891112222"
    assert pannida.province is not None and pannida.province.code == "TH-14"
    assert (pannida.note, sompong.note) == ("2026-01-02", "2025-12-31")


def test_bidi_and_zero_width_controls_are_stripped_and_thai_marks_kept(
    db, demo_event, tmp_path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "ชื่อ-สกุล,องค์กร\n\u202eนาย\u200bสมชาย\u200f ใจ\u2066ดี\u2069,\u200eสภา\ufeffองค์กรชุมชน\u202c\n",
        encoding="utf-8",
    )
    before = {p.id for p in list_participants(db, demo_event.id)}

    assert import_participants(db, demo_event.id, path).imported == 1

    [person] = [p for p in list_participants(db, demo_event.id) if p.id not in before]
    assert (person.prefix, person.first_name, person.last_name) == ("นาย", "สมชาย", "ใจดี")
    assert person.organisation == "สภาองค์กรชุมชน"  # sara am, tone marks and all
