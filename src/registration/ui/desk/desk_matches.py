"""The desk's name matches with one more column: who is already checked in for the session
(time and desk), so staff see it before they press Enter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from registration.ui.participants.participant_proxy import ParticipantProxy

Index = QModelIndex | QPersistentModelIndex


class MatchesHere(QIdentityProxyModel):
    """The matches as they are, plus a last column "Here" for the chosen session."""

    def __init__(self, matches: ParticipantProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(matches)
        self.matches = matches
        self._here: dict[int, tuple[datetime, str]] = {}

    @property
    def here_column(self) -> int:
        return self.matches.columnCount()

    def set_arrivals(self, arrivals: dict[int, tuple[datetime, str]]) -> None:
        """Who is in for the session (participant id -> time and desk)."""
        self._here = dict(arrivals)
        self._here_changed()

    def arrived(self, participant_id: int, at: datetime, desk: str) -> None:
        self._here[participant_id] = (at, desk)
        self._here_changed()

    def left(self, participant_id: int) -> None:
        self._here.pop(participant_id, None)
        self._here_changed()

    def here_text(self, participant_id: int) -> str:
        if participant_id not in self._here:
            return ""
        at, desk = self._here[participant_id]
        return self.tr("✓ in {time}, {desk}").format(time=f"{at:%H:%M}", desk=desk)

    def _here_changed(self) -> None:
        rows = self.rowCount()
        if rows:
            column = self.here_column
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.matches.columnCount() + 1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column == self.here_column and not parent.isValid() and 0 <= row < self.rowCount():
            return self.createIndex(row, column)
        return super().index(row, column, parent)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if proxy_index.isValid() and proxy_index.column() == self.here_column:
            return QModelIndex()
        return super().mapToSource(proxy_index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.here_column:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                person = self.matches.participant_at(index.row()).record
                return self.here_text(person.id) or None
            return None
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == self.here_column:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == self.here_column:
            return self.tr("Here") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)
