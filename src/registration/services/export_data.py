"""What an attendance export holds: the event, its people in order, their check-in times."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field

from registration.domain.records import (
    EventInfo,
    ParticipantRecord,
    SessionInfo,
    reported_title,
)
from registration.domain.thai_dates import format_date, format_date_range
from registration.domain.thai_text import thai_sort_key
from registration.services.attendance import CheckInRow, iter_check_in_rows, newest_check_in_id
from registration.services.events import get_event, list_sessions
from registration.services.registry import list_participants
from registration.storage.database import Database

NO_PROVINCE = "ไม่ระบุจังหวัด"


@dataclass(frozen=True)
class CheckIns:
    """The event's check-ins as the export saw them (up to the newest one when it began),
    read again from the database, a batch at a time, each time they are walked through:
    an export never holds them all."""

    db: Database = field(repr=False)
    event_id: int
    up_to_id: int
    count: int

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Generator[CheckInRow, None, None]:
        """Close it when stopping early: it holds a read transaction until then."""
        return iter_check_in_rows(self.db, self.event_id, self.up_to_id)


@dataclass(frozen=True)
class AttendanceData:
    event: EventInfo
    sessions: list[SessionInfo]
    participants: list[ParticipantRecord]  # grouped by province, Thai order within
    # participant id -> "HH:MM" of each session, in the order of `sessions` ("" if absent);
    # one list a person, not an entry a check-in: what an export holds stays the size of
    # the event however many check-ins it has
    times: dict[int, list[str]]
    check_ins: CheckIns


def load_attendance(db: Database, event_id: int) -> AttendanceData:
    event = get_event(db, event_id)
    people = list_participants(db, event_id)
    people.sort(key=lambda p: thai_sort_key(p.province.name_th) if p.province else "\uffff")
    sessions = list_sessions(db, event_id)
    newest = newest_check_in_id(db, event_id)
    times, count = _times(iter_check_in_rows(db, event_id, newest), sessions)
    return AttendanceData(event, sessions, people, times, CheckIns(db, event_id, newest, count))


def _times(
    rows: Iterable[CheckInRow], sessions: list[SessionInfo]
) -> tuple[dict[int, list[str]], int]:
    """Each participant's check-in times per session, and how many rows there were."""
    column = {s.id: n for n, s in enumerate(sessions)}
    labels: dict[tuple[int, int], str] = {}  # one "HH:MM" string a minute, not one a row
    times: dict[int, list[str]] = {}
    count = 0
    for row in rows:
        count += 1
        at = column.get(row.session_id)
        if row.annulled_at is not None or at is None:
            continue
        minute = (row.checked_in_at.hour, row.checked_in_at.minute)  # strftime costs a third
        if minute not in labels:
            labels[minute] = f"{minute[0]:02d}:{minute[1]:02d}"
        person = times.get(row.participant_id)
        if person is None:
            person = times[row.participant_id] = [""] * len(sessions)
        person[at] = labels[minute]
    return times, count


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
        times = data.times.get(person.id) or [""] * len(data.sessions)
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
