"""Checking people in: one atomic call per scan, and annulling a mistaken one.

The database decides "already checked in": a partial unique index allows one
active check-in per participant and session, and the INSERT does nothing on a
conflict, so two desks scanning the same badge at once still give one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import cast

from sqlalchemy import Connection, Insert, Table, bindparam, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session as OrmSession

from registration.domain import limits
from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome, ParticipantStatus
from registration.domain.errors import UserError
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.domain.scan_entry import BadgeScan
from registration.services import audit
from registration.services.participant_query import participant_select, record_from_row
from registration.services.to_records import check_in_record, participant_record
from registration.storage import models
from registration.storage.database import Database

MAX_RAW_LENGTH = limits.SCAN_TEXT


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: the outcome, who, and the check-in that counts.

    For `already_checked_in`, `check_in` is the first one (its time and desk).
    """

    outcome: CheckInOutcome
    raw_text: str
    session_id: int
    participant: ParticipantRecord | None = None
    check_in: CheckInRecord | None = None

    @property
    def counted(self) -> bool:
        return self.outcome.counted


_PERSON_BY_CODE = participant_select().where(models.Participant.badge_code == bindparam("code"))
_PERSON_BY_ID = participant_select().where(models.Participant.id == bindparam("person_id"))
_SESSION_EXISTS = select(models.Session.id).where(models.Session.id == bindparam("session_id"))
_CHECK_IN = cast(Table, models.CheckIn.__table__)
_ACTIVE = select(_CHECK_IN).where(
    _CHECK_IN.c.participant_id == bindparam("participant_id"),
    _CHECK_IN.c.session_id == bindparam("session_id"),
    _CHECK_IN.c.annulled_at.is_(None),
)


def check_in(
    db: Database,
    code_or_participant: str | int | BadgeScan,
    session_id: int,
    desk: str,
    method: CheckInMethod = CheckInMethod.SCAN,
    now: datetime | None = None,
    scan_id: str | None = None,
) -> CheckInResult:
    """Check a badge code (as scanned or typed, or already read by the desk) or a
    participant id in to a session.

    The hot path of the desk: Core statements on one connection, no ORM objects.
    `scan_id` (a desk's uuid for this scan) is stored with the check-in; the same
    scan sent again finds its own row and reports it as counted, not as a repeat.
    """
    now = now or datetime.now()
    scanned = code_or_participant if isinstance(code_or_participant, BadgeScan) else None
    raw = (scanned.raw if scanned else str(code_or_participant))[:MAX_RAW_LENGTH]
    desk = limits.desk_name(desk)
    with db.write_connection() as conn:
        if session_id not in db.known_session_ids:
            if conn.execute(_SESSION_EXISTS, {"session_id": session_id}).first() is None:
                return failed_scan(conn, CheckInOutcome.NO_SUCH_SESSION, raw, session_id, desk, now)
            db.known_session_ids.add(session_id)
        if isinstance(code_or_participant, int):
            row = conn.execute(_PERSON_BY_ID, {"person_id": code_or_participant}).first()
        else:
            parsed = scanned.parsed if scanned else parse_badge_code(raw)
            if not parsed.valid:
                outcome = CheckInOutcome(parsed.problem.value if parsed.problem else "")
                return failed_scan(conn, outcome, raw, session_id, desk, now)
            row = conn.execute(_PERSON_BY_CODE, {"code": parsed.code}).first()
        if row is None:
            return failed_scan(conn, CheckInOutcome.UNKNOWN_CODE, raw, session_id, desk, now)
        person = record_from_row(row)
        if person.status is ParticipantStatus.CANCELLED:
            return failed_scan(
                conn, CheckInOutcome.CANCELLED_PARTICIPANT, raw, session_id, desk, now, person
            )
        values = new_check_in_values(person.id, session_id, now, desk, method, scan_id)
        new_id = conn.execute(insert_check_in(db), values).scalar()
        if new_id is not None:
            first = counting_record(new_id, person.id, session_id, now, desk, method)
            return CheckInResult(CheckInOutcome.CHECKED_IN, raw, session_id, person, first)
        existing = conn.execute(_ACTIVE, values).one()
        outcome = (
            CheckInOutcome.CHECKED_IN
            if scan_id is not None and existing.scan_id == scan_id
            else CheckInOutcome.ALREADY_CHECKED_IN
        )
        first = counting_record(
            existing.id,
            person.id,
            session_id,
            existing.checked_in_at,
            existing.desk,
            existing.method,
        )
        return CheckInResult(outcome, raw, session_id, person, first)


def new_check_in_values(
    person_id: int,
    session_id: int,
    now: datetime,
    desk: str,
    method: CheckInMethod | str,
    scan_id: str | None,
) -> dict[str, object]:
    """A new check-in's row for `insert_check_in` (`desk` already cut to its limit)."""
    return {
        "participant_id": person_id,
        "session_id": session_id,
        "checked_in_at": now,
        "desk": desk,
        "method": CheckInMethod(method).value,
        "annul_reason": "",
        "scan_id": scan_id,
    }


def counting_record(
    check_in_id: int,
    person_id: int,
    session_id: int,
    at: datetime,
    desk: str,
    method: CheckInMethod | str,
) -> CheckInRecord:
    """The check-in that counts (not annulled), as a scan's result reports it."""
    return CheckInRecord(
        check_in_id, person_id, session_id, at, desk, CheckInMethod(method), None, ""
    )


@cache
def _insert_for(dialect_name: str) -> Insert:
    dialect_insert = sqlite.insert if dialect_name == "sqlite" else postgresql.insert
    return (
        dialect_insert(_CHECK_IN)
        .on_conflict_do_nothing(
            index_elements=["participant_id", "session_id"],
            index_where=_CHECK_IN.c.annulled_at.is_(None),
        )
        .returning(_CHECK_IN.c.id, _CHECK_IN.c.scan_id)
    )


def insert_check_in(db: Database) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id, scan_id: the database decides who was
    first (one row per new check-in; none where one counts already)."""
    return _insert_for(db.engine.dialect.name)


def failed_scan(
    conn: Connection | OrmSession,
    outcome: CheckInOutcome,
    raw: str,
    session_id: int,
    desk: str,
    now: datetime,
    participant: ParticipantRecord | None = None,
) -> CheckInResult:
    """Every failed scan is stored, with the raw text, for later questions."""
    conn.execute(
        insert(models.FailedScan),
        {
            "raw_text": limits.scan_text(raw),
            "desk": desk,
            "session_id": session_id,
            "scanned_at": now,
            "reason": outcome.value,
        },
    )
    return CheckInResult(outcome, limits.escape_controls(raw), session_id, participant)


def annul(
    db: Database, check_in_id: int, reason: str, desk: str = "", now: datetime | None = None
) -> CheckInRecord:
    """Mark a check-in as a mistake; the row stays, with when and why."""
    if not reason.strip():
        raise UserError("missing_reason", "Give a reason for undoing the check-in.")
    with db.write() as s:
        row = s.get(models.CheckIn, check_in_id)
        if row is None:
            raise UserError("no_such_check_in", f"There is no check-in {check_in_id}.")
        if row.annulled_at is not None:
            raise UserError("already_annulled", "This check-in was already undone.")
        row.annulled_at = now or datetime.now()
        row.annul_reason = limits.cut(reason.strip(), limits.ANNUL_REASON)
        audit.record(s, "annul", "check_in", row.id, desk, reason=row.annul_reason)
        s.flush()
        return check_in_record(row)


def annul_by_code(
    db: Database, raw_code: str, session_id: int, reason: str, desk: str = ""
) -> CheckInRecord:
    parsed = parse_badge_code(raw_code)
    if not parsed.valid:
        raise UserError(parsed.problem or "", f"'{raw_code}' is not a valid badge code.")
    with db.read() as s:
        check_in_id = s.scalar(
            select(models.CheckIn.id)
            .join(models.Participant)
            .where(
                models.Participant.badge_code == parsed.code,
                models.CheckIn.session_id == session_id,
                models.CheckIn.annulled_at.is_(None),
            )
        )
    if check_in_id is None:
        raise UserError("not_checked_in", f"{raw_code} is not checked in to session {session_id}.")
    return annul(db, check_in_id, reason, desk)


@dataclass(frozen=True)
class RecentScan:
    check_in: CheckInRecord
    participant: ParticipantRecord
    scan_id: str | None = None  # the desk's id for the scan: how a desk link finds it again


def recent_check_ins(db: Database, desk: str, limit: int = 20) -> list[RecentScan]:
    """This desk's latest check-ins, newest first (annulled ones included, marked)."""
    with db.read() as s:
        rows = s.execute(
            select(models.CheckIn, models.Participant)
            .join(models.Participant)
            .where(models.CheckIn.desk == desk)
            .order_by(models.CheckIn.checked_in_at.desc(), models.CheckIn.id.desc())
            .limit(limit)
        ).all()
        return [RecentScan(check_in_record(c), participant_record(p), c.scan_id) for c, p in rows]
