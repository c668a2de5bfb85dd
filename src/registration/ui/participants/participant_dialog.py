"""Add / edit a participant, and the short walk-in form: inline validation, duplicate warning."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from registration.domain.records import IssueAreaInfo, ParticipantRecord, ProvinceInfo
from registration.services.participant_input import ParticipantInput
from registration.ui.participants.participant_form import ParticipantForm

DuplicateFinder = Callable[[ParticipantInput], ParticipantRecord | None]


class ParticipantDialog(QDialog):
    """`value()` is the checked input once the dialog is accepted; nothing is saved here."""

    def __init__(
        self,
        provinces: Sequence[ProvinceInfo],
        issue_areas: Sequence[IssueAreaInfo],
        find_duplicate: DuplicateFinder,
        person: ParticipantRecord | None = None,
        walk_in: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find_duplicate = find_duplicate
        self._editing = person
        if walk_in:
            self.setWindowTitle(self.tr("Walk-in: register, check in and print the badge"))
        elif person is None:
            self.setWindowTitle(self.tr("Add participant"))
        else:
            self.setWindowTitle(self.tr("Edit participant"))
        self.form = ParticipantForm(provinces, issue_areas, full=not walk_in, parent=self)
        if person is not None:
            self.form.set_value(person)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.form.valid)
        self.form.validity_changed.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.edits["first_name"].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter while OK cannot be pressed yet did nothing at all: it says what is missing."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.form.valid:
            self.form.reveal_problems()
            event.accept()
            return
        super().keyPressEvent(event)

    def value(self) -> ParticipantInput:
        return self.form.value()

    def accept(self) -> None:
        if not self.form.valid:
            return
        duplicate = self._find_duplicate(self.value())
        if duplicate is not None and (self._editing is None or duplicate.id != self._editing.id):
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr("{name} ({code}) has the same name and phone. Save anyway?").format(
                    name=duplicate.full_name, code=duplicate.badge_code
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()
