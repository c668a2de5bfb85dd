"""A walk-in: no issue area chosen for them, and their one badge on the walk-in layout."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from registration.config import Settings
from registration.services import registry
from registration.ui.desk.walk_in_badges import walk_in_layout
from registration.ui.main_window import MainWindow
from registration.ui.participants.participant_dialog import ParticipantDialog
from registration.ui.printing.badge_printer import BadgePrinter
from registration.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import BadgeRecorder
from tests.ui.keys import type_text


def form_filled_with(monkeypatch: pytest.MonkeyPatch, first: str, last: str) -> None:
    """The walk-in form, once it opens, gets these names typed in and is accepted."""

    def fill_in(dialog: ParticipantDialog) -> int:
        type_text(dialog.form.edits["first_name"], first)
        type_text(dialog.form.edits["last_name"], last)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)


def test_the_walk_in_form_starts_with_no_issue_area(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_in(dialog: ParticipantDialog) -> int:
        assert dialog.form.issue_area.currentText() == "(no issue area)"
        type_text(dialog.form.edits["first_name"], "Somsri")
        type_text(dialog.form.edits["last_name"], "Walkin")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    monkeypatch.setattr(BadgePrinter, "__call__", lambda *_args: None)
    window.desk.walk_in()
    added = [
        p for p in registry.list_participants(window.context.db, window.context.event.id)
        if p.last_name == "Walkin"
    ]  # fmt: skip
    assert len(added) == 1 and added[0].issue_area is None


def test_a_walk_in_badge_prints_on_the_walk_in_layout(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = window.context.print_walk_in
    assert isinstance(printer, BadgePrinter)
    assert printer.layout == "label-62"  # one label, not an A4 sheet of 8
    walk_ins, others = BadgeRecorder(), BadgeRecorder()
    context = dataclasses.replace(window.context, print_walk_in=walk_ins, print_badges=others)
    window.desk.context = context

    form_filled_with(monkeypatch, "Somchai", "Walkin")
    window.desk.walk_in()
    assert walk_ins.names == ["Somchai Walkin"] and others.names == []


def test_the_walk_in_layout_is_chosen_in_settings(qtbot: QtBot) -> None:
    assert walk_in_layout(Settings()) == "label-62"
    dialog = SettingsDialog(Settings(desk="Desk 1"))
    qtbot.addWidget(dialog)
    dialog.walk_in_layout.setCurrentIndex(dialog.walk_in_layout.findData("a6"))
    dialog.buttons.accepted.emit()
    assert walk_in_layout(dialog.result_settings) == "a6"


def test_enter_on_a_walk_in_without_a_first_name_says_what_is_missing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen at the desk: the name typed into the wrong field, Enter did nothing and OK stayed
    grey, with no word why."""
    from PySide6.QtCore import Qt

    from tests.ui.keys import focused, press_key, type_like_person

    seen: list[tuple[bool, str, bool]] = []

    def fill_in(dialog: ParticipantDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: focused() is dialog.form.edits["first_name"])
        press_key(Qt.Key.Key_Tab)  # the name goes into the last-name field
        type_like_person(qtbot, "Somsak")
        press_key(Qt.Key.Key_Return)
        problem = dialog.form.problems["first_name"]
        seen.append((problem.isVisible(), problem.text(), dialog.isVisible()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    window.desk.walk_in()
    [(shown, text, still_open)] = seen
    assert shown and text and still_open


def test_the_status_bar_counts_a_walk_in(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen at the desk: the desk's counter said 137 after a walk-in, the status bar still
    "136 participants"."""
    before = len(registry.list_participants(window.context.db, window.context.event.id))
    assert window.statusBar().currentMessage() == f"{before} participants"

    form_filled_with(monkeypatch, "Somsak", "Walkin")
    monkeypatch.setattr(BadgePrinter, "__call__", lambda *_args: None)
    window.desk.walk_in()

    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"{before + 1} participants")
