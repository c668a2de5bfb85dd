"""The secretariat's view: attendance per session × province or issue area, live, with a
chart and exports."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registration.domain.records import IssueAreaInfo, ProvinceInfo, SessionInfo
from registration.services.attendance import AttendanceCounts, attendance_counts
from registration.services.export import export_attendance
from registration.ui.attendance.attendance_model import AttendanceModel
from registration.ui.attendance.attendance_table import GroupBy, attendance_rows
from registration.ui.common.background import run_with_progress
from registration.ui.common.shown import problem_text, shown_in
from registration.ui.common.workers import Worker, start

if TYPE_CHECKING:
    from registration.services.handle import Database

log = logging.getLogger(__name__)


class AttendanceView(QWidget):
    refreshed = Signal()

    def __init__(
        self,
        db: Database,
        event_id: int,
        sessions: list[SessionInfo],
        provinces: list[ProvinceInfo],
        issue_areas: list[IssueAreaInfo],
        write_report: Callable[[Path], Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.event_id, self.sessions = db, event_id, sessions
        self.provinces, self.issue_areas = provinces, issue_areas
        self.write_report = write_report
        self.counts: AttendanceCounts | None = None
        self._job: Worker | None = None  # counting 100,000 people is a noticeable query
        self.model = AttendanceModel(self)
        self._build()

    def _build(self) -> None:
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By province"), GroupBy.PROVINCE)
        self.group_by.addItem(self.tr("By issue area / role"), GroupBy.ISSUE_AREA)
        self.group_by.currentIndexChanged.connect(self._show)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # "Cannot count: …" offline runs long in Thai
        self.offline_note = QLabel()  # shown while the desk works without the server
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet("color: #9a6700; font-weight: bold")
        self.offline_note.hide()
        self.export_xlsx = QPushButton(self.tr("Export &Excel…"))
        self.export_csv = QPushButton(self.tr("Export &CSV…"))
        self.export_pdf = QPushButton(self.tr("Su&mmary PDF…"))
        self.export_pdf.setEnabled(self.write_report is not None)
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        bar = QHBoxLayout()
        bar.addWidget(self.group_by)
        bar.addWidget(self.summary, 1)
        for button in (self.export_xlsx, self.export_csv, self.export_pdf):
            bar.addWidget(button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.setSizes([400, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.offline_note)
        layout.addWidget(splitter)

    def set_offline(self, offline: bool, waiting: int = 0) -> None:
        """Say that the counts leave out other desks' news while the server is away (when
        there are counts: a tab first shown offline has none, and says why)."""
        self.offline_note.setVisible(offline and self.counts is not None)
        if offline:
            self.offline_note.setText(
                self.tr(
                    "Offline: these counts are the server's from before it stopped answering. "
                    "Other desks' check-ins since then are missing, and this desk's {n} "
                    "waiting check-in(s) are added when the server is back."
                ).format(n=waiting)
            )

    # -- live refresh ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Counted afresh when shown; while shown, the window's change feed refreshes it."""
        self.refresh()
        super().showEvent(event)

    def use_event_lists(
        self, sessions: list[SessionInfo], issue_areas: list[IssueAreaInfo]
    ) -> None:
        """The event's sessions or issue areas changed (a title, a session hidden): the
        headings follow at once, even when no count changed."""
        self.sessions, self.issue_areas = sessions, issue_areas
        self._show()

    def refresh(self) -> None:
        if self._job is not None:
            return  # the last count is still running
        db, event_id = self.db, self.event_id
        self._job = Worker(lambda _progress, _cancelled: attendance_counts(db, event_id))
        self._job.signals.finished.connect(self._loaded)
        self._job.signals.failed.connect(self._failed)
        start(self._job)

    def _loaded(self, counts: AttendanceCounts) -> None:
        self._job = None
        if counts != self.counts:
            self.counts = counts
            self._show()
        self.refreshed.emit()

    def _failed(self, error: Exception) -> None:
        self._job = None  # the next tick tries again; a bug was logged by the worker
        message = problem_text(error)
        self.summary.setText(self.tr("Cannot count: {message}").format(message=message))

    def _show(self) -> None:
        if self.counts is None:
            return
        group_by = GroupBy(self.group_by.currentData())
        heading = self.tr("Province") if group_by is GroupBy.PROVINCE else self.tr("Issue area")
        rows = attendance_rows(
            self.counts,
            self.sessions,
            group_by,
            self.provinces,
            self.issue_areas,
            self.tr("Not given"),
            self.tr("Total"),
        )
        self.model.set_rows(rows, self.sessions, heading)
        header = self.table.horizontalHeader()  # the sessions share a wide screen
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.setText(self.tr("{expected} expected").format(expected=rows[-1].expected))
        self._chart(rows[-1].checked_in, rows[-1].expected)

    def _chart(self, totals: list[int], expected: int) -> None:
        bars = QBarSet(self.tr("Checked in"))
        bars.append([float(n) for n in totals])
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Checked in per session"))
        sessions = QBarCategoryAxis()
        sessions.append([f"{s.starts_at:%d/%m %H:%M}" for s in self.sessions])
        people = QValueAxis()
        people.setRange(0, max(expected, max(totals, default=0), 1))
        people.setLabelFormat("%d")
        chart.addAxis(sessions, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(people, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(sessions)
        series.attachAxis(people)
        chart.legend().hide()
        # setChart releases the chart it replaces without deleting it: every refresh (once
        # a second while other desks check in) would keep one more chart alive.
        replaced = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if replaced is not None:
            replaced.deleteLater()

    # -- exports --------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance"), f"attendance.{kind}", filters[kind]
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(f"{name}.{kind}")
        if kind == "pdf" and self.write_report is not None:
            written: Path | None = None
            with shown_in(self, self.tr("Export")) as attempt:
                written = self.write_report(path)
            if attempt.failed:
                return
        else:
            written = export_with_progress(self, self.db, self.event_id, path)
        if written is not None:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Saved {path}").format(path=str(written))
            )


def export_with_progress(parent: QWidget, db: Database, event_id: int, path: Path) -> Path | None:
    """The attendance workbook or CSV written off the GUI thread (10,000 people take a
    while), behind a progress dialog with Cancel; None when cancelled or refused."""
    title = QCoreApplication.translate("AttendanceView", "Exporting attendance…")
    written = run_with_progress(
        parent,
        title,
        lambda progress, cancelled: export_attendance(db, event_id, path, progress, cancelled),
    )
    return written if isinstance(written, Path) else None
