"""Event setup as an organiser uses it: retime a session, add one, recolour an issue area."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox

from registration.services.checkin import check_in
from registration.services.events import create_event, get_event, list_issue_areas, list_sessions
from registration.services.registry import list_participants
from registration.ui.event_setup.event_setup_view import EventSetupView

THAI_LETTER = re.compile(r"[\u0e01-\u0e5b]")


@pytest.fixture
def thai_window(qapp):
    """The Thai translation installed, as in a Thai window; removed afterwards."""
    from registration.i18n import install_translator

    translator = install_translator(qapp, "th")
    yield
    qapp.removeTranslator(translator)


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


def test_a_session_nobody_checked_in_to_can_be_deleted(qtbot, db, demo_event, view, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    before = list_sessions(db, demo_event.id)
    view.session_list.setCurrentRow(len(before) - 1)
    assert view.delete_session.isEnabled()

    with qtbot.waitSignal(view.changed):
        view.delete_session.click()

    assert [s.id for s in list_sessions(db, demo_event.id)] == [s.id for s in before[:-1]]
    assert view.session_list.count() == len(before) - 1
    assert view.session_problem.text() == "Session deleted."


def test_a_session_with_check_ins_cannot_be_deleted_and_says_why(qtbot, db, demo_event, view):
    sessions = list_sessions(db, demo_event.id)
    person = list_participants(db, demo_event.id)[0]
    check_in(db, person.badge_code, sessions[0].id, "Desk 2")
    view.reload()

    view.session_list.setCurrentRow(0)

    assert not view.delete_session.isEnabled()
    assert view.delete_reason.text().startswith("1 check-in(s) were recorded")
    view.session_list.setCurrentRow(1)
    assert view.delete_session.isEnabled() and view.delete_reason.text() == ""


def test_an_empty_session_form_starts_on_the_events_first_day(qtbot, db) -> None:
    event = create_event(db, "วันเดียว", date(2026, 12, 24), date(2026, 12, 25))
    view = EventSetupView(db, event, "Desk 1")
    qtbot.addWidget(view)

    assert view.starts_at.dateTime() == QDateTime(QDate(2026, 12, 24), QTime(9, 0))
    assert view.ends_at.dateTime() == QDateTime(QDate(2026, 12, 24), QTime(10, 0))


def test_the_demo_opens_with_a_form_inside_the_event_not_in_2000(view) -> None:
    assert view.starts_at.date().year() == 2019


def test_saving_says_so(qtbot, db, demo_event, view) -> None:
    view.name.setText("งานทดลอง")
    view.save_event.click()
    assert view.event_problem.text() == "Event saved: every tab shows it now."

    view.session_list.setCurrentRow(0)
    view.save_session.click()
    assert view.session_problem.text() == (
        "Session saved: the desk and the printing tab offer it now."
    )

    view.area_list.setCurrentRow(0)
    view.save_area.click()
    assert view.area_problem.text() == "Issue area saved."


def test_the_saved_note_leaves_the_event_fields_where_they_were(
    qtbot, db, demo_event, thai_window
) -> None:
    """In Thai the note wrapped in the labels' column and pushed every field aside."""
    view = EventSetupView(db, demo_event, "Desk 1")
    qtbot.addWidget(view)
    view.resize(1366, 650)
    view.show()
    qtbot.waitExposed(view)
    fields = [view.name.geometry(), view.venue.geometry(), view.save_event.geometry()]

    view.save_event.click()
    qtbot.wait(150)  # the layouts settle (posted layout requests, one per box)

    assert view.event_problem.text().startswith("บันทึกงานแล้ว")
    assert [view.name.geometry(), view.venue.geometry(), view.save_event.geometry()] == fields


def test_a_refusal_is_in_thai_in_the_thai_window(qtbot, db, demo_event, thai_window) -> None:
    view = EventSetupView(db, demo_event, "Desk 1")
    qtbot.addWidget(view)
    view.name.setText("  ")

    view.save_event.click()

    assert THAI_LETTER.search(view.event_problem.text())


def test_session_dates_read_in_the_buddhist_era_in_thai(qtbot, db, demo_event, thai_window):
    view = EventSetupView(db, demo_event, "Desk 1")
    qtbot.addWidget(view)
    view.session_list.setCurrentRow(0)

    first = list_sessions(db, demo_event.id)[0].starts_at
    assert view.starts_reading.text() == f"9 กุมภาพันธ์ 2562 {first:%H:%M}"
    assert "2019" in view.starts_at.text() and "ค.ศ." in view.starts_at.text()
    assert "ค.ศ." in view.starts_on.text()

    view.starts_at.setDateTime(QDateTime(QDate(2019, 2, 10), QTime(13, 30)))
    assert view.starts_reading.text() == "10 กุมภาพันธ์ 2562 13:30"
