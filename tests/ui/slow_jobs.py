"""A long print job a test can stop half-way, as a user pressing Cancel would.

The job's page-drawing function is wrapped so that, after its first page, it waits until
the test has pressed Esc on the progress dialog: however fast the machine, the Cancel
arrives while the job is still running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tests.ui.keys import press_key


class HeldAfterFirstPage:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.pages = 0
        self.released = threading.Event()
        original: Callable[..., Any] = getattr(module, name)

        def drawn(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            self.pages += 1
            if self.pages == 1:
                self.released.wait(10)  # until the test pressed Cancel
            return result

        monkeypatch.setattr(module, name, drawn)

    def cancel_when_the_progress_shows(self, parent: QWidget) -> QTimer:
        """Start before the click that runs the job (the click returns once it ended)."""
        timer = QTimer(parent)
        timer.setInterval(20)

        def look() -> None:
            shown = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
            focus = QApplication.focusWidget()
            if shown and self.pages >= 1 and focus is not None and focus.window() is shown[0]:
                timer.stop()
                press_key(Qt.Key.Key_Escape)  # to the focused dialog, as a person would
                self.released.set()

        timer.timeout.connect(look)
        timer.start()
        return timer
