"""Helpers for the window tests over a server that hangs or stops: a desk's window once
it has its copy, a watch on the event loop's frames, and a wedge scanner's scan."""

from __future__ import annotations

import sys
import threading
import time
import traceback

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.records import ParticipantRecord
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from tests.ui.keys import press, type_text


def server_window(qtbot: QtBot, db: Database, desk: str = "Desk 1") -> MainWindow:
    """A desk's window on the server, shown, once it has copied the participant list."""
    window = build_main_window(db, Settings(desk=desk))
    qtbot.addWidget(window)
    window.show()
    assert window.link_status is not None
    link = window.link_status.link
    qtbot.waitUntil(lambda: link.status().list_copied_at is not None, timeout=10_000)
    return window


class EventLoopGaps:
    """A 10 ms timer on the GUI thread: the longest wait between two ticks is the
    longest the window was frozen. A watchdog thread notes where the GUI thread was
    when it missed its ticks, for the failure message.

    Time the GUI thread spent waiting for a CPU (the kernel's run-queue delay, where
    Linux tells it) is not the window's doing and is left out: on a machine busy with
    other work a tick can come 150 ms late while the event loop had nothing to do.
    `longest_raw_ms` keeps the gap as the clock saw it.
    """

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest_ms = 0
        self.longest_raw_ms = 0
        self._queued_ms = _run_queue_ms()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.stuck_in: list[str] = []
        self._last_tick = time.monotonic()
        self._gui_thread = threading.get_ident()
        self._watching = threading.Event()
        self._watchdog: threading.Thread | None = None

    def start(self) -> None:
        self.clock.start()
        self._queued_ms = _run_queue_ms()
        self.timer.start()
        self._watching.set()
        self._watchdog = threading.Thread(target=self._watch, daemon=True)
        self._watchdog.start()

    def _tick(self) -> None:
        gap, queued = self.clock.restart(), _run_queue_ms()
        self.longest_raw_ms = max(self.longest_raw_ms, gap)
        self.longest_ms = max(self.longest_ms, gap - (queued - self._queued_ms))
        self._queued_ms = queued
        self._last_tick = time.monotonic()

    def _watch(self) -> None:
        while self._watching.is_set():
            time.sleep(0.02)
            if time.monotonic() - self._last_tick > 0.08:
                frame = sys._current_frames().get(self._gui_thread)
                if frame is not None:
                    self.stuck_in.append("".join(traceback.format_stack(frame)[-6:]))

    def stop(self) -> None:
        self.timer.stop()
        self._watching.clear()
        if self._watchdog is not None:
            self._watchdog.join(timeout=1)


def _run_queue_ms() -> int:
    """How long the calling thread has waited for a CPU so far (0 where not told)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stats:
            return int(stats.read().split()[1]) // 1_000_000
    except (OSError, IndexError, ValueError):
        return 0


def scan(qtbot: QtBot, person: ParticipantRecord) -> None:
    """The person's badge, as a wedge scanner types it into the focused widget."""
    widget = QApplication.focusWidget()
    assert widget is not None
    for key in person.badge_code:  # a wedge scanner types a key every few milliseconds
        type_text(widget, key)
        qtbot.wait(2)
    press(widget, Qt.Key.Key_Return)
    qtbot.wait(30)
