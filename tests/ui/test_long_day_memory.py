"""What a window does again and again all day (poll, count, redraw) leaves nothing behind."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QThreadPool

from registration.services.checkin import check_in
from registration.services.events import list_issue_areas, list_provinces, list_sessions
from registration.services.registry import list_participants
from registration.ui.attendance.attendance_view import AttendanceView
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
