"""Event setup: the event's details, its sessions (add, move, change times), issue areas."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QSignalBlocker, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QShowEvent
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registration.domain.enums import SessionKind
from registration.domain.errors import DeskOffline, EnvironmentProblem, UserError
from registration.domain.records import EventInfo, IssueAreaInfo, SessionInfo
from registration.domain.thai_dates import format_date_range
from registration.i18n import current_language
from registration.services import event_setup, events
from registration.ui.common import date_reading
from registration.ui.common.messages import TONE_COLOURS, Tone, describe_error
from registration.ui.common.problem_label import problem_label
from registration.ui.event_setup.session_hiding import SessionHiding

if TYPE_CHECKING:
    from registration.services.handle import Database

KIND_NAMES = {
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("EventSetupView", "Plenary"),
    SessionKind.LECTURE: QT_TRANSLATE_NOOP("EventSetupView", "Lecture"),
    SessionKind.BREAKOUT: QT_TRANSLATE_NOOP("EventSetupView", "Breakout groups"),
    SessionKind.OTHER: QT_TRANSLATE_NOOP("EventSetupView", "Other"),
}


def edited_day(edit: QDateEdit) -> date:
    return date_reading.edited_date(edit)


def _qt_moment(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _moment(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _say(label: QLabel, text: str, tone: Tone) -> None:
    """The line under a form: red for what is wrong, green for "saved"."""
    label.setStyleSheet(f"color: {TONE_COLOURS[tone]}")
    label.setText(text)


class EventSetupView(QWidget):
    changed = Signal()  # the window reloads what it shows

    def __init__(
        self, db: Database, event: EventInfo, desk: str, parent: QWidget | None = None
    ) -> None:
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
        self._blank_session(focus=False)  # never 01/01/2000 before a session is chosen

    # -- the event ------------------------------------------------------------------
    def _event_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Event"))
        self.name, self.name_en, self.venue = QLineEdit(), QLineEdit(), QLineEdit()
        self.starts_on, self.ends_on = QDateEdit(), QDateEdit()
        for edit in (self.starts_on, self.ends_on):
            date_reading.set_up(edit, with_time=False)
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
        form.addRow("", self.save_event)
        form.addRow("", self.event_problem)  # under the button: the fields never move
        return box

    def _problem(self, error: UserError | EnvironmentProblem, missing_name: str = "") -> str:
        """The refusal in the window's language (the services' messages are English)."""
        texts = {
            "missing_name": missing_name,
            "missing_title": self.tr("The session needs a title."),
            "bad_dates": self.tr("The event cannot end before it starts."),
            "bad_times": self.tr("The session must end after it starts."),
            "bad_colour": self.tr("Not a colour."),
            "session_has_check_ins": self.tr(
                "Check-ins were recorded for this session: it cannot be deleted."
            ),
            "missing_hide_reason": self.tr("Say why the session is hidden."),
            "session_hidden": self.tr("This session is already hidden."),
            "session_not_hidden": self.tr("This session is not hidden."),
        }
        return texts.get(error.code) or describe_error(error)

    def use_event(self, event: EventInfo) -> None:
        """The event as it is now (changed here or at another desk): the lists follow, and
        the event's fields too unless someone is editing them here."""
        untouched = self._event_fields() == self._fields_of(self.event_info)
        self.event_info = event
        if untouched:
            self._load_event()
        self.reload()

    def _event_fields(self) -> tuple[str, str, str, date, date]:
        return (
            self.name.text(),
            self.name_en.text(),
            self.venue.text(),
            edited_day(self.starts_on),
            edited_day(self.ends_on),
        )

    @staticmethod
    def _fields_of(e: EventInfo) -> tuple[str, str, str, date, date]:
        return e.name, e.name_en, e.venue, e.starts_on, e.ends_on

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
                self.db,
                self.event_info.id,
                self.name.text(),
                edited_day(self.starts_on),
                edited_day(self.ends_on),
                self.venue.text(),
                self.name_en.text(),
                self.desk,
            )
        except (UserError, EnvironmentProblem) as error:
            _say(
                self.event_problem,
                self._problem(error, self.tr("The event needs a name.")),
                Tone.ERROR,
            )
            return
        _say(self.event_problem, self.tr("Event saved: every tab shows it now."), Tone.OK)
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
        starts_row, self.starts_reading = date_reading.with_reading(self.starts_at)
        ends_row, self.ends_reading = date_reading.with_reading(self.ends_at)
        self.new_session = QPushButton(self.tr("&New session"))
        self.save_session = QPushButton(self.tr("&Save session"))
        self.delete_session = QPushButton(self.tr("De&lete session…"))
        self.new_session.clicked.connect(lambda: self._blank_session())
        self.save_session.clicked.connect(self._save_session)
        self.delete_session.clicked.connect(self._delete_session)
        self.session_problem = problem_label()
        self.delete_reason = QLabel()  # why a session cannot be deleted, or why it is hidden
        self.delete_reason.setWordWrap(True)
        self.hiding = SessionHiding(self.db, lambda: self.desk, self)
        self.hiding.done.connect(self._hidden_or_shown)
        self.hiding.refused.connect(
            lambda error: _say(self.session_problem, self._problem(error), Tone.ERROR)
        )
        form = QFormLayout()
        form.addRow(self.tr("Title (Thai):"), self.title)
        form.addRow(self.tr("Title (English):"), self.title_en)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Starts:"), starts_row)
        form.addRow(self.tr("Ends:"), ends_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_session)
        buttons.addWidget(self.save_session)
        buttons.addWidget(self.delete_session)
        hiding = QHBoxLayout()  # for a session people checked in to, which stays
        hiding.addWidget(self.hiding.hide_button)
        hiding.addWidget(self.hiding.show_button)
        hiding.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.session_list)
        layout.addLayout(form)
        layout.addWidget(self.session_problem)
        layout.addLayout(buttons)
        layout.addLayout(hiding)
        layout.addWidget(self.delete_reason)
        return box

    def reload(self) -> None:
        """The lists read again; the session and issue area chosen stay chosen, and the
        form being edited is left as it is."""
        old_sessions, old_areas = getattr(self, "sessions", []), getattr(self, "areas", [])
        session_id = _id_at(old_sessions, self.session_list.currentRow())
        area_id = _id_at(old_areas, self.area_list.currentRow())
        try:
            self.sessions: list[SessionInfo] = events.list_sessions(self.db, self.event_info.id)
            self.areas: list[IssueAreaInfo] = events.list_issue_areas(self.db, self.event_info.id)
        except EnvironmentProblem as away:  # on the server only: said, and read when back
            self.sessions, self.areas = [], []
            self.setEnabled(False)
            self.session_list.clear()
            self.session_list.setWordWrap(True)
            self.session_list.addItem(
                describe_error(away)  # a desk working offline says since when
                if isinstance(away, DeskOffline)
                else self.tr(
                    "Event setup needs the database server, which does not answer ({why}). "
                    "It works again when the server is back."
                ).format(why=describe_error(away))
            )
            return
        self.setEnabled(True)
        with QSignalBlocker(self.session_list), QSignalBlocker(self.area_list):
            self.session_list.clear()
            for session in self.sessions:
                self.session_list.addItem(self._session_item(session))
            self.area_list.clear()
            for area in self.areas:
                self.area_list.addItem(QListWidgetItem(_swatch(area.colour), area.name_th))
            self.session_list.setCurrentRow(_row_of(self.sessions, session_id))
            self.area_list.setCurrentRow(_row_of(self.areas, area_id))
        self._show_deletable()

    def _session_item(self, session: SessionInfo) -> QListWidgetItem:
        """A line of the session list; a hidden session greyed, with its reason."""
        text = f"{session.starts_at:%d/%m %H:%M}–{session.ends_at:%H:%M}  {session.title}"
        if not session.hidden:
            return QListWidgetItem(text)
        item = QListWidgetItem(
            self.tr("{session} — hidden: {reason}").format(
                session=text, reason=session.hidden_reason
            )
        )
        item.setForeground(
            self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        item.setToolTip(self.hiding.note(session))
        return item

    def _hidden_or_shown(self, session_id: int, said: str) -> None:
        """Hidden or shown again: the list greys it or not, every tab follows."""
        self.reload()
        self.session_list.setCurrentRow(_row_of(self.sessions, session_id))
        _say(self.session_problem, said, Tone.OK)
        self.changed.emit()
        self.session_list.setFocus()

    def _show_session(self, row: int) -> None:
        self._show_deletable()
        if not 0 <= row < len(self.sessions):
            return
        session = self.sessions[row]
        self.title.setText(session.title)
        self.title_en.setText(session.title_en)
        self.speaker.setText(session.speaker)
        self.kind.setCurrentIndex(max(0, self.kind.findData(session.kind)))
        self.starts_at.setDateTime(_qt_moment(session.starts_at))
        self.ends_at.setDateTime(_qt_moment(session.ends_at))

    def _blank_session(self, focus: bool = True) -> None:
        """An empty form on the event's first day at 09:00, or right after the last session."""
        self.session_list.setCurrentRow(-1)
        for edit in (self.title, self.title_en, self.speaker):
            edit.clear()
        first = datetime.combine(self.event_info.starts_on, datetime.min.time()).replace(hour=9)
        last = self.sessions[-1].ends_at if self.sessions else first
        start = (
            last
            if first <= last < datetime.combine(self.event_info.ends_on, datetime.max.time())
            else first
        )
        self.starts_at.setDateTime(_qt_moment(start))
        self.ends_at.setDateTime(_qt_moment(start).addSecs(3600))
        if focus:
            self.title.setFocus()

    def _show_deletable(self) -> None:
        """Delete only a session nobody checked in to; otherwise say why not."""
        row = self.session_list.currentRow()
        if not 0 <= row < len(self.sessions):
            self.delete_session.setEnabled(False)
            self.hiding.follow(None)
            self.delete_reason.clear()
            return
        session = self.sessions[row]
        self.hiding.follow(session)
        try:
            count = events.session_check_in_count(self.db, session.id)
        except EnvironmentProblem as away:  # not known here: not deleted either
            self.delete_session.setEnabled(False)
            self.delete_reason.setText(describe_error(away))
            return
        self.delete_session.setEnabled(count == 0)
        if session.hidden:
            self.delete_reason.setText(self.hiding.note(session))
            return
        self.delete_reason.setText(
            ""
            if count == 0
            else self.tr(
                "{count} check-in(s) were recorded for this session, so it cannot be deleted; "
                "its attendance stays on record. Hide it if no desk should offer it."
            ).format(count=count)
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Back on this tab: people may have checked in to the chosen session meanwhile."""
        super().showEvent(event)
        self._show_deletable()

    def _delete_session(self) -> None:
        self._show_deletable()  # counted again: the question must not say "nobody" wrongly
        row = self.session_list.currentRow()
        if not 0 <= row < len(self.sessions) or not self.delete_session.isEnabled():
            return
        session = self.sessions[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr('Delete the session "{title}"? Nobody has checked in to it.').format(
                title=session.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            events.delete_session(self.db, session.id, self.desk)
        except (UserError, EnvironmentProblem) as error:
            _say(self.session_problem, self._problem(error), Tone.ERROR)
            self._show_deletable()
            return
        self.reload()
        self._blank_session(focus=False)
        _say(self.session_problem, self.tr("Session deleted."), Tone.OK)
        self.changed.emit()

    def _save_session(self) -> None:
        new = events.NewSession(
            title=self.title.text(),
            title_en=self.title_en.text(),
            speaker=self.speaker.text(),
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
        except (UserError, EnvironmentProblem) as error:
            _say(self.session_problem, self._problem(error), Tone.ERROR)
            return
        self.reload()
        self.session_list.setCurrentRow([s.id for s in self.sessions].index(saved.id))
        _say(
            self.session_problem,
            self.tr("Session saved: the desk and the printing tab offer it now."),
            Tone.OK,
        )
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
            event_setup.update_issue_area(
                self.db,
                self.areas[row].id,
                self.area_th.text(),
                self.area_en.text(),
                self.colour,
                self.desk,
            )
        except (UserError, EnvironmentProblem) as error:
            _say(
                self.area_problem,
                self._problem(error, self.tr("The issue area needs a Thai name.")),
                Tone.ERROR,
            )
            return
        self.reload()
        self.area_list.setCurrentRow(row)
        _say(self.area_problem, self.tr("Issue area saved."), Tone.OK)
        self.changed.emit()


def _id_at(items: Sequence[SessionInfo | IssueAreaInfo], row: int) -> int | None:
    return items[row].id if 0 <= row < len(items) else None


def _row_of(items: Sequence[SessionInfo | IssueAreaInfo], item_id: int | None) -> int:
    return next((row for row, item in enumerate(items) if item.id == item_id), -1)
