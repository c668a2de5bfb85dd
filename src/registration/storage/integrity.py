"""Is a SQLite file sound? The quick check at opening, the full check of every backup.

A damaged database is refused with an `EnvironmentProblem` whose message names the
newest backup that still passes its check and the command that restores it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from registration.domain.errors import EnvironmentProblem

DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")


def looks_damaged(error: BaseException | str) -> bool:
    """True when SQLite's message says the file itself is damaged."""
    text = str(getattr(error, "orig", None) or error).lower()
    return any(word in text for word in DAMAGE_WORDS)


def read_only_uri(path: Path) -> str:
    """A URI that reads `path` without writing anything.

    A WAL database needs its -shm file to be read; where it is missing and cannot be
    created (a read-only folder), nobody is writing the file, and it is read as
    immutable instead.
    """
    immutable = not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK)
    return f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")


def check_file(path: Path, pragma: str = "quick_check", strict: bool = True) -> list[str]:
    """The problems `PRAGMA quick_check` (or `integrity_check`) finds; [] when sound.

    A file SQLite cannot read at all counts as a problem, unless `strict` is off and
    the reason is not damage (a locked or unreadable file is the caller's to report).

    Opened read-only through the one SQLite library of the process, so it never
    disturbs the locks of the program's other connections to the same file.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [str(error)] if strict or looks_damaged(error) else []
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def newest_good_backup(folder: Path | None) -> Path | None:
    """The newest backup in `folder` that passes its quick check, if any."""
    from registration.storage.backups import list_backups

    if folder is None:
        return None
    for backup in list_backups(folder):
        if not check_file(backup.path):
            return backup.path
    return None


class DamagedDatabase(EnvironmentProblem):
    """The database fails its integrity check; nothing is written to it."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        if backup is not None:
            advice = (
                f"The newest good backup is {backup}; restore it with: "
                f"registration-cli --database {path} restore {backup}"
            )
        else:
            advice = "No good backup was found; keep the file for an expert."
        super().__init__("database_damaged", f"The database {path} is damaged ({detail}). {advice}")
        self.path = path
        self.detail = detail
        self.backup = backup


def refuse_damaged(path: Path, detail: str, backups: Path | None) -> DamagedDatabase:
    lines = [line for line in detail.splitlines() if line and not line.startswith("***")]
    return DamagedDatabase(path, (lines or [detail])[0][:200], newest_good_backup(backups))
