"""The red line beside a field or under a form that says what is wrong with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from registration.ui.common.messages import TONE_COLOURS, Tone


def problem_label() -> QLabel:
    """Empty until a check fails; wraps, since Thai explanations run long."""
    label = QLabel()
    label.setStyleSheet(f"color: {TONE_COLOURS[Tone.ERROR]}")
    label.setWordWrap(True)
    return label
