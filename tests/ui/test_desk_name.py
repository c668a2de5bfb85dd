"""The desk name has one owner; everything that carries it follows a rename."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from registration.ui.common.desk_name import DeskName
from registration.ui.main_window import MainWindow
from tests.ui.test_main_window import action


def test_a_rename_is_announced_once_and_an_unchanged_name_not_at_all(qtbot) -> None:
    name = DeskName("Desk 1")
    heard: list[str] = []
    name.changed.connect(heard.append)

    name.rename("Desk 1")
    name.rename("")
    name.rename("Desk 2")

    assert (name.value, heard) == ("Desk 2", ["Desk 2"])


def test_every_tab_and_printer_follows_the_desk_name(qtbot, window: MainWindow, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Desk 5", True))

    action(window, "Desk name…").trigger()

    assert window.desk_name.value == "Desk 5"
    assert window.groups.desk == window.groups.clusters.desk == "Desk 5"
    assert window.certificates.desk == window.setup.desk == "Desk 5"
    assert window.participants.context.desk == window.printing.context.desk == "Desk 5"
    assert window.settings.desk == window.backups.settings.desk == "Desk 5"
