"""Copies of the embedded SQLite database: taken while it is in use, verified, kept, restored.

The SQLite backup API copies a consistent snapshot even while other connections write
(WAL mode), so a desk never stops for a backup. Every copy is checked
(`PRAGMA integrity_check`) before it counts: a damaged one is set aside as
`*.sqlite.damaged` and reported at once, never listed as a backup.

Only SQLite itself touches the live file (the same library the program's connections
use, through its locking protocol): never a plain open/close, copy, rename or delete of
the database or its -wal/-shm, which would drop this process's locks or pull the
write-ahead log from under another desk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.progress import CancelCheck, JobCancelled
from registration.storage.files import private_file, private_folder
from registration.storage.integrity import check_file, looks_damaged, read_only_uri

KEEP = 20
PREFIX = "registration-"
SUFFIX = ".sqlite"
DAMAGED_SUFFIX = ".damaged"
_STAMP = "%Y%m%d-%H%M%S"
CANCEL_EVERY = 1000  # SQLite steps between two looks at "stop": ~10 ms of a big check


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def _sqlite_copy(source_file: Path, target: Path) -> None:
    source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            with destination:
                source.backup(destination)
            # one self-contained file: no -wal/-shm beside a backup, ever
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()


def copy_sqlite(source_file: Path, target: Path) -> None:
    """Snapshot `source_file` into `target` (owner-only) through a temporary file, then
    rename; the copy must pass `PRAGMA integrity_check` or it is set aside as damaged."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        private_file(temporary)
        _sqlite_copy(source_file, temporary)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        message = f"Could not copy the database: {error}."
        raise EnvironmentProblem("backup_failed", message) from error
    problems = check_file(temporary, "integrity_check")
    if problems:
        damaged = target.with_name(target.name + DAMAGED_SUFFIX)
        temporary.replace(damaged)
        raise EnvironmentProblem(
            "backup_damaged",
            f"The copy of the database fails its integrity check ({problems[0]}): the "
            f"database itself is damaged. The copy is kept aside as {damaged.name}; "
            "restore the newest good backup.",
        )
    temporary.replace(target)


def take_backup(db_file: Path, folder: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the database into `folder`, verify the copy, and rotate (see `to_delete`)."""
    try:
        private_folder(folder)
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
    for old in to_delete(list_backups(folder), keep):
        old.path.unlink(missing_ok=True)
    return target


def to_delete(found: list[Backup], keep: int = KEEP) -> list[Backup]:
    """Beyond the newest `keep`, all but the oldest copy of each day (a day's start
    state stays restorable however many copies were taken since)."""
    first_of_day: dict[object, Backup] = {}
    for backup in found:  # newest first: the last one seen of a day is its oldest
        first_of_day[backup.taken_at.date()] = backup
    kept = set(id(b) for b in found[:keep]) | set(id(b) for b in first_of_day.values())
    return [backup for backup in found if id(backup) not in kept]


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


def last_ids(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """The highest row id of each table in a backup (0 for an empty one)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: int(
                connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            )
            for table in tables
        }
    finally:
        connection.close()


def rows_after(path: Path, last: dict[str, int]) -> dict[str, int]:
    """How many rows of each table have an id above `last`'s (read-only; may raise
    sqlite3.Error on a file too damaged to read)."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return {
            table: int(
                connection.execute(
                    f"SELECT count(*) FROM {table} WHERE id > ?", (after,)
                ).fetchone()[0]
            )
            for table, after in last.items()
        }
    finally:
        connection.close()


def check_backup(path: Path, cancelled: CancelCheck | None = None) -> None:
    """Refuse a file that is not a sound database of this program: a damaged copy (one
    SQLite cannot read, or an emptied one) is called damaged, not someone else's file.

    `cancelled` is asked as the check goes (a 200 MB copy takes seconds); once it says
    yes, the check stops within milliseconds with `JobCancelled`.
    """
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if cancelled is not None:
                connection.set_progress_handler(_stop_when(cancelled), CANCEL_EVERY)
            status = connection.execute("PRAGMA integrity_check").fetchone()
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if cancelled is not None and cancelled():
            raise JobCancelled("check_cancelled", "The check was stopped.") from error
        if _ours(path) and (looks_damaged(error) or path.stat().st_size == 0):
            raise UserError(
                "damaged_backup", f"{path.name} is damaged and cannot be restored.", name=path.name
            ) from error
        raise UserError(
            "bad_backup", f"{path.name} is not a backup of this program.", name=path.name
        ) from error
    if status != ("ok",) or version is None:
        raise UserError(
            "damaged_backup", f"{path.name} is damaged and cannot be restored.", name=path.name
        )


def _stop_when(cancelled: CancelCheck) -> Callable[[], int]:
    """SQLite's progress handler: non-zero interrupts the statement."""
    return lambda: 1 if cancelled() else 0


def _ours(path: Path) -> bool:
    """Named as the program names its backups, or a SQLite file by its first bytes: when
    such a file cannot be read it is a damaged backup (cut short, garbage written over)."""
    if path.name.startswith(PREFIX) and path.name.endswith(SUFFIX):
        return path.exists()
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def restore_backup(backup: Path, db_file: Path, folder: Path) -> Path:
    """Put the backup's content in place of the database's; what was there is backed up
    first (its path is returned).

    The content is written into the live file through SQLite's backup API, under its
    write lock, so desks that have the file open stay consistent and read the restored
    content at their next transaction. Only a database too damaged to be copied is moved
    aside whole (`*.damaged-<time>`); close every desk before restoring over one.
    """
    check_backup(backup)
    restoring = db_file.with_name(f".{db_file.name}.restoring")
    copy_sqlite(backup, restoring)  # first: taking the safety copy may prune `backup`
    try:
        try:
            safety = take_backup(db_file, folder)
        except EnvironmentProblem as problem:
            if problem.code != "backup_damaged" and check_file(db_file) == []:
                raise
            safety = _move_damaged_aside(db_file)
        _restore_into(restoring, db_file)
    finally:
        restoring.unlink(missing_ok=True)
    return safety


def _restore_into(source: Path, db_file: Path) -> None:
    try:
        source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            live = sqlite3.connect(db_file, timeout=15)
            try:
                live.execute("PRAGMA journal_mode = WAL")
                source_connection.backup(live)
            finally:
                live.close()
        finally:
            source_connection.close()
    except sqlite3.Error as error:
        raise EnvironmentProblem("restore_failed", f"Could not restore: {error}.") from error


def _move_damaged_aside(db_file: Path) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    aside = db_file.with_name(f"{db_file.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_file}{suffix}")
        if side.exists():
            side.replace(Path(f"{aside}{suffix}"))
    db_file.replace(aside)
    private_file(db_file)
    return aside
