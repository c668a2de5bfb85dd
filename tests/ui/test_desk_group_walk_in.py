"""A walk-in registered at the desk joins a breakout group of every assigned group set."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from registration.services import registry
from registration.services.groups import create_group_set, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.ui.main_window import MainWindow
from registration.ui.participants.participant_dialog import ParticipantDialog
from registration.ui.printing.badge_printer import BadgePrinter
from tests.ui.keys import type_text


def test_a_walk_in_joins_the_smallest_group_of_every_assigned_set(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, event_id = window.context.db, window.context.event.id
    mixed = create_group_set(db, event_id, "กลุ่มย่อย 9 ก.พ. บ่าย", 5)
    by_area = create_group_set(db, event_id, "กลุ่มประเด็น", 3)
    assign_groups(db, mixed.id, AssignMode.MIXED)  # 136 in 5: sizes 28 27 27 27 27
    assign_groups(db, by_area.id, AssignMode.ISSUE_AREA)
    not_assigned = create_group_set(db, event_id, "ยังไม่จัด", 4)

    def fill_in(dialog: ParticipantDialog) -> int:
        type_text(dialog.form.edits["first_name"], "สมใจ")
        type_text(dialog.form.edits["last_name"], "มาทีหลัง")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    monkeypatch.setattr(BadgePrinter, "__call__", lambda *_args: None)
    window.desk.walk_in()
    [walk_in] = [p for p in registry.list_participants(db, event_id) if p.last_name == "มาทีหลัง"]
    for group_set in (mixed, by_area):
        members = group_members(db, group_set.id)
        assert sum(m.participant_id == walk_in.id for m in members) == 1, group_set.name
    sizes: dict[int, int] = {}
    for member in group_members(db, mixed.id):
        sizes[member.group_id] = sizes.get(member.group_id, 0) + 1
    assert sorted(sizes.values()) == [27, 27, 27, 28, 28]  # joined one of the smallest
    assert group_members(db, not_assigned.id) == []  # a set not yet assigned stays empty


def test_the_groups_tab_reports_walk_ins_placed_automatically(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, event_id = window.context.db, window.context.event.id
    made = create_group_set(db, event_id, "กลุ่มย่อย", 4)
    assign_groups(db, made.id, AssignMode.MIXED)

    def fill_in(dialog: ParticipantDialog) -> int:
        type_text(dialog.form.edits["first_name"], "สมหญิง")
        type_text(dialog.form.edits["last_name"], "มาสาย")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    monkeypatch.setattr(BadgePrinter, "__call__", lambda *_args: None)
    window.desk.walk_in()
    window.groups.refresh()
    status = window.groups.status.text()
    assert status.endswith(" · 1 walk-in(s) placed automatically"), status
    tree = window.groups.tree
    names = [
        tree.topLevelItem(g).child(c).text(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    assert any(n.endswith("สมหญิง มาสาย (walk-in, placed automatically)") for n in names)
