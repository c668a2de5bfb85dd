"""Rosters from the window: grouping, extra columns, a page per group, saved as PDF,
XLSX or CSV through the same service and writers as `registration-cli roster`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from registration.jobs.lists import make_roster
from registration.services.roster import RosterBy, RosterOptions
from registration.ui.groups.list_names import roster_file_name
from registration.ui.groups.long_job import in_background

if TYPE_CHECKING:
    from registration.services.handle import Database


class RosterBox(QGroupBox):
    saved = Signal(str)  # the path written
    failed = Signal(str)  # why, in the window's words

    def __init__(
        self,
        db: Database,
        event_id: int,
        current_set: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Roster"), parent)
        self.db, self.event_id, self.current_set = db, event_id, current_set
        self.by = QComboBox()
        self.by.addItem(self.tr("By province"), RosterBy.PROVINCE.value)
        self.by.addItem(self.tr("By issue area"), RosterBy.ISSUE_AREA.value)
        self.by.addItem(self.tr("By province cluster"), RosterBy.CLUSTER.value)
        self.by.addItem(self.tr("By group of this set"), RosterBy.GROUP.value)
        self.columns = {
            "nickname": QCheckBox(self.tr("Nickname")),
            "organisation": QCheckBox(self.tr("Organisation")),
            "position": QCheckBox(self.tr("Position")),
            "phone": QCheckBox(self.tr("Phone")),
        }
        self.page_per_group = QCheckBox(self.tr("A page per group"))
        self.save_button = QPushButton(self.tr("Save roster…"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout(self)
        row.addWidget(self.by)
        for box in (*self.columns.values(), self.page_per_group):
            row.addWidget(box)
        row.addStretch(1)
        row.addWidget(self.save_button)

    def options(self) -> RosterOptions:
        by = RosterBy(self.by.currentData())
        return RosterOptions(
            by=by,
            columns=tuple(key for key, box in self.columns.items() if box.isChecked()),
            page_per_group=self.page_per_group.isChecked(),
            set_id=self.current_set() if by is RosterBy.GROUP else None,
        )

    def save(self) -> Path | None:
        options = self.options()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save roster"),
            roster_file_name(options.by, options.set_id),
            self.tr("PDF document (*.pdf);;Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
        db, event_id = self.db, self.event_id
        done = in_background(
            self,
            self.tr("Writing the roster…"),
            lambda progress, cancelled: make_roster(
                db, event_id, options, path, progress=progress, cancel=cancelled
            ),
        )
        if failure := done.said(self.tr("Cancelled: no roster was written.")):
            self.failed.emit(failure)
        if done.result is None:
            return None
        self.saved.emit(str(path))
        return path
