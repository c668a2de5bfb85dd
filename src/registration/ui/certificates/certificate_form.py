"""The editable texts of a certificate: issuer, wording, date of issue, signatories, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from registration.domain.records import EventInfo
from registration.printing.certificate import (
    CertificateTexts,
    Signatory,
    texts_for_event,
)
from registration.ui.common import date_reading


class ImageField(QWidget):
    """A path to a PNG or JPEG chosen with a file dialog, or typed; Clear empties it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("(none)"))
        choose = QPushButton(self.tr("Choose…"))
        clear = QPushButton(self.tr("Clear"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        choose.clicked.connect(self.choose)
        clear.clicked.connect(self.path.clear)
        self.path.textChanged.connect(self.changed)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.path.setText(name)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None


class CertificateForm(QWidget):
    changed = Signal()

    def __init__(self, event: EventInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_info = event
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("e.g. สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)"))
        self.attended = QLineEdit(CertificateTexts.attended)
        self.given_on = QDateEdit(QDate(event.ends_on.year, event.ends_on.month, event.ends_on.day))
        # its era named, the Buddhist Era beside it, as in event setup
        given_on_row, self.given_on_reading = date_reading.with_reading(self.given_on)
        self.logo = ImageField()
        self.signers = [(QLineEdit(), QLineEdit(), ImageField()) for _ in range(2)]
        form = QFormLayout(self)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow(self.tr("Sentence before the event"), self.attended)
        form.addRow(self.tr("Date of issue"), given_on_row)
        form.addRow(self.tr("Logo"), self.logo)
        for number, (name, position, image) in enumerate(self.signers, start=1):
            form.addRow(self.tr("Signatory {n}").format(n=number), name)
            form.addRow(self.tr("Position"), position)
            form.addRow(self.tr("Signature image"), image)
        for line in (self.issuer, self.attended, *(w for s in self.signers for w in s[:2])):
            assert isinstance(line, QLineEdit)
            line.textChanged.connect(self.changed)
        self.given_on.dateChanged.connect(self.changed)
        self.logo.changed.connect(self.changed)
        for _name, _position, image in self.signers:
            image.changed.connect(self.changed)

    def texts(self) -> CertificateTexts:
        signatories = [
            Signatory(name.text().strip(), position.text().strip(), image.value())
            for name, position, image in self.signers
            if name.text().strip()
        ]
        return texts_for_event(
            self.event_info,
            self.issuer.text().strip(),
            signatories,
            self.logo.value(),
            self.attended.text().strip(),
            date_reading.edited_date(self.given_on),
        )
