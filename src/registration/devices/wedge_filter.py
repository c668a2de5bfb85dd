"""Recognises a keyboard-wedge scanner's burst of keys anywhere in the application.

A scanner types into whatever widget has the focus. This filter, installed on the
QApplication, watches every key press: keys less than `SCAN_GAP_SECONDS` apart that
end in Enter or Tab and read as a badge code are a scan. The scan is announced with
`scanned` and the Enter is swallowed, so it never reaches the focused widget.

What happens to the characters before the Enter: in a line edit (the scan field, a
search box, a spin box) they are typed as usual and taken out again when the burst
turns out to be a scan, so a person's typing is never delayed; anywhere else (a combo
box, a table, the tab bar, where a letter would jump to an item) they are held for
a moment and handed on only if no scan follows. A burst goes on where the focus went: a
click on a list mid-scan moves the scanner's last keys, not the scan, elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from registration.devices.wedge import SCAN_GAP_SECONDS, is_scanned_code

_KEY_PRESS = QEvent.Type.KeyPress
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr
)  # fmt: skip
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
HOLD_MS = int(SCAN_GAP_SECONDS * 1000) + 10  # held keys go on a little after the gap


@dataclass
class _HeldKey:
    widget: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


@dataclass
class _Burst:
    text: str = ""
    last: float = 0.0
    held: list[_HeldKey] = field(default_factory=list)
    # the line edits typed into, each with its text and cursor from before the burst
    edits: dict[QLineEdit, tuple[str, int]] = field(default_factory=dict)


def _line_edit_of(widget: QWidget) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    ):
        return widget.findChild(QLineEdit)
    return None


def _typed_character(event: QKeyEvent) -> bool:
    text = event.text()
    return (
        len(text) == 1
        and text.isprintable()
        and not event.isAutoRepeat()
        and not event.modifiers() & _COMMAND_MODIFIERS
    )


class WedgeFilter(QObject):
    scanned = Signal(str)  # the burst's text, without the Enter or Tab

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._burst = _Burst()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self._end_burst)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # every event of the program passes here: bail early
        if kind is not _KEY_PRESS and kind is not _SHORTCUT_OVERRIDE:
            return False
        if self._replaying or not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if kind is _SHORTCUT_OVERRIDE:
            return self._ending_a_scan(event)
        if key in _MODIFIER_KEYS:  # a scanner presses Shift for capitals
            return False
        now = self._clock()
        if self._burst.text and now - self._burst.last > SCAN_GAP_SECONDS:
            self._end_burst()
        if key in _ENDS and not event.modifiers() & _COMMAND_MODIFIERS:
            return self._ended(self._burst.text)
        if not _typed_character(event):
            self._end_burst()
            return False
        return self._typed(watched, event, now)

    def _ending_a_scan(self, event: QKeyEvent) -> bool:
        """Qt offers every key as a shortcut first; an open list takes Enter there and picks
        the row under the mouse. A scan's Enter is kept for the scan: taken here (no list,
        no shortcut acts on it), it then comes as the key press that ends the scan."""
        burst = self._burst
        if (
            event.key() not in _ENDS
            or event.modifiers() & _COMMAND_MODIFIERS
            or self._clock() - burst.last > SCAN_GAP_SECONDS
            or not is_scanned_code(burst.text)
        ):
            return False
        event.accept()
        return True

    def _typed(self, widget: QWidget, event: QKeyEvent, now: float) -> bool:
        burst = self._burst
        edit = _line_edit_of(widget)
        if edit is not None and edit not in burst.edits:
            burst.edits[edit] = (edit.text(), edit.cursorPosition())
        burst.text += event.text()
        burst.last = now
        self._timer.start()
        if edit is not None:
            return False  # typed as usual; taken out again if this is a scan
        burst.held.append(_HeldKey(widget, event.key(), event.modifiers(), event.text()))
        return True

    def _ended(self, text: str) -> bool:
        if not is_scanned_code(text):
            self._end_burst()
            return False
        burst, self._burst = self._burst, _Burst()
        self._timer.stop()
        for edit, (was, cursor) in burst.edits.items():
            if shiboken6.isValid(edit):
                edit.setText(was)
                edit.setCursorPosition(cursor)
        self.scanned.emit(text)
        return True

    def _end_burst(self) -> None:
        """Not a scan: the held keys go where they were typed, in order."""
        burst, self._burst = self._burst, _Burst()
        self._timer.stop()
        self._replaying = True
        try:
            for held in burst.held:
                if shiboken6.isValid(held.widget):
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        event = QKeyEvent(kind, held.key, held.modifiers, held.text)
                        QApplication.sendEvent(held.widget, event)
        finally:
            self._replaying = False
