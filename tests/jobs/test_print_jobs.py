"""The print jobs the command line and the window share: select, render, record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.domain.records import EventInfo
from registration.jobs.printing import (
    BadgeRequest,
    SheetRequest,
    make_badges,
    make_report,
    make_signin_sheet,
    print_badges,
    record_badges,
)
from registration.services.badges import BadgeSelection, badge_print_history
from registration.storage.database import Database
from tests.printing.pdf_tools import pdfium_texts


def test_making_badges_records_nothing_until_they_are_delivered(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    request = BadgeRequest(BadgeSelection(province_code="TH-14"), "a4-10")
    made = make_badges(db, demo_event, request, tmp_path / "b.pdf", "Desk 1")
    assert made.items == len(made.participant_ids) == 7 and made.pages == 1
    assert badge_print_history(db, demo_event.id) == []
    record_badges(db, demo_event.id, made, request.layout, "Desk 1")
    [job] = badge_print_history(db, demo_event.id)
    assert (job.layout, job.desk, sorted(job.participant_ids)) == (
        "a4-10",
        "Desk 1",
        sorted(made.participant_ids),
    )


def test_printing_badges_from_the_command_line_records_at_once(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    request = BadgeRequest(BadgeSelection(province_code="TH-14"), monochrome=True)
    made = print_badges(db, demo_event, request, tmp_path / "b.pdf", "CLI")
    assert [len(job.participant_ids) for job in badge_print_history(db, demo_event.id)] == [
        made.items
    ]


def test_a_session_sheet_a_day_sheet_and_the_report(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    session = make_signin_sheet(
        db, demo_event.id, SheetRequest(session_id=1, province_code="TH-14"), tmp_path / "s.pdf"
    )
    day = make_signin_sheet(
        db, demo_event.id, SheetRequest(day=date(2019, 2, 10), walk_in_rows=0), tmp_path / "d.pdf"
    )
    report = make_report(db, demo_event.id, tmp_path / "r.pdf", "Desk 2")
    assert (session.items, day.items) == (7, 136)
    assert "ลงชื่อบ่าย 14:30 น." in " ".join(pdfium_texts(day.path))
    assert report.pages == 3 and report.path.exists()
    with pytest.raises(UserError) as raised:
        make_signin_sheet(db, demo_event.id, SheetRequest(day=date(2019, 3, 1)), tmp_path / "x.pdf")
    assert raised.value.code == "no_sessions_that_day"
