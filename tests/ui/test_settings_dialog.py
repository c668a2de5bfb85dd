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


def test_settings_say_which_database_the_window_uses_when_the_start_chose_another(
    qtbot, window
) -> None:
    """Started with --database on a test file, the dialog showed "Embedded database"
    (what is saved) and nothing said the window runs on another file."""
    from PySide6.QtCore import QTimer

    from tests.ui.keys import press_key

    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.started_note.text() if dialog.started_note.isVisible() else "")
        press_key(Qt.Key.Key_Escape)

    window.activateWindow()
    QTimer.singleShot(100, look)
    press_key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: bool(seen))
    assert str(window.context.db.path) in seen[0]
    assert "--database" in seen[0]


def test_a_plain_start_shows_no_note_and_a_server_shows_no_password(tmp_path) -> None:
    from registration.config import data_dir

    default_file = data_dir() / "registration.sqlite"
    assert Settings().started_with(f"sqlite:///{default_file}") is None
    assert (
        Settings(database=str(tmp_path / "a.sqlite")).started_with(
            f"sqlite:///{tmp_path / 'a.sqlite'}"
        )
        is None
    )
    server = "postgresql+psycopg://desk@10.0.0.5/registration"
    assert (
        Settings(database=server).started_with(
            "postgresql+psycopg://desk:secret@10.0.0.5/registration"
        )
        is None
    )  # the keyring's password added at start: the same server

    shown = Settings().started_with("postgresql+psycopg://desk:secret@10.0.0.5/registration")

    assert shown is not None and "10.0.0.5" in shown and "secret" not in shown
