"""Long work (import, big print jobs) off the GUI thread, with progress and cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, QObject, QThreadPool, Signal

from registration.domain.errors import EnvironmentProblem, UserError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    _ended = Signal(object, bool)  # from the pool's thread: the value, and whether it is a result

    def __init__(self) -> None:
        super().__init__()
        self._ended.connect(self._deliver)  # queued to the thread that made the worker

    def _deliver(self, value: object, succeeded: bool) -> None:
        (self.finished if succeeded else self.failed).emit(value)
        # The callers' slots are often lambdas that hold the worker: a cycle through Qt's
        # connections that Python's collector cannot see. Cut it once the job is over.
        for signal, signature in (
            (self.progress, "progress(int,int)"),
            (self.finished, "finished(PyObject)"),
            (self.failed, "failed(PyObject)"),
        ):
            if self.receivers(SIGNAL(signature)) > 0:  # disconnect() raises when there are none
                signal.disconnect()


class Worker:
    """Runs `job(progress, cancelled)` on the thread pool; signals arrive on the GUI thread.

    The caller keeps the worker until `finished` or `failed` arrives. The pool holds only
    the bound `run` until it returns: a QRunnable handed to the pool without auto-delete
    stayed alive for good (with its signals and its job's closure), one a second from
    the change feed alone.
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the window, which shows it
            if not isinstance(error, UserError | EnvironmentProblem):
                log.exception("background job failed")
            self.signals._ended.emit(error, False)
        else:
            self.signals._ended.emit(result, True)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker.run)
    return worker
