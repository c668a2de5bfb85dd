"""Layout of the participant list: filters over a sortable table, and the list's buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import IssueAreaInfo, ProvinceInfo
from registration.domain.thai_text import thai_sort_key
from registration.ui.common.messages import role_text, status_text
from registration.ui.participants.participant_filter import ParticipantFilter
from registration.ui.participants.participant_model import Column
from registration.ui.participants.participant_proxy import ParticipantProxy


def _choices(parent: QWidget, everyone: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(everyone, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class RowNumbers(QHeaderView):
    """The row numbers beside the list, as wide as the largest one needs.

    Qt sizes a vertical header by measuring its first and last hundred sections, asking
    the model (Python here) for four or five roles of each: 800 calls after every
    keystroke that changes the list. The first and the last number give the same size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def sizeHint(self) -> QSize:
        if self.count() == 0:
            return super().sizeHint()
        size = self.sectionSizeFromContents(self.count() - 1)  # the longest number
        return size.expandedTo(self.sectionSizeFromContents(0))


class ParticipantsView(QWidget):
    def __init__(
        self,
        proxy: ParticipantProxy,
        provinces: Sequence[ProvinceInfo],
        issue_areas: Sequence[IssueAreaInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit(self)
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(self.tr("Filter: name, nickname, organisation or phone"))
        self.search.setClearButtonEnabled(True)
        ordered = sorted(provinces, key=lambda p: thai_sort_key(p.name_th))
        self.province = _choices(
            self, self.tr("All provinces"), [(p.name_th, p.code) for p in ordered]
        )
        self.issue_area = _choices(
            self, self.tr("All issue areas"), [(a.name_th, a.id) for a in issue_areas]
        )
        self.role = _choices(self, self.tr("All roles"), [(role_text(r), r) for r in Role])
        self.status = _choices(
            self, self.tr("Any status"), [(status_text(s), s) for s in ParticipantStatus]
        )
        self.checked_in = QCheckBox(self.tr("Checked in to the current session"), self)
        self.count = QLabel(self)
        self.table = self._table(proxy)
        self.add = QPushButton(self.tr("Add…"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.cancel = QPushButton(self.tr("Cancel participant"), self)
        self.reinstate = QPushButton(self.tr("Reinstate"), self)
        self.import_file = QPushButton(self.tr("Import…"), self)
        self.print_badges = QPushButton(self.tr("Print badges"), self)
        self.export = QPushButton(self.tr("Export selection…"), self)
        self._arrange()
        for widget in (self.province, self.issue_area, self.role, self.status):
            widget.currentIndexChanged.connect(self.apply_filter)
        self.checked_in.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        proxy.modelReset.connect(self._show_count)
        self.current_session: int | None = None

    def _table(self, proxy: ParticipantProxy) -> QTableView:
        table = QTableView(self)
        table.setObjectName("participants")
        table.setVerticalHeader(RowNumbers(table))
        table.setModel(proxy)
        # The indicator first: enabling sorting sorts at once by the indicated column.
        table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)  # one line per person; wrapping Thai text costs paint time
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(Column.CODE, 195)
        table.setColumnWidth(Column.NAME, 230)
        return table

    def _arrange(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.province, self.issue_area, self.role, self.status, self.checked_in):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (
            self.add,
            self.edit,
            self.cancel,
            self.reinstate,
            self.import_file,
            self.print_badges,
            self.export,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.search, self.province)
        self.setTabOrder(self.checked_in, self.table)

    def current_filter(self) -> ParticipantFilter:
        return ParticipantFilter(
            text=self.search.text(),
            province_code=self.province.currentData(),
            issue_area_id=self.issue_area.currentData(),
            role=self.role.currentData(),
            status=self.status.currentData(),
            checked_in_to=self.current_session if self.checked_in.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.current_filter())

    def _show_count(self) -> None:
        self.count.setText(self.tr("{n} shown").format(n=self.proxy.rowCount()))
