"""Checking people in: one atomic call per scan, and annulling a mistaken one.

The database decides "already checked in": a partial unique index allows one
active check-in per participant and session, and the INSERT does nothing on a
conflict, so two desks scanning the same badge at once still give one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session as OrmSession

from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome, ParticipantStatus
from registration.domain.errors import UserError
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services import audit
from registration.services.records import check_in_record, participant_record
from registration.storage import models
from registration.storage.database import Database

MAX_RAW_LENGTH = 500


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


def check_in(
    db: Database,
    code_or_participant: str | int,
    session_id: int,
    desk: str,
    method: CheckInMethod = CheckInMethod.SCAN,
    now: datetime | None = None,
) -> CheckInResult:
    """Check a badge code (as scanned or typed) or a participant id in to a session."""
    now = now or datetime.now()
    raw = str(code_or_participant)[:MAX_RAW_LENGTH]
    with db.write() as s:
        if s.get(models.Session, session_id) is None:
            return _failed(s, CheckInOutcome.NO_SUCH_SESSION, raw, session_id, desk, now)
        if isinstance(code_or_participant, int):
            person = s.get(models.Participant, code_or_participant)
        else:
            parsed = parse_badge_code(raw)
            if not parsed.valid:
                outcome = CheckInOutcome(parsed.problem.value if parsed.problem else "")
                return _failed(s, outcome, raw, session_id, desk, now)
            person = s.scalars(
                select(models.Participant).where(models.Participant.badge_code == parsed.code)
            ).first()
        if person is None:
            return _failed(s, CheckInOutcome.UNKNOWN_CODE, raw, session_id, desk, now)
        record = participant_record(person)
        if person.status == ParticipantStatus.CANCELLED.value:
            return _failed(s, CheckInOutcome.CANCELLED_PARTICIPANT, raw, session_id, desk, now,
                           record)
        new_id = s.scalar(_insert_check_in(db, person.id, session_id, now, desk, method))
        if new_id is not None:
            outcome = CheckInOutcome.CHECKED_IN
            existing = s.get_one(models.CheckIn, new_id)
        else:
            outcome = CheckInOutcome.ALREADY_CHECKED_IN
            existing = _active_check_in(s, person.id, session_id)
        return CheckInResult(outcome, raw, session_id, record, check_in_record(existing))


def _insert_check_in(
    db: Database,
    participant_id: int,
    session_id: int,
    now: datetime,
    desk: str,
    method: CheckInMethod,
) -> Insert:
    dialect_insert = sqlite.insert if db.is_sqlite else postgresql.insert
    return (
        dialect_insert(models.CheckIn)
        .values(
            participant_id=participant_id,
            session_id=session_id,
            checked_in_at=now,
            desk=desk,
            method=CheckInMethod(method).value,
            annul_reason="",
        )
        .on_conflict_do_nothing(
            index_elements=["participant_id", "session_id"],
            index_where=models.CheckIn.annulled_at.is_(None),
        )
        .returning(models.CheckIn.id)
    )


def _active_check_in(s: OrmSession, participant_id: int, session_id: int) -> models.CheckIn:
    return s.scalars(
        select(models.CheckIn).where(
            models.CheckIn.participant_id == participant_id,
            models.CheckIn.session_id == session_id,
            models.CheckIn.annulled_at.is_(None),
        )
    ).one()


def _failed(
    s: OrmSession,
    outcome: CheckInOutcome,
    raw: str,
    session_id: int,
    desk: str,
    now: datetime,
    participant: ParticipantRecord | None = None,
) -> CheckInResult:
    """Every failed scan is stored, with the raw text, for later questions."""
    s.add(
        models.FailedScan(
            raw_text=raw, desk=desk, session_id=session_id, scanned_at=now, reason=outcome.value
        )
    )
    return CheckInResult(outcome, raw, session_id, participant)


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
        row.annul_reason = reason.strip()
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
        raise UserError(
            "not_checked_in", f"{raw_code} is not checked in to session {session_id}."
        )
    return annul(db, check_in_id, reason, desk)


@dataclass(frozen=True)
class RecentScan:
    check_in: CheckInRecord
    participant: ParticipantRecord


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
        return [RecentScan(check_in_record(c), participant_record(p)) for c, p in rows]
