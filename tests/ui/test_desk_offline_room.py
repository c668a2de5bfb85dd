"""A desk at a breakout group's room that restarts while its server is down comes back
at that room, from its own copy, and still tells someone of another group where they
belong. Run through the real start (app.run_window) on a throwaway server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from registration.app import build_main_window
from registration.config import Settings, save_settings
from registration.services import events, registry
from registration.services.groups import GroupSetInfo, create_group_set, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.sync.desk_link import DeskLink
from registration.storage import models
from registration.storage.database import Database
from registration.ui.common.messages import Tone
from registration.ui.main_window import MainWindow
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer
from tests.ui.keys import press_key
from tests.ui.server_desks import scan as _scan
from tests.ui.test_desk_starts_offline import _start_window

pytestmark = ABANDONED_CONNECTIONS
CTRL = Qt.KeyboardModifier.ControlModifier
Server = DemoServer
UNCONFIRMED = "Counted here, not yet confirmed by the server — belongs to กลุ่ม 2 · ห้อง 204"


@pytest.fixture
def groups(
    demo_server: Server,
) -> Iterator[tuple[GroupSetInfo, dict[int, int]]]:
    """The afternoon breakout in three groups, everyone placed."""
    _cluster, db, event = demo_server
    session = events.list_sessions(db, event.id)[3]
    made = create_group_set(db, event.id, "บ่าย", 3, session.id, rooms=["201", "204"])
    assign_groups(db, made.id, AssignMode.MIXED)
    yield made, {m.participant_id: m.group_id for m in group_members(db, made.id)}


def _a_day_at_the_room(qtbot: QtBot, db: Database, made: GroupSetInfo) -> None:
    """Desk 3 stood at กลุ่ม 1's room while the server answered."""
    save_settings(Settings(desk="Desk 3"))
    window = build_main_window(db, Settings(desk="Desk 3"))
    qtbot.addWidget(window)
    assert window.link_status is not None
    link = window.link_status.link
    qtbot.waitUntil(lambda: link.status().list_copied_at is not None, timeout=10_000)
    choice = window.desk.room_choice
    choice.reload()  # what opening its list does
    choice.setCurrentIndex(choice.findData(made.groups[0].id))
    assert window.desk.room is not None
    window.close()


def _offline_at_the_room(qtbot: QtBot, window: MainWindow, made: GroupSetInfo) -> DeskLink:
    """The window started while the server is down: once it says so, the scan field has
    the focus at the breakout's session. Returns the desk's link."""
    desk, link = window.desk, window.context.link
    assert link is not None and window.link_status is not None
    qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=3000)
    desk.view.session.setCurrentIndex(desk.view.session.findData(made.session_id))
    window.activateWindow()
    desk.view.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.view.scan, timeout=3000)
    return link


def test_a_desk_at_a_group_room_restarts_offline_at_that_room_and_sends_others_on(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: Server,
    groups: tuple[GroupSetInfo, dict[int, int]],
) -> None:
    cluster, db, event = demo_server
    made, where = groups
    people = registry.list_participants(db, event.id)
    other = next(p for p in people if where.get(p.id) == made.groups[1].id)
    own = next(p for p in people if where.get(p.id) == made.groups[0].id)
    _a_day_at_the_room(qtbot, db, made)
    db.dispose()
    cluster.stop()
    seen: dict[str, object] = {}

    def at_the_room(window: MainWindow) -> None:
        desk, link = window.desk, _offline_at_the_room(qtbot, window, made)
        seen["room"] = desk.room_choice.currentText()
        seen["room_desk"] = desk.room is not None
        panel = desk.view.result

        _scan(qtbot, other)
        seen["other"] = (panel.title.text(), panel.tone, link.status().queued)
        press_key(Qt.Key.Key_Return, CTRL)  # staff count them here anyway
        seen["anyway"] = (panel.title.text(), link.status().queued)
        _scan(qtbot, own)
        seen["own"] = (panel.title.text(), link.status().queued)

    code, _opened, _forced = _start_window(monkeypatch, cluster.url, at_the_room)

    assert code == 0
    assert seen["room"] == "บ่าย: กลุ่ม 1 · ห้อง 201" and seen["room_desk"]
    assert seen["other"] == ("Belongs to กลุ่ม 2 · ห้อง 204 — not counted here", Tone.REPEAT, 0)
    assert seen["anyway"] == (UNCONFIRMED, 1)  # offline: it says so
    assert seen["own"][1] == 2 and "Checked in" in str(seen["own"][0])


def test_counted_anyway_offline_reaches_the_audit_trail_once_when_the_server_is_back(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: Server,
    groups: tuple[GroupSetInfo, dict[int, int]],
) -> None:
    cluster, db, event = demo_server
    made, where = groups
    other = next(
        p for p in registry.list_participants(db, event.id) if where[p.id] == made.groups[1].id
    )
    _a_day_at_the_room(qtbot, db, made)
    db.dispose()
    cluster.stop()
    seen: dict[str, object] = {}

    def at_the_room(window: MainWindow) -> None:
        link = _offline_at_the_room(qtbot, window, made)
        panel = window.desk.view.result
        _scan(qtbot, other)
        press_key(Qt.Key.Key_Return, CTRL)  # staff count them here anyway
        seen["anyway"] = (panel.title.text(), panel.tone, link.status().queued)
        cluster.start()
        qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
        qtbot.wait(2500)  # the window's timer flushes twice more: nothing sent again
        seen["status"] = window.link_status.label.text() if window.link_status else ""

    code, _opened, _forced = _start_window(monkeypatch, cluster.url, at_the_room)

    assert code == 0
    assert seen["anyway"] == (UNCONFIRMED, Tone.OK, 1)
    assert "Online" in str(seen["status"])
    with db.read() as s:
        counted = s.scalars(
            select(models.CheckIn).where(
                models.CheckIn.participant_id == other.id,
                models.CheckIn.session_id == made.session_id,
            )
        ).one()
        entry = models.AuditEntry
        entries = s.execute(
            select(entry.entity_id, entry.desk, entry.detail).where(
                entry.action == "check_in_other_group"
            )
        ).all()
    assert counted.annulled_at is None and counted.desk == "Desk 3"
    assert [(e.entity_id, e.desk, json.loads(e.detail)) for e in entries] == [
        (counted.id, "Desk 3", {"desk_group": made.groups[0].id, "belongs_to": made.groups[1].id})
    ]
