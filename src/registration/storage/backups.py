"""Copies of the embedded SQLite database: taken while it is in use, kept for a while, restored.

The SQLite backup API copies a consistent snapshot even while other connections write
(WAL mode), so a desk never stops for a backup.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from registration.domain.errors import EnvironmentProblem, UserError

KEEP = 20
PREFIX = "registration-"
SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def copy_sqlite(source_file: Path, target: Path) -> None:
    """Snapshot `source_file` into `target` through a temporary file, then rename."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(temporary)
            with destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
        temporary.replace(target)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        message = f"Could not copy the database: {error}."
        raise EnvironmentProblem("backup_failed", message) from error


def take_backup(db_file: Path, folder: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the database into `folder` and keep only the newest `keep` copies."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = f"Cannot use {folder}: {error.strerror}."
        raise EnvironmentProblem("backup_failed", message) from error
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = folder / f"{PREFIX}{stamp}{SUFFIX}"
    for number in range(2, 100):  # two backups within one second keep both
        if not target.exists():
            break
        target = folder / f"{PREFIX}{stamp}-{number}{SUFFIX}"
    copy_sqlite(db_file, target)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            taken_at = datetime.strptime(path.name[len(PREFIX) : len(PREFIX) + 15], _STAMP)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns), reverse=True)


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound database of this program."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = connection.execute("PRAGMA integrity_check").fetchone()
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise UserError("bad_backup", f"{path.name} is not a backup of this program.") from error
    if status != ("ok",) or version is None:
        raise UserError("bad_backup", f"{path.name} is damaged and cannot be restored.")


def restore_backup(backup: Path, db_file: Path, folder: Path) -> Path:
    """Replace the database's content with the backup's; the current content is backed up
    first (its path is returned). Close every connection to `db_file` before calling."""
    check_backup(backup)
    restoring = db_file.with_name(f"{db_file.name}.restoring")
    copy_sqlite(backup, restoring)  # first: taking the safety copy may prune `backup`
    try:
        safety = take_backup(db_file, folder)
    except EnvironmentProblem:
        restoring.unlink(missing_ok=True)
        raise
    for leftover in (Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        leftover.unlink(missing_ok=True)
    restoring.replace(db_file)
    return safety
