"""Event setup: the event's details, its sessions (add, move, change times), issue areas."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import SessionKind
from registration.domain.errors import UserError
from registration.domain.records import EventInfo, IssueAreaInfo, SessionInfo
from registration.domain.thai_dates import format_date_range
from registration.i18n import current_language
from registration.services import event_setup, events
from registration.ui.common.problem_label import problem_label

if TYPE_CHECKING:
    from registration.services.desk import DatabaseHandle

KIND_NAMES = {
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("EventSetupView", "Plenary"),
    SessionKind.LECTURE: QT_TRANSLATE_NOOP("EventSetupView", "Lecture"),
    SessionKind.BREAKOUT: QT_TRANSLATE_NOOP("EventSetupView", "Breakout groups"),
    SessionKind.OTHER: QT_TRANSLATE_NOOP("EventSetupView", "Other"),
}


def edited_day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _qt_moment(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def _moment(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class EventSetupView(QWidget):
    changed = Signal()  # the window reloads what it shows

    def __init__(self, db: DatabaseHandle, event: EventInfo, desk: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.event_info, self.desk = db, event, desk
        self.colour = "#808080"
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._event_box())
        left.addWidget(self._areas_box())
        layout.addLayout(left, 1)
        layout.addWidget(self._sessions_box(), 1)
        self._load_event()
        self.reload()

    # -- the event ------------------------------------------------------------------
    def _event_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Event"))
        self.name, self.name_en, self.venue = QLineEdit(), QLineEdit(), QLineEdit()
        self.starts_on, self.ends_on = QDateEdit(), QDateEdit()
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.dates_in_words = QLabel()  # "9–10 กุมภาพันธ์ 2562": the Buddhist Era in Thai
        for edit in (self.starts_on, self.ends_on):
            edit.dateChanged.connect(self._show_dates_in_words)
        self.save_event = QPushButton(self.tr("Save &event"))
        self.save_event.clicked.connect(self._save_event)
        self.event_problem = problem_label()
        form = QFormLayout(box)
        form.addRow(self.tr("Name (Thai):"), self.name)
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("From:"), self.starts_on)
        form.addRow(self.tr("To:"), self.ends_on)
        form.addRow("", self.dates_in_words)
        form.addRow(self.event_problem, self.save_event)
        return box

    def _load_event(self) -> None:
        e = self.event_info
        self.name.setText(e.name)
        self.name_en.setText(e.name_en)
        self.venue.setText(e.venue)
        self.starts_on.setDate(QDate(e.starts_on.year, e.starts_on.month, e.starts_on.day))
        self.ends_on.setDate(QDate(e.ends_on.year, e.ends_on.month, e.ends_on.day))

    def _show_dates_in_words(self) -> None:
        first, last = edited_day(self.starts_on), edited_day(self.ends_on)
        self.dates_in_words.setText(format_date_range(first, last, current_language()))

    def _save_event(self) -> None:
        try:
            self.event_info = event_setup.update_event(
                self.db, self.event_info.id, self.name.text(), edited_day(self.starts_on),
                edited_day(self.ends_on), self.venue.text(), self.name_en.text(), self.desk)
        except UserError as error:
            self.event_problem.setText(error.message)
            return
        self.event_problem.clear()
        self.changed.emit()

    # -- sessions -------------------------------------------------------------------
    def _sessions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sessions"))
        self.session_list = QListWidget()
        self.session_list.currentRowChanged.connect(self._show_session)
        self.title, self.title_en, self.speaker = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(str(name)), kind)
        self.starts_at, self.ends_at = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.starts_at, self.ends_at):
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")
            edit.setCalendarPopup(True)
        self.new_session = QPushButton(self.tr("&New session"))
        self.save_session = QPushButton(self.tr("&Save session"))
        self.new_session.clicked.connect(self._blank_session)
        self.save_session.clicked.connect(self._save_session)
        self.session_problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Title (Thai):"), self.title)
        form.addRow(self.tr("Title (English):"), self.title_en)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Starts:"), self.starts_at)
        form.addRow(self.tr("Ends:"), self.ends_at)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_session)
        buttons.addWidget(self.save_session)
        layout = QVBoxLayout(box)
        layout.addWidget(self.session_list)
        layout.addLayout(form)
        layout.addWidget(self.session_problem)
        layout.addLayout(buttons)
        return box

    def reload(self) -> None:
        self.sessions: list[SessionInfo] = events.list_sessions(self.db, self.event_info.id)
        self.areas: list[IssueAreaInfo] = events.list_issue_areas(self.db, self.event_info.id)
        self.session_list.clear()
        for session in self.sessions:
            self.session_list.addItem(
                f"{session.starts_at:%d/%m %H:%M}–{session.ends_at:%H:%M}  {session.title}")
        self.area_list.clear()
        for area in self.areas:
            self.area_list.addItem(QListWidgetItem(_swatch(area.colour), area.name_th))

    def _show_session(self, row: int) -> None:
        if not 0 <= row < len(self.sessions):
            return
        session = self.sessions[row]
        self.title.setText(session.title)
        self.title_en.setText(session.title_en)
        self.speaker.setText(session.speaker)
        self.kind.setCurrentIndex(max(0, self.kind.findData(session.kind)))
        self.starts_at.setDateTime(_qt_moment(session.starts_at))
        self.ends_at.setDateTime(_qt_moment(session.ends_at))

    def _blank_session(self) -> None:
        self.session_list.setCurrentRow(-1)
        for edit in (self.title, self.title_en, self.speaker):
            edit.clear()
        last = self.sessions[-1].ends_at if self.sessions else datetime.combine(
            self.event_info.starts_on, datetime.min.time()).replace(hour=9)
        self.starts_at.setDateTime(_qt_moment(last))
        self.ends_at.setDateTime(_qt_moment(last).addSecs(3600))
        self.title.setFocus()

    def _save_session(self) -> None:
        new = events.NewSession(
            title=self.title.text(), title_en=self.title_en.text(), speaker=self.speaker.text(),
            kind=SessionKind(self.kind.currentData()),
            starts_at=_moment(self.starts_at),
            ends_at=_moment(self.ends_at),
        )
        row = self.session_list.currentRow()
        try:
            if 0 <= row < len(self.sessions):
                saved = event_setup.update_session(self.db, self.sessions[row].id, new, self.desk)
            else:
                if not new.title.strip():
                    raise UserError("missing_title", self.tr("The session needs a title."))
                saved = events.add_session(self.db, self.event_info.id, new, self.desk)
        except UserError as error:
            self.session_problem.setText(error.message)
            return
        self.session_problem.clear()
        self.reload()
        self.session_list.setCurrentRow([s.id for s in self.sessions].index(saved.id))
        self.changed.emit()

    # -- issue areas ----------------------------------------------------------------
    def _areas_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Issue areas and roles"))
        self.area_list = QListWidget()
        self.area_list.currentRowChanged.connect(self._show_area)
        self.area_th, self.area_en = QLineEdit(), QLineEdit()
        self.colour_button = QPushButton(self.tr("&Colour…"))
        self.colour_button.clicked.connect(self._pick_colour)
        self.save_area = QPushButton(self.tr("Save &issue area"))
        self.save_area.clicked.connect(self._save_area)
        self.area_problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Thai:"), self.area_th)
        form.addRow(self.tr("English:"), self.area_en)
        form.addRow(self.colour_button, self.save_area)
        layout = QVBoxLayout(box)
        layout.addWidget(self.area_list)
        layout.addLayout(form)
        layout.addWidget(self.area_problem)
        return box

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            area = self.areas[row]
            self.area_th.setText(area.name_th)
            self.area_en.setText(area.name_en)
            self._set_colour(area.colour)

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(_swatch(colour))

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Colour of the band"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _save_area(self) -> None:
        row = self.area_list.currentRow()
        if not 0 <= row < len(self.areas):
            self.area_problem.setText(self.tr("Choose an issue area first."))
            return
        try:
            event_setup.update_issue_area(self.db, self.areas[row].id, self.area_th.text(),
                                          self.area_en.text(), self.colour, self.desk)
        except UserError as error:
            self.area_problem.setText(error.message)
            return
        self.area_problem.clear()
        self.reload()
        self.area_list.setCurrentRow(row)
        self.changed.emit()

