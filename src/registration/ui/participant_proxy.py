"""Filtered and sorted view of the participant model, computed in Python in one pass.

QSortFilterProxyModel would call back into Python once per row to filter and once per
comparison to sort: seconds for 100,000 participants. Here a filter is one list
comprehension and a sort one `list.sort` over precomputed keys.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
)

from registration.services.desk import ListedParticipant
from registration.ui.participant_filter import ParticipantFilter
from registration.ui.participant_model import (
    DISPLAY,
    FOREGROUND,
    Column,
    Index,
    ParticipantTableModel,
)

_COLUMNS = len(Column)
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class ParticipantProxy(QAbstractProxyModel):
    def __init__(self, source: ParticipantTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = ParticipantFilter()
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._visible: list[int] = []  # source rows, in display order
        self._proxy_row: dict[int, int] | None = None  # source row -> proxy row, built lazily
        self._current = False  # False once the source changed: the next filter starts afresh
        self.setSourceModel(source)
        source.modelReset.connect(self.refresh)
        source.rowsInserted.connect(self.refresh)
        source.dataChanged.connect(self._source_changed)
        self.refresh()

    # -- what is shown --------------------------------------------------------
    @property
    def current_filter(self) -> ParticipantFilter:
        return self._filter

    def set_filter(self, new_filter: ParticipantFilter) -> None:
        """Typing on only narrows: then just the rows shown now are checked, order kept."""
        narrowing = self._current and new_filter.narrows(self._filter)
        self._filter = new_filter
        if narrowing:
            self._show(new_filter.apply(self._source.participants(), self._visible))
        else:
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        self.refresh()

    def refresh(self) -> None:
        rows = self._source.participants()
        visible = self._filter.apply(rows)
        if self._sort is not None:
            column, order = self._sort
            keys = self._source.sort_keys(column)
            descending = order == Qt.SortOrder.DescendingOrder
            visible.sort(key=keys.__getitem__, reverse=descending)
        self._show(visible)
        self._current = True

    def _show(self, visible: list[int]) -> None:
        self.beginResetModel()
        self._visible = visible
        self._proxy_row = None
        self.endResetModel()

    def participant_at(self, proxy_row: int) -> ListedParticipant:
        return self._source.participants()[self._visible[proxy_row]]

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._current = False
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            proxy = self.mapFromSource(self._source.index(source_row, 0))
            if proxy.isValid():
                last = self.index(proxy.row(), self.columnCount() - 1)
                self.dataChanged.emit(proxy, last)

    # -- Qt proxy interface ---------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Any = None) -> Any:
        """No argument: the QObject parent; an index: none, this is a flat table."""
        return super().parent() if child is None else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._source.data_at(self._visible[index.row()], index.column(), role)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return self._source.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._proxy_row is None:
            self._proxy_row = {source: proxy for proxy, source in enumerate(self._visible)}
        row = self._proxy_row.get(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def multiData(self, index: Index, span: Any) -> None:
        """All the roles a painted cell needs in one call from Qt (instead of one per role).

        Only the text and the grey of a cancelled person are ever set, so the other
        roles Qt asks for are skipped without a call: this runs for every painted cell.
        Qt's delegate hands in the same span for every cell, so what is set for one
        cell must be set or cleared for the next.
        """
        if not index.isValid() or index.row() >= len(self._visible):
            return
        listed = self._source.participants()[self._visible[index.row()]]
        for n in range(len(span)):  # a QModelRoleDataSpan: one entry per role asked for
            entry = span[n]
            role = entry.role()
            if role == DISPLAY:
                entry.setData(self._source.display_text(listed, index.column()))
            elif role == FOREGROUND:  # Qt reuses the span: a grey left set would spread
                colour = self._source.foreground(listed)
                if colour is None:
                    entry.clearData()
                else:
                    entry.setData(colour)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Asked for every painted cell; answered here instead of through the source."""
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
