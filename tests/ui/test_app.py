"""The desk name is asked once per machine and kept in the settings file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from registration.app import ask_desk_name
from registration.config import Settings, load_settings, settings_file


def test_the_desk_name_is_saved_for_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  โต๊ะ 2 ", True))
    assert not settings_file().exists()
    chosen = ask_desk_name(Settings())
    assert chosen.desk == "โต๊ะ 2"
    assert load_settings().desk == "โต๊ะ 2"


def test_an_empty_or_cancelled_desk_name_keeps_the_old_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Desk 9", False))
    assert ask_desk_name(Settings(desk="Desk 4")).desk == "Desk 4"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  ", True))
    assert ask_desk_name(Settings(desk="Desk 4")).desk == "Desk 4"
    assert not settings_file().exists()


def test_opening_the_embedded_database_makes_a_backup(db, demo_event, tmp_path) -> None:
    from registration.app import back_up_on_open
    from registration.config import Settings
    from registration.services import backups

    back_up_on_open(db, Settings(backups_dir=str(tmp_path / "copies")))

    [copy] = backups.list_backups(tmp_path / "copies")
    assert copy.size > 0
