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
from registration.domain.thai_text import thai_sort_key
from registration.services.desk import ListedParticipant
from registration.ui.messages import role_text, status_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTableModel", text)


def column_titles() -> list[str]:
    return [
        _tr("Code"), _tr("Name"), _tr("Nickname"), _tr("Province"), _tr("Issue area"),
        _tr("Role"), _tr("Organisation"), _tr("Phone"), _tr("Status"), _tr("Checked in"),
    ]  # fmt: skip


def _province(row: ListedParticipant) -> str:
    return row.record.province.name_th if row.record.province else ""


def _issue_area(row: ListedParticipant) -> str:
    return row.record.issue_area.name_th if row.record.issue_area else ""


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
        self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == PARTICIPANT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and (
            row.record.status is ParticipantStatus.CANCELLED
        ):
            return QColor("#888888")
        return None

    def display_text(self, row: ListedParticipant, column: Column) -> str:
        person = row.record
        texts: dict[Column, Callable[[], str]] = {
            Column.CODE: lambda: format_badge_code(person.badge_code),
            Column.NAME: lambda: person.full_name,
            Column.NICKNAME: lambda: person.nickname,
            Column.PROVINCE: lambda: _province(row),
            Column.ISSUE_AREA: lambda: _issue_area(row),
            Column.ROLE: lambda: role_text(person.role),
            Column.ORGANISATION: lambda: person.organisation,
            Column.PHONE: lambda: format_phone(person.phone) if person.phone else "",
            Column.STATUS: lambda: status_text(person.status),
            Column.SESSIONS: lambda: self._sessions_text(row),
        }
        return texts[column]()

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
        if column in (Column.CODE, Column.PHONE, Column.ROLE, Column.STATUS):
            return self.display_text(row, column)
        return thai_sort_key(self.display_text(row, column))
