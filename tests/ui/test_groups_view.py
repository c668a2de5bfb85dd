"""The Groups tab as an organiser uses it: create a set, assign, move by key and by drag, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from registration.services import groups
from registration.ui.common.context import WindowContext
from registration.ui.groups.groups_tree import GROUP_ROLE, PERSON_ROLE
from registration.ui.groups.groups_view import GroupsView
from registration.ui.main_window import MainWindow
from tests.ui.dialogs import click_in_message_box
from tests.ui.keys import press, press_key, type_text


@pytest.fixture
def view(qtbot: QtBot, context: WindowContext) -> GroupsView:
    made = GroupsView(context.db, context.event.id, context.sessions, "Desk 1")
    qtbot.addWidget(made)
    made.show()
    return made


def _sizes(view: GroupsView) -> list[int]:
    assert view.group_set is not None
    return [g.size for g in view.group_set.groups]


def test_create_assign_move_with_a_number_key_and_undo(
    view: GroupsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "No group set yet" in view.status.text()
    view.set_name.setFocus()
    type_text(QApplication.focusWidget(), "กลุ่มย่อย บ่าย")
    view.group_count.setValue(4)
    press(view.set_name, Qt.Key.Key_Return)
    assert view.sets.currentText() == "กลุ่มย่อย บ่าย"
    assert view.tree.topLevelItemCount() == 4

    view.mode.setCurrentIndex(view.mode.findData("mixed"))
    view.assign_button.click()
    assert _sizes(view) == [34, 34, 34, 34]
    assert view.tree is QApplication.focusWidget()
    first_group = view.tree.topLevelItem(0)
    person_item = first_group.child(0)
    view.tree.setCurrentItem(person_item)
    person = int(person_item.data(0, PERSON_ROLE))
    press(QApplication.focusWidget(), Qt.Key.Key_3)
    assert _sizes(view) == [33, 34, 35, 34]
    assert view.tree.current_participant() == person  # the moved person stays selected
    assert int(view.tree.currentItem().data(0, GROUP_ROLE)) == view.group_set.groups[2].id
    assert "(moved by hand)" in view.tree.currentItem().text(0)

    view.mode.setCurrentIndex(view.mode.findData("cluster"))
    view.assign_button.click()
    where = {m.participant_id: m.group_id for m in groups.group_members(view.db, view.group_set.id)}
    assert where[person] == view.group_set.groups[2].id  # kept on re-assign
    click_in_message_box(monkeypatch, "Undo assignment")
    view.undo_button.click()
    assert _sizes(view) == [33, 34, 35, 34] and view.group_set.mode == "mixed"


def test_dropping_a_name_on_another_group_moves_it(view: GroupsView) -> None:
    view.set_name.setText("drag")
    view.create_set()
    view.assign()
    item = view.tree.topLevelItem(1).child(0)
    view.tree.setCurrentItem(item)  # the row a drag starts from is the current one
    person = int(item.data(0, PERSON_ROLE))
    target = view.group_set.groups[0].id
    spot = view.tree.visualItemRect(view.tree.topLevelItem(0)).center()
    drop = QDropEvent(
        QPointF(spot),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.tree.dropEvent(drop)
    assert view.tree.current_participant() == person
    assert int(view.tree.currentItem().data(0, GROUP_ROLE)) == target


def test_a_group_gets_its_room_and_a_mistake_shows_in_red(view: GroupsView) -> None:
    view.set_name.setText("rooms")
    view.create_set()
    view.tree.setCurrentItem(view.tree.topLevelItem(1))
    assert view.group_name.text() == "กลุ่ม 2"
    view.room.setText("204")
    view.save_group()
    assert "204" in view.tree.topLevelItem(1).text(0)
    view.group_name.setText(" ")
    view.save_group()
    assert view.problem.text() == "The group needs a name."
    view.create_set()  # no name
    assert view.problem.text() == "The group set needs a name."
    assert view.sets.count() == 1


def test_a_roster_of_the_set_with_a_page_per_group(
    view: GroupsView, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.printing.pdf_tools import loose, page_texts

    view.set_name.setText("บ่าย")
    view.group_count.setValue(2)
    view.create_set()
    view.assign()
    target = tmp_path / "roster.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.roster.by.setCurrentIndex(view.roster.by.findData("group"))
    view.roster.page_per_group.setChecked(True)
    view.roster.columns["phone"].setChecked(True)
    view.roster.save_button.click()
    assert str(target) in view.status.text()
    pages = page_texts(target)
    assert loose("กลุ่ม 1 (68 คน)") in pages[0] and loose("โทรศัพท์") in pages[0]
    assert not any(loose("กลุ่ม 1 (68 คน)") in page for page in pages[-2:])
    assert loose("กลุ่ม 2 (68 คน)") in pages[-1]


def test_a_roster_by_group_without_a_set_says_so(
    view: GroupsView, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "never.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.roster.by.setCurrentIndex(view.roster.by.findData("group"))
    view.roster.save_button.click()
    assert view.problem.text() == "Choose or create a group set first."
    assert not target.exists()


def test_a_cluster_edited_in_the_table_is_saved(view: GroupsView, qtbot: QtBot) -> None:
    from registration.services.groups_clusters import list_clusters

    table = view.clusters.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "สระบุรี")
    table.setCurrentCell(row, 1)
    table.setFocus()
    table.editItem(table.item(row, 1))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "ภาคกลางตอนบน")
    press(editor, Qt.Key.Key_Return)  # the table commits the edit on the next event loop turn

    def clusters() -> dict[str, str]:
        return {c.province: c.cluster for c in list_clusters(view.db, view.event_id)}

    qtbot.waitUntil(lambda: clusters()["สระบุรี"] == "ภาคกลางตอนบน")
    assert clusters()["พระนครศรีอยุธยา"] == "upper-central-1"
    view.desk = "Desk 7"
    assert view.clusters.desk == "Desk 7"


def test_ctrl_shift_z_asks_first_and_esc_keeps_every_group(
    view: GroupsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+Z is "redo" in many programs: pressed by habit, it must not send the
    whole set, and the moves made by hand since, back to no group without a word."""
    view.set_name.setText("บ่าย")
    view.group_count.setValue(8)
    view.create_set()
    view.assign()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    person = view.tree.current_participant()
    press_key(Qt.Key.Key_3)  # to the focused tree: a move by hand
    before = _sizes(view)
    asked: list[str] = []

    def answer_with_esc(box: QMessageBox) -> int:
        asked.append(box.text())
        monkeypatch.setattr(box, "clickedButton", box.escapeButton)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_with_esc)
    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1
    assert "136 people" in asked[0] and "1 of them were moved by hand" in asked[0]
    assert _sizes(view) == before and sum(before) == 136
    assert view.tree.current_participant() == person

    click_in_message_box(monkeypatch, "Undo assignment")
    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _sizes(view) == [0] * 8
    assert view.group_set is not None and view.group_set.unassigned == 136


def test_a_roster_shows_progress_and_cancel_leaves_no_file(
    view: GroupsView, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from registration.printing import roster
    from tests.ui.slow_jobs import HeldAfterFirstPage

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "roster.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    held = HeldAfterFirstPage(monkeypatch, roster, "_footer")
    held.cancel_when_the_progress_shows(view)
    assert view.roster.save() is None
    assert list(target.parent.iterdir()) == []  # no file, no half-written one
    assert view.problem.text() == "Cancelled: no roster was written."


def test_the_thai_tab_at_1366x768_shows_the_whole_hint_and_several_clusters(
    qtbot: QtBot, qapp: QApplication, db, demo_event
) -> None:
    """In Thai the hint on moving people ran to a second line the side box had no room
    for ("หมายเลขกลุ่ม (1–9)" cut in half) and the clusters table showed one province."""
    from registration.app import build_main_window
    from registration.config import Settings
    from registration.i18n import install_translator
    from registration.ui.common.fonts import install_thai_font

    translator, font = install_translator(qapp, "th"), qapp.font()
    install_thai_font(qapp)
    try:
        window = build_main_window(db, Settings(desk="Desk 1"))
        qtbot.addWidget(window)
        window.resize(1366, 700)  # a 1366x768 screen less the title bar and the panel
        window.show()
        page = window.groups
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        page.set_name.setText("บ่าย")
        page.group_count.setValue(8)
        page.create_set()
        page.assign()
        qtbot.wait(100)  # the layouts settle

        hint = page.move_hint
        assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())
        clusters = page.clusters.table
        assert clusters.viewport().height() >= 3 * clusters.rowHeight(0)
        assert clusters.columnWidth(0) >= clusters.sizeHintForColumn(0)  # provinces whole
        assert page.minimumSizeHint().height() <= page.height()
    finally:
        qapp.removeTranslator(translator)
        qapp.setFont(font)


def test_ctrl_z_puts_back_the_moves_made_by_a_stray_number_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A digit typed while the list has the focus moves the selected person at once;
    Ctrl+Z takes the newest move back, one at a time, as it was (not "moved by hand").
    In the whole window, whose menu has Ctrl+Z for "undo the last check-in" too."""
    window.tabs.setCurrentWidget(window.groups)
    view = window.groups
    qtbot.waitUntil(view.isVisible)
    view.set_name.setText("บ่าย")
    view.group_count.setValue(4)
    view.create_set()
    view.assign()
    assert view.tree is QApplication.focusWidget()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    first = view.tree.current_participant()
    press_key(Qt.Key.Key_2)
    press_key(Qt.Key.Key_4)  # the same person again, from group 2 to group 4
    view.tree.setCurrentItem(view.tree.topLevelItem(1).child(0))
    second = view.tree.current_participant()
    press_key(Qt.Key.Key_3)
    assert _sizes(view) == [33, 33, 35, 35]

    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _sizes(view) == [33, 34, 34, 35]
    assert view.tree.current_participant() == second
    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _sizes(view) == [34, 34, 34, 34]
    assert view.tree.current_participant() == first
    assert view.group_set is not None
    members = {m.participant_id: m for m in groups.group_members(view.db, view.group_set.id)}
    assert members[first].group_id == view.group_set.groups[0].id
    assert not members[first].moved_by_hand and not members[second].moved_by_hand

    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to take back
    assert view.problem.text() == "No move by hand to undo in this set."
    assert _sizes(view) == [34, 34, 34, 34]


def test_ctrl_z_in_the_list_reaches_it_through_qts_own_shortcut_map(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Qt fires neither of two shortcuts that claim one key (the menu's Ctrl+Z undoes the
    last check-in): only Qt's shortcut map shows that, so this key goes through QTest,
    once (its keyClick leaks a reference per call; see tests/ui/keys.py)."""
    from PySide6.QtTest import QTest

    window.tabs.setCurrentWidget(window.groups)
    view = window.groups
    qtbot.waitUntil(view.isVisible)
    view.set_name.setText("บ่าย")
    view.group_count.setValue(4)
    view.create_set()
    view.assign()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    press_key(Qt.Key.Key_2)
    assert _sizes(view) == [33, 35, 34, 34]
    QTest.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _sizes(view) == [34, 34, 34, 34]


def test_each_roster_is_offered_a_name_of_what_it_lists(
    view: GroupsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, name, _f: (offered.append(name), "")
    )
    view.set_name.setText("บ่าย")
    view.create_set()
    assert view.group_set is not None
    for by in ("province", "issue_area", "group"):
        view.roster.by.setCurrentIndex(view.roster.by.findData(by))
        view.roster.save()
    assert offered == [
        "roster-by-province.pdf",
        "roster-by-issue-area.pdf",
        f"roster-group-set-{view.group_set.id}.pdf",
    ]


def test_ctrl_z_leaves_someone_another_desk_moved_since(view: GroupsView) -> None:
    """Ctrl+Z puts back this tab's move, not over a later move made at another desk."""
    from registration.services.groups_assignment import move_participant

    view.set_name.setText("บ่าย")
    view.group_count.setValue(4)
    view.create_set()
    view.assign()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    person = view.tree.current_participant()
    assert person is not None and view.group_set is not None
    press_key(Qt.Key.Key_2)
    elsewhere = view.group_set.groups[3].id
    move_participant(view.db, view.group_set.id, person, elsewhere, "Desk 9")

    press_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.problem.text() == (
        "Not put back: this person was moved again since (perhaps at another desk)."
    )
    members = {m.participant_id: m for m in groups.group_members(view.db, view.group_set.id)}
    assert members[person].group_id == elsewhere
