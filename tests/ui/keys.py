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
