"""Which check-in interface the desk uses: its own, or, when it stands at a breakout group's
room, one that first asks whether the person belongs to that group."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services.desk_checkin import CheckInDesk, desk_for
from registration.services.groups_desk import GroupRoomDesk
from registration.services.sync.desk_store import DeskStore
from registration.ui.common.context import WindowContext
from registration.ui.desk.group_room import GroupRoomCombo, remember_room

log = logging.getLogger(__name__)


class RoomCheckIns(QObject):
    room_changed = Signal()  # another room was chosen

    def __init__(self, context: Callable[[], WindowContext], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        first = context()
        self.choice = GroupRoomCombo(first.db, first.event.id, _copy(first))
        self.room: GroupRoomDesk | None = None  # this desk stands at a group's room
        self.checkins: CheckInDesk = desk_for(first.db, first.desk, first.link)
        self.follow_context()
        self.choice.currentIndexChanged.connect(self._chosen)

    def follow_context(self) -> None:
        """The desk's check-in interface, under the desk's current name, at the chosen room."""
        context, group_id = self._context(), self.choice.group_id()
        base = desk_for(context.db, context.desk, context.link)
        try:
            self.room = (
                GroupRoomDesk(base, context.db, group_id, _copy(context)) if group_id else None
            )
        except (UserError, EnvironmentProblem):  # the group was deleted meanwhile
            self.room = None
        self.checkins = self.room or base

    def _chosen(self, _index: int) -> None:
        self.follow_context()
        self.room_changed.emit()
        try:
            remember_room(self._context().event.id, self.choice.group_id())
        except OSError:
            log.exception("the group room could not be remembered")


def _copy(context: WindowContext) -> DeskStore | None:
    """On a server: the desk's own file, which keeps the groups for an offline start."""
    return context.link.store if context.link is not None else None
