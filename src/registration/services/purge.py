"""Erase the personal data of an event once it is over (Thailand's PDPA).

Names, nicknames, phones, e-mails, organisations, positions, notes and the raw text of
failed scans are removed; every participant keeps an anonymous placeholder name, its
province, issue area, role and status, and every check-in stays, so the attendance
counts per session × province × issue area come out the same afterwards. An audit entry
records who purged what and when. Backups taken before still hold the data: the result
lists them so the user can delete them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Select, String, cast, func, literal, or_, select, update

from registration.domain.errors import UserError
from registration.services import audit
from registration.storage.backups import DAMAGED_SUFFIX, list_backups
from registration.storage.database import Database
from registration.storage.models import AuditEntry, Event, FailedScan, Participant, Session

log = logging.getLogger(__name__)
PLACEHOLDER = "#{id}"  # the erased name: the participant's number, nothing more
PLACEHOLDER_PREFIX = literal("#")


@dataclass(frozen=True)
class PurgeCounts:
    """What a purge erases (the confirmation names these counts)."""

    participants: int
    phones: int
    emails: int
    organisations: int
    failed_scans: int


@dataclass(frozen=True)
class PurgeReport:
    counts: PurgeCounts
    at: datetime
    older_copies: list[Path]  # backups and pre-upgrade copies that still hold the data


def purge_counts(db: Database, event_id: int) -> PurgeCounts:
    with db.read() as s:
        if s.get(Event, event_id) is None:
            raise UserError("no_such_event", f"There is no event {event_id}.", event_id=event_id)
        people = s.scalars(select(Participant).where(Participant.event_id == event_id)).all()
        named = [p for p in people if p.first_name != PLACEHOLDER.format(id=p.id)]
        scans = s.scalars(_failed_scans_of(event_id)).all()
    return PurgeCounts(
        participants=len(named),
        phones=sum(1 for p in people if p.phone),
        emails=sum(1 for p in people if p.email),
        organisations=sum(1 for p in people if p.organisation),
        failed_scans=sum(1 for f in scans if f.raw_text),
    )


def _failed_scans_of(event_id: int) -> Select[FailedScan]:
    sessions = select(Session.id).where(Session.event_id == event_id)
    return select(FailedScan).where(
        or_(FailedScan.session_id.in_(sessions), FailedScan.session_id.is_(None))
    )


def purge_event(
    db: Database,
    event_id: int,
    desk: str,
    backups: Path | None = None,
    now: datetime | None = None,
) -> PurgeReport:
    """Erase the event's personal data in one transaction; see the module's docstring."""
    now = now or datetime.now()
    counts = purge_counts(db, event_id)
    with db.write() as s:
        if db.is_sqlite:  # erased text is overwritten on disk, not only unlinked
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        ids = s.scalars(select(Participant.id).where(Participant.event_id == event_id)).all()
        name = PLACEHOLDER_PREFIX + cast(Participant.id, String)
        s.execute(
            update(Participant)
            .where(Participant.event_id == event_id)
            .values(
                prefix="",
                first_name=name,
                last_name="",
                nickname="",
                organisation="",
                position="",
                phone="",
                email="",
                note="",
                search_text=name,
                sort_key=_number_order(db.engine.dialect.name),
            )
        )
        for scan in s.scalars(_failed_scans_of(event_id)):
            scan.raw_text = ""
        s.execute(
            update(AuditEntry)
            .where(  # reasons and edits may quote a person
                AuditEntry.entity == "participant", AuditEntry.entity_id.in_(ids)
            )
            .values(detail="")
        )
        audit.record(
            s,
            "purge",
            "event",
            event_id,
            desk,
            at=now,
            participants=counts.participants,
            phones=counts.phones,
            emails=counts.emails,
            organisations=counts.organisations,
            failed_scans=counts.failed_scans,
        )
    _compact(db)
    return PurgeReport(counts, now, older_copies(db, backups, now))


def _number_order(dialect: str) -> ColumnElement[str]:
    """Erased names sort by number: the id, zero-padded to ten digits."""
    if dialect == "sqlite":
        return func.printf("%010d", Participant.id)
    return func.lpad(cast(Participant.id, String), 10, "0")


def _compact(db: Database) -> None:
    """Rewrite the SQLite file so no erased text stays in free pages or the search index."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        if db.has_search_index:
            raw.execute("INSERT INTO participant_search(participant_search) VALUES ('rebuild')")
        try:
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as error:  # another desk is reading: the next purge or vacuum does it
            log.warning("purge: could not compact the database now: %s", error)


def older_copies(db: Database, backups: Path | None, before: datetime) -> list[Path]:
    """Backups and pre-upgrade copies taken before `before`: they still hold the data."""
    found = [b.path for b in list_backups(backups) if b.taken_at <= before] if backups else []
    if backups is not None:
        found += sorted(backups.glob(f"*{DAMAGED_SUFFIX}"))  # damaged copies kept aside
    if db.path is not None:
        folder, name = db.path.parent, db.path.name
        found += sorted(folder.glob(f"{db.path.stem}.before-*{db.path.suffix}"))
        found += sorted(
            p for p in folder.glob(f"{name}.damaged-*") if not p.name.endswith(("-wal", "-shm"))
        )
    return found
