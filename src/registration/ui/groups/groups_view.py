"""Breakout groups: make a set, assign people automatically, move them by hand, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registration.domain.records import SessionInfo, offered
from registration.services import groups, groups_assignment
from registration.services.groups import GroupMember, GroupSetInfo
from registration.services.groups_assign import AssignMode
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.offline_groups import group_set_here, group_sets_here, members_here
from registration.ui.common.messages import copy_note
from registration.ui.common.problem_label import problem_label
from registration.ui.common.shown import shown_in
from registration.ui.event_setup.event_changes import refill, session_items
from registration.ui.groups.clusters_box import ClustersBox
from registration.ui.groups.groups_messages import group_error_text
from registration.ui.groups.groups_tree import GroupsTree
from registration.ui.groups.move_history import MoveHistory
from registration.ui.groups.roster_box import RosterBox
from registration.ui.groups.undo_question import undo_confirmed

if TYPE_CHECKING:
    from registration.services.handle import Database

T = TypeVar("T")

MODE_NAMES = {
    AssignMode.CLUSTER: QT_TRANSLATE_NOOP("GroupsView", "By province cluster"),
    AssignMode.PROVINCE: QT_TRANSLATE_NOOP("GroupsView", "By province"),
    AssignMode.ISSUE_AREA: QT_TRANSLATE_NOOP("GroupsView", "By issue area"),
    AssignMode.MIXED: QT_TRANSLATE_NOOP("GroupsView", "Mixed (provinces and issue areas spread)"),
}


class GroupsView(QWidget):
    def __init__(
        self,
        db: Database,
        event_id: int,
        sessions: list[SessionInfo],
        desk: str,
        parent: QWidget | None = None,
        link: DeskLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.event_id, self._desk, self.link = db, event_id, desk, link
        self._copied_at: datetime | None = None  # shown from the desk's copy (server away)
        self.group_set: GroupSetInfo | None = None
        self.members: list[GroupMember] = []  # of the set shown
        layout = QVBoxLayout(self)
        layout.addWidget(self._new_set_box(sessions))
        layout.addLayout(self._assign_row())
        self.problem = problem_label()
        self.status = QLabel()
        notes = QHBoxLayout()  # one line for both: the clusters table needs the height
        notes.addWidget(self.status)
        notes.addWidget(self.problem, 1)
        layout.addLayout(notes)
        body = QHBoxLayout()
        self.tree = GroupsTree(self)
        self.tree.move_requested.connect(self.move_participant)
        self.tree.group_chosen.connect(self._show_group)
        # under the tree, where it has the tree's width: in the side box the Thai ran to a
        # second line that the box had no room for at 1366x768
        self.move_hint = QLabel(
            self.tr(
                "Move someone: drag the name onto a group, or select it and "
                "press the group's number (1–9); Ctrl+Z puts the last one back."
            )
        )
        self.move_hint.setWordWrap(True)
        tree_column = QVBoxLayout()
        tree_column.addWidget(self.tree, 1)
        tree_column.addWidget(self.move_hint)
        body.addLayout(tree_column, 3)
        side = QVBoxLayout()
        side.addWidget(self._group_box())
        self.clusters = ClustersBox(db, event_id, desk)
        self.clusters.failed.connect(self.problem.setText)
        side.addWidget(self.clusters, 1)
        body.addLayout(side, 1)
        layout.addLayout(body, 1)
        self.roster = RosterBox(db, event_id, lambda: self.group_set.id if self.group_set else None)
        self.roster.saved.connect(
            lambda path: self.status.setText(self.tr("Saved {path}").format(path=path))
        )
        self.roster.failed.connect(self.problem.setText)
        layout.addWidget(self.roster)
        undo = QAction(self)  # an action, so the keys reach it from any widget of the tab
        undo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        self.moves = MoveHistory()
        self.tree.undo_requested.connect(self.undo_move)
        self.refresh()

    @property
    def desk(self) -> str:
        return self._desk

    @desk.setter
    def desk(self, name: str) -> None:
        """A new desk name reaches every change made here from now on."""
        self._desk = self.clusters.desk = name

    # -- layout ---------------------------------------------------------------------
    def _new_set_box(self, sessions: list[SessionInfo]) -> QGroupBox:
        box = QGroupBox(self.tr("Group set"))
        row = QHBoxLayout(box)
        self.sets = QComboBox()
        self.sets.setMinimumWidth(240)
        self.sets.currentIndexChanged.connect(self._set_chosen)
        self.set_name = QLineEdit()
        self.set_name.setPlaceholderText(self.tr("Name of a new set, e.g. กลุ่มย่อย 9 ก.พ. บ่าย"))
        self.set_name.returnPressed.connect(self.create_set)
        self.group_count = QSpinBox()
        self.group_count.setRange(1, groups.MAX_GROUPS)
        self.group_count.setValue(5)
        self.group_count.setPrefix(self.tr("groups: "))
        self.session = QComboBox()
        self.session.addItem(self.tr("(no session)"), None)
        for session in offered(sessions):
            self.session.addItem(f"{session.starts_at:%d/%m %H:%M} {session.title}", session.id)
        create = QPushButton(self.tr("Create set"))
        create.clicked.connect(self.create_set)
        self.session.setMaximumWidth(320)
        row.addWidget(self.sets, 2)
        row.addWidget(self.set_name, 3)
        row.addWidget(self.group_count)
        row.addWidget(self.session, 1)
        row.addWidget(create)
        return box

    def _assign_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode = QComboBox()
        for mode, name in MODE_NAMES.items():
            self.mode.addItem(QCoreApplication.translate("GroupsView", str(name)), mode.value)
        self.assign_button = QPushButton(self.tr("Assign automatically"))
        self.assign_button.clicked.connect(self.assign)
        self.undo_button = QPushButton(self.tr("Undo assignment (Ctrl+Shift+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.newcomers_button = QPushButton(self.tr("Place newcomers"))
        self.newcomers_button.clicked.connect(self.place_newcomers)
        for widget in (self.mode, self.assign_button, self.undo_button, self.newcomers_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _group_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Group"))
        form = QFormLayout(box)
        self.group_name, self.room, self.facilitator = QLineEdit(), QLineEdit(), QLineEdit()
        form.addRow(self.tr("Name"), self.group_name)
        form.addRow(self.tr("Room"), self.room)
        save = QPushButton(self.tr("Save group"))
        save.clicked.connect(self.save_group)
        facilitator_row = QHBoxLayout()
        facilitator_row.addWidget(self.facilitator, 1)
        facilitator_row.addWidget(save)
        form.addRow(self.tr("Facilitator"), facilitator_row)
        return box

    # -- behaviour ------------------------------------------------------------------
    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a problem goes to the red line, nothing else changes."""
        with shown_in(self.problem, describe=group_error_text) as attempt:
            result = action()
        return None if attempt.failed else result

    def use_sessions(self, sessions: list[SessionInfo]) -> None:
        """The event's sessions changed: a new set can be tied to any of them at once."""
        refill(self.session, session_items(sessions), keep=1)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the sets again (another desk may have changed them) and redraw."""
        sets = self._read(lambda: group_sets_here(self.db, self.event_id, self.link)) or []
        chosen = self.group_set.id if self.group_set else None
        self.sets.blockSignals(True)
        self.sets.clear()
        for group_set in sets:
            self.sets.addItem(group_set.name, group_set.id)
        index = self.sets.findData(chosen) if chosen is not None else len(sets) - 1
        self.sets.setCurrentIndex(max(index, 0) if sets else -1)
        self.sets.blockSignals(False)
        self._set_chosen()

    def _set_chosen(self) -> None:
        set_id = self.sets.currentData()
        self.group_set = None
        if set_id is not None:
            self.group_set = self._read(lambda: group_set_here(self.db, int(set_id), self.link))
        self._redraw()

    def _redraw(self) -> None:
        group_set = self.group_set
        for button in (self.assign_button, self.newcomers_button):
            button.setEnabled(group_set is not None)
        self.undo_button.setEnabled(group_set is not None and group_set.can_undo)
        self.members = []
        if group_set is None:
            self.tree.clear()
            self.status.setText(self.tr("No group set yet: name one above and create it."))
            return
        members = self._read(lambda: members_here(self.db, group_set, self.link)) or []
        self.members = list(members)
        self.tree.show_set(group_set, members)
        status = self.tr("{n} groups · {people} people in groups · {missing} in no group").format(
            n=len(group_set.groups), people=len(members), missing=group_set.unassigned
        )
        walk_ins = sum(m.placed_automatically for m in members)
        if walk_ins:
            status += self.tr(" · {n} walk-in(s) placed automatically").format(n=walk_ins)
        self.status.setText(status)
        if self._copied_at is not None:  # the server is away: as far as this desk knows
            self.problem.setText(copy_note(self._copied_at))

    def _read(self, read: Callable[[], tuple[T, datetime | None]]) -> T | None:
        """A read from the server, or from the desk's copy (remembered, to say so)."""
        found = self._call(read)
        if found is None:
            return None
        result, self._copied_at = found
        return result

    def create_set(self) -> None:
        made = self._call(
            lambda: groups.create_group_set(
                self.db,
                self.event_id,
                self.set_name.text(),
                self.group_count.value(),
                self.session.currentData(),
                desk=self.desk,
            )
        )
        if made is not None:
            self.set_name.clear()
            self.group_set = made
            self.refresh()

    def assign(self) -> None:
        if self.group_set is None:
            return
        set_id, mode = self.group_set.id, AssignMode(self.mode.currentData())
        result = self._call(
            lambda: groups_assignment.assign_groups(self.db, set_id, mode, self.desk)
        )
        if result is not None:
            self.moves.forget(set_id)  # every membership was replaced
            self.group_set = result.group_set
            self._redraw()
            self.tree.setFocus()

    def undo(self) -> None:
        if self.group_set is None:
            return
        if self.group_set.can_undo and not undo_confirmed(self, self.group_set, self.members):
            return
        set_id = self.group_set.id
        restored = self._call(lambda: groups_assignment.undo_assignment(self.db, set_id, self.desk))
        if restored is not None:
            self.moves.forget(set_id)  # every membership was replaced
            self.group_set = restored
            self._redraw()

    def place_newcomers(self) -> None:
        if self.group_set is not None:
            set_id = self.group_set.id
            self._call(lambda: groups_assignment.place_newcomers(self.db, set_id, self.desk))
            self._set_chosen()

    def move_participant(self, participant_id: int, group_id: int) -> None:
        if self.group_set is None:
            return
        set_id = self.group_set.id
        before = self.moves.before_move(set_id, participant_id, self.members)
        moved = self._call(
            lambda: groups_assignment.move_participant(
                self.db, set_id, participant_id, group_id, self.desk
            )
        )
        if moved is not None:
            if before.from_group != group_id:
                self.moves.add(before, group_id)
            self.group_set = moved
            self._redraw()

    def undo_move(self) -> None:
        """Ctrl+Z: the newest move by hand made here is put back as it was."""
        if self.group_set is None:
            return
        set_id = self.group_set.id
        move = self.moves.take_last(set_id)
        if move is None:
            self.problem.setText(self.tr("No move by hand to undo in this set."))
            return
        restored = self._call(
            lambda: groups_assignment.put_back(
                self.db,
                set_id,
                move.participant_id,
                move.from_group,
                move.was_by_hand,
                self.desk,
                move.to_group,
            )
        )
        if restored is not None:
            self.group_set = restored
            self._redraw()
            self.tree.select_participant(move.participant_id)
            self.status.setText(
                self.tr("{name} is back where they were.").format(name=move.full_name)
            )

    def _show_group(self, group_id: int) -> None:
        if self.group_set is None:
            return
        group = next((g for g in self.group_set.groups if g.id == group_id), None)
        if group is not None:
            self.group_name.setText(group.name)
            self.room.setText(group.room)
            self.facilitator.setText(group.facilitator)

    def save_group(self) -> None:
        group_id = self.tree.current_group()
        if group_id is None:
            return
        edited = self._call(
            lambda: groups.edit_group(
                self.db,
                group_id,
                self.group_name.text(),
                self.room.text(),
                self.facilitator.text(),
                self.desk,
            )
        )
        if edited is not None:
            self._set_chosen()
