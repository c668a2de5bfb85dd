"""Date editors that a Thai reader can trust: the editor names its era, and a label beside
it reads the date in the Buddhist Era ("9 กุมภาพันธ์ 2562 09:00").

Qt's date editors only know the Gregorian calendar; showing 2562 inside the editor would
make typed years ambiguous, so the editor keeps the Christian year, says so ("ค.ศ."), and
the reading beside it gives the Buddhist Era the rest of the window uses.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from registration.domain.thai_dates import format_date
from registration.i18n import current_language

DATE_FORMAT = "dd/MM/yyyy"


def edited_date(edit: QDateTimeEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def reading(edit: QDateTimeEdit) -> str:
    """The editor's value in words: "9 กุมภาพันธ์ 2562 09:00" in Thai."""
    text = format_date(edited_date(edit), current_language())
    if isinstance(edit, QDateEdit):
        return text
    return f"{text} {edit.time().toString('HH:mm')}"


def set_up(edit: QDateTimeEdit, with_time: bool) -> None:
    """Calendar popup; in Thai the editor says its year is the Christian one."""
    edit.setCalendarPopup(True)
    shown = f"{DATE_FORMAT} HH:mm" if with_time else DATE_FORMAT
    if current_language() == "th":
        era = QCoreApplication.translate("date_reading", "C.E.")
        shown = f"{shown} '({era})'"
    edit.setDisplayFormat(shown)


def with_reading(edit: QDateTimeEdit) -> tuple[QWidget, QLabel]:
    """The editor and, beside it, its reading, kept up to date as the value changes."""
    set_up(edit, not isinstance(edit, QDateEdit))
    label = QLabel()
    label.setObjectName("date_reading")

    def show() -> None:
        label.setText(reading(edit))

    edit.dateTimeChanged.connect(show)
    show()
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    layout.addWidget(label, 1)
    return row, label
