"""A private folder for generated PDFs, removed when its owner goes away or the program ends."""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path


class ScratchFolder:
    def __init__(self, owner: object, prefix: str = "registration-print-") -> None:
        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        weakref.finalize(owner, shutil.rmtree, self.path, True)
        self._count = 0

    def new_file(self, stem: str, suffix: str = ".pdf") -> Path:
        self._count += 1
        return self.path / f"{stem}-{self._count}{suffix}"
