"""A desk at a breakout group's room, on the real main window: a scan of someone of
another group says where they belong and is not counted until staff press Ctrl+Enter."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from registration.app import build_main_window
from registration.config import Settings
from registration.services import events, registry
from registration.services.attendance import check_in_rows
from registration.services.groups import create_group_set, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.storage import models
from registration.ui.common.messages import Tone
from registration.ui.main_window import MainWindow
from tests.ui.keys import focused, press_key, scan_like_scanner

CTRL = Qt.KeyboardModifier.ControlModifier


def checked_in(window: MainWindow) -> set[int]:
    session = window.desk.session_id
    rows = check_in_rows(window.context.db, window.context.event.id)
    return {r.participant_id for r in rows if r.session_id == session and r.annulled_at is None}


@pytest.fixture
def room(qtbot: QtBot, window: MainWindow):
    """Desk 3 made the room of กลุ่ม 1 for the afternoon breakout, as staff choose it."""
    db, event_id = window.context.db, window.context.event.id
    session = events.list_sessions(db, event_id)[3]
    made = create_group_set(db, event_id, "บ่าย", 3, session.id, rooms=["201", "204"])
    assign_groups(db, made.id, AssignMode.MIXED)
    where = {m.participant_id: m.group_id for m in group_members(db, made.id)}
    desk = window.desk
    desk.view.session.setCurrentIndex(desk.view.session.findData(session.id))
    window.activateWindow()
    qtbot.waitUntil(lambda: desk.view.counters.counts is not None)
    choice = desk.room_choice
    choice.setFocus()
    choice.reload()  # what opening its list does
    index = choice.findData(made.groups[0].id)
    assert choice.itemText(index) == "บ่าย: กลุ่ม 1 · ห้อง 201"
    choice.setCurrentIndex(index)
    choice.activated.emit(index)  # chosen: the keyboard goes back to the scan field
    assert focused() is desk.view.scan
    return made, where


def test_someone_of_another_group_is_sent_on_unless_counted_here_anyway(
    qtbot: QtBot, window: MainWindow, room
) -> None:
    made, where = room
    people = registry.list_participants(window.context.db, window.context.event.id)
    other = next(p for p in people if where[p.id] == made.groups[1].id)
    own = next(p for p in people if where[p.id] == made.groups[0].id)
    panel, button = window.desk.view.result, window.desk.view.count_anyway

    scan_like_scanner(other.badge_code)
    assert panel.title.text() == "Belongs to กลุ่ม 2 · ห้อง 204 — not counted here"
    assert panel.name.text() == other.full_name and panel.tone is Tone.REPEAT
    assert button.isVisible() and checked_in(window) == set()
    assert focused() is window.desk.view.scan

    press_key(Qt.Key.Key_Return, CTRL)
    assert checked_in(window) == {other.id}
    assert panel.title.text() == "Counted here — belongs to กลุ่ม 2 · ห้อง 204"
    assert not button.isVisible()
    with window.context.db.read() as s:
        entry = s.scalars(
            select(models.AuditEntry).where(models.AuditEntry.action == "check_in_other_group")
        ).one()
    assert json.loads(entry.detail) == {
        "desk_group": made.groups[0].id, "belongs_to": made.groups[1].id}  # fmt: skip

    scan_like_scanner(own.badge_code)  # this room's own group: counted at once
    assert panel.title.text() == "Checked in" and not button.isVisible()
    assert checked_in(window) == {other.id, own.id}
    press_key(Qt.Key.Key_Return, CTRL)  # nothing waits: Ctrl+Enter counts no one
    assert checked_in(window) == {other.id, own.id}


def test_esc_drops_the_offer_and_the_room_is_remembered(
    qtbot: QtBot, window: MainWindow, room
) -> None:
    made, where = room
    people = registry.list_participants(window.context.db, window.context.event.id)
    other = next(p for p in people if where[p.id] == made.groups[2].id)
    scan_like_scanner(other.badge_code)
    assert window.desk.view.result.title.text() == "Belongs to กลุ่ม 3 — not counted here"
    press_key(Qt.Key.Key_Escape)
    press_key(Qt.Key.Key_Return, CTRL)
    assert checked_in(window) == set() and not window.desk.view.count_anyway.isVisible()

    again = build_main_window(window.context.db, Settings(desk="Desk 3"))
    qtbot.addWidget(again)
    assert again.desk.room_choice.group_id() == made.groups[0].id
    assert again.desk.room is not None and again.desk.room.group_id == made.groups[0].id


def test_the_chosen_room_reads_whole_beside_the_session_on_a_laptop_screen(
    qtbot: QtBot, window: MainWindow, room
) -> None:
    """The box was sized for "Any group" when the window first showed, before any group
    existed: at 1366 pixels the chosen room read "บ่าย: กล" and staff could not tell it."""
    window.resize(1366, 660)
    choice = window.desk.room_choice
    text = choice.currentText()
    assert text == "บ่าย: กลุ่ม 1 · ห้อง 201"
    arrow = 20  # the drop-down button beside the text
    qtbot.waitUntil(lambda: choice.width() >= choice.fontMetrics().horizontalAdvance(text) + arrow)
    session = window.desk.view.session
    assert session.width() >= session.fontMetrics().horizontalAdvance(session.currentText())
