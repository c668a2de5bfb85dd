"""A choice of the event's group sets ("no group line" first), read again each time its
list opens, so a set made in the groups tab a minute ago is there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from registration.domain.errors import EnvironmentProblem
from registration.services.groups import list_group_sets

if TYPE_CHECKING:
    from registration.services.handle import Database


class GroupSetCombo(QComboBox):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.reload()

    def reload(self) -> None:
        """The sets as they are now; the one chosen stays chosen while it exists."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(no group line)"), None)
        try:
            group_sets = list_group_sets(self.db, self.event_id)
        except EnvironmentProblem:  # the server is away: no group line, until it is back
            group_sets = []
        for group_set in group_sets:
            if group_set.mode:  # only sets with people in their groups
                self.addItem(group_set.name, group_set.id)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.reload()
        super().showPopup()

    def set_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None
