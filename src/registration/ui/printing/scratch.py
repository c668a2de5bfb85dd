"""A private folder for generated PDFs (previews, the walk-in's badge), removed when its
owner goes away or the program ends.

It lives in the data folder, owner-only, not in the system's temporary folder: a preview
holds participants' names. Folders a killed program left behind are removed at the next
start (`remove_leftovers`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import weakref
from pathlib import Path

from registration.config import scratch_dir
from registration.services.export_files import process_running

_OWNER = re.compile(r"^(\d+)-")


class ScratchFolder:
    def __init__(self, owner: object, prefix: str = "print-") -> None:
        self.path = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-{prefix}", dir=scratch_dir()))
        weakref.finalize(owner, shutil.rmtree, self.path, True)
        self._count = 0

    def new_file(self, stem: str, suffix: str = ".pdf") -> Path:
        self._count += 1
        return self.path / f"{stem}-{self._count}{suffix}"

    def __enter__(self) -> ScratchFolder:
        return self

    def __exit__(self, *_exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def remove_leftovers() -> int:
    """Scratch folders of programs that no longer run (a crash, a kill): removed."""
    removed = 0
    for folder in scratch_dir().iterdir():
        match = _OWNER.match(folder.name)
        if match is not None and not process_running(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
