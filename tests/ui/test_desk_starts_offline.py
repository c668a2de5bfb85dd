"""A desk that starts while its server is down or hung: the window opens on the desk's
copy, says it works offline, counts and queues scans, and joins the server when it is
back, without a restart. Run through the real start (app.run_window)."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from registration import app
from registration.app import build_main_window
from registration.config import Settings, save_settings
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services import registry
from registration.services.attendance import attendance_counts
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer
from tests.ui.server_desks import EventLoopGaps, scan, server_window

pytestmark = ABANDONED_CONNECTIONS
Scenario = Callable[[MainWindow], None]


def _a_day_online(qtbot: QtBot, db: Database) -> None:
    """The desk has been online once: its file holds what the window needs."""
    save_settings(Settings(desk="Desk 1"))
    window = build_main_window(db, Settings(desk="Desk 1"))
    qtbot.addWidget(window)
    assert window.link_status is not None
    link = window.link_status.link
    qtbot.waitUntil(lambda: link.status().list_copied_at is not None, timeout=10_000)
    window.close()


def _start_window(
    monkeypatch: pytest.MonkeyPatch, url: str, scenario: Scenario
) -> tuple[int, float, list[int]]:
    """app.run_window as a user starts it; `scenario` runs where the event loop would.
    Returns the exit code, the seconds until the window was shown, and forced exits."""
    started = time.monotonic()
    opened: list[float] = []
    forced: list[int] = []

    def exec_(_app: QApplication) -> int:
        opened.append(time.monotonic() - started)
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        try:
            scenario(window)
        finally:  # a failed scenario too: no window of this test polls on into the next
            window.close()
            window.deleteLater()  # on this thread, not wherever the collector finds it
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setattr(app, "leave_now", forced.append)
    code = app.run_window(argparse.Namespace(database=url))
    return code, opened[0], forced


def _counted(db: Database, event: EventInfo, session_id: int) -> int:
    return attendance_counts(db, event.id).session_total(session_id)


def _offline_desk_scans_then_joins(
    qtbot: QtBot,
    window: MainWindow,
    server: DemoServer,
    people: list[ParticipantRecord],
    bring_back: Callable[[], None],
) -> None:
    _cluster, db, event = server
    link = window.context.link
    assert link is not None and window.link_status is not None
    label = window.link_status.label
    qtbot.waitUntil(lambda: "Offline since" in label.text(), timeout=2000)
    # the list comes from the copy: the name search works offline
    qtbot.waitUntil(lambda: window.participant_rows.rowCount() > 0, timeout=3000)
    session = window.desk.session_id or window.context.sessions[0].id
    window.desk.view.session.setCurrentIndex(window.desk.view.session.findData(session))
    qtbot.waitUntil(lambda: window.desk.view.counters.counts is not None, timeout=3000)
    window.activateWindow()
    window.desk.view.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.view.scan, timeout=3000)
    for person in people:
        scan(qtbot, person)
    assert link.status().queued == len(people)
    assert "(5 waiting)" in label.text(), label.text()
    assert window.desk.view.counters.changes == len(people)

    bring_back()
    qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
    qtbot.waitUntil(lambda: "Online" in label.text(), timeout=3000)
    assert _counted(db, event, session) == len(people)
    # the window reads the list from the server again: counts match
    qtbot.waitUntil(
        lambda: (
            sum(session in p.sessions for p in window.participant_rows.participants())
            == len(people)
        ),
        timeout=5000,
    )


def test_a_desk_starts_on_its_copy_while_the_server_is_down_and_joins_it_when_it_is_back(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: DemoServer,
) -> None:
    cluster, db, event = demo_server
    people = registry.list_participants(db, event.id)[:5]
    _a_day_online(qtbot, db)
    db.dispose()
    cluster.stop()

    code, opened_after, forced = _start_window(
        monkeypatch,
        cluster.url,
        lambda window: _offline_desk_scans_then_joins(
            qtbot, window, demo_server, people, cluster.start
        ),
    )

    assert code == 0 and forced == []
    assert opened_after < 2.0, opened_after


def test_a_desk_starts_on_its_copy_while_the_server_hangs_without_freezing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: DemoServer,
) -> None:
    cluster, db, event = demo_server
    people = registry.list_participants(db, event.id)[:5]
    _a_day_online(qtbot, db)
    db.dispose()
    gaps = EventLoopGaps()

    def scenario(window: MainWindow) -> None:
        gaps.start()
        _offline_desk_scans_then_joins(qtbot, window, demo_server, people, cluster.resume)
        gaps.stop()

    with cluster.hanging():  # the scenario resumes it; a failed one too, on the way out
        code, opened_after, _forced = _start_window(monkeypatch, cluster.url, scenario)

    assert code == 0
    assert opened_after < 2.0, opened_after
    assert gaps.longest_ms < 100, (gaps.longest_ms, gaps.longest_raw_ms, gaps.stuck_in[:1])


def test_on_a_hung_server_the_tabs_do_not_freeze_and_the_window_closes_promptly(
    qtbot: QtBot, demo_server: DemoServer
) -> None:
    cluster, db, _event = demo_server
    window = server_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link
    tabs = (window.missing, window.attendance, window.groups, window.printing)
    after = EventLoopGaps()

    with cluster.hanging():
        started = time.monotonic()  # before the link notices, a tab may wait, never without limit
        window.tabs.setCurrentWidget(window.missing)  # reads on the window's thread
        first_wait = time.monotonic() - started
        qtbot.waitUntil(lambda: not link.online, timeout=3000)
        after.start()  # once it has: not a frame lost
        for tab in tabs:
            window.tabs.setCurrentWidget(tab)
            qtbot.wait(50)
        qtbot.wait(1500)
        after.stop()
        started = time.monotonic()
        window.close()
        closed_in = time.monotonic() - started

    assert after.longest_ms < 100, (after.longest_ms, after.longest_raw_ms, after.stuck_in[:1])
    assert first_wait < 1.5, first_wait
    assert "cannot be reached" in window.missing.problem.text()
    assert closed_in < 1.0, closed_in
