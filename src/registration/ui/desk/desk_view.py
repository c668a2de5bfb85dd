"""Layout of the check-in desk: scan field, result panel, name matches, recent scans, counters."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registration.domain.records import ProvinceInfo, SessionInfo, offered
from registration.ui.desk.counters import Counters
from registration.ui.desk.desk_matches import MatchesHere
from registration.ui.desk.recent_scans import RecentScans
from registration.ui.desk.result_panel import ResultPanel
from registration.ui.participants.participant_model import Column

HERE_WIDTH = 150  # the "already in" column of the matches
SEARCH_COLUMNS = (Column.NAME, Column.NICKNAME, Column.PROVINCE, Column.ISSUE_AREA, Column.CODE)


class DeskView(QWidget):
    def __init__(
        self,
        desk: str,
        sessions: Sequence[SessionInfo],
        provinces: Sequence[ProvinceInfo],
        matches: MatchesHere,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = QComboBox(self)
        self.session.setObjectName("session")
        for session in offered(sessions):
            label = f"{session.starts_at:%d/%m %H:%M}  {session.title}"
            self.session.addItem(label, session.id)
        self.desk_label = QLabel(self)
        self.show_desk(desk)
        self.counters = Counters(provinces, self)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan a badge, or type a name, nickname or phone"))
        font = QFont(self.scan.font())
        font.setPointSize(20)
        self.scan.setFont(font)
        self.scan.setClearButtonEnabled(True)
        self.result = ResultPanel(self)
        self.matches = self._matches_table(matches)
        self.recent = RecentScans(sessions, self)
        self.undo_selected = QPushButton(self.tr("Undo selected check-in (Ctrl+Del)"), self)
        self.camera = QPushButton(self.tr("Camera"), self)
        self.camera.setCheckable(True)
        self.camera_status = QLabel(self)
        # at a breakout group's room: someone of another group may be counted here anyway
        self.count_anyway = QPushButton(self.tr("Count here &anyway (Ctrl+Enter)"), self)
        self.count_anyway.setObjectName("count_anyway")
        self.count_anyway.hide()
        self._arrange()

    def place_room_choice(self, choice: QWidget) -> None:
        """The choice of the group whose room this desk is, right after the session box."""
        at = self._top.indexOf(self.session) + 1
        self._top.insertWidget(at, choice)
        self._top.insertWidget(at, QLabel(self.tr("Room of:"), self))

    def show_desk(self, desk: str) -> None:
        self.desk_label.setText(self.tr("Desk: {desk}").format(desk=desk))

    def _matches_table(self, matches: MatchesHere) -> QTableView:
        table = QTableView(self)
        table.setObjectName("matches")
        table.setModel(matches)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column in Column:
            table.setColumnHidden(column, column not in SEARCH_COLUMNS)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(Column.CODE), len(Column) - 1)
        # "✓ in 08:42, <desk>" sized to its text took the names' room ("นางสาวกุหลาบ ..."):
        # a set width, cut at its end, the whole text in the tooltip
        header.setSectionResizeMode(matches.here_column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(matches.here_column, HERE_WIDTH)
        table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return table

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:"), self))
        top.addWidget(self.session, 1)
        self._top = top  # the group-room choice goes after the session (place_room_choice)
        top.addWidget(self.desk_label)
        camera = QHBoxLayout()
        camera.addWidget(self.camera)
        camera.addWidget(self.camera_status, 1)
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("Name matches (↑↓ choose, Enter checks in)"), self), 0, 0)
        lists.addWidget(QLabel(self.tr("Last 20 check-ins at this desk"), self), 0, 1)
        lists.addWidget(self.matches, 1, 0)
        lists.addWidget(self.recent, 1, 1)
        lists.addWidget(self.undo_selected, 2, 1)
        lists.addLayout(camera, 2, 0)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counters)
        layout.addWidget(self.scan)
        layout.addWidget(self.result)
        layout.addWidget(self.count_anyway)
        layout.addLayout(lists, 1)
        self.setTabOrder(self.scan, self.matches)
        self.setTabOrder(self.matches, self.recent)
        self.setTabOrder(self.recent, self.undo_selected)
        self.setTabOrder(self.undo_selected, self.session)
