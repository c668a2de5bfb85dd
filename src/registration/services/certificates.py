"""Certificates of attendance (เกียรติบัตร): who qualifies, and their certificate numbers.

A participant's number is given the first time their certificate is issued and logged
(number, person, time, desk); printing it again keeps the number and counts the reprint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import UserError
from registration.domain.names import display_name
from registration.domain.records import ParticipantRecord
from registration.domain.thai_dates import buddhist_year
from registration.services import audit
from registration.services.participant_query import participant_select, record_from_row
from registration.storage import models
from registration.storage.database import Database


class RuleKind(StrEnum):
    MIN_SESSIONS = "min_sessions"  # attended at least N sessions
    FULL_DAY = "full_day"  # attended every session of one day
    CHOSEN = "chosen"  # picked by hand


@dataclass(frozen=True)
class CertificateRule:
    kind: RuleKind
    sessions: int = 1
    day: date | None = None
    participant_ids: Sequence[int] = field(default_factory=tuple)


@dataclass(frozen=True)
class IssuedCertificate:
    participant: ParticipantRecord
    number: int
    issued_at: datetime
    printed_count: int  # 1 the first time; more for reprints

    @property
    def reprint(self) -> bool:
        return self.printed_count > 1


def certificate_number(number: int, event_day: date) -> str:
    """As printed: running number / Buddhist year of the event, e.g. "0007/2562"."""
    return f"{number:04d}/{buddhist_year(event_day)}"


def eligible(db: Database, event_id: int, rule: CertificateRule) -> list[ParticipantRecord]:
    """Who meets the rule, in Thai dictionary order; cancelled people never do."""
    person, check_in, session = models.Participant, models.CheckIn, models.Session
    with db.read() as s:
        people = [
            record_from_row(row)
            for row in s.execute(
                participant_select()
                .where(
                    person.event_id == event_id,
                    person.status != ParticipantStatus.CANCELLED.value,
                )
                .order_by(person.sort_key, person.id)
            )
        ]
        attended: dict[int, set[int]] = defaultdict(set)
        for pid, sid in s.execute(
            select(check_in.participant_id, check_in.session_id)
            .join(session, session.id == check_in.session_id)
            .where(session.event_id == event_id, check_in.annulled_at.is_(None))
        ):
            attended[pid].add(sid)
        day_sessions = {
            sid
            for sid, starts in s.execute(
                select(session.id, session.starts_at).where(
                    session.event_id == event_id, session.hidden_at.is_(None)
                )
            )
            if rule.day is not None and starts.date() == rule.day
        }
    if rule.kind is RuleKind.MIN_SESSIONS:
        if rule.sessions < 1:
            raise UserError("bad_rule", "The number of sessions must be at least 1.")
        return [p for p in people if len(attended[p.id]) >= rule.sessions]
    if rule.kind is RuleKind.FULL_DAY:
        if not day_sessions:
            raise UserError("bad_rule", f"The event has no session on {rule.day}.")
        return [p for p in people if day_sessions <= attended[p.id]]
    chosen = set(rule.participant_ids)
    return [p for p in people if p.id in chosen]


def planned_numbers(db: Database, event_id: int, people: Sequence[ParticipantRecord]) -> list[int]:
    """The numbers `issue_certificates` would give now, without recording anything: a job
    draws them first and records only once the file is written."""
    cert = models.Certificate
    ids = [p.id for p in people]
    with db.read() as s:
        rows = s.execute(
            select(cert.participant_id, cert.number).where(
                cert.event_id == event_id, cert.participant_id.in_(ids)
            )
        ).all()
        last = int(s.scalar(select(func.max(cert.number)).where(cert.event_id == event_id)) or 0)
    known = {participant: number for participant, number in rows}
    numbers = []
    for person in people:
        if person.id not in known:
            last += 1
            known[person.id] = last
        numbers.append(known[person.id])
    return numbers


def issue_certificates(
    db: Database,
    event_id: int,
    people: Sequence[ParticipantRecord],
    desk: str = "",
    now: datetime | None = None,
) -> list[IssuedCertificate]:
    """Give numbers to those without one (in the order given), count a print for everyone."""
    now = now or datetime.now()
    cert = models.Certificate
    with db.write() as s:
        existing = (
            {
                c.participant_id: c
                for c in s.scalars(
                    select(cert).where(
                        cert.event_id == event_id, cert.participant_id.in_([p.id for p in people])
                    )
                )
            }
            if people
            else {}
        )
        last = int(s.scalar(select(func.max(cert.number)).where(cert.event_id == event_id)) or 0)
        issued = []
        for person in people:
            row = existing.get(person.id)
            if row is None:
                last += 1
                row = cert(
                    event_id=event_id,
                    participant_id=person.id,
                    number=last,
                    issued_at=now,
                    desk=desk,
                    printed_count=1,
                    last_printed_at=now,
                )
                s.add(row)
                s.flush()
                audit.record(
                    s,
                    "issue",
                    "certificate",
                    row.id,
                    desk,
                    at=now,
                    participant=person.id,
                    number=last,
                )
            else:
                row.printed_count += 1
                row.last_printed_at = now
                audit.record(
                    s,
                    "reprint",
                    "certificate",
                    row.id,
                    desk,
                    at=now,
                    participant=person.id,
                    number=row.number,
                )
            issued.append(IssuedCertificate(person, row.number, row.issued_at, row.printed_count))
        return issued


@dataclass(frozen=True)
class CertificateLogEntry:
    number: int
    participant_id: int
    full_name: str
    issued_at: datetime
    printed_count: int
    last_printed_at: datetime


def certificate_log(db: Database, event_id: int) -> list[CertificateLogEntry]:
    """Every certificate issued for the event, by number."""
    cert, person = models.Certificate, models.Participant
    with db.read() as s:
        rows = s.execute(
            select(cert, person)
            .join(person, person.id == cert.participant_id)
            .where(cert.event_id == event_id)
            .order_by(cert.number)
        ).all()
        return [
            CertificateLogEntry(
                c.number,
                p.id,
                display_name(p.prefix, p.first_name, p.last_name),
                c.issued_at,
                c.printed_count,
                c.last_printed_at,
            )
            for c, p in rows
        ]
