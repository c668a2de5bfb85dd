"""Asks why a session is hidden: Hide stays greyed until a reason is typed; Enter hides,
Esc keeps the session as it was."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from registration.services.event_setup import HIDE_REASON


class HideSessionDialog(QDialog):
    def __init__(self, title: str, check_ins: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hide session"))
        question = QLabel(
            self.tr(
                "Hide “{title}”? No desk, sign-in sheet or list will offer it any more; its "
                "{count} check-in(s) stay in the exports, the report and the certificates. "
                "It can be shown again."
            ).format(title=title, count=check_ins)
        )
        question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(HIDE_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. a duplicate of the afternoon session"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.hide_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.hide_button.setText(self.tr("Hide"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._follow_reason)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(QLabel(self.tr("Why is it hidden?")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._follow_reason()
        self.reason.setFocus()

    def _follow_reason(self) -> None:
        self.hide_button.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        """Enter in the reason field presses Hide only when there is a reason."""
        if self.reason_text():
            super().accept()
