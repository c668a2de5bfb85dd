"""The participant fields with inline validation, shared by the walk-in and add/edit dialogs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from registration.domain.enums import Role
from registration.domain.records import IssueAreaInfo, ParticipantRecord, ProvinceInfo
from registration.domain.thai_text import thai_sort_key
from registration.services.importing.resolving import ROLE_OF_AREA_KEY
from registration.services.participant_input import ParticipantInput, check_participant_input
from registration.ui.common.messages import error_text, role_text

PREFIXES = ("", "นาย", "นาง", "นางสาว", "ดร.", "Mr", "Mrs", "Ms")
TEXT_FIELDS = ("first_name", "last_name", "nickname", "organisation", "phone")
FULL_FIELDS = ("position", "email", "note")


class ParticipantForm(QWidget):
    """Emits `validity_changed(bool)` as the user types; `value()` gives the input."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        provinces: Sequence[ProvinceInfo],
        issue_areas: Sequence[IssueAreaInfo],
        full: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self.prefix = QComboBox(self)
        self.prefix.setEditable(True)
        self.prefix.addItems(PREFIXES)
        self._layout.addRow(self.tr("Prefix"), self.prefix)
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "nickname": self.tr("Nickname"), "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"), "position": self.tr("Position"),
            "email": self.tr("E-mail"), "note": self.tr("Note"),
        }  # fmt: skip
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        for name in TEXT_FIELDS + (FULL_FIELDS if full else ()):
            self._add_text_row(name, labels[name])
            if name == "nickname":
                self._add_choices(provinces, issue_areas)
        self._valid = False
        self.revalidate()

    def _add_text_row(self, name: str, label: str) -> None:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        problem = QLabel(self)
        problem.setObjectName(f"{name}_problem")
        problem.setStyleSheet("color: #b3261e")
        problem.hide()
        edit.textChanged.connect(self.revalidate)
        self.edits[name], self.problems[name] = edit, problem
        self._layout.addRow(label, edit)
        self._layout.addRow("", problem)

    def _add_choices(
        self, provinces: Sequence[ProvinceInfo], issue_areas: Sequence[IssueAreaInfo]
    ) -> None:
        self.province = QComboBox(self)
        self.province.addItem(self.tr("(no province)"), None)
        for province in sorted(provinces, key=lambda p: thai_sort_key(p.name_th)):
            self.province.addItem(province.name_th, province.code)
        self._layout.addRow(self.tr("Province"), self.province)
        self.issue_area = QComboBox(self)
        # nothing chosen until staff choose: a walk-in is never filed under the first area unseen
        self.issue_area.addItem(self.tr("(no issue area)"), (None, Role.REPRESENTATIVE))
        for area in issue_areas:
            role = ROLE_OF_AREA_KEY.get(area.key, Role.REPRESENTATIVE)
            self.issue_area.addItem(area.name_th, (area.id, role))
        self.issue_area.addItem(role_text(Role.SPEAKER), (None, Role.SPEAKER))
        self.issue_area.addItem(role_text(Role.GUEST), (None, Role.GUEST))
        self._layout.addRow(self.tr("Issue area / role"), self.issue_area)

    # -- values ---------------------------------------------------------------
    def value(self) -> ParticipantInput:
        area_id, role = self.issue_area.currentData()
        text = self.text_of
        return ParticipantInput(
            first_name=text("first_name"),
            last_name=text("last_name"),
            prefix=self.prefix.currentText().strip(),
            nickname=text("nickname"),
            province_code=self.province.currentData(),
            issue_area_id=area_id,
            role=role,
            organisation=text("organisation"),
            position=text("position"),
            phone=text("phone"),
            email=text("email"),
            note=text("note"),
        )

    def text_of(self, name: str) -> str:
        edit = self.edits.get(name)
        return edit.text() if edit is not None else ""

    def set_value(self, person: ParticipantRecord) -> None:
        self.prefix.setCurrentText(person.prefix)
        for name, edit in self.edits.items():
            edit.setText(getattr(person, name))
        code = person.province.code if person.province else None
        self.province.setCurrentIndex(max(0, self.province.findData(code)))
        area_id = person.issue_area.id if person.issue_area else None
        for n in range(self.issue_area.count()):
            if self.issue_area.itemData(n) == (area_id, person.role):
                self.issue_area.setCurrentIndex(n)

    @property
    def valid(self) -> bool:
        return self._valid

    def reveal_problems(self) -> None:
        """Enter on a form that cannot be saved yet: say why, the empty first name too."""
        self.edits["first_name"].setModified(True)
        self.revalidate()

    def revalidate(self) -> None:
        """Show each field's problem next to it, as the user types."""
        found = {p.field: p for p in check_participant_input(self.value())}
        for name, label in self.problems.items():
            problem = found.get(name)
            untouched = name == "first_name" and not self.edits[name].isModified()
            label.setVisible(problem is not None and not untouched)
            label.setText(error_text(problem.code, problem.message) if problem else "")
        valid = not found
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
