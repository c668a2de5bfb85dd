"""The change feed: what every desk checked in or undid, and which participants it
added or changed, since this desk last asked.

A light poll (about once a second) that works the same on one SQLite file shared
by several processes and on a PostgreSQL server: new check-in rows are found by
id, undos by their audit entry. Both reads are by primary key, so a poll costs
the same with 100 or 100,000 participants.

Apply changes by check-in id: `CHECKED_IN` adds the id to what counts, `ANNULLED`
removes it (nothing if it was not there). Both are safe to apply twice, and a
desk's own check-ins come through the feed like everyone else's.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import cast

from sqlalchemy import Table, func, select

from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services.participant_query import participant_select, record_from_row
from registration.services.sync.id_mark import IdMark
from registration.services.to_records import check_in_record
from registration.storage import models
from registration.storage.database import Database

_CHECK_INS = cast(Table, models.CheckIn.__table__)
_C = _CHECK_INS.c
_A = cast(Table, models.AuditEntry.__table__).c
_S = cast(Table, models.Session.__table__).c
_P = cast(Table, models.Participant.__table__).c
EVENT_ENTITIES = frozenset({"event", "session", "issue_area"})


class ChangeKind(StrEnum):
    CHECKED_IN = "checked_in"  # a new check-in that counts
    ANNULLED = "annulled"  # a check-in undone, superseded, or stored as a later repeat


@dataclass(frozen=True)
class CheckInChange:
    kind: ChangeKind
    check_in: CheckInRecord


@dataclass(frozen=True)
class FeedCursor:
    check_ins: IdMark = field(default_factory=IdMark)
    annulments: IdMark = field(default_factory=IdMark)


def feed_start(db: Database) -> FeedCursor:
    """A cursor at "now": the next poll returns only what happens from here on."""
    with db.read() as s:
        last_check_in = s.scalar(select(func.max(_C.id))) or 0
        last_audit = s.scalar(select(func.max(_A.id))) or 0
    return FeedCursor(IdMark(last_check_in), IdMark(last_audit))


def changes_since(
    db: Database, event_id: int, cursor: FeedCursor, now: float | None = None
) -> tuple[list[CheckInChange], FeedCursor]:
    """New check-ins and undos of the event's sessions since `cursor`, oldest first."""
    update = feed_update(db, event_id, cursor, now)
    return update.check_ins, update.cursor


@dataclass(frozen=True)
class FeedUpdate:
    """What changed since the last poll: check-ins and undos, and participants.

    `participants` are those another desk (or this one) added, edited, cancelled or
    reinstated, as they are now; `imported_by` names the desks that imported a whole
    list (too many people to send one by one: read the list again).
    """

    check_ins: list[CheckInChange]
    participants: list[ParticipantRecord]
    imported_by: list[str]
    cursor: FeedCursor
    event_changed: bool = False  # the event, a session or an issue area was edited


def feed_update(
    db: Database, event_id: int, cursor: FeedCursor, now: float | None = None
) -> FeedUpdate:
    now = time.monotonic() if now is None else now
    in_event = select(_S.id).where(_S.event_id == event_id)
    with db.read() as s:
        # Audit entries first: a check-in undone (or a person changed) before this read
        # was committed before it too, so the reads below see it even where each read
        # has its own snapshot.
        audits = s.execute(
            select(_A.id, _A.entity, _A.action, _A.entity_id, _A.desk)
            .where(cursor.annulments.unseen(_A.id))
            .order_by(_A.id)
        ).all()
        # Every new row moves the cursor; only the event's rows are changes.
        new_rows = s.execute(
            select(_CHECK_INS, _C.session_id.in_(in_event).label("in_event"))
            .where(cursor.check_ins.unseen(_C.id))
            .order_by(_C.id)
        ).all()
        undone_ids = {
            row.entity_id for row in audits if row.entity == "check_in" and row.action == "annul"
        } - {row.id for row in new_rows}  # a new row carries its own state
        undone = (
            s.execute(
                select(_CHECK_INS)
                .where(_C.id.in_(undone_ids), _C.session_id.in_(in_event))
                .order_by(_C.id)
            ).all()
            if undone_ids
            else []
        )
        people = [row for row in audits if row.entity == "participant"]
        person_ids = {row.entity_id for row in people if row.entity_id is not None}
        changed_people = (
            s.execute(
                participant_select().where(_P.id.in_(person_ids), _P.event_id == event_id)
            ).all()
            if person_ids
            else []
        )
    changes = [
        CheckInChange(
            ChangeKind.CHECKED_IN if row.annulled_at is None else ChangeKind.ANNULLED,
            check_in_record(row),
        )
        for row in new_rows
        if row.in_event
    ]
    changes += [CheckInChange(ChangeKind.ANNULLED, check_in_record(row)) for row in undone]
    return FeedUpdate(
        changes,
        [record_from_row(row) for row in changed_people],
        [row.desk for row in people if row.action == "import"],
        FeedCursor(
            cursor.check_ins.advance((row.id for row in new_rows), now),
            cursor.annulments.advance((row.id for row in audits), now),
        ),
        any(row.entity in EVENT_ENTITIES for row in audits),
    )
