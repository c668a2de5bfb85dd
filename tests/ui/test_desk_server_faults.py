"""A desk window over a server that hangs or stops: it never freezes, keeps counting,
says it is offline, and sends what waited when the server is back."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from registration.services import registry
from registration.services.attendance import attendance_counts
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer
from tests.ui.server_desks import EventLoopGaps, scan, server_window

pytestmark = ABANDONED_CONNECTIONS


def _desk_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = server_window(qtbot, db)
    session = window.desk.session_id or window.context.sessions[0].id
    window.desk.view.session.setCurrentIndex(window.desk.view.session.findData(session))
    window.activateWindow()
    window.desk.view.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.view.scan, timeout=3000)
    return window


def _counted(db: Database, window: MainWindow) -> int:
    session = window.desk.session_id
    assert session is not None
    return attendance_counts(db, window.context.event.id).session_total(session)


def test_a_hung_server_never_freezes_the_window_and_the_desk_goes_offline_within_2_s(
    qtbot: QtBot, demo_server: DemoServer
) -> None:
    cluster, db, event = demo_server
    people = registry.list_participants(db, event.id)[:8]
    window = _desk_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link
    scan(qtbot, people[0])
    qtbot.waitUntil(lambda: _counted(db, window) == 1, timeout=5000)
    gaps = EventLoopGaps()

    with cluster.hanging():
        hung_at = time.monotonic()
        gaps.start()  # from here on the window answers, not the test's own hang()
        for person in people[1:4]:
            scan(qtbot, person)
        qtbot.waitUntil(lambda: not link.online, timeout=3000)
        offline_after = time.monotonic() - hung_at
        qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=2000)
        for person in people[4:]:
            scan(qtbot, person)
        qtbot.wait(1500)  # a few more polls of the hung server
        gaps.stop()
        queued, label = link.status().queued, window.link_status.label.text()

    assert gaps.longest_ms < 100, (gaps.longest_ms, gaps.longest_raw_ms, gaps.stuck_in[:1])
    assert offline_after < 2.0, offline_after
    assert queued == 7
    assert "(7 waiting)" in label
    qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
    assert _counted(db, window) == 8
    window.close()


def test_the_server_stopped_then_started_during_a_session(
    qtbot: QtBot, demo_server: DemoServer
) -> None:
    cluster, db, event = demo_server
    people = registry.list_participants(db, event.id)[:6]
    window = _desk_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link

    cluster.stop()
    for person in people[:5]:
        scan(qtbot, person)
    qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=3000)
    assert link.status().queued == 5
    assert window.desk.view.counters.counts is not None
    cluster.start()
    qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
    scan(qtbot, people[5])  # and on, online again, without a restart
    qtbot.waitUntil(lambda: _counted(db, window) == 6, timeout=5000)
    qtbot.waitUntil(lambda: "Online" in window.link_status.label.text(), timeout=3000)
    window.close()


def test_the_still_missing_tab_shows_the_desks_copy_when_the_server_hangs_mid_read(
    qtbot: QtBot, demo_server: DemoServer
) -> None:
    """A read the tab started just as the server hung waited for good on a pool thread
    (a hung server keeps its connections up): the list never followed again. It gives
    up after a few seconds and shows the desk's copy; the window answers all along."""
    cluster, db, _event = demo_server
    window = _desk_window(qtbot, db)
    missing = window.missing
    window.tabs.setCurrentWidget(missing)
    qtbot.waitUntil(lambda: missing.found is not None and not missing.reading, timeout=5000)
    assert missing.problem.text() == ""
    gaps = EventLoopGaps()
    with cluster.hanging():
        gaps.start()
        missing.refresh()  # before the desk's link notices
        missing.refresh()  # and a check-in meanwhile: one more read, after it
        qtbot.waitUntil(lambda: "this desk's copy" in missing.problem.text(), timeout=10_000)
        qtbot.waitUntil(lambda: not missing.reading, timeout=10_000)
        gaps.stop()
    assert missing.tree.topLevelItemCount() > 0
    # the window's thread once waited GUI_WAIT_S (1 s) for the server here; painting the
    # list filled from the copy takes up to ~150 ms on a loaded machine
    assert gaps.longest_ms < 500, (gaps.longest_ms, gaps.longest_raw_ms, gaps.stuck_in[:1])
    window.close()
