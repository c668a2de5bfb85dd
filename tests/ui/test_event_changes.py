"""A change made in event setup, here or at another desk, reaches every tab at once."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from registration.domain.enums import SessionKind
from registration.services import event_setup, events
from registration.services.checkin import check_in, recent_check_ins
from registration.services.registry import list_participants
from registration.ui.main_window import MainWindow
from tests.ui.keys import press, type_text


def _add_session_in_setup(window: MainWindow, title: str) -> int:
    setup = window.setup
    window.tabs.setCurrentWidget(setup)
    setup.new_session.click()
    setup.title.setFocus()
    type_text(setup.title, title)
    setup.save_session.click()
    return next(s.id for s in setup.sessions if s.title == title)


def test_a_session_added_in_setup_is_at_once_on_the_desk_and_in_printing(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    session_id = _add_session_in_setup(window, "Closing circle")

    desk_sessions = window.desk.view.session
    assert desk_sessions.findData(session_id) >= 0
    assert window.printing.session.findData(session_id) >= 0
    assert "Closing circle" in desk_sessions.itemText(desk_sessions.findData(session_id))

    # selectable on the desk: a badge scanned there counts for the new session
    desk_sessions.setCurrentIndex(desk_sessions.findData(session_id))
    person = list_participants(window.context.db, window.context.event.id)[0]
    window.show_desk()
    window.desk.view.scan.setFocus()
    type_text(QApplication.focusWidget(), person.badge_code)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    [scan] = [
        r
        for r in recent_check_ins(window.context.db, "Desk 3")
        if r.check_in.session_id == session_id
    ]
    assert scan.check_in.participant_id == person.id

    # printable: the printing tab makes its sign-in sheet
    window.printing.session.setCurrentIndex(window.printing.session.findData(session_id))
    window.printing.preview_sheet.click()
    assert window.printing.preview.document.pageCount() >= 1
    assert window.printing.preview.suggested_name.startswith(f"signin-session-{session_id}-")


def test_renaming_the_event_changes_the_title_and_the_next_badge(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    setup = window.setup
    setup.name.setText("Governance follow-up day")
    setup.save_event.click()

    assert window.windowTitle().endswith("Governance follow-up day")
    printing = window.printing
    person = list_participants(window.context.db, window.context.event.id)[0]
    printing.codes.setText(person.badge_code)
    printing.preview_badges.click()
    saved = tmp_path / "badge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    printing.preview.save_button.click()
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Governance follow-up day" in text
    assert window.context.print_badges.event.name == "Governance follow-up day"  # type: ignore[attr-defined]


def test_renaming_an_issue_area_renames_it_in_the_filters(qtbot, window: MainWindow) -> None:
    setup = window.setup
    setup.area_list.setCurrentRow(0)
    area_id = setup.areas[0].id
    window.printing.issue_area.setCurrentIndex(window.printing.issue_area.findData(area_id))
    setup.area_th.setText("สวัสดิการชุมชน (ใหม่)")
    setup.save_area.click()

    printing_filter = window.printing.issue_area
    assert printing_filter.currentData() == area_id  # the choice stays
    assert printing_filter.currentText() == "สวัสดิการชุมชน (ใหม่)"
    list_filter = window.participants.view.issue_area
    assert list_filter.itemText(list_filter.findData(area_id)) == "สวัสดิการชุมชน (ใหม่)"


def test_a_session_added_at_another_desk_arrives_through_the_feed(qtbot, window: MainWindow):
    db, event = window.context.db, window.context.event
    added = events.add_session(
        db,
        event.id,
        events.NewSession(
            "Evening review",
            datetime(2019, 2, 10, 18),
            datetime(2019, 2, 10, 19),
            SessionKind.OTHER,
        ),
        desk="Desk 9",
    )
    event_setup.update_event(
        db, event.id, "Renamed elsewhere", event.starts_on, event.ends_on, desk="Desk 9"
    )

    window.live.poll()

    qtbot.waitUntil(lambda: window.desk.view.session.findData(added.id) >= 0)
    assert window.printing.session.findData(added.id) >= 0
    assert window.windowTitle().endswith("Renamed elsewhere")
    assert window.setup.name.text() == "Renamed elsewhere"


def test_a_check_in_keeps_the_desk_session_when_another_is_added(qtbot, window: MainWindow):
    chosen = window.desk.session_id
    _add_session_in_setup(window, "Late extra session")
    assert window.desk.session_id == chosen


def test_this_desks_last_check_ins_name_a_session_added_or_renamed_since_the_start(
    qtbot, window: MainWindow
) -> None:
    session_id = _add_session_in_setup(window, "Closing circle")
    desk_sessions = window.desk.view.session
    desk_sessions.setCurrentIndex(desk_sessions.findData(session_id))
    person = list_participants(window.context.db, window.context.event.id)[0]
    window.show_desk()
    window.desk.view.scan.setFocus()
    type_text(QApplication.focusWidget(), person.badge_code)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)

    recent = window.desk.view.recent
    assert recent.topLevelItem(0).text(2) == "Closing circle"

    setup = window.setup
    window.tabs.setCurrentWidget(setup)
    setup.session_list.setCurrentRow([s.id for s in setup.sessions].index(session_id))
    setup.title.selectAll()
    type_text(setup.title, "Closing circle and thanks")
    setup.save_session.click()

    assert recent.topLevelItem(0).text(2) == "Closing circle and thanks"


def test_a_session_checked_in_to_since_it_was_chosen_in_setup_is_not_offered_for_deletion(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    session_id = _add_session_in_setup(window, "Closing circle")
    setup = window.setup
    assert setup.delete_session.isEnabled()  # nobody yet
    desk_sessions = window.desk.view.session
    desk_sessions.setCurrentIndex(desk_sessions.findData(session_id))
    window.show_desk()  # F5: the first person arrives for it
    person = list_participants(window.context.db, window.context.event.id)[0]
    window.desk.view.scan.setFocus()
    type_text(QApplication.focusWidget(), person.badge_code)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)

    window.tabs.setCurrentWidget(setup)  # F9: back in event setup, the session still chosen

    assert not setup.delete_session.isEnabled()
    assert setup.delete_reason.text().startswith("1 check-in(s) were recorded")

    other_id = _add_session_in_setup(window, "Thanks and photos")
    assert setup.delete_session.isEnabled()
    check_in(window.context.db, person.badge_code, other_id, "Desk 9")  # another desk, now
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(str(a[2])))
    setup.delete_session.click()

    assert asked == []  # never "Nobody has checked in to it"
    assert setup.delete_reason.text().startswith("1 check-in(s) were recorded")
