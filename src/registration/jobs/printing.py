"""Badges, sign-in sheets and the attendance summary as jobs: select, render, record.

reportlab is imported when a job runs, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services.badges import BadgeSelection, record_badge_print, select_for_badges
from registration.services.groups_desk import badge_group_lines
from registration.services.print_sources import (
    day_sheet_source,
    report_source,
    signin_sheet_source,
)
from registration.storage.database import Database

DEFAULT_LAYOUT = "a4-8"
WALK_IN_ROWS = 5


@dataclass(frozen=True)
class Made:
    """A PDF written: its pages, what it lists, and the warnings (by badge code)."""

    path: Path
    pages: int
    items: int
    warnings: list[str] = field(default_factory=list)
    participant_ids: list[int] = field(default_factory=list)  # badges: who is on it


@dataclass(frozen=True)
class BadgeRequest:
    selection: BadgeSelection = field(default_factory=BadgeSelection)
    layout: str = DEFAULT_LAYOUT
    monochrome: bool = False  # band outlined for 1-bit thermal label printers
    group_set_id: int | None = None  # print each person's group of this set ("กลุ่ม 3 · ห้อง 204")


@dataclass(frozen=True)
class SheetRequest:
    """A session's sheet (`session_id`) or a day's sheet (`day`), optionally one province."""

    session_id: int | None = None
    day: date | None = None
    province_code: str | None = None
    with_phone: bool = True
    walk_in_rows: int = WALK_IN_ROWS


def make_badges(
    db: Database,
    event: EventInfo,
    request: BadgeRequest,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """Select the participants and write their badges; not yet recorded as printed."""
    people = select_for_badges(db, event.id, request.selection)
    lines = badge_group_lines(db, request.group_set_id) if request.group_set_id else {}
    return badges_for(event, people, request, out, desk, progress, cancel, lines)


def badges_for(
    event: EventInfo,
    people: Sequence[ParticipantRecord],
    request: BadgeRequest,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    group_lines: dict[int, str] | None = None,
) -> Made:
    """Write the badges of people already chosen (a walk-in, rows picked in a list)."""
    from registration.printing.badges import render_badges

    result = render_badges(
        out, event, people, request.layout, progress, cancel, request.monochrome, desk,
        group_lines,
    )  # fmt: skip
    ids = [p.id for p in people]
    return Made(out, result.pages, result.items, result.warnings, ids)


def record_badges(
    db: Database, event_id: int, made: Made, layout: str, desk: str, selection: str = ""
) -> None:
    """Log the badges that left the program (printed or saved), with the selection in
    words: twice is a reprint."""
    record_badge_print(db, event_id, made.participant_ids, layout, desk, selection=selection)


def print_badges(
    db: Database, event: EventInfo, request: BadgeRequest, out: Path, desk: str
) -> Made:
    """Select, render and record at once: the command line writes the file it was asked for."""
    made = make_badges(db, event, request, out, desk)
    record_badges(db, event.id, made, request.layout, desk)
    return made


def make_signin_sheet(
    db: Database,
    event_id: int | None,
    request: SheetRequest,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """The sheet of one session, or of one day with a signature column per session."""
    from registration.printing.signin_sheet import render_day_sheet, render_signin_sheet

    if request.day is not None:
        day = day_sheet_source(db, event_id, request.day, request.province_code)
        result = render_day_sheet(
            out, day.event, day.sessions, day.participants, day.signed, day.province,
            request.with_phone, None, progress, cancel, request.walk_in_rows, desk,
        )  # fmt: skip
        return Made(out, result.pages, result.items, result.warnings)
    if request.session_id is None:
        raise ValueError("a sheet needs a session or a day")
    source = signin_sheet_source(db, request.session_id, request.province_code)
    result = render_signin_sheet(
        out, source.event, source.session, source.participants, source.check_in_times,
        source.province, request.with_phone, None, progress, cancel, request.walk_in_rows, desk,
    )  # fmt: skip
    return Made(out, result.pages, result.items, result.warnings)


def make_report(
    db: Database,
    event_id: int | None,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """The attendance summary: the chart per session, counts by province and issue area."""
    from registration.printing.report import render_attendance_report

    s = report_source(db, event_id)
    result = render_attendance_report(
        out, s.event, s.sessions, s.provinces, s.issue_areas, s.checked_in, s.expected,
        None, progress, cancel, desk,
    )  # fmt: skip
    return Made(out, result.pages, result.items)
