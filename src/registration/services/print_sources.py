"""What the sign-in sheet and the attendance report print, loaded as plain records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from registration.domain.errors import UserError
from registration.domain.records import (
    EventInfo,
    IssueAreaInfo,
    ParticipantRecord,
    ProvinceInfo,
    SessionInfo,
    offered,
)
from registration.services import events, registry
from registration.services.attendance import attendance_counts
from registration.services.to_records import province_info
from registration.storage import models
from registration.storage.database import Database


@dataclass(frozen=True)
class SignInSheetSource:
    event: EventInfo
    session: SessionInfo
    participants: list[ParticipantRecord]  # Thai dictionary order, cancelled left out
    check_in_times: dict[int, datetime]  # participant id -> first active check-in
    province: ProvinceInfo | None = None


def signin_sheet_source(
    db: Database, session_id: int, province_code: str | None = None
) -> SignInSheetSource:
    session = events.get_session(db, session_id)
    event = events.get_event(db, session.event_id)
    people = registry.list_participants(
        db, event.id, province_code=province_code, include_cancelled=False
    )
    with db.read() as s:
        rows = s.execute(
            select(models.CheckIn.participant_id, models.CheckIn.checked_in_at).where(
                models.CheckIn.session_id == session_id, models.CheckIn.annulled_at.is_(None)
            )
        ).all()
        province = s.get(models.Province, province_code) if province_code else None
        province_record = province_info(province) if province else None
    times = {participant_id: at for participant_id, at in rows}
    return SignInSheetSource(event, session, people, times, province_record)


@dataclass(frozen=True)
class DaySheetSource:
    event: EventInfo
    sessions: list[SessionInfo]  # the sessions of that day, in time order
    participants: list[ParticipantRecord]
    signed: dict[int, set[int]]  # session id -> participants with an active check-in
    province: ProvinceInfo | None = None


def day_sheet_source(
    db: Database, event_id: int | None, day: date, province_code: str | None = None
) -> DaySheetSource:
    """What the day's sign-in sheet lists: every session of `day` gets a signature column."""
    event = events.get_event(db, event_id)
    sessions = [s for s in offered(events.list_sessions(db, event.id)) if s.starts_at.date() == day]
    if not sessions:
        raise UserError("no_sessions_that_day", f"The event has no session on {day:%Y-%m-%d}.")
    first = signin_sheet_source(db, sessions[0].id, province_code)
    signed = {sessions[0].id: set(first.check_in_times)}
    for session in sessions[1:]:
        signed[session.id] = set(signin_sheet_source(db, session.id, province_code).check_in_times)
    return DaySheetSource(event, sessions, first.participants, signed, first.province)


@dataclass(frozen=True)
class ReportSource:
    event: EventInfo
    sessions: list[SessionInfo]
    provinces: list[ProvinceInfo]  # the event's provinces, in Thai dictionary order
    issue_areas: list[IssueAreaInfo]
    checked_in: dict[tuple[int, str | None, int | None], int]  # (session, province, area)
    expected: dict[tuple[str | None, int | None], int]  # (province, area), not cancelled


def report_source(db: Database, event_id: int | None = None) -> ReportSource:
    event = events.get_event(db, event_id)
    counts = attendance_counts(db, event.id)
    return ReportSource(
        event,
        events.list_sessions(db, event.id),
        events.event_provinces(db, event.id),
        events.list_issue_areas(db, event.id),
        dict(counts.checked_in),
        dict(counts.expected),
    )
