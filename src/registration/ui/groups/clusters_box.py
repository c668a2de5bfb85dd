"""Province clusters (กลุ่มจังหวัด) of the event, edited in place: the cluster column is
editable and saved as soon as a cell is changed; the next assignment by cluster uses it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services.groups_clusters import list_clusters, set_cluster
from registration.ui.groups.groups_messages import group_error_text

if TYPE_CHECKING:
    from registration.services.handle import Database

CODE_ROLE = Qt.ItemDataRole.UserRole


class ClustersBox(QGroupBox):
    failed = Signal(str)

    def __init__(
        self, db: Database, event_id: int, desk: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Province clusters"), parent)
        self.db, self.event_id, self.desk = db, event_id, desk
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Province"), self.tr("Cluster")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.table.itemChanged.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            clusters = list_clusters(self.db, self.event_id)
        except (UserError, EnvironmentProblem) as problem:
            self.failed.emit(group_error_text(problem))
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(clusters))
        for row, cluster in enumerate(clusters):
            name = QTableWidgetItem(cluster.province)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value = QTableWidgetItem(cluster.cluster)
            value.setData(CODE_ROLE, cluster.province_code)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, value)
        self.table.resizeColumnToContents(0)  # the province whole: ประจวบคีรีขันธ์ was cut
        self.table.blockSignals(False)

    def _changed(self, item: QTableWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        if code is None:
            return
        try:
            set_cluster(self.db, self.event_id, str(code), item.text(), self.desk)
        except (UserError, EnvironmentProblem) as problem:
            self.failed.emit(group_error_text(problem))
        self.refresh()  # sorted by cluster again, or the old value back after a refusal
