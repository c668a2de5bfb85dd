"""The window follows other desks, backs up, and offers the organiser's tabs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.records import EventInfo
from registration.services import backups, checkin, events, registry
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from registration.ui.settings_dialog import backups_folder


@pytest.fixture
def window(qtbot: QtBot, db: Database, demo_event: EventInfo) -> MainWindow:
    window = build_main_window(db, Settings(desk="Desk 3"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_check_in_at_another_desk_shows_here_within_two_seconds(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    person = registry.list_participants(db, demo_event.id)[5]
    session = window.desk.session_id or events.list_sessions(db, demo_event.id)[0].id
    row = window.participants.row_of(person.id)
    assert row is not None

    result = checkin.check_in(db, person.badge_code, session, desk="Desk 9")  # another process

    qtbot.waitUntil(lambda: session in window.participants.participants()[row].sessions,
                    timeout=2000)
    checkin.annul(db, result.check_in.id, "wrong person", desk="Desk 9")
    qtbot.waitUntil(lambda: session not in window.participants.participants()[row].sessions,
                    timeout=2000)


def test_back_up_now_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Shift+B")

    action.trigger()

    [copy] = backups.list_backups(backups_folder(window.settings))
    assert str(copy.path) in window.statusBar().currentMessage()


def test_the_organiser_tabs_have_shortcuts(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Check-in desk", "Participants", "Attendance", "Printing", "Event setup"]
    by_key = {a.shortcut().toString(): a for a in window.actions()}
    by_key["F8"].trigger()
    assert window.tabs.currentWidget() is window.printing
