"""Long work (import, big print jobs) off the GUI thread, with progress and cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from registration.domain.errors import EnvironmentProblem, UserError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs `job(progress, cancelled)` on the thread pool; signals arrive on the GUI thread."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # Python keeps it; Qt must not delete it under us

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the window, which shows it
            if not isinstance(error, UserError | EnvironmentProblem):
                log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
