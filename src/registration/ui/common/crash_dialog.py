"""Anything unexpected: logged with its traceback, then a polite dialog, never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        where = (
            self.tr("The details are also in the log file {path}.").format(path=str(log_file))
            if log_file
            else ""
        )
        self.message = message = QLabel(
            self.tr(
                "The program met an error it did not expect. Your data is safe: every "
                "check-in made so far is saved. You can keep working; if this happens "
                "again, send the details below to whoever supports the desk."
            )
            + " "
            + where
        )
        message.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def install_excepthook(
    log_file: Path | None, show: Callable[[str], None] | None = None
) -> ExceptHook:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and the dialog."""
    previous = sys.excepthook

    def show_dialog(details: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            CrashDialog(details, log_file, app.activeWindow()).exec()

    shower = show or show_dialog

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        try:
            shower(details)
        except Exception:  # the dialog itself failed: the log still has it
            log.exception("could not show the error dialog")

    sys.excepthook = hook
    return previous
