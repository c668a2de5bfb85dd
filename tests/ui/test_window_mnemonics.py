"""Alt+letter on every tab: each letter underlined once, never taken by the menu bar too.

Two owners of one Alt+letter make Qt move the focus between them instead of pressing
either: Alt+D in Event setup focused "Delete session" and left the Desk menu shut.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMessageBox

from registration.i18n import install_translator
from registration.ui.main_window import MainWindow
from tests.ui.test_event_changes import _add_session_in_setup

MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _owners(window: MainWindow, tab: int) -> dict[str, list[str]]:
    """Alt letters of what is on the tab, with the menu bar's."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if (letter := _letter(action.text())) is not None:
            owners[letter].append(f"menu {action.text()}")
    page = window.tabs.widget(tab)
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(window) and label.buddy() is not None
    ]
    texts += [box.title() for box in page.findChildren(QGroupBox) if box.isVisibleTo(window)]
    for text in texts:
        if (letter := _letter(text)) is not None:
            owners[letter].append(text)
    return owners


@pytest.fixture(params=["en", "th"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    translator = install_translator(qapp, "th") if request.param == "th" else None
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


def test_no_alt_letter_has_two_owners_on_any_tab(qtbot, language: str, window: MainWindow):
    window.resize(1366, 700)
    shared = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for letter, owners in _owners(window, tab).items():
            if len(owners) > 1:
                shared[f"{window.tabs.tabText(tab)}: Alt+{letter.upper()}"] = owners
    assert shared == {}


def test_alt_l_deletes_the_chosen_session_in_event_setup(qtbot, window, monkeypatch) -> None:
    _add_session_in_setup(window, "Closing circle")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    # through the window system, as a keyboard's Alt+L arrives (Qt's shortcut map decides)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: asked != [], timeout=2000)
    assert asked == ['Delete the session "Closing circle"? Nobody has checked in to it.']
