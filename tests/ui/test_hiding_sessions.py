"""Hiding a session people checked in to, as an organiser does it in Event setup: with the
keyboard, the reason typed into the question. The desk and the printing tab stop offering
it at once, a desk on it moves off and says why; Show again brings it back."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from registration.services import events
from registration.services.checkin import check_in
from registration.services.export import export_attendance
from registration.services.registry import list_participants
from registration.ui.event_setup.hide_dialog import HideSessionDialog
from registration.ui.main_window import MainWindow
from tests.ui.keys import focused, press_key, type_like_person

REASON = "ซ้ำกับรอบบ่าย"


def _choose_in_setup(qtbot, window: MainWindow, session_id: int) -> None:
    """Event setup, the session list focused, the session chosen with the arrow keys."""
    setup = window.setup
    window.tabs.setCurrentWidget(setup)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    setup.session_list.setFocus()
    press_key(Qt.Key.Key_Home)
    target = next(row for row, s in enumerate(setup.sessions) if s.id == session_id)
    for _ in range(target):
        press_key(Qt.Key.Key_Down)
    assert setup.sessions[setup.session_list.currentRow()].id == session_id


def _press_button(qtbot, button) -> None:
    window = button.window()
    window.activateWindow()  # the window manager gives the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    press_key(Qt.Key.Key_Space)


def _reason_field(qtbot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HideSessionDialog))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    field = focused()
    assert isinstance(field, QLineEdit) and isinstance(field.window(), HideSessionDialog)
    return field


def _offered_on_desk_and_printing(window: MainWindow, session_id: int) -> tuple[bool, bool]:
    return (
        window.desk.view.session.findData(session_id) >= 0,
        window.printing.session.findData(session_id) >= 0,
    )


def test_hiding_a_session_with_check_ins_moves_the_desk_off_it_and_show_again_brings_it_back(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    db, event_id = window.context.db, window.context.event.id
    session_id = window.desk.session_id
    assert session_id is not None
    title = events.get_session(db, session_id).title
    for person in list_participants(db, event_id)[:2]:
        check_in(db, person.badge_code, session_id, "Desk 2")
    assert _offered_on_desk_and_printing(window, session_id) == (True, True)

    _choose_in_setup(qtbot, window, session_id)
    assert not window.setup.delete_session.isEnabled()
    _press_button(qtbot, window.setup.hiding.hide_button)
    field = _reason_field(qtbot)
    dialog = field.window()
    assert isinstance(dialog, QDialog)
    assert "2 check-in(s)" in dialog.findChildren(type(window.setup.delete_reason))[0].text()
    press_key(Qt.Key.Key_Return)  # no reason yet: Enter does nothing
    assert dialog.isVisible()
    type_like_person(qtbot, REASON)
    with qtbot.waitSignal(window.setup.changed):
        press_key(Qt.Key.Key_Return)

    assert _offered_on_desk_and_printing(window, session_id) == (False, False)
    assert window.desk.session_id not in (None, session_id)
    told = window.desk.view.result.title.text()
    assert title in told and REASON in told and "hidden" in told
    setup = window.setup
    row = setup.session_list.currentRow()
    assert setup.sessions[row].id == session_id
    assert f"hidden: {REASON}" in setup.session_list.item(row).text()
    assert REASON in setup.delete_reason.text() and "Desk 3" in setup.delete_reason.text()
    assert not setup.hiding.hide_button.isEnabled() and setup.hiding.show_button.isEnabled()
    assert events.session_check_in_count(db, session_id) == 2

    out = export_attendance(db, event_id, tmp_path / "attendance.csv")
    header, *rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    column = next(i for i, text in enumerate(header) if title in text)
    assert REASON in header[column]
    assert sum(1 for row in rows if row[column]) == 2

    with qtbot.waitSignal(setup.changed):
        _press_button(qtbot, setup.hiding.show_button)

    assert _offered_on_desk_and_printing(window, session_id) == (True, True)
    assert "hidden" not in setup.session_list.item(setup.session_list.currentRow()).text()
    assert setup.hiding.hide_button.isEnabled()


def test_esc_in_the_question_keeps_the_session_offered(qtbot, window: MainWindow) -> None:
    db = window.context.db
    session_id = window.printing.session.itemData(0)
    _choose_in_setup(qtbot, window, session_id)
    _press_button(qtbot, window.setup.hiding.hide_button)
    _reason_field(qtbot)
    type_like_person(qtbot, "ไม่แน่ใจ")

    press_key(Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert not events.get_session(db, session_id).hidden
    assert _offered_on_desk_and_printing(window, session_id) == (True, True)


def _attendance_heading(window: MainWindow, column: int) -> str:
    return str(window.attendance.model.headerData(column, Qt.Orientation.Horizontal))


def test_a_session_hidden_at_another_desk_leaves_this_desks_lists(
    qtbot, window: MainWindow
) -> None:
    """Also the Attendance tab, open meanwhile, says hidden (its counts did not change)."""
    from registration.services import event_setup
    from registration.ui.attendance.attendance_model import FIRST_SESSION_COLUMN

    db = window.context.db
    session_id = window.printing.session.itemData(0)
    column = FIRST_SESSION_COLUMN + [s.id for s in window.context.sessions].index(session_id)
    window.tabs.setCurrentWidget(window.attendance)  # counted when shown
    qtbot.waitUntil(lambda: window.attendance.counts is not None)
    assert "hidden" not in _attendance_heading(window, column)

    event_setup.hide_session(db, session_id, "ยกเลิก", "Desk 7")

    qtbot.waitUntil(lambda: _offered_on_desk_and_printing(window, session_id) == (False, False))
    assert window.groups.session.findData(session_id) < 0
    assert window.missing.session.findData(session_id) < 0
    heading = _attendance_heading(window, column)
    assert heading.splitlines()[0].endswith("(hidden)")  # readable where the title is elided
    assert "ยกเลิก" in heading


def test_showing_the_session_again_brings_the_desk_back_and_takes_the_amber_note_away(
    qtbot, window: MainWindow
) -> None:
    """The note "… was hidden: this desk now checks in to …" is about a state that no longer
    holds once the session is shown again; it stayed until the next scan. Gone at once, it
    would leave the desk on the session it was moved to, unsaid: the desk goes back."""
    from registration.services import event_setup

    db = window.context.db
    session_id = window.desk.session_id
    assert session_id is not None
    event_setup.hide_session(db, session_id, REASON, "Desk 7")
    result = window.desk.view.result
    qtbot.waitUntil(lambda: REASON in result.title.text())
    assert result.tone is not None

    event_setup.show_session(db, session_id)

    qtbot.waitUntil(lambda: window.desk.view.session.findData(session_id) >= 0)
    qtbot.waitUntil(lambda: result.tone is None)
    assert REASON not in result.title.text()
    assert window.desk.session_id == session_id


def test_a_session_chosen_by_hand_after_the_move_stays_chosen(qtbot, window: MainWindow) -> None:
    from registration.services import event_setup

    db, combo = window.context.db, window.desk.view.session
    session_id = window.desk.session_id
    event_setup.hide_session(db, session_id, REASON, "Desk 7")
    qtbot.waitUntil(lambda: combo.findData(session_id) < 0)
    chosen = combo.itemData(0) if combo.currentIndex() else combo.itemData(1)
    combo.setCurrentIndex(combo.findData(chosen))  # staff pick another session

    event_setup.show_session(db, session_id)

    qtbot.waitUntil(lambda: combo.findData(session_id) >= 0)
    assert window.desk.session_id == chosen
