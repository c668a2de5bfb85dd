"""The attendance workbook and CSV the secretariat files for reimbursement."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from registration.domain.errors import UserError
from registration.services.checkin import annul, check_in
from registration.services.events import list_sessions
from registration.services.export import ExportCancelled, export_attendance
from registration.services.registry import list_participants


@pytest.fixture
def attended(db, demo_event):
    """Three people at the opening session, one of them annulled; one at the second session."""
    people = list_participants(db, demo_event.id)
    first, second = list_sessions(db, demo_event.id)[:2]
    results = [check_in(db, p.badge_code, first.id, desk="Desk 1") for p in people[:3]]
    check_in(db, people[0].badge_code, second.id, desk="Desk 2")
    annul(db, results[2].check_in.id, "wrong badge", desk="Desk 1")
    return people, first, second


def test_the_workbook_holds_the_matrix_subtotals_and_every_check_in(
    db, demo_event, attended, tmp_path: Path
) -> None:
    people, _first, _second = attended
    out = export_attendance(db, demo_event.id, tmp_path / "attendance.xlsx")

    book = load_workbook(out, read_only=True)
    matrix_name, raw_name = book.sheetnames
    matrix = [list(r) for r in book[matrix_name].iter_rows(values_only=True)]
    raw = [list(r) for r in book["check-ins"].iter_rows(values_only=True)]
    book.close()

    header = matrix[3]
    assert header[:3] == ["ลำดับ", "รหัสบัตร", "ชื่อ-สกุล"] and header[-1] == "จำนวนช่วงที่เข้าร่วม"
    by_code = {row[1]: row for row in matrix[4:] if row and row[1]}
    assert len(by_code) == 136
    opening = 6  # first session column
    assert by_code[people[0].badge_code][opening] and by_code[people[0].badge_code][-1] == 2
    assert by_code[people[2].badge_code][opening] in ("", None)  # annulled: not counted
    grand = next(row for row in matrix if len(row) > 2 and row[2] == "รวมทั้งหมด")
    assert grand[opening : opening + 2] == [2, 1]
    province_totals = [r for r in matrix if len(r) > 2 and str(r[2] or "").startswith("รวม ")]
    provinces = {p.province.name_th if p.province else "ไม่ระบุจังหวัด" for p in people}
    assert {row[2].removeprefix("รวม ") for row in province_totals} == provinces
    assert sum(row[opening] for row in province_totals) == 2
    assert raw_name == "check-ins" and len(raw) == 1 + 4  # annulled check-in kept, marked
    assert sum(1 for row in raw[1:] if len(row) > 7 and row[7] is not None) == 1


def test_csv_opens_in_excel_with_thai_intact(db, demo_event, attended, tmp_path: Path) -> None:
    out = export_attendance(db, demo_event.id, tmp_path / "attendance.csv")

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][2] == "ชื่อ-สกุล" and len(rows) == 1 + 136


@pytest.mark.parametrize("name", ["attendance.pdf", "missing-folder/attendance.xlsx"])
def test_a_bad_output_is_refused_and_leaves_no_file(db, demo_event, tmp_path: Path, name) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as refused:
        export_attendance(db, demo_event.id, folder / name)

    assert refused.value.code == "bad_output"
    assert list(folder.rglob("*")) == []


def test_an_output_that_cannot_be_replaced_keeps_what_was_there(
    db, demo_event, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    taken = folder / "attendance.xlsx"
    taken.mkdir()  # a folder of that name: the rename fails, even for root
    (taken / "keep.txt").write_text("mine")

    with pytest.raises(UserError):
        export_attendance(db, demo_event.id, taken)

    assert (taken / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in folder.iterdir()) == ["attendance.xlsx"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_progress_counts_every_row_up_to_the_total(
    db, demo_event, attended, tmp_path: Path, suffix: str
) -> None:
    heard: list[tuple[int, int]] = []
    export_attendance(
        db, demo_event.id, tmp_path / f"a{suffix}", progress=lambda *p: heard.append(p)
    )
    people = len(list_participants(db, demo_event.id))
    check_in_rows = 4  # the raw sheet keeps the annulled one too
    expected_total = people + (check_in_rows if suffix == ".xlsx" else 0)
    assert heard[-1] == (expected_total, expected_total)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_cancelled_export_leaves_nothing_behind(
    db, demo_event, attended, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"attendance{suffix}"
    out.write_bytes(b"the export of yesterday")

    with pytest.raises(ExportCancelled):
        export_attendance(db, demo_event.id, out, cancelled=lambda: True)

    assert out.read_bytes() == b"the export of yesterday"
    assert [p.name for p in folder.iterdir()] == [out.name]
