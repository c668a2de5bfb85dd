"""Backups of the embedded database: now, the list, and restoring one."""

from __future__ import annotations

from pathlib import Path

from registration.domain.errors import UserError
from registration.storage import backups
from registration.storage.backups import Backup
from registration.storage.database import Database

__all__ = ["Backup", "backup_now", "list_backups", "restore"]


def _embedded_file(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            "backup_not_embedded",
            "Backups here are of the embedded database; back up a server database on the "
            "server (pg_dump).",
        )
    return db.path


def backup_now(db: Database, folder: Path) -> Path:
    """Copy the database while it is in use; the newest 20 copies are kept."""
    return backups.take_backup(_embedded_file(db), folder)


def list_backups(folder: Path) -> list[Backup]:
    return backups.list_backups(folder)


def restore(db: Database, backup: Path, folder: Path) -> Path:
    """Put a backup in place of the database; returns the copy taken of what was there.

    `db` is disposed first; open the database again afterwards.
    """
    db_file = _embedded_file(db)
    db.dispose()
    return backups.restore_backup(backup, db_file, folder)
