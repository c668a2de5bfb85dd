"""The settings list checks the backups in the background and says which are damaged,
before anyone tries to restore one."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from registration.config import Settings
from registration.domain.progress import CancelCheck, JobCancelled
from registration.i18n import install_translator
from registration.services.demo import load_demo_event
from registration.storage.backups import take_backup
from registration.storage.migrate import open_database
from registration.ui.common.fonts import install_thai_font
from registration.ui.common.workers import Worker, start
from registration.ui.main_window import MainWindow
from registration.ui.settings import backup_checks, settings_dialog
from registration.ui.settings.backup_checks import SOUND, BackupChecks, CheckedBackups
from registration.ui.settings.settings_dialog import SettingsDialog
from tests.ui.keys import focused, press_key, type_text

WAIT_S = 30  # a check held back by a test lets go by itself after this, never sooner
ITEM_MARGINS = 8  # a list item's text from the list's edges
DAYS = [datetime(2019, 2, 9, 8, 0), datetime(2019, 2, 9, 12, 0), datetime(2019, 2, 10, 8, 0)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three backups of the demo event, taken on the workshop's days (oldest first)."""
    db = open_database(f"sqlite:///{tmp_path / 'live.sqlite'}")
    load_demo_event(db)
    db.dispose()
    for moment in DAYS:
        take_backup(tmp_path / "live.sqlite", tmp_path / "backups", now=moment)
    return tmp_path / "backups"


def copies(folder: Path) -> list[Path]:
    """Newest first, as the list shows them."""
    return sorted(folder.glob("registration-*.sqlite"), reverse=True)


def damage(path: Path) -> None:
    with path.open("r+b") as file:  # a failing disk, or a person with an editor
        file.seek(8192)
        file.write(b"\xa5\x17" * 20_000)


def texts(dialog: SettingsDialog) -> list[str]:
    return [dialog.backup_list.item(row).text() for row in range(dialog.backup_list.count())]


def shown(qtbot: QtBot, dialog: SettingsDialog) -> SettingsDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.desk.setFocus()
    return dialog


class HeldChecks:
    """Checks that wait until the test lets them go (a big copy, taking its time); each
    looks at "stop" as the real one does, and records the order it was asked in."""

    def __init__(self) -> None:
        self.asked: list[Path] = []
        self.go = threading.Event()
        self.stopped = threading.Event()
        self.returned = threading.Event()
        self.ends: list[str] = []  # each check's end, as it reached the window's thread

    def __call__(self, path: Path, cancelled: CancelCheck) -> str:
        self.asked.append(path)
        try:
            for _ in range(WAIT_S * 100):
                if self.go.wait(0.01):
                    return SOUND
                if cancelled():
                    self.stopped.set()
                    raise JobCancelled("check_cancelled", "stopped")
            return SOUND
        finally:
            self.returned.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldChecks]:
    checks = HeldChecks()
    original = BackupChecks.__init__

    def with_held_checks(self, found, parent=None, check=None) -> None:  # type: ignore[no-untyped-def]
        original(self, found, parent, checks)

    def started(worker: Worker) -> Worker:
        worker.signals.finished.connect(lambda _verdict: checks.ends.append("finished"))
        worker.signals.failed.connect(lambda _error: checks.ends.append("failed"))
        return start(worker)

    monkeypatch.setattr(BackupChecks, "__init__", with_held_checks)
    monkeypatch.setattr(backup_checks, "start", started)
    yield checks
    checks.go.set()  # nothing stays waiting after the test


def test_a_copy_damaged_after_it_was_taken_is_marked_and_restore_still_refuses_it(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage(copies(folder)[1])
    dialog = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder))))

    qtbot.waitUntil(lambda: not any(t.endswith("checking…") for t in texts(dialog)), timeout=10_000)

    assert texts(dialog) == [
        "10 Feb 2019 08:00:00  (0.4 MB) — checked, sound",
        "9 Feb 2019 12:00:00  (0.4 MB) — damaged",
        "9 Feb 2019 08:00:00  (0.4 MB) — checked, sound",
    ]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    dialog.backup_list.setFocus()
    dialog.backup_list.setCurrentRow(0)
    press_key(Qt.Key.Key_Down)  # the damaged copy
    while focused() is not dialog.restore:
        press_key(Qt.Key.Key_Tab)
    press_key(Qt.Key.Key_Space)

    assert warned == ["That backup is damaged and cannot be restored; choose an older one."]
    assert requested == []


def test_a_copy_the_list_found_sound_is_not_checked_again_before_the_question(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check of a 200 MB copy holds the window about 3 s; once the list has found the
    unchanged copy sound, the question comes at once (the restore itself checks it)."""
    dialog = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder))))
    qtbot.waitUntil(lambda: not any(t.endswith("checking…") for t in texts(dialog)), timeout=10_000)
    checked: list[Path] = []
    monkeypatch.setattr(settings_dialog.backups, "check_restorable", checked.append)
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.backup_list.setFocus()
    dialog.backup_list.setCurrentRow(0)
    while focused() is not dialog.restore:
        press_key(Qt.Key.Key_Tab)
    press_key(Qt.Key.Key_Space)

    assert len(asked) == 1 and "10 Feb 2019 08:00:00" in asked[0]
    assert checked == []


def test_the_list_says_it_in_thai_on_one_line(
    qtbot: QtBot, qapp: QApplication, folder: Path
) -> None:
    damage(copies(folder)[0])
    translator = install_translator(qapp, "th")
    font = qapp.font()
    install_thai_font(qapp)
    try:
        dialog = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder))))
        assert texts(dialog)[0] == "10 ก.พ. 2562 08:00:00  (0.4 MB) — กำลังตรวจ…"
        qtbot.waitUntil(lambda: "กำลังตรวจ" not in "".join(texts(dialog)), timeout=10_000)
        assert texts(dialog)[:2] == [
            "10 ก.พ. 2562 08:00:00  (0.4 MB) — เสียหาย",
            "9 ก.พ. 2562 12:00:00  (0.4 MB) — ตรวจแล้ว ใช้ได้",
        ]
        dialog.resize(dialog.minimumSize())  # as small as it goes, a big copy's line fits
        qtbot.wait(50)
        big = "1 ธ.ค. 2569 12:00:00  (199.8 MB) — ตรวจแล้ว ใช้ได้"
        room = dialog.backup_list.viewport().width() - 2 * dialog.backup_list.spacing()
        assert dialog.backup_list.fontMetrics().horizontalAdvance(big) + ITEM_MARGINS <= room
    finally:
        qapp.removeTranslator(translator)
        qapp.setFont(font)


def test_a_long_check_leaves_the_dialog_answering(
    qtbot: QtBot, folder: Path, held: HeldChecks
) -> None:
    dialog = shown(qtbot, SettingsDialog(Settings(desk="Desk", backups_dir=str(folder))))
    qtbot.waitUntil(lambda: len(held.asked) == 1)  # the newest copy's check is under way

    type_text(focused(), " 2")  # the person goes on with the dialog meanwhile
    qtbot.wait(50)

    assert dialog.desk.text() == "Desk 2"
    assert all(t.endswith("— checking…") for t in texts(dialog))
    held.go.set()
    qtbot.waitUntil(lambda: all(t.endswith("— checked, sound") for t in texts(dialog)))
    assert held.asked == copies(folder)  # newest first


def test_an_unchanged_copy_is_checked_once_a_session(
    qtbot: QtBot, folder: Path, held: HeldChecks
) -> None:
    found = CheckedBackups()  # what the window keeps between two settings dialogs
    held.go.set()
    first = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder)), checked=found))
    qtbot.waitUntil(lambda: all(t.endswith("— checked, sound") for t in texts(first)))
    first.reject()
    newest = copies(folder)[0]
    later = newest.stat().st_mtime + 60
    os.utime(newest, (later, later))  # changed since: checked again

    second = SettingsDialog(Settings(backups_dir=str(folder)), checked=found)
    assert texts(second)[1:] == texts(first)[1:]  # known at once, before any check
    shown(qtbot, second)
    qtbot.waitUntil(lambda: all(t.endswith("— checked, sound") for t in texts(second)))

    assert held.asked == [*copies(folder), newest]


def test_closing_the_dialog_mid_check_stops_it_and_nothing_follows(
    qtbot: QtBot, folder: Path, held: HeldChecks
) -> None:
    dialog = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder))))
    qtbot.waitUntil(lambda: len(held.asked) == 1)

    press_key(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: held.ends == ["failed"], timeout=5000)  # stopped, long before 30 s

    assert held.stopped.is_set()
    assert not dialog.checks.busy  # the other copies are not checked for nobody
    assert held.asked == copies(folder)[:1]


def test_a_check_that_ends_after_its_dialog_is_gone_touches_nothing(
    qtbot: QtBot, folder: Path, held: HeldChecks
) -> None:
    dialog = shown(qtbot, SettingsDialog(Settings(backups_dir=str(folder))))
    qtbot.waitUntil(lambda: len(held.asked) == 1)

    dialog.deleteLater()  # the window went away with it
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    held.go.set()

    qtbot.waitUntil(lambda: len(held.ends) == 1, timeout=5000)  # an exception here fails it


def test_the_window_keeps_what_was_found_between_two_settings_dialogs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SettingsDialog] = []

    def close_at_once(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        return SettingsDialog.DialogCode.Rejected

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", close_at_once)
    window.settings_flow.open_settings()
    window.settings_flow.open_settings()

    assert opened[0].checks.found is opened[1].checks.found
