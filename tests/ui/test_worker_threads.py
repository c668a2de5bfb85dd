"""A background job's signals object dies on the window's thread, whoever lets go of the
worker last: deleted on the pool's thread, it crashed the event loop that was still
delivering its result (a segfault, seen once in a whole run)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from registration.ui.common import workers
from registration.ui.common.workers import Worker, start

JOBS = 40


def test_the_signals_of_a_worker_dropped_at_its_result_are_deleted_on_the_windows_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the desk's timers do: the caller forgets the worker when its result arrives,
    while the pool's thread may not have let go of it yet (made certain here by a pause
    after the job, as a busy machine makes it now and then)."""
    run = workers.Worker.run

    def run_then_pause(worker: Worker) -> None:
        run(worker)
        time.sleep(0.005)

    monkeypatch.setattr(workers.Worker, "run", run_then_pause)
    window_thread = QThread.currentThread()
    deleted_on: list[str] = []
    held: dict[int, Worker] = {}

    def launch(number: int, job: Callable[[object, object], int]) -> None:
        worker = held[number] = Worker(job)
        worker.signals.destroyed.connect(
            lambda *_: deleted_on.append(
                "window" if QThread.currentThread() is window_thread else "pool"
            )
        )
        worker.signals.finished.connect(lambda _result: held.pop(number))
        start(worker)

    for number in range(JOBS):
        launch(number, lambda _progress, _cancelled, n=number: n)

    qtbot.waitUntil(lambda: not held, timeout=10_000)
    for _ in range(100):  # deleted later, by the window's event loop
        if len(deleted_on) == JOBS:
            break
        qtbot.wait(30)
    assert deleted_on.count("window") == JOBS, f"{deleted_on.count('window')} of {JOBS}"
