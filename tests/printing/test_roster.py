"""Roster and call-list PDFs: Thai text extractable and matching, pages per group."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.domain.grouped_list import GroupedList, ListColumn, ListGroup
from registration.printing.roster import render_roster
from registration.services import registry
from registration.services.roster import RosterBy, RosterOptions, roster
from registration.services.roster_files import write_grouped_list
from tests.printing.pdf_tools import loose, page_texts, pdfium_texts


def squeeze(text: str) -> str:
    """NFC without white space: exact text, wherever a line or cell broke it."""
    return "".join(unicodedata.normalize("NFC", text).split())


def test_every_name_of_the_roster_is_in_the_pdf_text(db, demo_event, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    made = roster(db, demo_event.id, RosterOptions(columns=("organisation",)))
    result = render_roster(out, made)
    assert result.items == 136
    text = squeeze(" ".join(pdfium_texts(out)))
    for person in registry.list_participants(db, demo_event.id):
        assert squeeze(person.full_name) in text, person.full_name
    assert squeeze("รวมทั้งสิ้น 136 คน") in text and squeeze("9–10 กุมภาพันธ์ 2562") in text


def test_a_page_per_group_gives_each_facilitator_their_own_pages(
    db, demo_event, tmp_path: Path
) -> None:
    out = tmp_path / "by-area.pdf"
    options = RosterOptions(RosterBy.ISSUE_AREA, page_per_group=True)
    made = roster(db, demo_event.id, options)
    render_roster(out, made)
    texts = page_texts(out)
    assert len(texts) == len(made.groups)
    for page, group in zip(texts, made.groups, strict=True):
        assert loose(group.title) in page


def test_a_long_group_repeats_its_title_on_the_next_page(tmp_path: Path) -> None:
    rows = tuple((str(n), f"นายสมชาย ใจดี {n}") for n in range(1, 121))
    document = GroupedList(
        "รายชื่อ", ("งานทดสอบ",), (ListColumn("ที่", 1), ListColumn("ชื่อ", 6)),
        (ListGroup("จังหวัดชัยนาท (120 คน)", rows),), "รวมทั้งสิ้น 120 คน",
    )  # fmt: skip
    out = tmp_path / "long.pdf"
    result = render_roster(out, document)
    texts = page_texts(out)
    assert result.pages == len(texts) > 1
    assert all(loose("จังหวัดชัยนาท (120 คน)") in page for page in texts)
    assert loose("(ต่อ)") in texts[1]


def test_nobody_to_list_is_refused_and_no_file_is_left(tmp_path: Path) -> None:
    document = GroupedList("x", (), (ListColumn("ชื่อ", 1),), (), "0")
    with pytest.raises(UserError):
        render_roster(tmp_path / "empty.pdf", document)
    assert list(tmp_path.iterdir()) == []


def test_spreadsheet_cells_are_text_even_when_they_look_like_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    document = GroupedList(
        "รายชื่อ", (), (ListColumn("ชื่อ", 1), ListColumn("โทร", 1)),
        (ListGroup("กลุ่ม", (("=HYPERLINK(\"x\")", "0812345678"),)),), "รวม 1 คน",
    )  # fmt: skip
    out = write_grouped_list(document, tmp_path / "list.xlsx")
    book = load_workbook(out)
    try:
        cells = [c for row in book.active.iter_rows() for c in row if c.value is not None]
        assert all(c.data_type == "s" for c in cells)
        assert '=HYPERLINK("x")' in [c.value for c in cells]
        assert "0812345678" in [c.value for c in cells]  # the leading zero stays
    finally:
        book.close()
    csv_text = write_grouped_list(document, tmp_path / "list.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in csv_text


def test_a_group_named_like_a_formula_stays_text_in_the_csv(tmp_path: Path) -> None:
    """The CSV's first column is the group's title: a breakout group named "=SUM(A1)"
    must not run as a formula when the roster is opened in Excel."""
    import csv

    document = GroupedList(
        "รายชื่อ", (), (ListColumn("ชื่อ", 1),),
        (ListGroup("=SUM(A1) · ห้อง 204 (1 คน)", (("นางสาวกุหลาบ สมมติน้ำใส",),)),
         ListGroup("@cmd (1 คน)", (("นายบุญมี ทดลองศักดิ์",),))),
        "รวม 2 คน",
    )  # fmt: skip
    out = write_grouped_list(document, tmp_path / "list.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == ["'=SUM(A1) · ห้อง 204 (1 คน)", "'@cmd (1 คน)"]
    assert [row[1] for row in rows[1:]] == ["นางสาวกุหลาบ สมมติน้ำใส", "นายบุญมี ทดลองศักดิ์"]


def test_a_group_title_with_an_emoji_prints_without_an_empty_box(tmp_path: Path) -> None:
    """Names drop what the font cannot draw; a group's title (its name, room, facilitator
    typed in the groups tab) printed the emoji as an empty box."""
    from tests.printing.pdf_tools import readers

    document = GroupedList(
        "รายชื่อ", (), (ListColumn("ชื่อ", 1),),
        (ListGroup("กลุ่มดาว 🌟 ร่วมใจ · ห้อง 204 (1 คน)", (("นางสาวกุหลาบ สมมติน้ำใส",),)),),
        "รวม 1 คน 🎉",
    )  # fmt: skip
    out = tmp_path / "list.pdf"
    render_roster(out, document)
    for reader, pages in readers(out).items():
        assert "กลุ่มดาว ร่วมใจ · ห้อง 204 (1 คน)" in pages[0], reader
        assert "🌟" not in pages[0] and "🎉" not in pages[0], reader


def test_an_empty_breakout_group_keeps_its_page_in_the_roster(
    db, demo_event, tmp_path: Path
) -> None:
    """A group nobody is in (yet) was left out of the roster by group: its facilitator
    got no page and the organiser could not see the group exists."""
    from registration.services.groups import create_group_set, edit_group, group_members
    from registration.services.groups_assign import AssignMode
    from registration.services.groups_assignment import assign_groups, move_participant

    made = create_group_set(db, demo_event.id, "บ่าย", 3)
    assign_groups(db, made.id, AssignMode.MIXED)
    last = made.groups[2]
    edit_group(db, last.id, last.name, "204", "นายสมชาย ใจดี")
    for member in group_members(db, made.id):
        if member.group_id == last.id:
            move_participant(db, made.id, member.participant_id, made.groups[0].id)
    options = RosterOptions(RosterBy.GROUP, page_per_group=True, set_id=made.id)
    listed = roster(db, demo_event.id, options)
    assert [g.title for g in listed.groups] == [
        "กลุ่ม 1 (91 คน)",
        "กลุ่ม 2 (45 คน)",
        "กลุ่ม 3 · ห้อง 204 · ผู้ดำเนินกลุ่ม นายสมชาย ใจดี (0 คน)",
    ]
    assert listed.groups[2].rows == () and listed.total == "รวมทั้งสิ้น 136 คน"
    out = tmp_path / "by-group.pdf"
    render_roster(out, listed)
    pages = page_texts(out)
    assert len(pages) >= 3 and loose("กลุ่ม 3 · ห้อง 204") in pages[-1]
