"""Files that hold personal data are the owner's alone on POSIX: 0600 files in 0700 folders.

The database, its -wal and -shm (SQLite gives them the database file's mode), backups,
the desk's queue, the settings and the log. Exports and PDFs the user saves are for
sharing and follow the umask instead. On Windows the user's profile already keeps them
private, and these calls only create what is missing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name == "posix"


def private_folder(folder: Path, tighten: bool = False) -> Path:
    """Create `folder` (and any missing parents) owner-only.

    An existing folder keeps its mode unless `tighten` says it is the program's own (the
    data folder): a database or backups the user keeps in /tmp, a shared drive or their
    documents must never make that folder private to them, or strip /tmp's sticky bit.
    """
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=PRIVATE_FOLDER)
    if tighten and POSIX and folder.stat().st_mode & 0o077:
        with contextlib.suppress(OSError):  # a folder the user does not own
            folder.chmod(PRIVATE_FOLDER)
    return folder


def private_file(path: Path, own_folder: bool = False) -> Path:
    """Create `path` empty and owner-only if missing; an existing file is made owner-only.
    `own_folder`: its folder is the program's own, made owner-only too.

    An empty file is a valid empty SQLite database, so creating it before SQLite does
    fixes the mode of the database and of the side files SQLite makes beside it.
    """
    private_folder(path.parent, tighten=own_folder)
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    if POSIX and path.stat().st_mode & 0o077:
        with contextlib.suppress(OSError):  # another user's file, shared on purpose
            path.chmod(PRIVATE_FILE)
    return path


def write_private_text(path: Path, text: str, own_folder: bool = False) -> None:
    """Write `text` owner-only and atomically (a temporary file, then a rename)."""
    private_folder(path.parent, tighten=own_folder)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    if POSIX:
        temporary.chmod(PRIVATE_FILE)
    temporary.replace(path)
