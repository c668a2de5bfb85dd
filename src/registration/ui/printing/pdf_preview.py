"""A generated PDF shown inside the window, then printed through the system dialog or saved."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registration.ui.common.window_fit import fit_to_screen

log = logging.getLogger(__name__)


RASTER_DPI = 300  # sharp for names and QR modules; 1200 dpi pages would take 0.5 GB each


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page fitted to the printer's page, rendered at up to 300 dpi."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer refused the job")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            points = document.pagePointSize(page)
            dpi = min(printer.resolution(), RASTER_DPI)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
    finally:
        painter.end()


class PdfPreview(QWidget):
    """Preview + Print… + Save PDF…; `delivered` says which one the user completed."""

    delivered = Signal(str)  # "print" or "save"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.suggested_name = "document.pdf"
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.caption = QLabel(self.tr("Nothing to show yet: choose what to print, then Preview."))
        self.caption.setWordWrap(True)  # two lines rather than a page wider than 1366 px
        # Ctrl+P and Ctrl+S, no Alt letter: Alt+P opens the Participants menu
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._enable(False)

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def show_pdf(self, path: Path, suggested_name: str, caption: str) -> None:
        self.document.close()
        self.path, self.suggested_name = path, suggested_name
        self.document.load(str(path))
        ok = self.document.status() == QPdfDocument.Status.Ready
        self.caption.setText(caption if ok else self.tr("The PDF could not be opened."))
        self._enable(ok)

    def clear(self) -> None:
        """Nothing shown, nothing to print or save (the last preview no longer applies)."""
        self.document.close()
        self.path = None
        self.caption.setText(self.tr("Nothing to show yet: choose what to print, then Preview."))
        self._enable(False)

    def print_pdf(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_document(self.document, printer)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr(
                    "Could not print: {reason}. Save the PDF and print it from another program."
                ).format(reason=str(error)),
            )
            return False
        self.delivered.emit("print")
        return True

    def save_pdf(self) -> Path | None:
        if self.path is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF document (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save PDF"),
                self.tr("Could not save {path}: {reason}").format(
                    path=str(target), reason=error.strerror or str(error)
                ),
            )
            return None
        self.delivered.emit("save")
        return target


class PdfPreviewDialog(QDialog):
    """The preview on its own, for badges printed from the desk or the participant list."""

    def __init__(
        self, path: Path, suggested_name: str, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.preview = PdfPreview(self)
        self.preview.show_pdf(path, suggested_name, caption)
        self.preview.delivered.connect(lambda _kind: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        fit_to_screen(self, (720, 860))  # a page's height, or the laptop's 768 pixels
