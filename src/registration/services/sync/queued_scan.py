"""Sending a scan that a desk queued while the server was out of reach: the rules.

The scan carries the desk's id for it, so sending it twice changes nothing.
If the person was checked in at another desk meanwhile, the earliest time
counts; both desks' check-ins stay in the table (the later one annulled, with
the reason) and an audit entry names both. A scan counted at a breakout group's
room for someone of another group gets that room's audit entry once it counts
(counted_anyway.py), once however often it is sent.

Here a scan is sent on its own, through checkin.check_in; queued_batch.py sends a
desk's queue a batch at a time with the same rules (`settle`, `already_sent`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services import audit, checkin
from registration.services.checkin import CheckInResult
from registration.services.counted_anyway import note_counted_anyway
from registration.services.to_records import check_in_record
from registration.storage import models
from registration.storage.database import Database
from registration.storage.desk_file import QueuedScan

__all__ = ["AppliedScan", "QueuedScan", "apply_queued_scan", "apply_scan_by_scan"]


@dataclass(frozen=True)
class AppliedScan:
    """What the server made of a queued scan.

    `resent`: this scan had reached the server before (a retry); nothing changed.
    `superseded`: the later check-in of another desk that this earlier scan replaced.
    """

    scan: QueuedScan
    result: CheckInResult
    resent: bool = False
    superseded: CheckInRecord | None = None


ATTEMPTS = 3
SET_ASIDE = "an earlier check-in"  # how the reason of a check-in set aside begins


def apply_scan_by_scan(
    db: Database, scans: Sequence[QueuedScan], now: datetime | None = None
) -> Iterator[AppliedScan]:
    """Send queued scans one transaction each, in the order given.

    One query first finds the scans that reached the server before (a retry).
    """
    sent_before = own_check_ins(db, [scan.scan_id for scan in scans])
    for scan in scans:
        own = sent_before.get(scan.scan_id)
        applied = (
            already_sent(scan, own) if own is not None else _apply(db, scan, now or datetime.now())
        )
        # before it counts as sent: a send cut short in between writes it when sent again
        note_counted_anyway(db, applied.result, scan.desk, scan.anyway, scan.scanned_at)
        yield applied


def apply_queued_scan(db: Database, scan: QueuedScan, now: datetime | None = None) -> AppliedScan:
    return next(apply_scan_by_scan(db, [scan], now))


def _apply(db: Database, scan: QueuedScan, now: datetime) -> AppliedScan:
    """A race with another desk on PostgreSQL is simply tried again."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            result = checkin.check_in(
                db,
                scan.target,
                scan.session_id,
                scan.desk,
                scan.method,
                scan.scanned_at,
                scan.scan_id,
            )
            if result.outcome is not CheckInOutcome.ALREADY_CHECKED_IN or not result.participant:
                return AppliedScan(scan, result)
            return _resolve_conflict(db, scan, result, now)
        except IntegrityError:
            own = own_check_ins(db, [scan.scan_id]).get(scan.scan_id)
            if own is not None:  # sent before, stored as the later of two
                return already_sent(scan, own)
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def already_sent(scan: QueuedScan, own: CheckInRecord) -> AppliedScan:
    outcome = (
        CheckInOutcome.CHECKED_IN if own.annulled_at is None else CheckInOutcome.ALREADY_CHECKED_IN
    )
    result = CheckInResult(outcome, str(scan.target), scan.session_id, None, own)
    return AppliedScan(scan, result, resent=True)


def own_check_ins(db: Database, scan_ids: list[str]) -> dict[str, CheckInRecord]:
    with db.read() as s:
        return own_check_ins_in(s, scan_ids)


def own_check_ins_in(s: OrmSession, scan_ids: list[str]) -> dict[str, CheckInRecord]:
    """The check-ins these scans made, by scan id: the scans that reached the server."""
    rows = s.scalars(select(models.CheckIn).where(models.CheckIn.scan_id.in_(scan_ids)))
    return {str(row.scan_id): check_in_record(row) for row in rows}


def _resolve_conflict(
    db: Database, scan: QueuedScan, first: CheckInResult, now: datetime
) -> AppliedScan:
    """The person is checked in already: the earlier of the two check-ins counts."""
    assert first.participant is not None
    with db.write() as s:
        active = s.scalars(
            active_check_in(first.participant.id, scan.session_id).with_for_update()
        ).one_or_none()
        return settle(s, scan, first.raw_text, first.participant, active, now)


def active_check_in(participant_id: int, session_id: int) -> Select[models.CheckIn]:
    return select(models.CheckIn).where(
        models.CheckIn.participant_id == participant_id,
        models.CheckIn.session_id == session_id,
        models.CheckIn.annulled_at.is_(None),
    )


def settle(
    s: OrmSession,
    scan: QueuedScan,
    raw_text: str,
    person: ParticipantRecord,
    active: models.CheckIn | None,
    now: datetime,
) -> AppliedScan:
    """Store a queued scan of a person whose check-in `active` (locked) counts so far:
    the earlier of the two counts, the later one stays annulled with the reason."""
    queued = models.CheckIn(
        participant_id=person.id,
        session_id=scan.session_id,
        checked_in_at=scan.scanned_at,
        desk=scan.desk,
        method=CheckInMethod(scan.method).value,
        annul_reason="",
        scan_id=scan.scan_id,
    )
    superseded = None
    if active is not None and active.checked_in_at <= scan.scanned_at:
        queued.annulled_at = now
        queued.annul_reason = (
            f"later than the check-in at {active.desk} {active.checked_in_at:%H:%M}"
            " (sent after the network came back)"
        )
    elif active is not None:
        active.annulled_at = now
        active.annul_reason = f"{SET_ASIDE} at {scan.desk} {scan.scanned_at:%H:%M} arrived late"
        s.flush()  # the one active check-in rule holds at every statement
        audit.record(
            s, "annul", "check_in", active.id, scan.desk, at=now, reason=active.annul_reason
        )
        superseded = active
    s.add(queued)
    s.flush()
    if active is not None:
        kept, later = (queued, active) if superseded is not None else (active, queued)
        audit.record(
            s,
            "sync_conflict",
            "check_in",
            kept.id,
            scan.desk,
            at=now,
            kept=_summary(kept),
            later=_summary(later),
        )
    counted = queued if queued.annulled_at is None else active
    assert counted is not None
    outcome = CheckInOutcome.CHECKED_IN if counted is queued else CheckInOutcome.ALREADY_CHECKED_IN
    result = CheckInResult(outcome, raw_text, scan.session_id, person, check_in_record(counted))
    return AppliedScan(scan, result, superseded=check_in_record(superseded) if superseded else None)


def _summary(row: models.CheckIn | None) -> dict[str, object]:
    assert row is not None
    return {
        "check_in": row.id,
        "desk": row.desk,
        "at": row.checked_in_at.isoformat(sep=" "),
        "scan_id": row.scan_id or "",
    }
