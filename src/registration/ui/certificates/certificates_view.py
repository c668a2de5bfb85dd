"""Certificates of attendance: choose who (a rule, then tick or untick), edit the texts with
a live preview, then write the PDF; numbers are given and logged as it is written."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registration.domain.records import EventInfo, ParticipantRecord
from registration.jobs.certificates import make_certificates, preview_certificate
from registration.services.certificates import CertificateRule, RuleKind, eligible
from registration.services.registry import list_participants
from registration.ui.certificates.certificate_form import CertificateForm
from registration.ui.certificates.table_cards import write_table_cards
from registration.ui.common.problem_label import problem_label
from registration.ui.common.shown import shown_in
from registration.ui.event_setup.event_changes import refill
from registration.ui.groups.groups_messages import group_error_text
from registration.ui.groups.long_job import in_background
from registration.ui.printing.scratch import ScratchFolder

if TYPE_CHECKING:
    from registration.services.handle import Database

PREVIEW_DELAY_MS = 300
PERSON_ROLE = Qt.ItemDataRole.UserRole


def event_days(event: EventInfo) -> list[tuple[str, object]]:
    """Each day of the event, for "every session of a day"."""
    count = (event.ends_on - event.starts_on).days + 1
    days = [event.starts_on + timedelta(days=n) for n in range(count)]
    return [(day.isoformat(), day.isoformat()) for day in days]


class CertificatesView(QWidget):
    def __init__(
        self, db: Database, event: EventInfo, desk: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.event_info, self.desk = db, event, desk
        self.people: list[ParticipantRecord] = []
        self._scratch = ScratchFolder(self, "certificate-preview-").path
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Attended at least"), RuleKind.MIN_SESSIONS.value)
        self.rule.addItem(self.tr("Every session of a day"), RuleKind.FULL_DAY.value)
        self.rule.addItem(self.tr("Picked by hand"), RuleKind.CHOSEN.value)
        self.sessions = QSpinBox()
        self.sessions.setRange(1, 99)
        self.sessions.setSuffix(self.tr(" session(s)"))
        self.day = QComboBox()
        refill(self.day, event_days(event))
        self.list = QListWidget()
        self.count = QLabel()
        self.form = CertificateForm(event)
        self.preview = QLabel()
        # the page fits the room left under the form (1366x768: about 200 px high), and its
        # picture never asks for more: the form's fields keep their height
        self.preview.setMinimumSize(240, 120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = problem_label()
        self.status = QLabel()
        self.print_button = QPushButton(self.tr("Write certificates…"))
        self.cards_button = QPushButton(self.tr("Table name cards of those ticked…"))
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.show_preview)
        for signal in (
            self.rule.currentIndexChanged,
            self.sessions.valueChanged,
            self.day.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        self.form.changed.connect(self._timer.start)
        self.list.currentRowChanged.connect(lambda _row: self._timer.start())
        self.list.itemChanged.connect(lambda _item: self._count())
        self.print_button.clicked.connect(self.write_certificates)
        self.cards_button.clicked.connect(self.write_table_cards)

    def use_event(self, event: EventInfo) -> None:
        """The event was renamed or its days moved: the days and the preview follow."""
        self.event_info = self.form.event_info = event
        refill(self.day, event_days(event))
        self._timer.start()

    def _layout(self) -> None:
        rule_row = QHBoxLayout()
        for widget in (self.rule, self.sessions, self.day):
            rule_row.addWidget(widget)
        left = QVBoxLayout()
        left.addLayout(rule_row)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.preview, 1)
        right.addWidget(self.problem)
        right.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button, 1)
        buttons.addWidget(self.cards_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def refresh(self) -> None:
        """List who meets the rule, ticked; picked by hand: everyone, unticked."""
        kind = RuleKind(self.rule.currentData())
        self.sessions.setVisible(kind is RuleKind.MIN_SESSIONS)
        self.day.setVisible(kind is RuleKind.FULL_DAY)
        with shown_in(self.problem, describe=group_error_text) as attempt:
            if kind is RuleKind.CHOSEN:
                self.people = list_participants(
                    self.db, self.event_info.id, include_cancelled=False
                )
            elif kind is RuleKind.MIN_SESSIONS:
                rule = CertificateRule(kind, sessions=self.sessions.value())
                self.people = eligible(self.db, self.event_info.id, rule)
            else:
                day = date.fromisoformat(self.day.currentData())
                self.people = eligible(self.db, self.event_info.id, CertificateRule(kind, day=day))
        if attempt.failed:
            return
        ticked = Qt.CheckState.Unchecked if kind is RuleKind.CHOSEN else Qt.CheckState.Checked
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.people:
            item = QListWidgetItem(person.full_name)
            item.setData(PERSON_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(ticked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.people:
            self.list.setCurrentRow(0)
        self._count()
        self._timer.start()

    def chosen(self) -> list[ParticipantRecord]:
        ticked = {
            int(self.list.item(row).data(PERSON_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }
        return [p for p in self.people if p.id in ticked]

    def _count(self) -> None:
        self.count.setText(
            self.tr("{n} of {m} ticked").format(n=len(self.chosen()), m=len(self.people))
        )

    def show_preview(self) -> None:
        """The current person's certificate (number shown as a sample), rasterised."""
        row = self.list.currentRow()
        name = self.people[row].full_name if 0 <= row < len(self.people) else "ชื่อ นามสกุล"
        path = self._scratch / "preview.pdf"
        with shown_in(self.problem, describe=group_error_text) as attempt:
            preview_certificate(self.form.texts(), name, path)
        if attempt.failed:
            return
        document = QPdfDocument(self)
        document.load(str(path))
        room = self.preview.size()  # the whole A4 landscape page, as large as it fits
        width = max(min(room.width(), int(room.height() * 297 / 210)), 200)
        image = document.render(0, QSize(width, int(width * 210 / 297)))
        document.close()
        self.preview.setPixmap(QPixmap.fromImage(image))

    def write_certificates(self) -> Path | None:
        people = self.chosen()
        if not people:
            self.problem.setText(self.tr("Tick at least one person."))
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write certificates"), "certificates.pdf", self.tr("PDF document (*.pdf)")
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        db, event, texts, desk = self.db, self.event_info, self.form.texts(), self.desk
        done = in_background(
            self,
            self.tr("Writing certificates…"),
            lambda progress, cancelled: make_certificates(
                db, event, people, texts, path, desk, progress, cancelled
            ),
        )
        self.problem.setText(
            done.said(self.tr("Cancelled: no certificate was written or numbered."))
        )
        made = done.result
        if made is None:
            return None
        self.status.setText(
            self.tr("Wrote {n} certificate(s) ({r} reprint(s)) to {path}").format(
                n=len(made.issued), r=made.reprints, path=str(path)
            )
        )
        if made.warnings:  # the names as printed differ from the list: say which
            numbers = ", ".join(dict.fromkeys(w.split(":", 1)[0] for w in made.warnings))
            self.problem.setText(
                self.tr(
                    "Check these certificates: a name was cut short or printed without "
                    "characters the font lacks (emoji): {numbers}"
                ).format(numbers=numbers)
            )
        return path

    def write_table_cards(self) -> Path | None:
        """A folded table card for each person ticked (speakers, guests, the panel)."""
        people = self.chosen()
        if not people:
            self.problem.setText(self.tr("Tick at least one person."))
            return None
        written = write_table_cards(self, self.event_info, people, self.desk)
        if written is None:
            return None
        path, done = written
        self.problem.setText(done.said(self.tr("Cancelled: nothing was written.")))
        if done.result is None:
            return None
        self.status.setText(
            self.tr("Wrote {n} table name card(s) to {path}").format(
                n=done.result.items, path=str(path)
            )
        )
        return path
