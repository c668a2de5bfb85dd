"""A read of the database off the window's thread that always ends on the latest state.

A tab that follows check-ins asks for a read on every change. One read runs at a time;
the requests made while it runs become exactly one more read after it (never dropped:
the last read starts after the last change it was asked for). A result read for a
question the user has since changed (another session, another grouping) is thrown away.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

from registration.ui.common.workers import Worker, start

Key = Hashable  # what is asked: (session id, grouping)


class LatestRead(QObject):
    """Runs `read(key)` in the background for the key `wanted()` names at that moment."""

    loaded = Signal(object)  # the result, for the key still wanted
    failed = Signal(object)  # the exception, for the key still wanted

    def __init__(
        self,
        read: Callable[[Any], Any],  # takes a key `wanted` returned
        wanted: Callable[[], Key | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read, self._wanted = read, wanted
        self._job: Worker | None = None
        self._again = False
        self._stopped = False

    @property
    def running(self) -> bool:
        return self._job is not None

    def request(self) -> None:
        """Read now, or once more after the read that is running."""
        if self._stopped:
            return
        if self._job is not None:
            self._again = True
            return
        key = self._wanted()
        if key is None:
            return
        read = self._read
        job = Worker(lambda _progress, _cancelled: read(key))
        job.signals.finished.connect(lambda result: self._ended(key, result, True))
        job.signals.failed.connect(lambda error: self._ended(key, error, False))
        self._job = job
        start(job)

    def stop(self) -> None:
        """No more reads; a result still on its way is dropped (the window is closing)."""
        self._stopped = True
        self._again = False

    def _ended(self, key: Key, value: object, succeeded: bool) -> None:
        self._job = None
        if self._stopped:
            return
        if key == self._wanted():
            (self.loaded if succeeded else self.failed).emit(value)
        else:
            self._again = True  # thrown away: what is wanted now is read instead
        if self._again:
            self._again = False
            self.request()
