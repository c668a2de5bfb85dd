"""Table model over attendance rows: "checked in / expected (share)" per session."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from registration.domain.records import SessionInfo
from registration.ui.attendance.attendance_table import AttendanceRow

AnyIndex = QModelIndex | QPersistentModelIndex
GROUP_COLUMN = 0
EXPECTED_COLUMN = 1
FIRST_SESSION_COLUMN = 2


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[AttendanceRow] = []
        self._sessions: list[SessionInfo] = []
        self.group_heading = ""

    def set_rows(
        self, rows: list[AttendanceRow], sessions: list[SessionInfo], group_heading: str
    ) -> None:
        self.beginResetModel()
        self._rows, self._sessions, self.group_heading = rows, sessions, group_heading
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_SESSION_COLUMN + len(self._sessions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in shown:
            return None
        if section == GROUP_COLUMN:
            return self.group_heading
        if section == EXPECTED_COLUMN:
            return self.tr("Expected")
        session = self._sessions[section - FIRST_SESSION_COLUMN]
        when, title = f"{session.starts_at:%d/%m %H:%M}", session.title
        if session.hidden:  # its check-ins still count here: say why no desk offers it
            hidden = self.tr("(hidden)")
            when = f"{when} {hidden}"  # the first line stays readable
            title = self.tr("{title} (hidden: {reason})").format(
                title=title, reason=session.hidden_reason
            )
        return f"{when}\n{title}"  # the header elides it; the tooltip has it whole

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:  # raw numbers, for sorting and tests
            if column == GROUP_COLUMN:
                return row.label
            if column == EXPECTED_COLUMN:
                return row.expected
            return row.checked_in[column - FIRST_SESSION_COLUMN]
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != GROUP_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: AttendanceRow, column: int) -> str:
        if column == GROUP_COLUMN:
            return row.label
        if column == EXPECTED_COLUMN:
            return str(row.expected)
        session_column = column - FIRST_SESSION_COLUMN
        share = row.share(session_column)
        count = row.checked_in[session_column]
        return f"{count} ({share:.0%})" if share is not None else str(count)
