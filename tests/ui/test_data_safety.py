"""The window on a damaged or read-only database, restoring, and erasing personal data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.services import backups, checkin, registry
from registration.services.demo import load_demo_event
from registration.storage.database import Database
from registration.storage.integrity import check_file
from registration.storage.migrate import open_database
from registration.ui.common.messages import Tone
from registration.ui.main_window import MainWindow
from registration.ui.settings.settings_dialog import SettingsDialog
from tests.storage.damage import damage_an_index
from tests.storage.test_damaged_and_read_only import _deny_writing
from tests.ui.keys import press


def test_a_damaged_backup_stops_writes_and_offers_the_newest_good_one(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = registry.list_participants(db, window.context.event.id)
    session = window.context.sessions[0].id
    checkin.check_in(db, people[0].badge_code, session, "Desk 3")
    good = window.backups.back_up()
    assert good is not None
    for person in people[1:4]:  # recorded after the good backup
        checkin.check_in(db, person.badge_code, session, "Desk 3")
    window.live.stop()
    db.dispose()
    assert db.path is not None
    damage_an_index(db.path)  # the disk fails under the open window
    offered: list[str] = []

    def answer(box: QMessageBox) -> int:
        offered.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "&Restore the backup")
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))

    assert window.backups.back_up() is None  # refused the moment it is taken

    assert db.read_only  # nothing more is written to the damaged file
    assert "damaged" in window.safety_note.text()
    [text] = offered
    assert "fails its integrity check" in text
    assert "3 check-ins" in text  # what restoring sets aside
    assert [b.path for b in backups.list_backups(window.backups.folder)][-1] == good
    assert told and "Restored" in told[0]
    assert check_file(db.path) == []
    restored = open_database(f"sqlite:///{db.path}")
    try:
        assert len(checkin.recent_check_ins(restored, "Desk 3", limit=100)) == 1
    finally:
        restored.dispose()


def test_the_restore_question_names_what_is_set_aside(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = window.backups.back_up()
    assert good is not None
    people = registry.list_participants(db, window.context.event.id)
    for person in people[:2]:
        checkin.check_in(db, person.badge_code, window.context.sessions[0].id, "Desk 3")
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.recorded_since = window.backups.recorded_since
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.backup_list.setCurrentRow(0)
    dialog.restore.click()

    assert asked and "2 check-ins and 0 new participants" in asked[0]


def test_a_read_only_database_opens_for_looking_and_refuses_a_check_in(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writable = open_database(f"sqlite:///{db_path}")
    load_demo_event(writable)
    writable.dispose()
    _deny_writing(monkeypatch, db_path)
    db = open_database(f"sqlite:///{db_path}")
    window = build_main_window(db, Settings(desk="Desk 3"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    try:
        assert "read-only" in window.safety_note.text()
        person = registry.list_participants(db, window.context.event.id)[0]
        window.desk.view.scan.setFocus()
        window.desk.view.scan.setText(person.badge_code)
        press(window.desk.view.scan, Qt.Key.Key_Return)

        panel = window.desk.view.result
        assert panel.tone is Tone.ERROR
        assert "read-only" in panel.title.text()
        qtbot.waitUntil(window.desk.view.scan.hasFocus, timeout=2000)
    finally:
        window.close()
        db.dispose()


def test_erase_personal_data_asks_with_the_counts_then_erases(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.backups.back_up()
    asked: list[str] = []

    def type_the_word(dialog: QInputDialog) -> int:
        asked.append(dialog.labelText())
        dialog.setTextValue("purge")
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", type_the_word)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [action] = [a for a in file_menu.actions() if a.text() == "Erase personal data…"]

    action.trigger()

    assert "136 participants" in asked[0] and "Type purge" in asked[0]
    assert "still hold it" in told[0] and "registration-" in told[0]
    people = registry.list_participants(db, window.context.event.id)
    assert all(p.phone == "" and p.first_name.startswith("#") for p in people)
    qtbot.waitUntil(lambda: window.participant_rows.participants()[0].record.first_name[0] == "#")


def _garbage_over_pages(path: Path) -> None:
    with path.open("r+b") as file:  # by hand, after the copy was taken and verified
        file.seek(8192)
        file.write(b"\xa5\x17" * 20_000)


def test_a_backup_damaged_since_it_was_taken_is_called_damaged_before_any_question(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = window.backups.back_up()
    assert taken is not None
    _garbage_over_pages(taken)
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    dialog.show()
    dialog.backup_list.setCurrentRow(0)
    dialog.restore.setFocus()
    press(dialog.restore, Qt.Key.Key_Space)

    assert warned == ["That backup is damaged and cannot be restored; choose an older one."]
    assert requested == []  # nothing was stopped or replaced
    assert dialog.backup_list.item(0).text().endswith("— damaged")


def test_after_a_refused_restore_the_window_follows_the_database_again(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = window.backups.back_up()
    assert taken is not None
    _garbage_over_pages(taken)  # damaged between the question and the restore
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))

    window.settings_flow.restore(taken, window)

    assert warned and "damaged" in warned[0]
    assert window.isVisible()
    assert window.backups.timer.isActive()  # the copies every half hour go on
    counters = window.desk.view.counters
    qtbot.waitUntil(lambda: counters.counts is not None)
    before = counters.counts.checked_in.total()  # type: ignore[union-attr]
    person = registry.list_participants(db, window.context.event.id)[5]
    checkin.check_in(db, person.badge_code, int(window.desk.session_id or 0), "Desk 9")
    qtbot.waitUntil(
        lambda: counters.counts is not None and counters.counts.checked_in.total() == before + 1,
        timeout=5000,
    )  # another desk's check-in reaches the window, as before the attempt
