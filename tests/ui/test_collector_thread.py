"""Qt objects in reference cycles are freed on the window's thread, whoever allocates.

Python's cycle collector ran on whichever thread crossed its threshold, often a
background job's; a desk controller left in a cycle (with its 15 s counter timer) was
then deleted on the pool's thread, Qt could not unregister the timer from there, and
it fired into freed memory seconds later: "Fatal Python error: Segmentation fault" in a
later test's event loop (QTimerInfoList::activateTimers -> QApplication::notify).
"""

from __future__ import annotations

import os
import subprocess
import sys

CYCLE_FREED_BY_A_BUSY_JOB = """
import sys, threading
from PySide6.QtCore import QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from registration.ui.common.collector import collect_on_gui_thread

app = QApplication([])
if sys.argv[1] == "guarded":
    collect_on_gui_thread(app)
freed_on = []


class Freed:
    def __del__(self):
        freed_on.append(threading.current_thread() is threading.main_thread())


class Controller(QObject):  # made without a parent, as the desk's tests make one
    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: None)
        self.timer.start(20)
        self.me = self  # only the cycle collector frees it
        self.mark = Freed()


Controller()


def busy_job():
    junk = [[] for _ in range(20000)]  # allocates enough to start a collection


QThreadPool.globalInstance().start(busy_job)
QThreadPool.globalInstance().waitForDone()
keep = [[] for _ in range(5000)]  # the window's thread allocates too
for _ in range(30):
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()  # the timer fires here: into freed memory, if freed on the pool
    if freed_on:
        break
print("freed on the window's thread" if freed_on == [True] else f"freed: {freed_on}")
"""


def run_child(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CYCLE_FREED_BY_A_BUSY_JOB, mode],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_a_qt_object_in_a_cycle_is_freed_on_the_windows_thread_not_a_jobs() -> None:
    """In its own process, as the fault is a segfault. Without the collector on the
    window's thread the child dies (SIGSEGV) every run."""
    run = run_child("guarded")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "freed on the window's thread"
