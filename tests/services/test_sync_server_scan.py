"""A desk's scan in one statement says what the check-in service says, on both databases."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from registration.domain.badge_code import new_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services import checkin, events, registry
from registration.services.checkin import CheckInResult
from registration.services.sync.deadline import ServerCalls, ServerSilent
from registration.services.sync.server_scan import ServerScans
from registration.storage import models
from registration.storage.database import Database

AT = datetime(2019, 2, 9, 8, 42)
SCAN = CheckInMethod.SCAN


@pytest.fixture
def scans(db: Database) -> Iterator[ServerScans]:
    kept = ServerScans(db)
    yield kept
    kept.close()


@pytest.fixture
def people(db: Database, demo_event: EventInfo) -> list[ParticipantRecord]:
    return registry.list_participants(db, demo_event.id)


@pytest.fixture
def session_id(db: Database, demo_event: EventInfo) -> int:
    return events.list_sessions(db, demo_event.id)[0].id


def _scan(
    scans: ServerScans, target: str | int, session_id: int, at: datetime = AT
) -> CheckInResult:
    return scans.check_in(target, session_id, "Desk 1", SCAN, at, str(uuid.uuid4()))


def _failed_reasons(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(models.FailedScan.reason).order_by(models.FailedScan.id)))


def test_a_new_scan_and_a_repeat_read_as_the_service_says(
    db: Database, scans: ServerScans, people: list[ParticipantRecord], session_id: int
) -> None:
    person = people[0]
    checkin.check_in(db, people[1].badge_code, session_id, "Desk 2", now=AT)  # session seen
    first = _scan(scans, person.badge_code.lower(), session_id)
    assert first.outcome is CheckInOutcome.CHECKED_IN
    assert first.participant == registry.get_participant(db, person.id)
    assert first.check_in is not None and first.check_in.id > 0
    assert (first.check_in.desk, first.check_in.checked_in_at) == ("Desk 1", AT)
    again = _scan(scans, person.id, session_id, AT + timedelta(minutes=5))  # by name search
    assert again.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert again.check_in == first.check_in  # the first one: its time and desk
    by_service = checkin.check_in(db, person.badge_code, session_id, "Desk 2", now=AT)
    assert (by_service.outcome, by_service.check_in) == (again.outcome, again.check_in)


def test_the_same_scan_sent_again_counts_once(
    db: Database, scans: ServerScans, people: list[ParticipantRecord], session_id: int
) -> None:
    checkin.check_in(db, people[1].badge_code, session_id, "Desk 2", now=AT)
    scan_id = str(uuid.uuid4())
    first = scans.check_in(people[0].badge_code, session_id, "Desk 1", SCAN, AT, scan_id)
    resent = scans.check_in(people[0].badge_code, session_id, "Desk 1", SCAN, AT, scan_id)
    assert first.outcome is resent.outcome is CheckInOutcome.CHECKED_IN
    assert first.check_in == resent.check_in


def test_a_repeat_takes_no_check_in_id(
    db: Database, scans: ServerScans, people: list[ParticipantRecord], session_id: int
) -> None:
    """Every id a repeat burnt was one the change feed asked every desk for again."""
    checkin.check_in(db, people[2].badge_code, session_id, "Desk 2", now=AT)
    first = _scan(scans, people[0].badge_code, session_id)
    for _ in range(3):
        assert _scan(scans, people[0].badge_code, session_id).counted is False
    second = _scan(scans, people[1].badge_code, session_id)
    assert first.check_in is not None and second.check_in is not None
    assert second.check_in.id == first.check_in.id + 1


def test_unknown_cancelled_and_misread_scans_are_recorded_as_failed(
    db: Database, scans: ServerScans, people: list[ParticipantRecord], session_id: int
) -> None:
    checkin.check_in(db, people[1].badge_code, session_id, "Desk 2", now=AT)
    _scan(scans, people[0].badge_code, session_id)
    registry.cancel_participant(db, people[0].id)  # checked in, then cancelled
    cancelled = _scan(scans, people[0].badge_code, session_id)
    assert cancelled.outcome is CheckInOutcome.CANCELLED_PARTICIPANT
    assert _scan(scans, new_badge_code(), session_id).outcome is CheckInOutcome.UNKNOWN_CODE
    code = people[1].badge_code
    typo = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert _scan(scans, typo, session_id).outcome is CheckInOutcome.BAD_CHECK_CHARACTER
    assert _scan(scans, "garbage", session_id).outcome is CheckInOutcome.NOT_A_BADGE_CODE
    missing = _scan(scans, code, session_id + 999)
    assert missing.outcome is CheckInOutcome.NO_SUCH_SESSION
    assert _failed_reasons(db) == [
        "cancelled_participant",
        "unknown_code",
        "bad_check_character",
        "not_a_badge_code",
        "no_such_session",
    ]


def test_a_call_never_waits_for_a_thread_stuck_on_the_server() -> None:
    calls = ServerCalls()
    hung = threading.Event()
    with pytest.raises(ServerSilent):
        calls.run(hung.wait, 0.05, "poll")
    assert calls.run(lambda: 7, 1.0) == 7  # another thread answers at once
    with pytest.raises(ServerSilent):
        calls.run(lambda: 8, 1.0, "poll")  # the stuck poll still holds its kind
    hung.set()
    names = {thread.name for thread in threading.enumerate()}
    for n in range(50):  # threads that finished take the next calls
        assert calls.run(lambda n=n: n, 1.0) == n
    started = [t for t in threading.enumerate() if t.name == "server-call"]
    assert len(started) <= 4 + sum(name == "server-call" for name in names)
    calls.close()
