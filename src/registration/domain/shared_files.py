"""Files the user saves to share (exports, PDFs) get the user's usual permissions.

They are written to a temporary file first (mkstemp makes it 0600) and renamed into
place; before the rename they are given the mode a new file gets under the umask.
"""

from __future__ import annotations

import os
from pathlib import Path


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    Setting it to read it back leaves a moment in which a file another thread
    creates (the database, the desk's queue) gets no umask at all.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o077)  # elsewhere: the brief change leans to private, not open
    os.umask(umask)
    return umask


def share_like_a_new_file(path: Path) -> None:
    """Give `path` the mode a new file gets (0666 less the umask); nothing on Windows."""
    if os.name == "posix":
        path.chmod(0o666 & ~current_umask())
