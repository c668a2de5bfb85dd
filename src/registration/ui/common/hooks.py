"""Hooks the composition root fills in: badge printing (built elsewhere) defaults to a message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from registration.domain.records import ParticipantRecord


class BadgePrinter(Protocol):
    """Print the badges of these participants; `parent` is the window asking."""

    def __call__(self, participants: Sequence[ParticipantRecord], parent: QWidget) -> None: ...


def printing_not_available(participants: Sequence[ParticipantRecord], parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("hooks", "Badges"),
        QCoreApplication.translate("hooks", "Printing is not available in this version."),
    )
