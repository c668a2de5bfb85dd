"""A desk window over a server that hangs or stops: it never freezes, keeps counting,
says it is offline, and sends what waited when the server is back."""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services import registry
from registration.services.attendance import attendance_counts
from registration.services.demo import load_demo_event
from registration.storage.database import Database
from registration.storage.migrate import open_database
from registration.ui.main_window import MainWindow
from tests.throwaway_postgres import ThrowawayPostgres, own_postgres  # noqa: F401
from tests.ui.keys import press, type_text

# A connection the desk gave up on while the server hung is dropped, not closed (closing it
# would wait on the hung server too); psycopg warns when it is collected. Collected here,
# at the end of each test of this module, so the warning cannot surface in another one.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*was deleted while still open:ResourceWarning",
    "ignore::pytest.PytestUnraisableExceptionWarning",
)


@pytest.fixture(autouse=True)
def _collect_abandoned_connections() -> Iterator[None]:
    yield
    gc.collect()


class EventLoopGaps:
    """A 10 ms timer on the GUI thread: the longest wait between two ticks is the
    longest the window was frozen. A watchdog thread notes where the GUI thread was
    when it missed its ticks, for the failure message."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest_ms = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.stuck_in: list[str] = []
        self._last_tick = time.monotonic()
        self._gui_thread = threading.get_ident()
        self._watching = threading.Event()

    def start(self) -> None:
        self.clock.start()
        self.timer.start()
        self._watching.set()
        threading.Thread(target=self._watch, daemon=True).start()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self.clock.restart())
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


@pytest.fixture
def server(
    own_postgres: ThrowawayPostgres,  # noqa: F811
) -> Iterator[tuple[ThrowawayPostgres, Database, EventInfo]]:
    db = open_database(own_postgres.url)
    event = load_demo_event(db)
    yield own_postgres, db, event
    if own_postgres.hung:
        own_postgres.resume()
    db.dispose()


def _desk_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = build_main_window(db, Settings(desk="Desk 1"))
    qtbot.addWidget(window)
    window.show()
    assert window.link_status is not None
    link = window.link_status.link
    qtbot.waitUntil(lambda: link.status().list_copied_at is not None, timeout=10_000)
    session = window.desk.session_id or window.context.sessions[0].id
    window.desk.view.session.setCurrentIndex(window.desk.view.session.findData(session))
    window.activateWindow()
    window.desk.view.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.view.scan, timeout=3000)
    return window


def _scan(qtbot: QtBot, person: ParticipantRecord) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    for key in person.badge_code:  # a wedge scanner types a key every few milliseconds
        type_text(widget, key)
        qtbot.wait(2)
    press(widget, Qt.Key.Key_Return)
    qtbot.wait(30)


def _counted(db: Database, window: MainWindow) -> int:
    session = window.desk.session_id
    assert session is not None
    return attendance_counts(db, window.context.event.id).session_total(session)


def test_a_hung_server_never_freezes_the_window_and_the_desk_goes_offline_within_2_s(
    qtbot: QtBot, server: tuple[ThrowawayPostgres, Database, EventInfo]
) -> None:
    cluster, db, event = server
    people = registry.list_participants(db, event.id)[:8]
    window = _desk_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link
    _scan(qtbot, people[0])
    qtbot.waitUntil(lambda: _counted(db, window) == 1, timeout=5000)
    gaps = EventLoopGaps()
    gaps.start()

    cluster.hang()
    hung_at = time.monotonic()
    for person in people[1:4]:
        _scan(qtbot, person)
    qtbot.waitUntil(lambda: not link.online, timeout=3000)
    offline_after = time.monotonic() - hung_at
    qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=2000)
    for person in people[4:]:
        _scan(qtbot, person)
    qtbot.wait(1500)  # a few more polls of the hung server
    gaps.stop()

    assert gaps.longest_ms < 100, (gaps.longest_ms, gaps.stuck_in[:1])
    assert offline_after < 2.0, offline_after
    assert link.status().queued == 7
    assert "(7 waiting)" in window.link_status.label.text()
    cluster.resume()
    qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
    assert _counted(db, window) == 8
    window.close()


def test_the_server_stopped_then_started_during_a_session(
    qtbot: QtBot, server: tuple[ThrowawayPostgres, Database, EventInfo]
) -> None:
    cluster, db, event = server
    people = registry.list_participants(db, event.id)[:6]
    window = _desk_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link

    cluster.stop()
    for person in people[:5]:
        _scan(qtbot, person)
    qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=3000)
    assert link.status().queued == 5
    assert window.desk.view.counters.counts is not None
    cluster.start()
    qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
    _scan(qtbot, people[5])  # and on, online again, without a restart
    qtbot.waitUntil(lambda: _counted(db, window) == 6, timeout=5000)
    qtbot.waitUntil(lambda: "Online" in window.link_status.label.text(), timeout=3000)
    window.close()
