"""Answering the window's modal questions in tests, as a user clicking a button would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def click_in_message_box(monkeypatch: pytest.MonkeyPatch, button_text: str) -> None:
    """The next QMessageBox.exec() returns as if the button with this text was clicked."""

    def answer(box: QMessageBox) -> int:
        button = next(b for b in box.buttons() if b.text() == button_text)
        monkeypatch.setattr(box, "clickedButton", lambda: button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
