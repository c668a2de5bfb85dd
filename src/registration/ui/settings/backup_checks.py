"""Which copies in the settings list are sound, found in the background.

Every backup is verified when it is taken, but a copy can be damaged later (a failing
disk, a person). The list checks each copy as restoring would, newest first, one at a
time on a worker thread (a 200 MB copy takes seconds), and says what it found as it
comes. A copy is checked once a session while it is unchanged (same size and time).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, JobCancelled
from registration.services import backups
from registration.ui.common.workers import Worker, start

log = logging.getLogger(__name__)
SOUND = "sound"  # else the refusal's code: "damaged_backup", "bad_backup"
Check = Callable[[Path, CancelCheck], str]


@dataclass(frozen=True)
class CopyKey:
    """A copy as it is now: a copy changed since its check is checked again."""

    path: Path
    size: int
    modified_ns: int


def key_of(path: Path) -> CopyKey | None:
    try:
        found = path.stat()
    except OSError:
        return None  # gone since it was listed
    return CopyKey(path, found.st_size, found.st_mtime_ns)


class CheckedBackups:
    """What this session found, by copy; kept while the window is open."""

    def __init__(self) -> None:
        self._found: dict[CopyKey, str] = {}

    def verdict(self, path: Path) -> str | None:
        key = key_of(path)
        return self._found.get(key) if key is not None else None

    def remember(self, key: CopyKey, verdict: str) -> None:
        self._found[key] = verdict


def verdict_of(path: Path, cancelled: CancelCheck) -> str:
    """SOUND, or the code of the refusal a restore would give. Runs on a worker thread."""
    try:
        backups.check_restorable(path, cancelled)
    except JobCancelled:
        raise
    except UserError as refused:
        return refused.code
    return SOUND


class BackupChecks(QObject):
    """Checks the listed copies one after another; `checked` says each verdict."""

    checked = Signal(object, str)  # the copy's Path, its verdict

    def __init__(
        self, found: CheckedBackups, parent: QObject | None = None, check: Check = verdict_of
    ) -> None:
        super().__init__(parent)
        self.found, self._check = found, check
        self._waiting: list[Path] = []
        self._running: Worker | None = None
        self._running_key: CopyKey | None = None

    def check(self, paths: list[Path]) -> None:
        """Check these copies (newest first), instead of those asked before. A check under
        way is not stopped: its copy is usually still listed."""
        self._waiting = list(paths)
        self._next()

    @property
    def busy(self) -> bool:
        """A check is under way (or, stopped, has not said so yet)."""
        return self._running is not None

    def stop(self) -> None:
        """Nothing more is checked; a check under way stops within milliseconds."""
        self._waiting = []
        if self._running is not None:
            self._running.cancel()

    def _next(self) -> None:
        while self._running is None and self._waiting:
            path = self._waiting.pop(0)
            known = self.found.verdict(path)
            if known is not None:
                self.checked.emit(path, known)
                continue
            key = key_of(path)
            if key is None:
                continue
            self._start(key)

    def _start(self, key: CopyKey) -> None:
        check = self._check  # the job holds the function, not this object
        worker = Worker(lambda _progress, cancelled: check(key.path, cancelled))
        # methods of this object, not lambdas: a dialog closed meanwhile takes this
        # object with it, and with it these connections
        worker.signals.finished.connect(self._checked)
        worker.signals.failed.connect(self._not_checked)
        self._running, self._running_key = start(worker), key

    def _checked(self, verdict: str) -> None:
        key = self._running_key
        self._running = self._running_key = None
        if key is not None:
            self.found.remember(key, verdict)
            self.checked.emit(key.path, verdict)
        self._next()

    def _not_checked(self, error: Exception) -> None:
        if not isinstance(error, JobCancelled):
            log.warning("a backup could not be checked: %s", error)
        self._running = self._running_key = None
        self._next()
