"""Turning the mouse wheel over a scrolling panel scrolls the panel.

Qt gives the wheel to whatever box is under the pointer: scrolling the printing tab's
controls changed the session, the province or the blank rows of the next sign-in sheet
as they passed by. A box now takes the wheel only once it has the keyboard focus
(clicked or tabbed into); otherwise the panel scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget


class WheelGuard(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # chosen on purpose: the wheel steps through the values
        QApplication.sendEvent(self.area.verticalScrollBar(), event)
        return True


def scroll_past_boxes(area: QScrollArea) -> None:
    """Every combo and spin box inside `area` lets the wheel scroll the area."""
    guard = WheelGuard(area)
    inside = area.widget()
    if inside is None:
        return
    for box in inside.findChildren(QComboBox) + inside.findChildren(QAbstractSpinBox):
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
        box.installEventFilter(guard)
