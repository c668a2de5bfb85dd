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
from registration.ui.participants.participant_filter import ParticipantFilter
from registration.ui.participants.participant_model import (
    DISPLAY,
    FOREGROUND,
    Column,
    Index,
    ParticipantTableModel,
)

_COLUMNS = len(Column)
_VERTICAL = Qt.Orientation.Vertical
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
        self._texts: list[str] | None = None  # each source row's search text
        self._order: list[int] | None = None  # every source row, in the sorted order
        self._role_slots: tuple[int, int, int] = (0, -1, -1)  # span length, display, colour
        self._shown: dict[int, tuple[str, ...]] = {}  # source row -> its cells' texts
        self.setSourceModel(source)
        source.modelReset.connect(self._source_reset)
        source.rowsInserted.connect(self._source_reset)
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
            rows = self._source.participants()
            self._show(new_filter.apply(rows, self._visible, self._texts))
        else:
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        self._order = None
        self.refresh()

    def refresh(self) -> None:
        """Filter every row; the order is sorted once per change of the data or the sort,
        not per keystroke, and filtering keeps it."""
        rows = self._source.participants()
        if self._texts is None:
            self._texts = [row.search_text for row in rows]
        if self._order is None and self._sort is not None:
            column, order = self._sort
            keys = self._source.sort_keys(column)
            descending = order == Qt.SortOrder.DescendingOrder
            self._order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        self._show(self._filter.apply(rows, self._order, self._texts))
        self._current = True

    def _source_reset(self) -> None:
        self._texts = self._order = None
        self._shown.clear()
        self.refresh()

    def _show(self, visible: list[int]) -> None:
        self.beginResetModel()
        self._visible = visible
        self._proxy_row = None
        self.endResetModel()

    def participant_at(self, proxy_row: int) -> ListedParticipant:
        return self._source.participants()[self._visible[proxy_row]]

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """An edit may change any text; a check-in (the sessions column alone) changes no
        search text, the order only when sorted by sessions, and what is shown only when
        the filter asks for a session: at a desk with 100,000 people, redoing all three
        after every scan cost 15 ms."""
        sessions_only = top_left.column() == bottom_right.column() == Column.SESSIONS
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            self._shown.pop(source_row, None)
        if not sessions_only:
            self._texts = None
        if not sessions_only or (self._sort is not None and self._sort[0] is Column.SESSIONS):
            self._order = None
            self._current = False
        if not sessions_only or self._filter.checked_in_to is not None:
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
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return
        source_row = self._visible[row]
        listed = self._source.participants()[source_row]
        text, grey = self._slots(span)
        if text is not None:
            text.setData(self._texts_of(source_row, listed)[index.column()])
        if grey is not None:  # Qt reuses the span: a grey left set would spread
            colour = self._source.foreground(listed)
            if colour is None:
                grey.clearData()
            else:
                grey.setData(colour)

    def _slots(self, span: Any) -> tuple[Any, Any]:
        """The span's places for the text and the colour (QModelRoleData, or None when
        Qt did not ask). Only a remembered place that still holds its role is trusted;
        each place is fetched once, as every fetch makes a Python wrapper."""
        size, display, colour = self._role_slots
        if size == len(span) and display >= 0 and colour >= 0:
            text, grey = span[display], span[colour]
            if text.role() == DISPLAY and grey.role() == FOREGROUND:
                return text, grey
        display, colour = self._find_slots(span)
        return (span[display] if display >= 0 else None, span[colour] if colour >= 0 else None)

    def _texts_of(self, source_row: int, listed: ListedParticipant) -> tuple[str, ...]:
        """A row's texts, made once for all its cells and kept while it may be painted
        again (scrolling back, the next keystroke); dropped when the row changes."""
        texts = self._shown.get(source_row)
        if texts is None:
            if len(self._shown) > 5000:
                self._shown.clear()
            display = self._source.display_text
            texts = tuple(display(listed, column) for column in range(_COLUMNS))
            self._shown[source_row] = texts
        return texts

    def _find_slots(self, span: Any) -> tuple[int, int]:
        """Where in the span (a QModelRoleDataSpan) the two roles are; the delegate asks
        for the same roles in the same order for every cell, so this is remembered."""
        roles = [span[n].role() for n in range(len(span))]
        display = roles.index(DISPLAY) if DISPLAY in roles else -1
        colour = roles.index(FOREGROUND) if FOREGROUND in roles else -1
        self._role_slots = (len(span), display, colour)
        return display, colour

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Asked for every painted cell; answered here instead of through the source."""
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == _VERTICAL:  # asked for many roles of every painted row
            return section + 1 if role == DISPLAY else None
        return self._source.headerData(section, orientation, role)
