"""Event setup as an organiser uses it: retime a session, add one, recolour an issue area."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from registration.services.events import get_event, list_issue_areas, list_sessions
from registration.ui.event_setup.event_setup_view import EventSetupView


@pytest.fixture
def view(qtbot, db, demo_event):
    widget = EventSetupView(db, demo_event, "Desk 1")
    qtbot.addWidget(widget)
    return widget


def test_moving_a_session_to_the_afternoon(qtbot, db, demo_event, view) -> None:
    first = list_sessions(db, demo_event.id)[0]
    view.session_list.setCurrentRow(0)
    assert view.title.text() == first.title

    view.starts_at.setDateTime(QDateTime(QDate(2019, 2, 10), QTime(16, 0)))
    view.ends_at.setDateTime(QDateTime(QDate(2019, 2, 10), QTime(17, 0)))
    with qtbot.waitSignal(view.changed):
        view.save_session.click()

    moved = {s.id: s for s in list_sessions(db, demo_event.id)}[first.id]
    assert moved.starts_at == datetime(2019, 2, 10, 16, 0)
    assert list_sessions(db, demo_event.id)[-1].id == first.id
    assert view.session_list.currentItem().text().startswith("10/02 16:00")


def test_a_session_ending_before_it_starts_is_refused_inline(qtbot, db, demo_event, view):
    before = list_sessions(db, demo_event.id)
    view.session_list.setCurrentRow(1)
    view.ends_at.setDateTime(view.starts_at.dateTime().addSecs(-60))

    view.save_session.click()

    assert "must end after it starts" in view.session_problem.text()
    assert list_sessions(db, demo_event.id) == before


def test_adding_a_session(qtbot, db, demo_event, view) -> None:
    count = len(list_sessions(db, demo_event.id))
    view.new_session.click()
    view.save_session.click()
    assert view.session_problem.text() == "The session needs a title."

    qtbot.keyClicks(view.title, "Closing")
    view.save_session.click()

    assert len(list_sessions(db, demo_event.id)) == count + 1
    assert view.session_list.count() == count + 1


def test_recolouring_an_issue_area_and_renaming_the_event(qtbot, db, demo_event, view, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#123456"))
    view.area_list.setCurrentRow(0)
    view.colour_button.click()
    view.save_area.click()
    assert list_issue_areas(db, demo_event.id)[0].colour == "#123456"

    view.name.setText("งานทดลอง")
    view.save_event.click()
    assert get_event(db, demo_event.id).name == "งานทดลอง"


def test_the_event_dates_read_in_the_buddhist_era_in_thai(qtbot, db, demo_event, monkeypatch):
    from registration.ui.event_setup import event_setup_view

    monkeypatch.setattr(event_setup_view, "current_language", lambda: "th")
    view = EventSetupView(db, demo_event, "Desk 1")
    qtbot.addWidget(view)

    assert view.dates_in_words.text() == "9–10 กุมภาพันธ์ 2562"
    monkeypatch.setattr(event_setup_view, "current_language", lambda: "en")
    view.ends_on.setDate(view.ends_on.date().addDays(1))
    assert view.dates_in_words.text() == "9–11 February 2019"
