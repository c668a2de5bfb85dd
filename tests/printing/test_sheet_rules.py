"""What a Thai office expects of a sign-in sheet, and of names and titles on a badge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from registration.printing.badges import render_badges
from registration.printing.fonts import register_fonts
from registration.printing.signin_sheet import render_signin_sheet
from registration.printing.table import RowLayout, paginate
from registration.printing.titles import short_prefix
from tests.printing.pdf_tools import pdfium_texts
from tests.printing.people import EVENT, person
from tests.printing.test_extraction import AFTERNOON


def _people(count: int) -> list:  # type: ignore[type-arg]
    return [
        replace(person(first_name=f"สมใจ{n:03d}", number=n), position="ประธานเครือข่าย")
        for n in range(1, count + 1)
    ]


def test_the_sheet_has_the_columns_totals_walk_in_rows_and_certifier(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    people = _people(4)
    times = {people[0].id: AFTERNOON.starts_at, people[2].id: AFTERNOON.starts_at}
    render_signin_sheet(out, EVENT, AFTERNOON, people, times, walk_in_rows=3)
    [text] = pdfium_texts(out)
    for heading in ("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน/จังหวัด", "เบอร์โทร", "เวลา"):
        assert heading in text
    assert "ลายมือชื่อ" in text and "ประธานเครือข่าย" in text
    assert "ผู้ลงทะเบียนทั้งหมด 4 คน ลงชื่อแล้ว 2 คน" in text
    assert "ผู้รับรอง" in text and "ตำแหน่ง ....." in text
    body = text.split("ลายมือชื่อ", 1)[1]
    numbers = [word for word in body.split() if word.isdigit() and len(word) == 1]
    assert numbers[:7] == ["1", "2", "3", "4", "5", "6", "7"]  # 4 people, 3 walk-in rows
    assert "8" not in numbers


def test_without_phone_and_without_walk_in_rows(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    render_signin_sheet(out, EVENT, AFTERNOON, _people(2), with_phone=False, walk_in_rows=0)
    [text] = pdfium_texts(out)
    assert "เบอร์โทร" not in text and "0812345678" not in text
    assert "3" not in text.split("ลายมือชื่อ", 1)[1].split()


def test_rows_are_at_least_nine_millimetres_for_a_signature() -> None:
    register_fonts()
    from registration.printing.sheet_pages import SIGNING_HEIGHT

    assert 9 * mm <= SIGNING_HEIGHT


@pytest.mark.parametrize("count", range(1, 80))
def test_the_last_page_never_holds_a_single_row_when_it_can_be_helped(count: int) -> None:
    rows = [RowLayout([[""]], 10.0)] * count
    pages = paginate(rows, room=100.0, closing=25.0)
    assert sum(len(page) for page in pages) == count
    assert all(sum(row.height for row in page) <= 100.0 for page in pages)
    assert sum(r.height for r in pages[-1]) + 25.0 <= 100.0  # room for the totals
    if len(pages) > 1:
        assert len(pages[-1]) >= 2


def test_a_long_sheet_ends_without_a_widow(tmp_path: Path) -> None:
    for count in range(10, 40):
        out = tmp_path / f"sheet{count}.pdf"
        result = render_signin_sheet(out, EVENT, AFTERNOON, _people(count), walk_in_rows=5)
        last = pdfium_texts(out)[-1]
        numbered = [w for w in last.split() if w.isdigit() and int(w) <= count + 5]
        if result.pages > 1:
            assert len(numbered) >= 2, count


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("ว่าที่ร้อยตรีหญิง", "ว่าที่ ร.ต.หญิง"),
        ("ว่าที่ร้อยตรี", "ว่าที่ ร.ต."),
        ("พันตำรวจเอก", "พ.ต.อ."),
        ("พลตำรวจโท", "พล.ต.ท."),
        ("ร้อยตำรวจเอกหญิง", "ร.ต.อ.หญิง"),
        ("ผู้ช่วยศาสตราจารย์", "ผศ."),
        ("รองศาสตราจารย์ ดร.", "รศ. ดร."),
        ("ศาสตราจารย์", "ศ."),
        ("นายแพทย์", "นพ."),
        ("พันเอก", "พ.อ."),
        ("จ่าสิบเอก", "จ.ส.อ."),
        ("นางสาว", "น.ส."),
        ("นาย", "นาย"),
        ("พระครู", "พระครู"),
    ],
)
def test_ranks_and_titles_have_their_usual_short_forms(long: str, short: str) -> None:
    assert short_prefix(long) == short


def test_a_long_ranked_name_keeps_the_surname_and_shortens_the_rank(tmp_path: Path) -> None:
    officer = person(
        prefix="ว่าที่ร้อยตรีหญิง",
        first_name="ปิ่นประภัสสรวรรณวิภา",
        last_name="ศรีสุวรรณพันธุ์ภักดี",
    )
    out = tmp_path / "badge.pdf"
    result = render_badges(out, EVENT, [officer], "a4-10")
    text = "".join(pdfium_texts(out)[0].split())
    assert "ศรีสุวรรณพันธุ์ภักดี" in text
    assert "ว่าที่ร.ต.หญิง" in text and "ว่าที่ร้อยตรีหญิง" not in text
    assert all("name_cut" not in warning for warning in result.warnings)


def test_a_long_organisation_is_cut_at_a_word_with_a_warning(tmp_path: Path) -> None:
    organisation = "คณะทำงานยุทธศาสตร์การพัฒนาขบวนองค์กรชุมชนระดับจังหวัดและกลุ่มจังหวัด" * 3
    out = tmp_path / "badge.pdf"
    result = render_badges(out, EVENT, [person(organisation=organisation)], "a4-10")
    assert any("organisation_cut" in warning for warning in result.warnings)
    text = pdfium_texts(out)[0]
    cut = next(word for word in text.split() if word.endswith("…"))
    words = ("คณะทำงาน", "ยุทธศาสตร์", "การพัฒนา", "ขบวน", "องค์กร", "ชุมชน", "ระดับ", "จังหวัด",
             "และ", "กลุ่ม")  # fmt: skip
    stem = cut.rstrip("…")
    assert any(stem.endswith(word) for word in words), cut
