"""Typing into widgets with real key events, as a keyboard or a wedge scanner sends them.

QTest.keyClick(s) in PySide6 6.12 drops a reference to None on every call (the
interpreter aborts once enough have piled up), and cannot type Thai; these helpers
send the same QKeyEvents through QApplication.sendEvent instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_PRESS_AND_RELEASE = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in _PRESS_AND_RELEASE:
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key) -> None:
    text = "\r" if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else ""
    for kind in _PRESS_AND_RELEASE:
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


SCANNER_GAP_S = 0.003  # a keyboard-wedge scanner: a key every few milliseconds
PERSON_GAP_MS = 45  # a quick typist: well above a scanner's 30 ms


def focused() -> QWidget:
    """Where a key goes: the focus widget, or the active (modal) window that has none."""
    widget = (
        QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def _key_to_focus(key: Qt.Key, text: str) -> None:
    widget = focused()  # looked up for every key, as the keyboard's events go
    for kind in _PRESS_AND_RELEASE:
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scan_like_scanner(text: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    """A keyboard-wedge scanner: each character a few ms apart, then Enter (or Tab), all to
    whatever widget has the focus."""
    scanner_keys(text)
    press_key(end)  # offered as a shortcut first, as every real key is


def scanner_keys(text: str) -> None:
    """A scanner's characters, a few ms apart, each to the widget that has the focus then."""
    import time

    for ch in text:
        _key_to_focus(Qt.Key.Key_unknown, ch)
        time.sleep(SCANNER_GAP_S)


def type_like_person(qtbot: object, text: str) -> None:
    """A person at the keyboard: characters slower than any scanner, to the focused widget,
    with the window's event loop running in between (timers fire as they would)."""
    from pytestqt.qtbot import QtBot

    assert isinstance(qtbot, QtBot)
    for ch in text:
        _key_to_focus(Qt.Key.Key_unknown, ch)
        qtbot.wait(PERSON_GAP_MS)


def press_key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key (Enter, an arrow, Esc, Ctrl+Z…) to the focused widget, shortcut first, as Qt
    delivers a real key: a window shortcut that wants the key gets it."""
    from PySide6.QtGui import QKeySequence

    text = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Escape: "\x1b", Qt.Key.Key_Tab: "\t"}.get(key, "")
    if modifiers & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Z:
        text = "\x1a"
    widget = focused()
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers, text)
    QApplication.sendEvent(widget, override)
    if not override.isAccepted() and _fire_shortcut(widget, QKeySequence(key | modifiers)):
        return
    for kind in _PRESS_AND_RELEASE:
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def _fire_shortcut(widget: QWidget, sequence: object) -> bool:
    """The window's action for this key, as Qt's shortcut map would trigger it."""
    from PySide6.QtGui import QAction

    window = widget.window()
    for action in window.findChildren(QAction):
        if action.isEnabled() and sequence in action.shortcuts():
            action.trigger()
            return True
    return False
