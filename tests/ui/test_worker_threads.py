"""A background job's signals object dies on the window's thread, whoever lets go of the
worker last: deleted on the pool's thread, it crashed the event loop that was still
delivering its result (a segfault, seen once in a whole run)."""

from __future__ import annotations

import os
import subprocess
import sys
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


DROPPED_IN_FLIGHT = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from registration.ui.common.workers import Worker, start

app = QApplication([])
held, dropped, started = {}, [0], 0
total = int(sys.argv[1])


def launch(number):
    def job(progress, _cancelled):
        for done in range(3):
            progress(done, 3)
        return number

    def at_progress(done, _total):
        if done == 1 and held.pop(number, None) is not None:
            dropped[0] += 1  # the caller lets go while the worker's signals are in flight

    worker = held[number] = Worker(job)
    worker.signals.progress.connect(at_progress)
    start(worker)


while dropped[0] < total:
    while len(held) < 16 and started < total:
        launch(started)
        started += 1
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("ok", dropped[0])
"""


@pytest.mark.slow
def test_workers_dropped_while_their_signals_are_in_flight_do_not_crash_the_event_loop() -> None:
    """30,000 jobs whose callers forget them at their first progress report; in its own
    process, as a crash would end the test run. Before the fix 3 runs of 4 ended in a
    segfault or bus error inside processEvents()."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", DROPPED_IN_FLIGHT, "30000"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["ok", "30000"]
