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
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import Role
from registration.domain.errors import EnvironmentProblem
from registration.jobs.printing import (
    WALK_IN_ROWS,
    BadgeRequest,
    Made,
    SheetRequest,
    make_badges,
    make_report,
    make_signin_sheet,
    record_badges,
)
from registration.services import events
from registration.services.badges import (
    BadgeSelection,
    badge_print_history,
    reprinted_job_ids,
)
from registration.ui.common.background import run_with_progress
from registration.ui.common.group_set_combo import GroupSetCombo
from registration.ui.common.messages import describe_error, role_text
from registration.ui.common.wheel_guard import scroll_past_boxes
from registration.ui.common.workers import Progress
from registration.ui.event_setup.event_changes import area_items, refill, session_items
from registration.ui.printing.pdf_preview import PdfPreview
from registration.ui.printing.print_names import (
    badges_file_name,
    signin_sheet_file_name,
    summary_file_name,
)
from registration.ui.printing.scratch import ScratchFolder

if TYPE_CHECKING:
    from collections.abc import Callable

    from registration.domain.records import ProvinceInfo
    from registration.services.handle import Database
    from registration.ui.common.context import WindowContext

# The printing layer (reportlab) is imported when something is printed, not at start-up;
# a test keeps these names equal to printing.layouts.LAYOUTS.
DEFAULT_LAYOUT = "a4-8"
LAYOUT_NAMES = {
    "a4-8": QT_TRANSLATE_NOOP("PrintingView", "A4, 8 badges (90 × 55 mm)"),
    "a4-10": QT_TRANSLATE_NOOP("PrintingView", "A4, 10 badges"),
    "a6": QT_TRANSLATE_NOOP("PrintingView", "A6, one badge a page"),
    "label-62": QT_TRANSLATE_NOOP("PrintingView", "62 mm label roll"),
}
# The same, short, for the print log: "A4 8 ต่อแผ่น" rather than the code "a4-8".
LAYOUT_SHORT_NAMES = {
    "a4-8": QT_TRANSLATE_NOOP("PrintingView", "A4, 8 a sheet"),
    "a4-10": QT_TRANSLATE_NOOP("PrintingView", "A4, 10 a sheet"),
    "a6": QT_TRANSLATE_NOOP("PrintingView", "A6, one a page"),
    "label-62": QT_TRANSLATE_NOOP("PrintingView", "62 mm label"),
}


class PrintingView(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = ScratchFolder(self)
        self._pending_badges: tuple[Made, str, str] | None = None
        # the event's own provinces (16 in the demo), or all 77 for an event set up without
        try:
            self.provinces = (
                events.event_provinces(context.db, context.event.id) or context.provinces
            )
        except EnvironmentProblem:  # the server is away: all of them, as listed
            self.provinces = context.provinces
        self.preview = PdfPreview(self)
        self.preview.delivered.connect(self._delivered)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(self._badges_box())
        column.addWidget(self._sheets_box())
        column.addWidget(self._history_box(), 1)
        # On a 1366x768 laptop the controls are taller than the tab: they scroll instead of
        # squeezing every box to half its height.
        self.controls = QScrollArea()
        self.controls.setWidget(controls)
        self.controls.setWidgetResizable(True)
        self.controls.setFrameShape(QScrollArea.Shape.NoFrame)
        self.controls.setMinimumWidth(controls.sizeHint().width() + 20)
        scroll_past_boxes(self.controls)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls)
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
        refill(self.issue_area, area_items(self.context.issue_areas), keep=1)
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role.addItem(role_text(role), role)
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("badge codes, separated by spaces"))
        self.not_printed = QCheckBox(self.tr("&Not printed yet"))
        self.today_only = QCheckBox(self.tr("Registered &today (walk-ins)"))
        self.monochrome = QCheckBox(self.tr("&Monochrome (thermal label printer)"))
        self.group_line = GroupSetCombo(self.context.db, self.context.event.id)
        self.preview_badges = QPushButton(self.tr("Preview &badges"))
        self.preview_badges.clicked.connect(self.show_badges)
        form = QFormLayout(box)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("Provin&ce:"), self.province)
        form.addRow(self.tr("&Issue area:"), self.issue_area)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("C&odes:"), self.codes)
        form.addRow(self.not_printed)
        form.addRow(self.today_only)
        form.addRow(self.monochrome)
        form.addRow(self.tr("&Group line:"), self.group_line)
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
        refill(self.session, session_items(self.context.sessions))
        self.sheet_province = self._province_combo()
        self.with_phone = QCheckBox(self.tr("With p&hone numbers"))
        self.with_phone.setChecked(True)
        self.whole_day = QCheckBox(self.tr("Whole d&ay: a signature column per session"))
        self.walk_in_rows = QSpinBox()
        self.walk_in_rows.setRange(0, 200)
        self.walk_in_rows.setValue(WALK_IN_ROWS)
        self.preview_sheet = QPushButton(self.tr("Preview sign-in &sheet"))
        self.preview_sheet.clicked.connect(self.show_signin_sheet)
        self.preview_report = QPushButton(self.tr("Preview attendance s&ummary"))
        self.preview_report.clicked.connect(self.show_report)
        form = QFormLayout(box)
        form.addRow(self.tr("S&ession:"), self.session)
        form.addRow(self.tr("Province:"), self.sheet_province)
        form.addRow(self.with_phone)
        form.addRow(self.whole_day)
        form.addRow(self.tr("Blank rows for &walk-ins:"), self.walk_in_rows)
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

    def use_context(self, context: WindowContext) -> None:
        """The event was changed: its name on the next badges, its sessions and issue areas
        in the lists (what was chosen stays chosen)."""
        self.context = context
        refill(self.issue_area, area_items(context.issue_areas), keep=1)
        refill(self.session, session_items(context.sessions))

    def refresh_history(self) -> None:
        """One line a print: "01/12 14:30 · Desk A · 7 ป้าย · A4 8 ต่อแผ่น · จังหวัด… · พิมพ์ซ้ำ"."""
        self.history.clear()
        try:
            history = badge_print_history(self.context.db, self.context.event.id)
        except EnvironmentProblem as away:  # the server is away: said, and read when back
            self.history.addItem(describe_error(away))
            return
        reprints = reprinted_job_ids(history)
        for job in history:
            parts = [
                f"{job.printed_at:%d/%m %H:%M}",
                job.desk,
                self.tr("{count} badges").format(count=len(job.participant_ids)),
                self.tr(str(LAYOUT_SHORT_NAMES.get(job.layout, job.layout))),
            ]
            if job.selection:
                parts.append(job.selection)
            if job.id in reprints:
                parts.append(self.tr("reprint"))
            self.history.addItem(" · ".join(parts))

    def selection_in_words(self) -> str:
        """What the badge controls select, as the print log names it ("จังหวัดอยุธยา")."""
        words = []
        if self.province.currentData() is not None:
            words.append(self.tr("Province {name}").format(name=self.province.currentText()))
        if self.issue_area.currentData() is not None:
            words.append(self.issue_area.currentText())
        if self.role.currentData() is not None:
            words.append(self.role.currentText())
        codes = self.codes.text().split()
        if codes:
            words.append(self.tr("{count} code(s)").format(count=len(codes)))
        if self.not_printed.isChecked():
            words.append(self.tr("not printed yet"))
        if self.today_only.isChecked():
            words.append(self.tr("registered today"))
        return ", ".join(words) or self.tr("everyone")

    def _chosen_province(self, combo: QComboBox) -> ProvinceInfo | None:
        code = combo.currentData()
        return next((p for p in self.provinces if p.code == code), None)

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

    def _nothing_to_print(self) -> None:
        """A preview failed or was cancelled: the one before it must not be printed instead."""
        self._pending_badges = None
        self.preview.clear()

    def show_badges(self) -> None:
        request = BadgeRequest(
            self.selection(),
            str(self.layout_choice.currentData()),
            self.monochrome.isChecked(),
            self.group_line.set_id(),
        )
        words = self.selection_in_words()
        file_name = badges_file_name(self._chosen_province(self.province), date.today())
        out = self._out("badges")

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Made:
            return make_badges(
                self.context.db,
                self.context.event,
                request,
                out,
                self.context.desk,
                progress,
                cancelled,
            )

        made = run_with_progress(self, self.tr("Preparing badges…"), work)
        if not isinstance(made, Made):
            self._nothing_to_print()
            return
        self._pending_badges = (made, request.layout, words)
        self.preview.show_pdf(out, file_name, self.tr("{count} badge(s)").format(count=made.items))

    def show_signin_sheet(self) -> None:
        session_id = int(self.session.currentData())
        day = next((s.starts_at.date() for s in self.context.sessions if s.id == session_id), None)
        whole_day = self.whole_day.isChecked() and day is not None
        request = SheetRequest(
            None if whole_day else session_id,
            day if whole_day else None,
            self.sheet_province.currentData(),
            self.with_phone.isChecked(),
            self.walk_in_rows.value(),
        )
        session = next(s for s in self.context.sessions if s.id == session_id)
        file_name = signin_sheet_file_name(session, self._chosen_province(self.sheet_province))
        if whole_day:
            file_name = file_name.replace(f"signin-session-{session_id}-", "signin-day-", 1)
        out = self._out("signin")

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            make_signin_sheet(
                self.context.db,
                self.context.event.id,
                request,
                out,
                self.context.desk,
                progress,
                cancelled,
            )
            return out

        if self._run(self.tr("Preparing the sign-in sheet…"), work) is None:
            self._nothing_to_print()
            return
        self._pending_badges = None
        self.preview.show_pdf(out, file_name, self.tr("Sign-in sheet"))

    def show_report(self) -> None:
        out = self._out("summary")

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            make_report(
                self.context.db, self.context.event.id, out, self.context.desk, progress, cancelled
            )
            return out

        if self._run(self.tr("Preparing the attendance summary…"), work) is None:
            self._nothing_to_print()
            return
        self._pending_badges = None
        self.preview.show_pdf(out, summary_file_name(date.today()), self.tr("Attendance summary"))

    def _delivered(self, _kind: str) -> None:
        """Badges that left the program (printed or saved) are logged; twice is a reprint."""
        if self._pending_badges is None:
            return
        made, layout, words = self._pending_badges
        record_badges(
            self.context.db, self.context.event.id, made, layout, self.context.desk, selection=words
        )
        self.refresh_history()


def write_attendance_summary(db: Database, event_id: int, out: Path) -> Path:
    """The summary PDF the attendance tab exports (counts by session x province / issue area)."""
    return make_report(db, event_id, out).path
