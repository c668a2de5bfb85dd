"""A new event from an empty database: name, venue, days; one session a day."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from registration.services import events
from registration.storage.database import Database
from registration.ui.event_setup import start_dialog
from registration.ui.event_setup.new_event_dialog import NewEventDialog
from tests.ui.dialogs import click_in_message_box


def create_button(dialog: NewEventDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def dialog(qtbot: QtBot) -> NewEventDialog:
    dialog = NewEventDialog(today=date(2026, 11, 30))
    qtbot.addWidget(dialog)
    return dialog


def test_create_waits_for_a_name_and_dates_in_order(dialog: NewEventDialog) -> None:
    assert not create_button(dialog).isEnabled()
    assert dialog.problem.text() == "Give the event a name."

    dialog.name.setText("สัมมนาแผนยุทธศาสตร์จังหวัด")
    assert create_button(dialog).isEnabled() and dialog.problem.text() == ""

    dialog.ends_on.setDate(QDate(2026, 11, 29))
    assert not create_button(dialog).isEnabled()
    assert dialog.problem.text() == "The event cannot end before it starts."

    dialog.ends_on.setDate(QDate(2027, 11, 30))  # a year too far: a typo
    assert not create_button(dialog).isEnabled()
    assert "check the dates" in dialog.problem.text()


def test_two_days_make_two_day_sessions(dialog: NewEventDialog) -> None:
    dialog.name.setText("  สัมมนาแผนยุทธศาสตร์จังหวัด ")
    dialog.venue.setText("โรงแรมริเวอร์ไซด์")
    dialog.ends_on.setDate(QDate(2026, 12, 1))
    assert dialog.dates_in_words.text() == "30 November 2026 – 1 December 2026"

    new = dialog.value()
    assert (new.name, new.venue) == ("สัมมนาแผนยุทธศาสตร์จังหวัด", "โรงแรมริเวอร์ไซด์")
    assert [(s.title, s.starts_at, s.ends_at) for s in new.sessions()] == [
        ("Day 1", datetime(2026, 11, 30, 8), datetime(2026, 11, 30, 17)),
        ("Day 2", datetime(2026, 12, 1, 8), datetime(2026, 12, 1, 17)),
    ]


def test_an_empty_database_creates_the_event_the_organiser_described(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_in(dialog: NewEventDialog) -> int:
        dialog.name.setText("เวทีเครือข่ายภาคกลาง")
        dialog.venue.setText("ศูนย์ประชุม")
        dialog.starts_on.setDate(QDate(2027, 2, 9))
        dialog.ends_on.setDate(QDate(2027, 2, 10))
        return QDialog.DialogCode.Accepted.value

    click_in_message_box(monkeypatch, "Create an event…")
    monkeypatch.setattr(NewEventDialog, "exec", fill_in)

    assert start_dialog.offer_first_event(db, "Desk 1")

    event = events.list_events(db)[0]
    assert (event.name, event.venue) == ("เวทีเครือข่ายภาคกลาง", "ศูนย์ประชุม")
    assert (event.starts_on, event.ends_on) == (date(2027, 2, 9), date(2027, 2, 10))
    sessions = events.list_sessions(db, event.id)
    assert [s.starts_at.date() for s in sessions] == [date(2027, 2, 9), date(2027, 2, 10)]
