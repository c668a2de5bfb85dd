"""Importing the organiser's list: every encoding, every problem named, all or nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.services.importing import ImportCancelled, import_participants, preview_import
from registration.services.registry import count_participants, list_participants

HEADER = ["ลำดับ", "ชื่อ-สกุล", "ชื่อเล่น", "จังหวัด", "ประเด็นงาน", "หน่วยงาน", "เบอร์โทร"]
GOOD_ROWS = [
    ["1", "นางสาวพรรณิดา พันธ์พืช", "ปิ่น", "จ.อยุธยา", "ที่ดิน", "สภาองค์กรชุมชน", "081-234-5678"],
    ["2", "นายสมปอง ใจดี", "", "Kanchanaburi", "ยุทธศาสตร์จังหวัด", "", "0891112222"],
    ["3", "นางน้ำฝน ศรีปฏิ", "ฝน", "จังหวัดพระนครศรีอยุธยา", "กองเลขา", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([])  # a blank line above the header, as organisers' sheets often have
    sheet.append(HEADER)
    for row in rows:
        sheet.append([int(row[0]), *row[1:]])
    book.save(path)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874", "utf-16"])
def test_a_csv_in_any_thai_encoding_imports_the_same_people(
    db, demo_event, tmp_path, encoding
) -> None:
    before = count_participants(db, demo_event.id)
    path = write_csv(tmp_path / "list.csv", GOOD_ROWS, encoding)

    result = import_participants(db, demo_event.id, path)

    assert (result.imported, result.problems) == (3, [])
    assert count_participants(db, demo_event.id) == before + 3
    [pannida] = [p for p in list_participants(db, demo_event.id) if p.last_name == "พันธ์พืช"]
    assert (pannida.prefix, pannida.first_name, pannida.nickname) == ("นางสาว", "พรรณิดา", "ปิ่น")
    assert pannida.province is not None and pannida.province.code == "TH-14"
    assert pannida.phone == "0812345678"


def test_an_xlsx_with_a_blank_line_above_the_header_imports(db, demo_event, tmp_path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", GOOD_ROWS)

    result = import_participants(db, demo_event.id, path)

    assert result.imported == 3
    people = {p.first_name: p for p in list_participants(db, demo_event.id)}
    assert people["สมปอง"].role is Role.PROVINCIAL_STRATEGY
    assert people["น้ำฝน"].role is Role.SECRETARIAT
    assert people["น้ำฝน"].province is not None and people["น้ำฝน"].province.code == "TH-14"


def bad_rows() -> list[list[str]]:
    return [
        *GOOD_ROWS,
        ["4", "นายใจ ดีมาก", "", "อยุทยา", "ที่ดิน", "", ""],  # misspelt province
        ["5", "", "", "ราชบุรี", "", "", ""],  # no name
        ["6", "นางมาลี สุขใจ", "", "ราชบุรี", "", "", "12"],  # bad phone
        ["7", "นางสาวพรรณิดา พันธ์พืช", "", "อยุธยา", "", "", "0812345678"],  # same as row 2
    ]


def test_every_problem_is_named_by_row_and_column_and_nothing_is_imported(
    db, demo_event, tmp_path
) -> None:
    before = count_participants(db, demo_event.id)
    path = write_csv(tmp_path / "list.csv", bad_rows())

    result = import_participants(db, demo_event.id, path)

    found = {(p.row, p.column, p.code) for p in result.problems}
    assert found == {
        (5, "จังหวัด", "unknown_province"),
        (6, "ชื่อ-สกุล", "missing_name"),
        (7, "เบอร์โทร", "bad_phone"),
        (8, "ชื่อ-สกุล", "duplicate_in_file"),
    }
    [province] = [p for p in result.problems if p.code == "unknown_province"]
    assert province.suggestion == "พระนครศรีอยุธยา"
    assert result.imported == 0
    assert count_participants(db, demo_event.id) == before


def test_skip_invalid_imports_the_good_rows_only(db, demo_event, tmp_path) -> None:
    before = count_participants(db, demo_event.id)
    path = write_csv(tmp_path / "list.csv", bad_rows())

    result = import_participants(db, demo_event.id, path, skip_invalid=True)

    assert result.imported == 3
    assert result.skipped_rows == [5, 6, 7, 8]
    assert count_participants(db, demo_event.id) == before + 3


def test_a_person_already_registered_is_a_duplicate(db, demo_event, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", GOOD_ROWS)
    import_participants(db, demo_event.id, path)

    again = import_participants(db, demo_event.id, path)

    assert {p.code for p in again.problems} == {"duplicate_person"}
    assert again.imported == 0


def test_dry_run_and_preview_write_nothing(db, demo_event, tmp_path) -> None:
    before = count_participants(db, demo_event.id)
    path = write_csv(tmp_path / "list.csv", GOOD_ROWS)

    preview = preview_import(db, demo_event.id, path)
    result = import_participants(db, demo_event.id, path, dry_run=True)

    assert len(preview.report.valid) == 3 and preview.mapping["full_name"] == 1
    assert result.dry_run and result.imported == 0
    assert count_participants(db, demo_event.id) == before


def test_a_cancelled_import_leaves_nothing_behind(db, demo_event, tmp_path) -> None:
    before = count_participants(db, demo_event.id)
    path = write_csv(tmp_path / "list.csv", GOOD_ROWS)

    with pytest.raises(ImportCancelled):
        import_participants(db, demo_event.id, path, cancelled=lambda: True)

    assert count_participants(db, demo_event.id) == before


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"\x00\x01\x02binary", "unreadable_file"),
        (b"PK\x03\x04 not really a workbook", "damaged_file"),
        (b"\xff\xfe\x00", "unreadable_file"),
    ],
)
def test_unreadable_files_are_refused_with_a_code(db, demo_event, tmp_path, content, code) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(content)

    with pytest.raises(UserError) as refused:
        import_participants(db, demo_event.id, path)

    assert refused.value.code == code


def test_a_file_without_a_name_column_is_refused_as_a_whole(db, demo_event, tmp_path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("จังหวัด,เบอร์โทร\nราชบุรี,0812345678\n", encoding="utf-8")

    result = import_participants(db, demo_event.id, path, skip_invalid=True)

    assert [p.code for p in result.problems] == ["no_name_column"]
    assert result.imported == 0


def test_imported_people_read_back_like_people_added_by_hand(db, demo_event, tmp_path) -> None:
    from datetime import datetime

    from registration.domain.badge_code import parse_badge_code
    from registration.services.registry import find_by_code, search

    path = write_xlsx(tmp_path / "list.xlsx", GOOD_ROWS)

    assert import_participants(db, demo_event.id, path).imported == 3

    imported = [
        p for p in list_participants(db, demo_event.id) if p.last_name in ("พันธ์พืช", "ใจดี", "ศรีปฏิ")
    ]
    assert len({p.badge_code for p in imported}) == 3
    for person in imported:
        assert parse_badge_code(person.badge_code).valid
        assert isinstance(person.registered_at, datetime)
        assert find_by_code(db, person.badge_code) == person
    assert [p.first_name for p in search(db, demo_event.id, "พันธ์พืช")] == ["พรรณิดา"]
