"""Which breakout group's room this desk stands at: a choice beside the session box,
remembered with the desk's settings for the event. Its list is read again each time it
opens, so groups made in the groups tab a minute ago are there. While the server is
away the list is the one the desk last copied (a desk that starts offline comes back at
its room)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from registration.config import load_settings, save_settings
from registration.domain.errors import EnvironmentProblem
from registration.services.groups import list_group_sets
from registration.services.groups_desk import group_label
from registration.services.sync.group_copy import saved_group_sets

if TYPE_CHECKING:
    from registration.services.handle import Database
    from registration.services.sync.desk_store import DeskStore


def _key(event_id: int) -> str:
    return f"group_room.{event_id}"


def remembered_room(event_id: int) -> int | None:
    value = load_settings().extra.get(_key(event_id), "")
    return int(value) if value.isdigit() else None


def remember_room(event_id: int, group_id: int | None) -> None:
    settings = load_settings()
    extra = {**settings.extra, _key(event_id): str(group_id or "")}
    if extra != settings.extra:
        save_settings(settings.with_changes(extra=extra))


class GroupRoomCombo(QComboBox):
    def __init__(
        self,
        db: Database,
        event_id: int,
        copy: DeskStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("group_room")
        # as wide as its longest room: sized once at the first show, before any group was
        # made, the chosen room read "กลุ่มย่อ" beside the session
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.db, self.event_id, self.copy = db, event_id, copy
        self.reload(remembered_room(event_id))

    def reload(self, chosen: int | None = None) -> None:
        """The groups of every assigned set; `chosen` (else the current one) stays chosen."""
        before = self.group_id()
        if chosen is None:  # a room not listed while the server was away is still chosen
            chosen = before or remembered_room(self.event_id)
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Any group"), None)
        try:
            group_sets = list_group_sets(self.db, self.event_id)
        except EnvironmentProblem:  # the server is away: the groups as last copied
            group_sets = saved_group_sets(self.copy) if self.copy is not None else []
        for group_set in group_sets:
            if not group_set.mode:
                continue
            for group in group_set.groups:
                self.addItem(f"{group_set.name}: {group_label(group.name, group.room)}", group.id)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
        if self.group_id() != before and self.count() > 1:  # the desk follows its room
            self.currentIndexChanged.emit(self.currentIndex())

    def showPopup(self) -> None:
        self.reload()
        super().showPopup()

    def group_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None
