"""Sign-in sheets: Thai order, repeated header, page numbers, check-in times; the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from registration.domain.enums import SessionKind
from registration.domain.errors import UserError
from registration.domain.records import SessionInfo
from registration.printing.jobs import PrintCancelled
from registration.printing.report import render_attendance_report
from registration.printing.signin_sheet import render_signin_sheet
from tests.printing.pdf_tools import loose, page_texts
from tests.printing.people import AREA, EVENT, PROVINCE, person

SESSION = SessionInfo(
    7,
    EVENT.id,
    "กลุ่มย่อย: ทิศทางการพัฒนาขบวนองค์กรชุมชนสู่ธรรมาภิบาลระดับจังหวัดและกลุ่มจังหวัด",
    "Breakout groups",
    datetime(2019, 2, 9, 13, 0),
    datetime(2019, 2, 9, 16, 30),
    SessionKind.BREAKOUT,
    "",
)
# Thai dictionary order skips the leading vowel: ใจดี sorts under จ, before ทองดี.
NAMES = ["ทองดี", "ใจดี", "กุหลาบ", "แสงเดือน", "อำนาจ", "ปิ่นแก้ว"]
THAI_ORDER = ["กุหลาบ", "ใจดี", "ทองดี", "ปิ่นแก้ว", "แสงเดือน", "อำนาจ"]


def _people(count: int) -> list:  # type: ignore[type-arg]
    return [
        person(first_name=NAMES[n % len(NAMES)], last_name=f"สมมติ{n:03d}", number=n)
        for n in range(count)
    ]


def test_sheet_lists_names_in_thai_dictionary_order(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    render_signin_sheet(out, EVENT, SESSION, _people(6))
    text = page_texts(out)[0]
    positions = [text.index(loose(name)) for name in THAI_ORDER]
    assert positions == sorted(positions)


def test_every_page_repeats_the_header_and_counts_pages(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = render_signin_sheet(out, EVENT, SESSION, _people(40), province=PROVINCE)
    pages = page_texts(out)
    assert result.pages == len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert loose("ใบลงทะเบียน จังหวัดพระนครศรีอยุธยา") in text
        assert loose("9 กุมภาพันธ์ 2562") in text  # Buddhist Era
        assert loose(f"หน้า {number}/{len(pages)}") in text
        assert loose("ลายมือชื่อ") in text


def test_check_in_times_fill_their_column(tmp_path: Path) -> None:
    people = _people(3)
    out = tmp_path / "sheet.pdf"
    times = {people[0].id: datetime(2019, 2, 9, 12, 58)}
    render_signin_sheet(out, EVENT, SESSION, people, times, with_phone=False)
    text = page_texts(out)[0]
    assert text.count("12:58 น.") == 1
    assert "0812345678" not in text  # phone column left out


def test_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        render_signin_sheet(tmp_path / "s.pdf", EVENT, SESSION, [])
    assert raised.value.code == "empty_selection"
    assert list(tmp_path.iterdir()) == []


def test_report_counts_sessions_by_province_and_issue_area(tmp_path: Path) -> None:
    second = replace(SESSION, id=8, title="ปิดเวที", starts_at=datetime(2019, 2, 10, 15, 0))
    checked_in = {
        (7, PROVINCE.code, AREA.id): 5,
        (8, PROVINCE.code, AREA.id): 3,
        (8, None, None): 1,
    }
    expected = {(PROVINCE.code, AREA.id): 6, (None, None): 2}
    out = tmp_path / "report.pdf"
    result = render_attendance_report(
        out, EVENT, [SESSION, second], [PROVINCE], [AREA], checked_in, expected
    )
    pages = page_texts(out)
    assert result.pages == len(pages) == 3
    assert loose("ลงทะเบียนทั้งหมด 8 คน") in pages[0]
    assert loose("9–10 กุมภาพันธ์ 2562") in pages[0]
    province_rows = pages[1].split("\r\n")
    assert any(row.split() == [loose("พระนครศรีอยุธยา"), "6", "5", "3"] for row in province_rows)
    assert any(row.split()[-3:] == ["2", "0", "1"] for row in province_rows)
    assert loose("หน้า 3/3") in pages[2]


def test_a_cancelled_sheet_leaves_no_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(PrintCancelled):
        render_signin_sheet(
            tmp_path / "sheet.pdf",
            EVENT,
            SESSION,
            _people(40),
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: len(seen) == 2,
        )
    assert seen[0] == (1, seen[0][1]) and len(seen) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_report_marks_a_hidden_session_in_its_table_and_its_chart(tmp_path: Path) -> None:
    """Nobody can check in to a hidden session any more, yet its check-ins count: the
    reader of the overview sees why its bar stops growing, under the bar itself."""
    hidden = replace(
        SESSION,
        id=8,
        title="ปิดเวที",
        hidden_at=datetime(2019, 2, 9, 15, 0),
        hidden_reason="ซ้ำกับรอบบ่าย",
    )
    out = tmp_path / "report.pdf"
    render_attendance_report(
        out, EVENT, [SESSION, hidden], [PROVINCE], [AREA], {(8, PROVINCE.code, AREA.id): 4}, {}
    )
    overview = page_texts(out)[0]

    assert loose("ปิดเวที (ซ่อนไว้: ซ้ำกับรอบบ่าย)") in overview  # the table's row
    assert loose("รอบ 2 บ่าย (ซ่อนไว้)") in overview  # the bar's label
    assert loose("รอบ 1 บ่าย (ซ่อนไว้)") not in overview
