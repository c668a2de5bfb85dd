"""What a window does again and again all day (poll, count, redraw, long jobs) leaves
nothing behind."""

from __future__ import annotations

import gc
import os
import platform
import subprocess
import sys
import weakref

import pytest
from PySide6.QtCore import QThreadPool

from registration.services.checkin import check_in
from registration.services.events import list_issue_areas, list_provinces, list_sessions
from registration.services.registry import list_participants
from registration.ui.attendance.attendance_view import AttendanceView
from registration.ui.common.background import run_with_progress
from registration.ui.common.workers import Worker, start


def test_finished_workers_are_freed_even_when_their_slots_hold_them(qtbot) -> None:
    """As the desk's counters do: the slot is a lambda that names the worker."""
    running: list[Worker] = []
    left: list[weakref.ref[object]] = []
    for n in range(50):
        worker = Worker(lambda _progress, _cancelled, n=n: n)
        running.append(worker)
        left += [weakref.ref(worker), weakref.ref(worker.signals)]
        worker.signals.finished.connect(lambda _n, worker=worker: running.remove(worker))
        start(worker)
    del worker
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not running)
    gc.collect()

    assert [ref for ref in left if ref() is not None] == []


def test_a_refreshed_attendance_chart_does_not_keep_the_old_one(qtbot, db, demo_event) -> None:
    view = AttendanceView(
        db,
        demo_event.id,
        list_sessions(db, demo_event.id),
        list_provinces(db),
        list_issue_areas(db, demo_event.id),
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.show()
    first = view.chart_view.chart()
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    person = list_participants(db, demo_event.id)[0]
    check_in(db, person.badge_code, list_sessions(db, demo_event.id)[0].id, "Desk 2")

    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.refresh()

    assert view.chart_view.chart() is not first
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)


def _resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(
    platform.libc_ver()[0] != "glibc",
    reason="glibc keeps what a thread freed; other C libraries hand it back themselves",
)
def test_memory_a_long_job_freed_goes_back_to_the_system(qtbot) -> None:
    """An export or a big print runs on a worker thread; what it freed there used to stay
    in the window for good (glibc keeps it in that thread's arena)."""

    def job(_progress: object, _cancelled: object) -> int:
        chunks = [bytearray(1000) for _ in range(60_000)]  # 60 MB in small pieces
        return len(chunks)

    run_with_progress(None, "warm", job)  # the pool's threads and their arenas exist now
    before = _resident_bytes()

    assert run_with_progress(None, "Export", job) == 60_000

    assert _resident_bytes() - before < 15 * 1024 * 1024


_WORKER_ARENA_JOB = """
import os, sys, threading
from registration.ui.common.freed_memory import give_back_freed_memory, keep_big_blocks_apart

def resident():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

if sys.argv[1] == "kept apart":
    keep_big_blocks_apart()

def job():
    big = bytearray(8 * 1024 * 1024)  # a big buffer freed (the export's zip, a backup)
    del big
    pieces = [bytearray(64 * 1024) for _ in range(192)]  # 12 MB of middle-sized blocks
    del pieces

before = resident()
for _ in range(3):
    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
give_back_freed_memory()
print(resident() - before)
"""


@pytest.mark.skipif(
    platform.libc_ver()[0] != "glibc",
    reason="glibc's thresholds; other C libraries hand freed memory back themselves",
)
def test_a_worker_thread_frees_a_big_buffer_and_still_gives_its_memory_back() -> None:
    """After a big block is freed glibc raises its thresholds, and what a worker thread
    frees then stays at the top of its arena, out of malloc_trim's reach: each export
    left the window megabytes bigger. Kept apart, it goes back (a fresh process each, as
    the thresholds are the process's)."""

    def grown(setting: str) -> int:
        run = subprocess.run(
            [sys.executable, "-c", _WORKER_ARENA_JOB, setting],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return int(run.stdout.strip())

    # The trap is real here, though not in every run: which arena a new thread takes
    # varies, and one run in ten or so keeps only 5 MB. It shows in one of five runs.
    assert any(grown("glibc's defaults") > 8 * 1024 * 1024 for _ in range(5))
    # The fix must hold in every run.
    assert all(grown("kept apart") < 2 * 1024 * 1024 for _ in range(3))
