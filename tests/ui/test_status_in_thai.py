"""The words the desk's status bar shows when the database stops answering, in a Thai
window: Thai only (the driver's own English goes to the log)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from registration.domain.errors import EnvironmentProblem
from registration.ui.main_window import MainWindow

LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture
def thai(qapp: QApplication):
    from registration.i18n import install_translator

    translator = install_translator(qapp, "th")
    yield
    qapp.removeTranslator(translator)


def test_a_database_that_stops_answering_is_told_in_thai(window: MainWindow, thai) -> None:
    """It read "เชื่อมต่อฐานข้อมูลไม่ได้: The database cannot be reached: connection failed:
    connection to server at "127.0.0.1", port 55481 failed: Connection refused…"."""
    problem = EnvironmentProblem(
        "database_unreachable",
        "The database cannot be reached: connection failed: connection to server at "
        '"127.0.0.1", port 5432 failed: Connection refused',
    )
    window.live._failed(problem)  # a poll of the change feed came back with this

    shown = window.statusBar().currentMessage()
    assert shown and not LATIN.search(shown), shown


def test_a_server_that_hangs_is_told_in_thai(window: MainWindow, thai) -> None:
    """It read "The server did not answer within 2 s." beside the Thai offline note."""
    from registration.services.sync.deadline import ServerSilent

    window.live._failed(ServerSilent(2.0))  # a poll waited its deadline out

    shown = window.statusBar().currentMessage()
    assert shown and not LATIN.search(shown), shown
