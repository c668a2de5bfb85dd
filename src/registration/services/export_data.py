"""What an attendance export holds: the event, its people in order, their check-in times."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from registration.domain.records import (
    EventInfo,
    ParticipantRecord,
    SessionInfo,
    reported_title,
)
from registration.domain.thai_dates import format_date, format_date_range
from registration.domain.thai_text import thai_sort_key
from registration.services.attendance import CheckInRow, check_in_rows
from registration.services.events import get_event, list_sessions
from registration.services.registry import list_participants
from registration.storage.database import Database

NO_PROVINCE = "ไม่ระบุจังหวัด"


@dataclass(frozen=True)
class AttendanceData:
    event: EventInfo
    sessions: list[SessionInfo]
    participants: list[ParticipantRecord]  # grouped by province, Thai order within
    times: dict[tuple[int, int], str]  # (participant id, session id) -> "HH:MM"
    check_ins: list[CheckInRow]


def load_attendance(db: Database, event_id: int) -> AttendanceData:
    event = get_event(db, event_id)
    people = list_participants(db, event_id)
    people.sort(key=lambda p: thai_sort_key(p.province.name_th) if p.province else "\uffff")
    rows = check_in_rows(db, event_id)
    times = {  # hour and minute by hand: strftime per check-in costs a third of the load
        (r.participant_id, r.session_id): f"{r.checked_in_at.hour:02d}:{r.checked_in_at.minute:02d}"
        for r in rows
        if r.annulled_at is None
    }
    return AttendanceData(event, list_sessions(db, event_id), people, times, rows)


def session_heading(session: SessionInfo) -> str:
    day = format_date(session.starts_at.date(), short=True)
    return f"{day} {session.starts_at:%H:%M} {reported_title(session)}"


def _group_label(person: ParticipantRecord) -> str:
    if person.issue_area:
        return person.issue_area.name_th
    return person.role.value


def matrix_rows(data: AttendanceData) -> Iterator[list[str]]:
    """Header then one row per participant: who, where, and the time of each check-in."""
    yield [
        "ลำดับ",
        "รหัสบัตร",
        "ชื่อ-สกุล",
        "จังหวัด",
        "ประเด็นงาน/บทบาท",
        "องค์กร",
        *(session_heading(s) for s in data.sessions),
        "จำนวนช่วงที่เข้าร่วม",
    ]
    for number, person in enumerate(data.participants, start=1):
        times = [data.times.get((person.id, s.id), "") for s in data.sessions]
        yield [
            str(number),
            person.badge_code,
            person.full_name,
            person.province.name_th if person.province else NO_PROVINCE,
            _group_label(person),
            person.organisation,
            *times,
            str(sum(1 for t in times if t)),
        ]


def event_dates(event: EventInfo) -> str:
    return format_date_range(event.starts_on, event.ends_on)
