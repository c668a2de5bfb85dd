"""The groups of one set as a tree: a group per top row, its members under it.

A member dragged onto another group, or moved with the number keys (1–9: to that group),
asks to be moved; the view calls the service and rebuilds the tree.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from registration.services.groups import GroupMember, GroupSetInfo

GROUP_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupsTree(QTreeWidget):
    move_requested = Signal(int, int)  # participant id, group id
    group_chosen = Signal(int)  # group id of the current row
    undo_requested = Signal()  # Ctrl+Z in the list: put the newest move back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Group / name"), self.tr("Province"), self.tr("Issue area")])
        self.setColumnWidth(0, 340)
        self.setColumnWidth(1, 160)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_ids: list[int] = []
        self.currentItemChanged.connect(self._current_changed)

    def show_set(self, group_set: GroupSetInfo, members: Sequence[GroupMember]) -> None:
        """Rebuild, keeping the current person (or group) current and groups expanded."""
        keep = self.current_participant()
        keep_group = self.current_group()
        self.clear()
        self.group_ids = [g.id for g in group_set.groups]
        rows: dict[int, QTreeWidgetItem] = {}
        for group in group_set.groups:
            room = self.tr(" · room {room}").format(room=group.room) if group.room else ""
            text = self.tr("{name}{room} ({n})").format(name=group.name, room=room, n=group.size)
            if group.facilitator:
                text += self.tr(" · facilitator {name}").format(name=group.facilitator)
            item = QTreeWidgetItem([text, "", ""])
            item.setData(0, GROUP_ROLE, group.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            rows[group.id] = item
        current = None
        for member in members:
            marker = self.tr(" (moved by hand)") if member.moved_by_hand else ""
            if member.placed_automatically:
                marker = self.tr(" (walk-in, placed automatically)")
            child = QTreeWidgetItem([member.full_name + marker, member.province, member.issue_area])
            child.setData(0, GROUP_ROLE, member.group_id)
            child.setData(0, PERSON_ROLE, member.participant_id)
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            rows[member.group_id].addChild(child)
            if member.participant_id == keep:
                current = child
        self.expandAll()
        if current is None and keep_group in rows:
            current = rows[keep_group]
        if current is not None:
            self.setCurrentItem(current)

    def select_participant(self, participant_id: int) -> None:
        """Make this person's row current (and visible)."""
        rows = (self.topLevelItem(top) for top in range(self.topLevelItemCount()))
        for group in (g for g in rows if g is not None):
            children = (group.child(row) for row in range(group.childCount()))
            for child in (c for c in children if c is not None):
                if child.data(0, PERSON_ROLE) == participant_id:
                    self.setCurrentItem(child)
                    self.scrollToItem(child)
                    return

    def current_participant(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, PERSON_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current_group(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, GROUP_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, GROUP_ROLE) is not None:
            self.group_chosen.emit(int(current.data(0, GROUP_ROLE)))

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z in the list is ours: the window's Ctrl+Z (undo the last check-in) would
        otherwise claim it too, and Qt fires neither of two claims to one key."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        number = event.key() - Qt.Key.Key_0
        person = self.current_participant()
        if person is not None and 1 <= number <= min(9, len(self.group_ids)):
            self.move_requested.emit(person, self.group_ids[number - 1])
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move instead of letting Qt move the row: the service decides."""
        person = self.current_participant()
        target = self.itemAt(event.position().toPoint())
        event.ignore()
        if person is None or target is None:
            return
        group = target.data(0, GROUP_ROLE)
        if group is not None and int(group) != self.current_group():
            self.move_requested.emit(person, int(group))


def _is_undo(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)
