"""Long work (import, big print jobs) off the GUI thread, with progress and cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QThread, QThreadPool, Signal

from registration.domain.errors import EnvironmentProblem, UserError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    """Made on the window's thread and deleted there, after its result was delivered.

    Owned by the application, not by its last Python reference: the pool's thread
    holds the worker until `run` returns, and dropped there last it would delete the
    object on the wrong thread, while the window's thread may still be finishing the
    event that delivered the result (a crash in the event loop).
    """

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    _ended = Signal(object, bool)  # from the pool's thread: the value, and whether it is a result

    def __init__(self) -> None:
        super().__init__(_owner())
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
        if self.parent() is not None:
            self.deleteLater()


def _owner() -> QObject | None:
    """The application, when the worker is made on its thread (as the window does)."""
    app = QCoreApplication.instance()
    return app if app is not None and QThread.currentThread() is app.thread() else None


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
            self._end(error, False)
        else:
            self._end(result, True)

    def _end(self, value: object, succeeded: bool) -> None:
        with suppress(RuntimeError):  # the application is gone (a job outlived the window)
            self.signals._ended.emit(value, succeeded)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker.run)
    return worker
