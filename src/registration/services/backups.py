"""Backups of the embedded database: now (verified), the list, what a restore sets aside,
and restoring one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.progress import CancelCheck
from registration.storage import backups
from registration.storage.backups import Backup
from registration.storage.database import Database
from registration.storage.integrity import check_file, newest_good_backup, refuse_damaged
from registration.storage.models import CheckIn, Participant

__all__ = [
    "Backup",
    "RecordedSince",
    "backup_now",
    "check_live",
    "check_restorable",
    "list_backups",
    "newest_good_backup",
    "recorded_since",
    "recorded_since_in_file",
    "restore",
]


@dataclass(frozen=True)
class RecordedSince:
    """What was recorded after a backup: set aside (kept in a copy) when it is restored."""

    check_ins: int
    participants: int

    @property
    def nothing(self) -> bool:
        return self.check_ins == 0 and self.participants == 0


def _embedded_file(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            "backup_not_embedded",
            "Backups here are of the embedded database; back up a server database on the "
            "server (pg_dump).",
        )
    return db.path


def backup_now(db: Database, folder: Path) -> Path:
    """Copy the database while it is in use and verify the copy.

    A copy that fails its check means the database itself is damaged: from then on `db`
    refuses every write, and the problem (naming the newest good backup) is raised.
    """
    try:
        return backups.take_backup(_embedded_file(db), folder)
    except EnvironmentProblem as problem:
        if problem.code != "backup_damaged":
            raise
        damaged = refuse_damaged(_embedded_file(db), problem.message, folder)
        db.refuse_writes(damaged)
        raise damaged from problem


def check_live(db: Database, folder: Path) -> None:
    """The quick check of the open database; on a failure `db` stops writing and the
    problem is raised. A server database is checked by its server."""
    if db.path is None:
        return
    problems = check_file(db.path)
    if problems:
        damaged = refuse_damaged(db.path, problems[0], folder)
        db.refuse_writes(damaged)
        raise damaged


def list_backups(folder: Path) -> list[Backup]:
    return backups.list_backups(folder)


def recorded_since(db: Database, backup: Path) -> RecordedSince:
    """Check-ins and participants in the database that `backup` does not hold: what
    restoring it sets aside (rows are told apart by id, exact to the row)."""
    try:
        last = backups.last_ids(backup, ("check_ins", "participants"))
    except sqlite3.Error as error:
        raise UserError(
            "bad_backup", f"{backup.name} is not a backup of this program.", name=backup.name
        ) from error
    with db.read() as session:
        check_ins = session.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.id > last["check_ins"])
        )
        people = session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.id > last["participants"])
        )
    return RecordedSince(int(check_ins or 0), int(people or 0))


def recorded_since_in_file(db_file: Path, backup: Path) -> RecordedSince | None:
    """As `recorded_since`, read from a database that cannot be opened (it is damaged);
    None when even that cannot be read."""
    try:
        rows = backups.rows_after(db_file, backups.last_ids(backup, ("check_ins", "participants")))
    except sqlite3.Error:
        return None
    return RecordedSince(rows["check_ins"], rows["participants"])


def check_restorable(backup: Path, cancelled: CancelCheck | None = None) -> None:
    """Raise the refusal `restore` would give (damaged, not ours) before anything stops;
    `JobCancelled` once `cancelled` says so."""
    backups.check_backup(backup, cancelled)


def restore(db: Database, backup: Path, folder: Path) -> Path:
    """Put a backup in place of the database; returns the copy taken of what was there.

    `db` is disposed first; open the database again afterwards. Other desks with the file
    open read the restored content at their next transaction.
    """
    db_file = _embedded_file(db)
    db.dispose()
    return backups.restore_backup(backup, db_file, folder)
