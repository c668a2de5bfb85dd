"""All participants as a table: one row per person, raw sort values under SORT_ROLE."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from registration.domain.badge_code import format_badge_code
from registration.domain.enums import ParticipantStatus
from registration.domain.phone import format_phone
from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import thai_sort_key
from registration.services.desk import ListedParticipant
from registration.ui.common.messages import role_text, status_text

SORT_ROLE = Qt.ItemDataRole.UserRole.value + 1
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole.value + 2
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    NAME = 1
    NICKNAME = 2
    PROVINCE = 3
    ISSUE_AREA = 4
    ROLE = 5
    ORGANISATION = 6
    PHONE = 7
    STATUS = 8
    SESSIONS = 9


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("ParticipantTableModel", "Code"),
        QCoreApplication.translate("ParticipantTableModel", "Name"),
        QCoreApplication.translate("ParticipantTableModel", "Nickname"),
        QCoreApplication.translate("ParticipantTableModel", "Province"),
        QCoreApplication.translate("ParticipantTableModel", "Issue area"),
        QCoreApplication.translate("ParticipantTableModel", "Role"),
        QCoreApplication.translate("ParticipantTableModel", "Organisation"),
        QCoreApplication.translate("ParticipantTableModel", "Phone"),
        QCoreApplication.translate("ParticipantTableModel", "Status"),
        QCoreApplication.translate("ParticipantTableModel", "Sessions"),
    ]


DISPLAY = Qt.ItemDataRole.DisplayRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_CANCELLED_GREY = QColor("#888888")

# Display text of every column but SESSIONS (which needs the model's session numbers).
_TEXTS: dict[int, Callable[[ParticipantRecord], str]] = {
    Column.CODE: lambda p: format_badge_code(p.badge_code),
    Column.NAME: lambda p: p.full_name,
    Column.NICKNAME: lambda p: p.nickname,
    Column.PROVINCE: lambda p: p.province.name_th if p.province else "",
    Column.ISSUE_AREA: lambda p: p.issue_area.name_th if p.issue_area else "",
    Column.ROLE: lambda p: role_text(p.role),
    Column.ORGANISATION: lambda p: p.organisation,
    Column.PHONE: lambda p: format_phone(p.phone) if p.phone else "",
    Column.STATUS: lambda p: status_text(p.status),
}


class ParticipantTableModel(QAbstractTableModel):
    """The source model: every participant of the event, in the order loaded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListedParticipant] = []
        self._row_of_id: dict[int, int] = {}
        self._session_numbers: dict[int, int] = {}
        self._sort_keys: dict[Column, list[Any]] = {}

    # -- loading and updating -------------------------------------------------
    def set_participants(
        self, rows: Sequence[ListedParticipant], session_ids: Sequence[int] = ()
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of_id = {row.record.id: n for n, row in enumerate(self._rows)}
        self._session_numbers = {sid: n for n, sid in enumerate(session_ids, start=1)}
        self._sort_keys.clear()
        self.endResetModel()

    def participants(self) -> list[ListedParticipant]:
        return self._rows

    def row_of(self, participant_id: int) -> int | None:
        return self._row_of_id.get(participant_id)

    def upsert(self, listed: ListedParticipant) -> None:
        """A participant added or edited in the window; check-ins already known are kept."""
        row = self._row_of_id.get(listed.record.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._row_of_id[listed.record.id] = len(self._rows)
            self._rows.append(listed)
            self._sort_keys.clear()
            self.endInsertRows()
            return
        listed.sessions |= self._rows[row].sessions
        self._rows[row] = listed
        self._sort_keys.clear()
        self._changed(row)

    def set_checked_in(self, participant_id: int, session_id: int, checked_in: bool) -> None:
        row = self._row_of_id.get(participant_id)
        if row is None:
            return
        sessions = self._rows[row].sessions
        if checked_in:
            sessions.add(session_id)
        else:
            sessions.discard(session_id)
        self._sort_keys.pop(Column.SESSIONS, None)
        self._changed(row, Column.SESSIONS)

    def _changed(self, row: int, only: Column | None = None) -> None:
        """The row's cells changed; `only` names the one column that did (a check-in
        changes no text the filter searches, so the proxy keeps its work)."""
        first, last = (0, len(Column) - 1) if only is None else (only, only)
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row_number: int, column: int, role: int) -> Any:
        """`data()` without an index: the proxy calls it directly, once per painted cell."""
        if role == DISPLAY:
            return self.display_text(self._rows[row_number], column)
        if role == FOREGROUND:
            return self.foreground(self._rows[row_number])
        if role == SORT_ROLE:
            return self.sort_value(self._rows[row_number], Column(column))
        if role == PARTICIPANT_ROLE:
            return self._rows[row_number]
        return None

    @staticmethod
    def foreground(row: ListedParticipant) -> QColor | None:
        """Cancelled people are greyed; everyone else takes the view's colour."""
        return _CANCELLED_GREY if row.record.status is ParticipantStatus.CANCELLED else None

    def display_text(self, row: ListedParticipant, column: int) -> str:
        if column == Column.SESSIONS:
            return self._sessions_text(row)
        return _TEXTS[column](row.record)

    def _sessions_text(self, row: ListedParticipant) -> str:
        numbers = sorted(self._session_numbers.get(s, 0) for s in row.sessions)
        return ", ".join(str(n) for n in numbers)

    def sort_keys(self, column: Column) -> list[Any]:
        """The sort value of every row for a column, computed once per change of the data."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [self.sort_value(row, column) for row in self._rows]
            self._sort_keys[column] = keys
        return keys

    def sort_value(self, row: ListedParticipant, column: Column) -> Any:
        """Raw values that sort right: Thai dictionary keys for Thai text."""
        if column is Column.NAME:
            return row.sort_key
        if column is Column.SESSIONS:
            return len(row.sessions)
        if column is Column.CODE:
            return row.record.badge_code
        if column in (Column.PHONE, Column.ROLE, Column.STATUS):
            return self.display_text(row, column)
        return thai_sort_key(self.display_text(row, column))
