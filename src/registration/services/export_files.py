"""Writing an export through a temporary file beside the target, then renaming it.

The temporary file and the writer's scratch folder are owner-only and named after the
process (`.export-<pid>-…`), so a cancelled export removes them and the next export to
the same folder removes those a killed one left (their process is gone). Nothing goes to
the system's temporary folder: a participant list does not belong there.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from registration.domain.errors import UserError
from registration.domain.shared_files import share_like_a_new_file

PREFIX = ".export-"
_LEFTOVER = re.compile(r"^\.export-(\d+)-")


def write_atomically(out: Path, write: Callable[[Path, Path], None]) -> Path:
    """`write(temporary file, scratch folder)`; the file becomes `out` only when complete."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("bad_output", f"The folder {folder} does not exist.")
    remove_leftovers(folder)
    prefix = f"{PREFIX}{os.getpid()}-"
    try:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=out.suffix, dir=folder)  # 0600
        os.close(handle)
        scratch = Path(tempfile.mkdtemp(prefix=prefix, dir=folder))  # 0700
    except OSError as error:
        raise UserError("bad_output", f"Cannot write in {folder}: {error.strerror}.") from error
    temporary = Path(name)
    try:
        write(temporary, scratch)
        share_like_a_new_file(temporary)  # for sharing, not its temporary 0600
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError("bad_output", f"Cannot write {out}: {error.strerror}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return out


def remove_leftovers(folder: Path) -> list[Path]:
    """Temporary files and folders of exports whose process no longer runs."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or process_running(int(match.group(1))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def process_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or no way to tell: leave its files alone
    return True
