"""The desk on the real main window, driven as a person and a scanner drive it: every key
goes to the widget that has the focus, shortcuts as the window's shortcut map fires them."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from registration.domain.kedmanee import type_as_kedmanee
from registration.domain.records import ParticipantRecord
from registration.services import registry
from registration.services.attendance import check_in_rows
from registration.ui.common.messages import Tone
from registration.ui.main_window import MainWindow
from registration.ui.participants.participant_model import Column
from tests.ui.keys import focused, press_key, scan_like_scanner, scanner_keys, type_like_person

CTRL = Qt.KeyboardModifier.ControlModifier


def people(window: MainWindow) -> list[ParticipantRecord]:
    return registry.list_participants(window.context.db, window.context.event.id)


def one_of_a_kind(window: MainWindow) -> ParticipantRecord:
    """Someone whose last name nobody else has (no other name contains it)."""
    everyone = people(window)
    return next(p for p in everyone if sum(p.last_name in q.full_name for q in everyone) == 1)


def checked_in(window: MainWindow) -> set[int]:
    """Who is checked in (not undone) to the desk's session, from the database."""
    session = window.desk.session_id
    rows = check_in_rows(window.context.db, window.context.event.id)
    return {r.participant_id for r in rows if r.session_id == session and r.annulled_at is None}


@pytest.fixture
def desk(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.desk.view.counters.counts is not None)
    return window


def test_the_first_scan_after_the_window_opens_counts(desk: MainWindow) -> None:
    person = people(desk)[0]
    assert focused() is desk.desk.view.scan
    scan_like_scanner(person.badge_code)
    assert checked_in(desk) == {person.id}
    assert desk.desk.view.result.tone is Tone.OK


def test_enter_checks_in_the_highlighted_match_not_the_first(
    qtbot: QtBot, desk: MainWindow
) -> None:
    desk.desk.view.scan.setFocus()  # a click into the field
    type_like_person(qtbot, "กุหลาบ")
    qtbot.waitUntil(lambda: desk.desk.matches.rowCount() >= 4)
    third = desk.desk.matches.participant_at(2).record
    for _ in range(3):
        press_key(Qt.Key.Key_Down)
    press_key(Qt.Key.Key_Return)
    assert checked_in(desk) == {third.id}
    assert desk.desk.view.result.name.text() == third.full_name


def test_a_name_several_people_share_asks_staff_to_choose(qtbot: QtBot, desk: MainWindow) -> None:
    type_like_person(qtbot, "กุหลาบ")
    press_key(Qt.Key.Key_Return)
    assert checked_in(desk) == set()
    assert "choose one" in desk.desk.view.result.title.text()


def test_a_name_only_one_person_has_checks_in(qtbot: QtBot, desk: MainWindow) -> None:
    person = one_of_a_kind(desk)
    type_like_person(qtbot, person.last_name)
    press_key(Qt.Key.Key_Return)
    assert checked_in(desk) == {person.id}


def test_a_name_nobody_has_says_so_in_words(qtbot: QtBot, desk: MainWindow) -> None:
    type_like_person(qtbot, "zzqx")
    press_key(Qt.Key.Key_Return)
    assert desk.desk.view.result.title.text() == "No one matches “zzqx”"
    assert checked_in(desk) == set()


def test_typing_a_new_name_clears_the_last_panel(qtbot: QtBot, desk: MainWindow) -> None:
    scan_like_scanner("AAAA-AAAA-AAAA-AAAA")
    assert desk.desk.view.result.tone is Tone.ERROR
    type_like_person(qtbot, "ก")
    assert desk.desk.view.result.tone is None


def test_a_scan_after_f4_and_a_session_pick_counts(qtbot: QtBot, desk: MainWindow) -> None:
    person = people(desk)[0]
    press_key(Qt.Key.Key_F4)
    assert QApplication.activePopupWidget() is not None
    press_key(Qt.Key.Key_Down)
    press_key(Qt.Key.Key_Return)  # the session is picked from the open list
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert focused() is desk.desk.view.scan
    scan_like_scanner(person.badge_code)
    assert checked_in(desk) == {person.id}


def test_a_scan_into_the_open_session_list_counts_and_keeps_the_session(
    qtbot: QtBot, desk: MainWindow
) -> None:
    person = people(desk)[0]
    session = desk.desk.session_id
    press_key(Qt.Key.Key_F4)
    scan_like_scanner(person.badge_code)
    assert desk.desk.session_id == session
    assert checked_in(desk) == {person.id}
    assert QApplication.activePopupWidget() is None
    assert focused() is desk.desk.view.scan


def test_a_scan_while_the_mouse_is_over_another_session_in_the_open_list_keeps_the_session(
    qtbot: QtBot, desk: MainWindow
) -> None:
    """Staff opened the session list and point at another session, deciding; a badge is
    scanned meanwhile. The scanner's Enter picked the session under the mouse and counted
    the person there (Qt offers Enter to the list as a shortcut before the key press)."""
    person = people(desk)[0]
    combo = desk.desk.view.session
    session = desk.desk.session_id
    press_key(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    other = 0 if combo.currentIndex() else 1
    combo.view().setCurrentIndex(combo.model().index(other, 0))  # the row under the mouse

    scan_like_scanner(person.badge_code)

    assert desk.desk.session_id == session
    assert checked_in(desk) == {person.id}
    assert QApplication.activePopupWidget() is None
    assert focused() is desk.desk.view.scan


def test_a_click_on_the_session_box_in_the_middle_of_a_scan_does_not_lose_the_scan(
    qtbot: QtBot, desk: MainWindow
) -> None:
    """The list opened under the scanner's last keys: the first half of the code stayed in
    the scan field, the rest went to the list, and the badge was neither counted nor
    answered in red."""
    person = people(desk)[0]
    session = desk.desk.session_id
    code = person.badge_code
    scanner_keys(code[:7])
    desk.desk.view.session.showPopup()  # the click lands while the scanner types
    assert QApplication.activePopupWidget() is not None

    scanner_keys(code[7:])
    press_key(Qt.Key.Key_Return)

    assert checked_in(desk) == {person.id}
    assert desk.desk.session_id == session
    assert desk.desk.view.result.tone is Tone.OK
    assert desk.desk.view.scan.text() == ""
    assert QApplication.activePopupWidget() is None


def test_a_scan_with_the_province_box_focused_counts_without_changing_it(
    desk: MainWindow,
) -> None:
    person = people(desk)[0]
    province = desk.desk.view.counters.province
    province.setFocus()  # a click into it
    scan_like_scanner(person.badge_code)
    assert province.currentIndex() == 0
    assert checked_in(desk) == {person.id}
    assert focused() is desk.desk.view.scan


def test_a_scan_in_the_participant_search_goes_to_the_desk(qtbot: QtBot, desk: MainWindow) -> None:
    person = people(desk)[0]
    press_key(Qt.Key.Key_F6)
    search = desk.participants.view.search
    assert focused() is search
    type_like_person(qtbot, "สม")
    scan_like_scanner(person.badge_code)
    assert search.text() == "สม"  # nothing leaked into it
    assert desk.tabs.currentIndex() == 0
    assert checked_in(desk) == {person.id}


def test_a_thai_layout_scan_counts_anywhere(desk: MainWindow) -> None:
    person = people(desk)[2]
    desk.desk.view.recent.setFocus()
    scan_like_scanner(type_as_kedmanee(person.badge_code))
    assert checked_in(desk) == {person.id}


def test_half_typed_text_does_not_spoil_the_scan(qtbot: QtBot, desk: MainWindow) -> None:
    person = people(desk)[0]
    type_like_person(qtbot, "abc")
    scan_like_scanner(person.badge_code)
    assert checked_in(desk) == {person.id}
    assert desk.desk.view.scan.text() == ""


def test_esc_clears_the_field_and_the_panel(qtbot: QtBot, desk: MainWindow) -> None:
    desk.desk.view.scan.setFocus()  # a click into the field
    scan_like_scanner("AAAA-AAAA-AAAA-AAAA")
    type_like_person(qtbot, "abc")
    press_key(Qt.Key.Key_Escape)
    assert desk.desk.view.scan.text() == ""
    assert desk.desk.view.result.tone is None
    assert desk.desk.matches.rowCount() == 0


def test_ctrl_z_in_the_scan_field_undoes_the_last_check_in(
    desk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = people(desk)[0]
    scan_like_scanner(person.badge_code)
    asked: list[str] = []

    def reason(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "wrong person", True

    monkeypatch.setattr(QInputDialog, "getText", reason)
    press_key(Qt.Key.Key_Z, CTRL)
    assert asked and person.full_name in asked[0]
    assert checked_in(desk) == set()
    assert desk.desk.view.scan.text() == ""


def test_a_scan_made_while_a_dialog_is_open_is_handled_when_it_closes(
    qtbot: QtBot, desk: MainWindow
) -> None:
    person = people(desk)[0]
    seen: list[bool] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused().window() is dialog)
        scan_like_scanner(person.badge_code)
        seen.append(person.id in checked_in(desk))
        dialog.reject()

    QTimer.singleShot(50, in_the_dialog)
    press_key(Qt.Key.Key_N, CTRL)  # the walk-in dialog
    qtbot.waitUntil(lambda: person.id in checked_in(desk))
    assert seen == [False]
    desk.activateWindow()  # the window manager gives the window back its focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.desk.view.scan)


def test_the_matches_show_who_is_already_in(qtbot: QtBot, desk: MainWindow) -> None:
    person = one_of_a_kind(desk)
    scan_like_scanner(person.badge_code)
    type_like_person(qtbot, person.last_name)
    qtbot.waitUntil(lambda: desk.desk.matches.rowCount() == 1)
    here = desk.desk.view.matches.model()
    text = str(here.index(0, here.columnCount() - 1).data())
    assert "Desk 3" in text


def test_the_recent_list_says_which_session_each_scan_was_for(desk: MainWindow) -> None:
    person = people(desk)[0]
    scan_like_scanner(person.badge_code)
    titles = {s.id: s.title for s in desk.context.sessions}
    recent = desk.desk.view.recent
    assert recent.headerItem().text(2) == "Session"
    assert recent.topLevelItem(0).text(2) == titles[desk.desk.session_id or 0]


def test_the_window_fits_a_laptop_screen_with_its_task_bar(window: MainWindow) -> None:
    """1366x768 less a task bar and a title bar: about 1366x660 for the window itself."""
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= 1366 and needed.height() <= 660
    screen = window.screen().availableGeometry()
    assert window.height() <= screen.height() - 40
    assert window.statusBar().isVisible()


def test_an_undone_scan_does_not_squeeze_the_names_of_the_recent_list(
    desk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.resize(1366, 700)
    person = people(desk)[0]
    scan_like_scanner(person.badge_code)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong person", True))
    press_key(Qt.Key.Key_Z, CTRL)
    recent = desk.desk.view.recent
    row = recent.topLevelItem(0)
    assert recent.columnCount() == 4 and recent.header().sectionSize(1) >= 150
    assert row.font(1).strikeOut() and row.toolTip(1).endswith("\nundone: wrong person")


def test_a_match_already_in_keeps_its_whole_name_readable(qtbot: QtBot, desk: MainWindow) -> None:
    """The "already in" column sized itself to "✓ in 20:50, <desk>" and cut the names."""
    desk.resize(1366, 700)
    desk.desk.view.scan.setFocus()
    type_like_person(qtbot, "กุหลาบ")
    qtbot.waitUntil(lambda: desk.desk.matches.rowCount() >= 4)
    first = desk.desk.matches.participant_at(0).record
    desk.desk.here.arrived(first.id, datetime(2019, 2, 10, 8, 42), "Desk 1 ลงทะเบียน ห้องประชุมใหญ่")

    table = desk.desk.view.matches
    names = [desk.desk.matches.participant_at(r).record.full_name for r in range(4)]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert table.columnWidth(Column.NAME) >= widest + 8  # no "นางสาวกุหลาบ ..."
    here = desk.desk.here.index(0, desk.desk.here.here_column)
    assert here.data(Qt.ItemDataRole.ToolTipRole) == "✓ in 08:42, Desk 1 ลงทะเบียน ห้องประชุมใหญ่"
