"""Import wizard: pick a CSV/XLSX file, check the column mapping and every problem by row,
then import all or nothing (or skip the invalid rows) in a worker with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services.handle import Database
from registration.services.importing import ImportPreview, import_participants, preview_import
from registration.services.importing.columns import FIELDS, Mapping
from registration.services.importing.service import ImportCancelled, ImportResult
from registration.ui.common.messages import describe_error
from registration.ui.common.workers import Progress, Worker, start
from registration.ui.participants.import_errors import file_problem_text


def failure_text(error: object) -> str:
    if isinstance(error, UserError) and (about_the_file := file_problem_text(error)):
        return about_the_file
    if isinstance(error, UserError | EnvironmentProblem):
        return describe_error(error)
    if isinstance(error, ImportCancelled):
        return QCoreApplication.translate("ImportWizard", "Import cancelled: nothing was imported.")
    return str(error)


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the participant list (CSV or Excel)"))
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.path.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Participant list"), "", self.tr("Lists (*.csv *.xlsx *.xls *.ods)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return Path(self.path.text()).is_file()


def field_titles() -> dict[str, str]:
    """The participant fields as the mapping page names them."""
    translate = QCoreApplication.translate
    titles = (
        translate("ImportFields", "Prefix"), translate("ImportFields", "First name"),
        translate("ImportFields", "Last name"), translate("ImportFields", "Full name"),
        translate("ImportFields", "Nickname"), translate("ImportFields", "Province"),
        translate("ImportFields", "Issue area"), translate("ImportFields", "Organisation"),
        translate("ImportFields", "Position"), translate("ImportFields", "Phone"),
        translate("ImportFields", "E-mail"), translate("ImportFields", "Role"),
        translate("ImportFields", "Note"),
    )  # fmt: skip
    return dict(zip(FIELDS, titles, strict=True))


def count_rows(n: int) -> str:
    """'1 row', '2 rows'."""
    if n == 1:
        return QCoreApplication.translate("ImportFields", "1 row")
    return QCoreApplication.translate("ImportFields", "{n} rows").format(n=n)


class PreviewPage(QWizardPage):
    """Runs the preview in a worker; the mapping can be changed and checked again."""

    preview_ready = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Columns and problems"))
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping.verticalHeader().hide()
        mapping_header = self.mapping.horizontalHeader()
        mapping_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mapping_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.progress = QProgressBar(self)
        check_again = QPushButton(self.tr("Check again with this mapping"), self)
        check_again.clicked.connect(lambda: self.run_preview(self.chosen_mapping()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(check_again)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 2)
        self.preview: ImportPreview | None = None
        self._worker: Worker | None = None

    def initializePage(self) -> None:
        self.run_preview(None)

    def run_preview(self, mapping: Mapping | None) -> None:
        self.preview = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking…"))
        db, event_id, path = self.wizard_.db, self.wizard_.event_id, self.wizard_.path()

        def job(progress: Progress, _cancelled: Any) -> ImportPreview:
            return preview_import(db, event_id, path, mapping, progress)

        self._worker = worker = Worker(job)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._show)
        worker.signals.failed.connect(lambda error: self.summary.setText(failure_text(error)))
        start(worker)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.progress.setValue(self.progress.maximum())
        self._show_mapping(preview)
        problems = preview.problems
        self.problems.setRowCount(len(problems))
        for n, problem in enumerate(problems):
            for column, text in enumerate((str(problem.row), problem.column, problem.message)):
                self.problems.setItem(n, column, QTableWidgetItem(text))
        self.summary.setText(
            self.tr("{valid} ready, {bad} with problems").format(
                valid=count_rows(len(preview.report.valid)),
                bad=count_rows(len(preview.report.invalid_rows)),
            )
        )
        self.completeChanged.emit()
        self.preview_ready.emit()

    def _show_mapping(self, preview: ImportPreview) -> None:
        self.mapping.setRowCount(len(FIELDS))
        titles = field_titles()
        for n, field in enumerate(FIELDS):
            self.mapping.setItem(n, 0, QTableWidgetItem(titles.get(field, field)))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(preview.table.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(preview.mapping.get(field)))
            self.mapping.setCellWidget(n, 1, combo)

    def chosen_mapping(self) -> Mapping:
        chosen: Mapping = {}
        for n, field in enumerate(FIELDS):
            combo = self.mapping.cellWidget(n, 1)
            if isinstance(combo, QComboBox) and combo.currentData() is not None:
                chosen[field] = int(combo.currentData())
        return chosen

    def isComplete(self) -> bool:
        return self.preview is not None and bool(self.preview.report.valid)


class ImportPage(QWizardPage):
    imported = Signal(object)  # ImportResult

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        self.all_or_nothing = QRadioButton(self.tr("Import only if every row is fine"), self)
        self.skip_invalid = QRadioButton(
            self.tr("Import the good rows, skip rows with problems"), self
        )
        self.all_or_nothing.setChecked(True)
        self.start_button = QPushButton(self.tr("Import now"), self)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("import_outcome")
        layout = QVBoxLayout(self)
        for widget in (
            self.all_or_nothing,
            self.skip_invalid,
            self.start_button,
            self.cancel_button,
            self.progress,
            self.outcome,
        ):
            layout.addWidget(widget)
        self.start_button.clicked.connect(self.run_import)
        self.result: ImportResult | None = None
        self._worker: Worker | None = None

    def run_import(self) -> None:
        wizard = self.wizard_
        db, event_id, path, desk = wizard.db, wizard.event_id, wizard.path(), wizard.desk
        mapping = wizard.preview_page.chosen_mapping()
        skip = self.skip_invalid.isChecked()

        def job(progress: Progress, cancelled: Any) -> ImportResult:
            return import_participants(
                db,
                event_id,
                path,
                skip_invalid=skip,
                mapping=mapping,
                desk=desk,
                progress=progress,
                cancelled=cancelled,
            )

        self._worker = worker = Worker(job)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.cancel_button.clicked.connect(worker.cancel)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.outcome.setText(self.tr("Importing…"))
        start(worker)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.cancel_button.setEnabled(False)
        if result.imported:
            self.outcome.setText(
                self.tr("{n} participants imported, {skipped} skipped.").format(
                    n=result.imported, skipped=count_rows(len(result.skipped_rows))
                )
            )
            self.imported.emit(result)
        else:
            self.outcome.setText(
                self.tr("Nothing imported: {n} with problems.").format(
                    n=count_rows(len(result.skipped_rows))
                )
            )
            self.start_button.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        self.cancel_button.setEnabled(False)
        self.start_button.setEnabled(True)
        self.outcome.setText(failure_text(error))

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    def __init__(
        self, db: Database, event_id: int, desk: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.event_id, self.desk = db, event_id, desk
        self.setWindowTitle(self.tr("Import participants"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.resize(800, 600)

    def path(self) -> Path:
        return Path(self.file_page.path.text())
