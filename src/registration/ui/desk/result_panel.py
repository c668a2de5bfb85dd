"""The large coloured panel that answers a scan: green counted, amber repeat, red not counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from registration.domain.badge_code import format_badge_code
from registration.domain.records import ParticipantRecord
from registration.services.checkin import CheckInResult
from registration.ui.common.messages import TONE_COLOURS, Tone, outcome_text, role_text

TITLE_POINTS = 26
NAME_POINTS = 32


def _label(parent: QWidget, points: int, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def person_details(person: ParticipantRecord) -> str:
    """Nickname, province and issue area, the way the desk reads them out."""
    parts = [
        f"({person.nickname})" if person.nickname else "",
        person.province.name_th if person.province else "",
        person.issue_area.name_th if person.issue_area else role_text(person.role),
    ]
    return "  ·  ".join(part for part in parts if part)


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setMinimumHeight(220)
        self.title = _label(self, TITLE_POINTS, bold=True)
        self.name = _label(self, NAME_POINTS, bold=True)
        self.details = _label(self, 18)
        self.code = _label(self, 12)
        layout = QVBoxLayout(self)
        for label in (self.title, self.name, self.details, self.code):
            layout.addWidget(label)
        self.tone: Tone | None = None
        self.show_ready()

    def show_ready(self) -> None:
        self.show_message(self.tr("Ready: scan a badge or type a name"), None)

    def show_result(self, result: CheckInResult, confirmed: bool = True) -> Tone:
        """`confirmed` False: this desk decided from its own copy while the server was
        out of reach; the panel says so, so staff know it may still change."""
        first = result.check_in
        time = f"{first.checked_in_at:%H:%M}" if first else ""
        text = outcome_text(result.outcome, time, first.desk if first else "")
        person = result.participant
        title = text.title
        if not confirmed and result.counted:
            title = self.tr("Checked in here — not yet confirmed by the server")
        elif not confirmed:
            title = self.tr("{title} (this desk's copy — server out of reach)").format(title=title)
        self.title.setText(title)
        self.name.setText(person.full_name if person else "")
        self.details.setText(person_details(person) if person else "")
        code = person.badge_code if person else result.raw_text
        self.code.setText(format_badge_code(code) if person else code)
        self._paint(text.tone)
        return text.tone

    def show_message(self, title: str, tone: Tone | None, name: str = "") -> None:
        self.title.setText(title)
        self.name.setText(name)
        self.details.setText("")
        self.code.setText("")
        self._paint(tone)

    def _paint(self, tone: Tone | None) -> None:
        self.tone = tone
        palette = self.palette()
        background = (
            QColor(TONE_COLOURS[tone]) if tone else self.palette().color(QPalette.ColorRole.Base)
        )
        text = QColor("white") if tone else QColor("#333333")
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)
