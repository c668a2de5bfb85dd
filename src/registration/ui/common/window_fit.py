"""The window on the desk's laptop: all of it on the screen, task bar and status bar included
(a 1366x768 screen leaves about 1366x700 to a window, title bar included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QWidget

PREFERRED = (1366, 760)
TITLE_BAR = 40  # the window manager's frame is not known before the window shows


def fit_to_screen(window: QWidget, preferred: tuple[int, int] = PREFERRED) -> None:
    """As large as the screen's free area allows, up to `preferred`, and centred on it."""
    width, height = preferred
    screen = window.screen()
    if screen is None:
        window.resize(width, height)
        return
    available = screen.availableGeometry()
    width = min(width, available.width())
    height = min(height, available.height() - TITLE_BAR)
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


class FittingTabs(QTabWidget):
    """Tabs whose smallest size is the first tab's (the desk): one wide page elsewhere does
    not push the window, and its status bar, off a small screen."""

    def minimumSizeHint(self) -> QSize:
        first = self.widget(0)
        if first is None:
            return super().minimumSizeHint()
        page = first.minimumSizeHint().expandedTo(first.minimumSize())
        bar = self.tabBar().sizeHint()
        return QSize(max(page.width(), 200), page.height() + bar.height() + 8)
