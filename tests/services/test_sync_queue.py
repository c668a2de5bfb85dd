"""Scans a desk queued offline, sent later: once each, and the earliest time counts."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select

from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services import checkin, events, registry
from registration.services.sync.feed import ChangeKind, changes_since, feed_start
from registration.services.sync.queued_scan import QueuedScan, apply_queued_scan
from registration.storage import models
from registration.storage.database import Database

NINE = datetime(2019, 2, 9, 9, 0)


def _setup(db: Database, event: EventInfo) -> tuple[int, ParticipantRecord]:
    return events.list_sessions(db, event.id)[0].id, registry.list_participants(db, event.id)[0]


def _scan(person: ParticipantRecord, session_id: int, minute: int, scan_id: str) -> QueuedScan:
    at = NINE.replace(minute=minute)
    return QueuedScan(scan_id, person.badge_code, session_id, "Desk 3", CheckInMethod.SCAN, at)


def _rows(db: Database, person: ParticipantRecord) -> list[tuple[str, datetime, bool]]:
    with db.read() as s:
        rows = s.execute(
            select(models.CheckIn.desk, models.CheckIn.checked_in_at, models.CheckIn.annulled_at)
            .where(models.CheckIn.participant_id == person.id)
            .order_by(models.CheckIn.id)
        ).all()
    return [(desk, at, annulled is None) for desk, at, annulled in rows]


def _conflicts(db: Database) -> list[dict[str, dict[str, str]]]:
    with db.read() as s:
        details = s.scalars(
            select(models.AuditEntry.detail).where(models.AuditEntry.action == "sync_conflict")
        ).all()
    return [json.loads(detail) for detail in details]


def test_a_queued_scan_counts_at_the_time_it_was_scanned(
    db: Database, demo_event: EventInfo
) -> None:
    session_id, person = _setup(db, demo_event)
    applied = apply_queued_scan(db, _scan(person, session_id, 5, "scan-1"))
    assert applied.result.outcome is CheckInOutcome.CHECKED_IN
    assert not applied.resent
    assert _rows(db, person) == [("Desk 3", NINE.replace(minute=5), True)]


def test_sending_the_same_scan_again_changes_nothing(db: Database, demo_event: EventInfo) -> None:
    session_id, person = _setup(db, demo_event)
    scan = _scan(person, session_id, 5, "scan-1")
    apply_queued_scan(db, scan)
    again = apply_queued_scan(db, scan)
    assert again.resent
    assert again.result.outcome is CheckInOutcome.CHECKED_IN
    assert _rows(db, person) == [("Desk 3", NINE.replace(minute=5), True)]
    assert _conflicts(db) == []


def test_a_check_in_whose_answer_was_lost_is_not_counted_twice(
    db: Database, demo_event: EventInfo
) -> None:
    """The desk sent the scan online, lost the connection, and sends it again."""
    session_id, person = _setup(db, demo_event)
    checkin.check_in(db, person.badge_code, session_id, "Desk 3", now=NINE, scan_id="scan-1")
    retry = checkin.check_in(
        db, person.badge_code, session_id, "Desk 3", now=NINE, scan_id="scan-1"
    )
    assert retry.outcome is CheckInOutcome.CHECKED_IN
    queued = apply_queued_scan(db, _scan(person, session_id, 0, "scan-1"))
    assert queued.resent
    assert _rows(db, person) == [("Desk 3", NINE, True)]
    other = checkin.check_in(db, person.badge_code, session_id, "Desk 4", scan_id="scan-2")
    assert other.outcome is CheckInOutcome.ALREADY_CHECKED_IN


def test_an_earlier_offline_scan_supersedes_a_later_one_from_another_desk(
    db: Database, demo_event: EventInfo
) -> None:
    session_id, person = _setup(db, demo_event)
    online = checkin.check_in(
        db, person.badge_code, session_id, "Desk 1", now=NINE.replace(minute=9)
    )
    assert online.check_in is not None
    cursor = feed_start(db)

    applied = apply_queued_scan(db, _scan(person, session_id, 2, "scan-1"))

    assert applied.result.outcome is CheckInOutcome.CHECKED_IN
    assert applied.superseded is not None and applied.superseded.id == online.check_in.id
    assert _rows(db, person) == [
        ("Desk 1", NINE.replace(minute=9), False),
        ("Desk 3", NINE.replace(minute=2), True),
    ]
    [conflict] = _conflicts(db)
    assert (conflict["kept"]["desk"], conflict["later"]["desk"]) == ("Desk 3", "Desk 1")
    seen, _ = changes_since(db, demo_event.id, cursor)
    assert [(c.kind, c.check_in.desk) for c in seen] == [
        (ChangeKind.CHECKED_IN, "Desk 3"),
        (ChangeKind.ANNULLED, "Desk 1"),
    ]


def test_a_later_offline_scan_is_kept_annulled_and_the_earlier_check_in_counts(
    db: Database, demo_event: EventInfo
) -> None:
    session_id, person = _setup(db, demo_event)
    checkin.check_in(db, person.badge_code, session_id, "Desk 1", now=NINE.replace(minute=1))
    cursor = feed_start(db)

    applied = apply_queued_scan(db, _scan(person, session_id, 7, "scan-1"))

    assert applied.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert applied.result.check_in is not None and applied.result.check_in.desk == "Desk 1"
    assert _rows(db, person) == [
        ("Desk 1", NINE.replace(minute=1), True),
        ("Desk 3", NINE.replace(minute=7), False),
    ]
    [conflict] = _conflicts(db)
    assert (conflict["kept"]["desk"], conflict["later"]["desk"]) == ("Desk 1", "Desk 3")
    assert conflict["later"]["scan_id"] == "scan-1"
    seen, _ = changes_since(db, demo_event.id, cursor)
    assert [(c.kind, c.check_in.desk) for c in seen] == [(ChangeKind.ANNULLED, "Desk 3")]
    assert apply_queued_scan(db, _scan(person, session_id, 7, "scan-1")).resent
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.CheckIn)) == 2


def test_a_queued_unknown_code_is_stored_as_a_failed_scan(
    db: Database, demo_event: EventInfo
) -> None:
    session_id, person = _setup(db, demo_event)
    scan = _scan(person, session_id, 3, "scan-1")
    unknown = QueuedScan(
        "scan-1", "NOT-A-CODE", session_id, "Desk 3", CheckInMethod.SCAN, scan.scanned_at
    )
    applied = apply_queued_scan(db, unknown)
    assert not applied.result.counted
    with db.read() as s:
        assert s.scalar(select(models.FailedScan.desk)) == "Desk 3"
