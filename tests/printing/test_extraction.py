"""Every Thai string drawn in a PDF reads back exactly (NFC), with pdfium and pdftotext:
names with stacked marks, ำ, ฦๅ, mixed scripts, on badges, sheets and the report."""

from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from registration.domain.enums import SessionKind
from registration.domain.names import display_name
from registration.domain.records import EventInfo, ParticipantRecord, SessionInfo
from registration.printing.badges import render_badges
from registration.printing.layouts import LAYOUTS
from registration.printing.report import render_attendance_report
from registration.printing.signin_sheet import render_day_sheet, render_signin_sheet
from registration.printing.thai_wrap import ELLIPSIS
from registration.printing.titles import short_prefix
from registration.services import events, registry
from registration.services.print_sources import report_source
from registration.storage.database import Database
from tests.printing.hard_names import FORTY_THREE, hard_people
from tests.printing.pdf_tools import pdf_fonts, readers
from tests.printing.people import AREA, EVENT, PROVINCE

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
MORNING = SessionInfo(
    1,
    EVENT.id,
    "พิธีเปิดและบรรยายพิเศษ",
    "Opening",
    datetime(2019, 2, 9, 9, 0),
    datetime(2019, 2, 9, 12, 0),
    SessionKind.PLENARY,
    "",
)
AFTERNOON = SessionInfo(
    2,
    EVENT.id,
    "กลุ่มย่อยตามประเด็นงาน",
    "Breakout",
    datetime(2019, 2, 9, 13, 0),
    datetime(2019, 2, 9, 16, 30),
    SessionKind.BREAKOUT,
    "",
)


def squeeze(text: str) -> str:
    """NFC without any white space: a name wrapped in a cell reads as one piece."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _all_text(path: Path) -> dict[str, str]:
    """Every reader's text of the whole document, squeezed; no private-use characters."""
    found = {reader: squeeze("".join(pages)) for reader, pages in readers(path).items()}
    for reader, text in found.items():
        assert not PRIVATE_USE.findall(text), reader
    return found


def _printed_name(person: ParticipantRecord) -> list[str]:
    """The forms a badge may show: as registered, or with the short title (emoji left out)."""
    first = person.first_name.replace("😀", "")
    return [
        squeeze(display_name(prefix, first, person.last_name))
        for prefix in (person.prefix, short_prefix(person.prefix))
    ]


def test_pdftotext_is_installed_so_both_readers_are_checked() -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed: only pdfium checks the text")
    assert shutil.which("pdffonts")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_hard_names_read_back_exactly_from_badges(layout: str, tmp_path: Path) -> None:
    people = hard_people()
    out = tmp_path / "badges.pdf"
    result = render_badges(out, EVENT, people, layout)
    for reader, text in _all_text(out).items():
        for person in people:
            if person.first_name == FORTY_THREE and squeeze(FORTY_THREE) not in text:
                # cut before the surname, never the surname
                assert squeeze(ELLIPSIS + person.last_name) in text, reader
                assert squeeze(FORTY_THREE[:4]) in text, reader
            else:
                assert any(form in text for form in _printed_name(person)), (reader, person)
        assert "ต้น" in text and "😀" not in text
        assert squeeze(EVENT.name) in text and squeeze(AREA.name_th) in text
        assert squeeze("จังหวัด" + PROVINCE.name_th) in text
    codes = " ".join(result.warnings)
    assert "characters_dropped" in codes
    assert ("first_name_cut" in codes) == (squeeze(FORTY_THREE) not in text)


def test_hard_names_read_back_exactly_from_the_sign_in_sheet_and_the_day_sheet(
    tmp_path: Path,
) -> None:
    people = [p for p in hard_people() if p.first_name != FORTY_THREE]
    session_sheet, day_sheet = tmp_path / "session.pdf", tmp_path / "day.pdf"
    session = render_signin_sheet(session_sheet, EVENT, AFTERNOON, people, province=PROVINCE)
    day = render_day_sheet(day_sheet, EVENT, [MORNING, AFTERNOON], people)
    for result in (session, day):  # the emoji of one name, by badge code
        [warning] = result.warnings
        assert "characters_dropped" in warning and warning.endswith("😀")
    for out in (session_sheet, day_sheet):
        for reader, text in _all_text(out).items():
            for person in people:
                name = display_name(
                    person.prefix, person.first_name.replace("😀", ""), person.last_name
                )
                assert squeeze(name) in text, (out.name, reader, name)
            assert squeeze("ลายมือชื่อ") in text or squeeze("ลงชื่อเช้า") in text
            assert squeeze("ผู้รับรอง") in text and squeeze("ตำแหน่ง") in text


def test_a_forty_three_character_name_reads_back_line_by_line_from_a_sheet(
    tmp_path: Path,
) -> None:
    person = next(p for p in hard_people() if p.first_name == FORTY_THREE)
    out = tmp_path / "sheet.pdf"
    render_signin_sheet(out, EVENT, AFTERNOON, [person])
    for reader, text in _all_text(out).items():
        # the cell wraps the word; each piece sits on its own line, but every letter is there
        assert squeeze(person.last_name) in text, reader
        assert squeeze(FORTY_THREE[:8]) in text, reader


@pytest.mark.slow
def test_all_136_demo_names_read_back_from_badges_and_sheets(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)
    sessions = events.list_sessions(db, demo_event.id)
    badges, sheet, day = (tmp_path / f"{n}.pdf" for n in ("badges", "sheet", "day"))
    render_badges(badges, demo_event, people, "a4-8")
    render_signin_sheet(sheet, demo_event, sessions[0], people)
    first_day = [s for s in sessions if s.starts_at.date() == sessions[0].starts_at.date()]
    render_day_sheet(day, demo_event, first_day, people)
    for out in (badges, sheet, day):
        for reader, text in _all_text(out).items():
            found = sum(any(form in text for form in _printed_name(p)) for p in people)
            assert found == 136, (out.name, reader)


def test_the_report_reads_back_in_thai_and_embeds_every_font(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    source = report_source(db, demo_event.id)
    out = tmp_path / "report.pdf"
    render_attendance_report(
        out,
        source.event,
        source.sessions,
        source.provinces,
        source.issue_areas,
        source.checked_in,
        source.expected,
    )
    for reader, text in _all_text(out).items():
        for label in (
            "จำนวนคน",
            "รอบการประชุม",
            "ลงทะเบียน",
            "มาร่วม (ลงชื่อ)",
            "รวม",
            "รอบ 1 เช้า",
            "9 ก.พ. 62",
            "รอบ 7 บ่าย",
            "10 ก.พ. 62",
        ):
            assert squeeze(label) in text, (reader, label)
        for place in source.provinces:
            assert squeeze(place.name_th) in text, (reader, place.name_th)
        for area in source.issue_areas:
            assert squeeze(area.name_th) in text, (reader, area.name_th)


def test_every_document_embeds_its_fonts_and_names_the_event(tmp_path: Path) -> None:
    people = hard_people()[:3]
    made = {
        "badges": render_badges(tmp_path / "badges.pdf", EVENT, people, "label-62"),
        "session": render_signin_sheet(tmp_path / "session.pdf", EVENT, MORNING, people),
        "day": render_day_sheet(tmp_path / "day.pdf", EVENT, [MORNING, AFTERNOON], people),
        "report": render_attendance_report(
            tmp_path / "report.pdf",
            EVENT,
            [MORNING, AFTERNOON],
            [PROVINCE],
            [AREA],
            {(1, PROVINCE.code, AREA.id): 2},
            {(PROVINCE.code, AREA.id): 3},
        ),
    }
    for name in made:
        path = tmp_path / f"{name}.pdf"
        if shutil.which("pdffonts"):
            fonts = pdf_fonts(path)
            assert fonts and all(embedded for _, embedded in fonts), (name, fonts)
            assert not any("Helvetica" in font for font, _ in fonts), name
            tags = [font.split("+")[0] for font, _ in fonts]
            assert len(set(tags)) == len(tags), (name, fonts)  # one tag a subset
        document = pdfium.PdfDocument(str(path))
        metadata = document.get_metadata_dict()
        document.close()
        assert EVENT.name in metadata["Title"], name
        assert metadata["Creator"] == "registration 0.1", name
        assert metadata["Author"] != "anonymous", name
