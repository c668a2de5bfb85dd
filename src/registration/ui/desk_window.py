"""The window's size on the desk's laptop: all of it on the screen, task bar and status bar
included (a 1366x768 screen leaves about 1366x700 to a window)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 760)
MINIMUM = (1024, 600)
TITLE_BAR = 40  # the window manager's frame is not known before the window shows


def fit_to_screen(window: QWidget) -> None:
    window.setMinimumSize(*MINIMUM)
    width, height = PREFERRED
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width())
        height = min(height, available.height() - TITLE_BAR)
        window.resize(width, height)
        frame = window.frameGeometry()
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
        return
    window.resize(width, height)
