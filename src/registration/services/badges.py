"""Who gets a badge, and the log of badge prints (who printed which badges when).

Selection filters combine (province and issue area and …); cancelled
participants never get a badge. A print is recorded only after its PDF was
written, so the "not yet printed" selection stays true to what left the printer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, func, select

from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.records import ParticipantRecord
from registration.services import audit
from registration.services.participant_query import participant_select, record_from_row
from registration.storage import models
from registration.storage.database import Database


@dataclass(frozen=True)
class BadgeSelection:
    """Which participants to print; empty fields do not filter."""

    province_code: str | None = None
    issue_area_id: int | None = None
    role: Role | None = None
    codes: Sequence[str] = ()
    not_printed: bool = False
    registered_on: date | None = None  # e.g. today's walk-ins and late registrations


@dataclass(frozen=True)
class BadgePrintRecord:
    id: int
    printed_at: datetime
    desk: str
    layout: str
    participant_ids: list[int] = field(default_factory=list)
    selection: str = ""  # the selection in words, as the desk that printed described it


def _parsed_codes(codes: Sequence[str]) -> list[str]:
    parsed = [parse_badge_code(raw) for raw in codes]
    bad = [raw for raw, code in zip(codes, parsed, strict=True) if not code.valid]
    if bad:
        raise UserError("bad_badge_code", f"Not a valid badge code: {', '.join(bad)}.", codes=bad)
    return [code.code for code in parsed]


def select_for_badges(
    db: Database, event_id: int, selection: BadgeSelection
) -> list[ParticipantRecord]:
    """The participants to print, in Thai dictionary order (codes: in the order given)."""
    person = models.Participant
    query = participant_select().where(
        person.event_id == event_id, person.status != ParticipantStatus.CANCELLED.value
    )
    if selection.province_code is not None:
        query = query.where(person.province_code == selection.province_code)
    if selection.issue_area_id is not None:
        query = query.where(person.issue_area_id == selection.issue_area_id)
    if selection.role is not None:
        query = query.where(person.role == selection.role.value)
    if selection.registered_on is not None:
        start = datetime.combine(selection.registered_on, time())
        query = query.where(
            person.registered_at >= start, person.registered_at < start + timedelta(days=1)
        )
    codes = _parsed_codes(selection.codes)
    if codes:
        query = query.where(person.badge_code.in_(codes))
    if selection.not_printed:
        printed = exists().where(models.BadgePrintItem.participant_id == person.id)
        query = query.where(~printed)
    with db.read() as s:
        people = [record_from_row(row) for row in s.execute(query.order_by(person.sort_key))]
    if codes:
        found = {p.badge_code for p in people}
        missing = [code for code in codes if code not in found]
        if missing:
            raise UserError(
                "unknown_badge_code",
                f"No participant of this event (or a cancelled one) has the code "
                f"{', '.join(missing)}.",
                codes=missing,
            )
        order = {code: index for index, code in enumerate(codes)}
        people.sort(key=lambda p: order[p.badge_code])
    if not people:
        raise UserError("empty_selection", "No participants match the selection: no badges.")
    return people


def record_badge_print(
    db: Database,
    event_id: int,
    participant_ids: Sequence[int],
    layout: str,
    desk: str,
    now: datetime | None = None,
    selection: str = "",
) -> BadgePrintRecord:
    """Log one badge print job; returns it with its id (0 when the database is read-only:
    printing works there, the log cannot be kept)."""
    printed_at = now or datetime.now()
    unique_ids = list(dict.fromkeys(participant_ids))
    if db.read_only:
        return BadgePrintRecord(0, printed_at, desk, layout, unique_ids)
    with db.write() as s:
        job = models.BadgePrint(event_id=event_id, printed_at=printed_at, desk=desk, layout=layout)
        s.add(job)
        s.flush()
        s.add_all(models.BadgePrintItem(print_id=job.id, participant_id=i) for i in unique_ids)
        audit.record(
            s,
            "print",
            "badges",
            job.id,
            desk,
            count=len(unique_ids),
            layout=layout,
            selection=selection,
        )
        return BadgePrintRecord(job.id, printed_at, desk, layout, unique_ids, selection)


def badge_print_history(db: Database, event_id: int) -> list[BadgePrintRecord]:
    """Every badge print of the event, newest first, with the participants printed."""
    with db.read() as s:
        jobs = s.scalars(
            select(models.BadgePrint)
            .where(models.BadgePrint.event_id == event_id)
            .order_by(models.BadgePrint.printed_at.desc(), models.BadgePrint.id.desc())
        ).all()
        items = s.execute(
            select(models.BadgePrintItem.print_id, models.BadgePrintItem.participant_id).where(
                models.BadgePrintItem.print_id.in_([job.id for job in jobs])
            )
        ).all()
        details: dict[int | None, str] = {
            entity_id: detail
            for entity_id, detail in s.execute(
                select(models.AuditEntry.entity_id, models.AuditEntry.detail).where(
                    models.AuditEntry.entity == "badges",
                    models.AuditEntry.action == "print",
                    models.AuditEntry.entity_id.in_([job.id for job in jobs]),
                )
            )
        }
    by_job: dict[int, list[int]] = {}
    for print_id, participant_id in items:
        by_job.setdefault(print_id, []).append(participant_id)
    return [
        BadgePrintRecord(
            j.id,
            j.printed_at,
            j.desk,
            j.layout,
            sorted(by_job.get(j.id, [])),
            _selection_words(details.get(j.id)),
        )
        for j in jobs
    ]


def _selection_words(detail: str | None) -> str:
    try:
        words = json.loads(detail or "{}").get("selection", "")
    except (ValueError, AttributeError):
        return ""
    return words if isinstance(words, str) else ""


def reprinted_job_ids(history: Sequence[BadgePrintRecord]) -> set[int]:
    """The jobs that printed at least one badge an earlier job had already printed."""
    seen: set[int] = set()
    reprints = set()
    for job in sorted(history, key=lambda j: (j.printed_at, j.id)):
        if seen.intersection(job.participant_ids):
            reprints.add(job.id)
        seen.update(job.participant_ids)
    return reprints


def print_count(db: Database, participant_id: int) -> int:
    """How many times this participant's badge was printed (more than one: reprints)."""
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(models.BadgePrintItem)
                .where(models.BadgePrintItem.participant_id == participant_id)
            )
            or 0
        )
