"""The settings dialog validates as the user types and saves only what makes sense."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from registration.config import Settings
from registration.i18n import install_translator
from registration.storage.backups import take_backup
from registration.storage.migrate import open_database
from registration.ui.settings.settings_dialog import SettingsDialog


def save_button(dialog: SettingsDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_an_empty_desk_name_is_refused_inline(qtbot) -> None:
    dialog = SettingsDialog(Settings(desk="Desk 1"))
    qtbot.addWidget(dialog)

    dialog.desk.clear()

    assert not save_button(dialog).isEnabled()
    assert dialog.desk_problem.text() == "Give this desk a name."
    qtbot.keyClicks(dialog.desk, "Desk 2")
    assert save_button(dialog).isEnabled() and dialog.desk_problem.text() == ""


def test_saving_a_server_database_and_thai(qtbot) -> None:
    dialog = SettingsDialog(Settings(desk="Desk 1"))
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    qtbot.keyClicks(dialog.url, "192.168.1.10")
    assert not save_button(dialog).isEnabled()
    assert "postgresql+psycopg://" in dialog.connection_result.text()

    dialog.url.setText("postgresql+psycopg://desk@192.168.1.10/registration")
    dialog.language.setCurrentIndex(dialog.language.findData("th"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    saved = dialog.result_settings
    assert saved.database == "postgresql+psycopg://desk@192.168.1.10/registration"
    assert (saved.language, saved.desk) == ("th", "Desk 1")


def test_test_connection_says_when_the_server_is_not_there(qtbot) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = SettingsDialog(Settings(database=f"postgresql+psycopg://desk@127.0.0.1:{port}/r"))
    qtbot.addWidget(dialog)

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    assert dialog.connection_result.text().startswith("Cannot reach the server")


def test_restoring_asks_first_then_hands_the_backup_to_the_window(qtbot, tmp_path, monkeypatch):
    live = tmp_path / "live.sqlite"
    open_database(f"sqlite:///{live}").dispose()
    backup = take_backup(live, tmp_path / "backups")
    dialog = SettingsDialog(Settings(backups_dir=str(tmp_path / "backups")))
    qtbot.addWidget(dialog)
    assert dialog.backup_list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.restore.click()

    assert requested.args == [backup]


@pytest.mark.parametrize("language", ["en", "th"])
def test_alt_u_backs_up_now(qtbot, qapp, language: str, tmp_path) -> None:
    """ "Server &URL" took Alt+U too: Qt moved the focus between the two and backed up
    nothing."""
    translator = install_translator(qapp, "th") if language == "th" else None
    try:
        dialog = SettingsDialog(Settings(desk="Desk 1", backups_dir=str(tmp_path)))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

        with qtbot.waitSignal(dialog.backup_requested, timeout=2000):
            # through the window system, as a keyboard's Alt+U arrives
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
