"""The organiser's printing tab: badges by selection, sign-in sheets, the attendance summary;
each previewed inside the window, then printed or saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import Role
from registration.services import events
from registration.services.badges import (
    BadgeSelection,
    badge_print_history,
    record_badge_print,
    select_for_badges,
)
from registration.services.print_sources import report_source, signin_sheet_source
from registration.ui.background import run_with_progress
from registration.ui.messages import role_text
from registration.ui.pdf_preview import PdfPreview
from registration.ui.scratch import ScratchFolder
from registration.ui.workers import Progress

if TYPE_CHECKING:
    from collections.abc import Callable

    from registration.services.desk import DatabaseHandle
    from registration.ui.context import WindowContext

# The printing layer (reportlab) is imported when something is printed, not at start-up;
# a test keeps these names equal to printing.layouts.LAYOUTS.
DEFAULT_LAYOUT = "a4-8"
LAYOUT_NAMES = {
    "a4-8": QT_TRANSLATE_NOOP("PrintingView", "A4, 8 badges (90 × 55 mm)"),
    "a4-10": QT_TRANSLATE_NOOP("PrintingView", "A4, 10 badges"),
    "a6": QT_TRANSLATE_NOOP("PrintingView", "A6, one badge a page"),
    "label-62": QT_TRANSLATE_NOOP("PrintingView", "62 mm label roll"),
}


class PrintingView(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = ScratchFolder(self)
        self._pending_badges: tuple[list[int], str] | None = None
        # the event's own provinces (16 in the demo), or all 77 for an event set up without
        self.provinces = (events.event_provinces(context.db, context.event.id)
                          or context.provinces)
        self.preview = PdfPreview(self)
        self.preview.delivered.connect(self._delivered)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(self._badges_box())
        column.addWidget(self._sheets_box())
        column.addWidget(self._history_box(), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh_history()

    # -- controls -------------------------------------------------------------------
    def _badges_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Badges"))
        self.layout_choice = QComboBox()
        for name, title in LAYOUT_NAMES.items():
            self.layout_choice.addItem(self.tr(str(title)), name)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(DEFAULT_LAYOUT))
        self.province = self._province_combo()
        self.issue_area = QComboBox()
        self.issue_area.addItem(self.tr("All issue areas and roles"), None)
        for area in self.context.issue_areas:
            self.issue_area.addItem(area.name_th, area.id)
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role.addItem(role_text(role), role)
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("badge codes, separated by spaces"))
        self.not_printed = QCheckBox(self.tr("&Not printed yet"))
        self.today_only = QCheckBox(self.tr("Registered &today (walk-ins)"))
        self.preview_badges = QPushButton(self.tr("Preview &badges"))
        self.preview_badges.clicked.connect(self.show_badges)
        form = QFormLayout(box)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("Pro&vince:"), self.province)
        form.addRow(self.tr("&Issue area:"), self.issue_area)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("C&odes:"), self.codes)
        form.addRow(self.not_printed)
        form.addRow(self.today_only)
        form.addRow(self.preview_badges)
        return box

    def _province_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("All provinces"), None)
        for province in self.provinces:
            combo.addItem(province.name_th, province.code)
        return combo

    def _sheets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sign-in sheets and summary"))
        self.session = QComboBox()
        for session in self.context.sessions:
            self.session.addItem(f"{session.starts_at:%d/%m %H:%M} {session.title}", session.id)
        self.sheet_province = self._province_combo()
        self.with_phone = QCheckBox(self.tr("With &phone numbers"))
        self.with_phone.setChecked(True)
        self.preview_sheet = QPushButton(self.tr("Preview sign-in &sheet"))
        self.preview_sheet.clicked.connect(self.show_signin_sheet)
        self.preview_report = QPushButton(self.tr("Preview attendance s&ummary"))
        self.preview_report.clicked.connect(self.show_report)
        form = QFormLayout(box)
        form.addRow(self.tr("S&ession:"), self.session)
        form.addRow(self.tr("Province:"), self.sheet_province)
        form.addRow(self.with_phone)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_sheet)
        buttons.addWidget(self.preview_report)
        form.addRow(buttons)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Badge prints (reprints show here)"))
        self.history = QListWidget()
        QVBoxLayout(box).addWidget(self.history)
        return box

    def refresh_history(self) -> None:
        self.history.clear()
        for job in badge_print_history(self.context.db, self.context.event.id):
            self.history.addItem(self.tr("{when} · {desk} · {count} badge(s) · {layout}").format(
                when=f"{job.printed_at:%d/%m %H:%M}", desk=job.desk,
                count=len(job.participant_ids), layout=job.layout))

    # -- making the PDFs ------------------------------------------------------------
    def _out(self, stem: str) -> Path:
        return self._folder.new_file(stem)

    def selection(self) -> BadgeSelection:
        return BadgeSelection(
            province_code=self.province.currentData(),
            issue_area_id=self.issue_area.currentData(),
            role=self.role.currentData(),
            codes=self.codes.text().split(),
            not_printed=self.not_printed.isChecked(),
            registered_on=date.today() if self.today_only.isChecked() else None,
        )

    def _run(self, title: str, work: Callable[[Progress, Callable[[], bool]], Path]) -> Path | None:
        result = run_with_progress(self, title, work)
        return result if isinstance(result, Path) else None

    def show_badges(self) -> None:
        layout = str(self.layout_choice.currentData())
        selection = self.selection()
        out = self._out("badges")
        found: list[int] = []

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            from registration.printing.badges import render_badges

            people = select_for_badges(self.context.db, self.context.event.id, selection)
            found.extend(p.id for p in people)
            render_badges(out, self.context.event, people, layout, progress, cancelled)
            return out

        if self._run(self.tr("Preparing badges…"), work) is not None:
            self._pending_badges = (found, layout)
            self.preview.show_pdf(out, "badges.pdf",
                                  self.tr("{count} badge(s)").format(count=len(found)))

    def show_signin_sheet(self) -> None:
        session_id = int(self.session.currentData())
        province = self.sheet_province.currentData()
        with_phone = self.with_phone.isChecked()
        out = self._out("signin")

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            from registration.printing.signin_sheet import render_signin_sheet

            source = signin_sheet_source(self.context.db, session_id, province)
            render_signin_sheet(out, source.event, source.session, source.participants,
                                source.check_in_times, source.province, with_phone,
                                progress=progress, cancel=cancelled)
            return out

        if self._run(self.tr("Preparing the sign-in sheet…"), work) is not None:
            self._pending_badges = None
            self.preview.show_pdf(out, f"signin-session-{session_id}.pdf",
                                  self.tr("Sign-in sheet"))

    def show_report(self) -> None:
        out = self._out("summary")

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            from registration.printing.report import render_attendance_report

            s = report_source(self.context.db, self.context.event.id)
            render_attendance_report(out, s.event, s.sessions, s.provinces, s.issue_areas,
                                     s.checked_in, s.expected, progress=progress,
                                     cancel=cancelled)
            return out

        if self._run(self.tr("Preparing the attendance summary…"), work) is not None:
            self._pending_badges = None
            self.preview.show_pdf(out, "attendance-summary.pdf", self.tr("Attendance summary"))

    def _delivered(self, _kind: str) -> None:
        """Badges that left the program (printed or saved) are logged; twice is a reprint."""
        if self._pending_badges is None:
            return
        ids, layout = self._pending_badges
        record_badge_print(self.context.db, self.context.event.id, ids, layout,
                           self.context.desk)
        self.refresh_history()


def write_attendance_summary(db: DatabaseHandle, event_id: int, out: Path) -> Path:
    """The summary PDF the attendance tab exports (counts by session x province / issue area)."""
    from registration.printing.report import render_attendance_report

    s = report_source(db, event_id)
    render_attendance_report(out, s.event, s.sessions, s.provinces, s.issue_areas,
                             s.checked_in, s.expected)
    return out
