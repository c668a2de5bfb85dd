"""The main window: every action has a shortcut, Ctrl+Z / Ctrl+N reach the desk, the
participant list edits and cancels, and an empty database offers the demo event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.enums import ParticipantStatus
from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.participant_input import ParticipantInput
from registration.storage.database import Database
from registration.storage.models import AuditEntry
from registration.ui.event_setup import start_dialog
from registration.ui.main_window import MainWindow
from registration.ui.participants.participant_dialog import ParticipantDialog
from tests.ui.dialogs import click_in_message_box
from tests.ui.keys import press, type_text


def action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.actions() if a.text() == text)


def test_every_action_has_a_distinct_shortcut(window: MainWindow) -> None:
    shortcuts = [a.shortcut().toString() for a in window.actions()]
    assert all(shortcuts)
    assert len(set(shortcuts)) == len(shortcuts)
    assert action(window, "Undo last check-in…").shortcut().toString() == "Ctrl+Z"
    assert action(window, "Walk-in…").shortcut().toString() == "Ctrl+N"


def test_undo_shortcut_action_undoes_the_desks_last_check_in(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = window.participant_rows.participants()[0].record
    window.desk.view.scan.setText(person.badge_code)
    press(window.desk.view.scan, Qt.Key.Key_Return)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("wrong person", True))
    action(window, "Undo last check-in…").trigger()
    recent = checkin.recent_check_ins(window.context.db, "Desk 3")
    assert recent[0].check_in.annul_reason == "wrong person"
    assert window.desk.view.scan.hasFocus()


def test_a_participant_is_edited_and_cancelled_from_the_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_participants()
    participants = window.participants
    participants.view.table.selectRow(0)
    chosen = participants.selected()[0]

    def rename(dialog: ParticipantDialog) -> int:
        edit = dialog.form.edits["nickname"]
        edit.clear()
        type_text(edit, "Lek")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", rename)
    action(window, "Edit…").trigger()
    assert participants.selected()[0].nickname == "Lek"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("left early", True))
    action(window, "Cancel participant…").trigger()
    row = window.participant_rows.row_of(chosen.id)
    assert row is not None
    assert window.participant_rows.participants()[row].record.status is ParticipantStatus.CANCELLED
    participants.view.search.setText("Lek")
    assert participants.proxy.rowCount() == 1

    participants.view.table.selectRow(0)  # a mistake: the undo is one shortcut away
    action(window, "Reinstate participant").trigger()
    status = window.participant_rows.participants()[row].record.status
    assert status is ParticipantStatus.REGISTERED
    assert registry.get_participant(window.context.db, chosen.id).status is status


def test_an_empty_database_offers_the_demo_event(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_in_message_box(monkeypatch, "Load the demo event")
    assert start_dialog.offer_first_event(db, "Desk 1")
    assert events.list_events(db)[0].name.startswith("เหลียวหลังแลหน้า")


def test_the_list_filled_in_the_background_shows_its_count(
    qtbot: QtBot, db: Database, demo_event: EventInfo
) -> None:
    window = build_main_window(db, Settings(desk="Desk 3"), load_in_background=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.participants_loaded, timeout=10_000):
        window.show()
    assert window.participants.view.count.text() == "136 shown"
    assert window.statusBar().currentMessage() == "136 participants"
    window.participants.view.search.setText("080-000-0066")
    assert window.participants.view.count.text() == "1 shown"


def test_after_an_import_the_list_is_read_again(qtbot: QtBot, window: MainWindow) -> None:
    registry.add_participant(window.context.db, window.context.event.id, ParticipantInput("ใหม่"))
    with qtbot.waitSignal(window.participants_loaded, timeout=10_000):
        window.participants.imported.emit()
    assert window.participant_rows.rowCount() == 137


def test_export_attendance_from_the_menu_writes_the_chosen_kind(
    window: MainWindow, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "day1"), "CSV (*.csv)")
    )
    action(window, "Export attendance…").trigger()

    written = tmp_path / "day1.csv"
    assert written.read_text(encoding="utf-8-sig").startswith("ลำดับ,รหัสบัตร")
    assert str(written) in window.statusBar().currentMessage()


def test_a_cancelled_export_leaves_no_file_and_no_message(
    window: MainWindow, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user pressed Cancel on the progress dialog: nothing is written, nothing to say
    (an unexpected message box fails the test)."""
    from PySide6.QtWidgets import QFileDialog

    from registration.services.export import export_attendance
    from registration.ui.attendance import attendance_view

    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "a.xlsx"), "")
    )
    monkeypatch.setattr(
        attendance_view,
        "export_attendance",
        lambda db, event_id, path, progress, cancelled: export_attendance(
            db, event_id, path, progress, lambda: True
        ),
    )
    action(window, "Export attendance…").trigger()

    assert list(folder.iterdir()) == []
    assert "a.xlsx" not in window.statusBar().currentMessage()


def test_a_new_desk_name_applies_at_once_to_everything_done_after(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.context.db
    first, second = (p.record for p in window.participant_rows.participants()[:2])
    window.desk.view.scan.setText(first.badge_code)
    press(window.desk.view.scan, Qt.Key.Key_Return)  # made as Desk 3
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Desk 7", True))

    action(window, "Desk name…").trigger()

    assert window.desk.view.desk_label.text() == "Desk: Desk 7"
    assert window.desk.view.recent.topLevelItemCount() == 0  # Desk 7 has checked in nobody
    assert window.statusBar().currentMessage() == "This desk is now Desk 7."
    window.desk.view.scan.setText(second.badge_code)
    press(window.desk.view.scan, Qt.Key.Key_Return)
    assert [r.participant.id for r in checkin.recent_check_ins(db, "Desk 7")] == [second.id]
    assert [r.participant.id for r in checkin.recent_check_ins(db, "Desk 3")] == [first.id]

    window.show_participants()
    window.participants.view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("moved", True))
    action(window, "Cancel participant…").trigger()
    with db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.desk) == ("cancel", "Desk 7")
    assert window.setup.desk == window.settings.desk == "Desk 7"
    assert window.context.print_badges.desk == "Desk 7"  # type: ignore[attr-defined]


def test_a_desk_name_changed_in_settings_needs_no_restart(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the database and the language ask for a restart (a message box here would
    fail the test)."""
    from registration.ui.settings.settings_dialog import SettingsDialog

    def save_new_name(dialog: SettingsDialog) -> int:
        dialog.result_settings = dialog.settings.with_changes(desk="Desk 8")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", save_new_name)
    action(window, "Settings…").trigger()

    assert window.context.desk == window.desk.context.desk == "Desk 8"
    assert window.desk.view.desk_label.text() == "Desk: Desk 8"
