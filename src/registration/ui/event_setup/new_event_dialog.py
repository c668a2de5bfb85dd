"""A new event from an empty database: its name, venue and days.

Each day starts with one all-day session; Event setup (F9) adds and retimes sessions,
and the participant list is imported next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import SessionKind
from registration.domain.thai_dates import format_date_range
from registration.i18n import current_language
from registration.services.events import NewSession
from registration.ui.common.problem_label import problem_label
from registration.ui.event_setup.event_setup_view import edited_day

MAX_DAYS = 31  # a workshop, not a season: a longer span is a typo in a year or a month


@dataclass(frozen=True)
class NewEvent:
    name: str
    venue: str
    starts_on: date
    ends_on: date

    def sessions(self) -> list[NewSession]:
        """One plenary day session per day, 08:00–17:00, titled "Day 1", "Day 2", …"""
        days = (self.ends_on - self.starts_on).days + 1
        title = QCoreApplication.translate("NewEventDialog", "Day {number}")
        return [
            NewSession(
                title=title.format(number=n + 1),
                starts_at=datetime.combine(self.starts_on + timedelta(days=n), time(8, 0)),
                ends_at=datetime.combine(self.starts_on + timedelta(days=n), time(17, 0)),
                kind=SessionKind.PLENARY,
            )
            for n in range(days)
        ]


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(460)
        start = today or date.today()
        self.name, self.venue = QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Provincial strategy workshop"))
        self.starts_on, self.ends_on = QDateEdit(), QDateEdit()
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(start.year, start.month, start.day))
            edit.dateChanged.connect(self._validate)
        self.dates_in_words = QLabel()  # the Buddhist Era in Thai
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&From:"), self.starts_on)
        form.addRow(self.tr("&To:"), self.ends_on)
        form.addRow("", self.dates_in_words)
        hint = QLabel(
            self.tr(
                "Each day gets one session to start with; change them in Event "
                "setup (F9), then import the participant list."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._validate()

    def value(self) -> NewEvent:
        return NewEvent(
            self.name.text().strip(),
            self.venue.text().strip(),
            edited_day(self.starts_on),
            edited_day(self.ends_on),
        )

    def _validate(self) -> bool:
        first, last = edited_day(self.starts_on), edited_day(self.ends_on)
        self.dates_in_words.setText(
            format_date_range(first, last, current_language()) if last >= first else ""
        )
        if not self.name.text().strip():
            problem = self.tr("Give the event a name.")
        elif last < first:
            problem = self.tr("The event cannot end before it starts.")
        elif (last - first).days >= MAX_DAYS:
            problem = self.tr("An event of more than {days} days: check the dates.").format(
                days=MAX_DAYS
            )
        else:
            problem = ""
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        return not problem
