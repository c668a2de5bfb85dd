"""Behaviour of the check-in desk: the scan field and its name matches, checking in, a desk
at a group's room. Counting, undo and walk-ins are small collaborators wired here."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from registration.devices.wedge import clean_scanned_text
from registration.domain.enums import CheckInMethod
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import SessionInfo, offered
from registration.domain.scan_entry import BadgeScan, NameQuery, read_entry, read_scan
from registration.services import events
from registration.services.checkin import RecentScan
from registration.services.desk_checkin import CheckInDesk, DeskCheckIn, Subject
from registration.services.groups_desk import Elsewhere, GroupRoomDesk
from registration.services.sync.offline_reads import recent_here
from registration.ui.common.context import WindowContext
from registration.ui.common.messages import Tone, describe_error
from registration.ui.desk.desk_matches import MatchesHere
from registration.ui.desk.desk_undo import DeskUndo
from registration.ui.desk.desk_view import DeskView
from registration.ui.desk.group_room import GroupRoomCombo
from registration.ui.desk.room_checkins import RoomCheckIns
from registration.ui.desk.session_counting import SessionCounting
from registration.ui.desk.sounds import DeskSounds
from registration.ui.desk.walk_ins import WalkIns
from registration.ui.event_setup.event_changes import refill, session_items
from registration.ui.participants.participant_filter import ParticipantFilter
from registration.ui.participants.participant_model import Column, ParticipantTableModel
from registration.ui.participants.participant_proxy import ParticipantProxy

SEARCH_DELAY_MS = 60  # a scanner types faster than this, a person slower: no filtering mid-scan
MODAL_POLL_MS = 100  # a scan made while a dialog is open waits for it to close
MATCH_STEPS = {
    Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10
}  # fmt: skip


log = logging.getLogger(__name__)


def _is_ctrl_enter(event: QKeyEvent) -> bool:
    control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(control) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DeskController(QObject):
    queued = Signal()  # a scan was kept on this desk to be sent when the server is back

    def __init__(
        self,
        context: WindowContext,
        participants: ParticipantTableModel,
        sounds: DeskSounds | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participants = participants
        self.matches = ParticipantProxy(participants, self)
        self.matches.set_filter(ParticipantFilter(require_text=True))
        self.here = MatchesHere(self.matches, self)
        self.view = DeskView(context.desk, context.sessions, context.provinces, self.here)
        self.rooms = RoomCheckIns(lambda: self.context, self)
        self._elsewhere: tuple[Subject, CheckInMethod, Elsewhere] | None = None
        self.view.place_room_choice(self.rooms.choice)
        self._chosen: int | None = None  # the participant picked with the arrows or a click
        # (the hidden session, the one the desk moved to, the panel's words)
        self._moved_off: tuple[int, int | None, str] | None = None
        self._unconfirmed: tuple[DeskCheckIn, str] | None = None  # kept offline, on the panel
        self._waiting_scans: list[str] = []
        self._modal_timer = QTimer(self)
        self._modal_timer.setSingleShot(True)
        self._modal_timer.setInterval(MODAL_POLL_MS)
        self._modal_timer.timeout.connect(self._take_waiting_scans)
        self.sounds = sounds or DeskSounds(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filter_matches)
        self.counting = SessionCounting(self.view, self.here, lambda: self.context, self)
        self.undo = DeskUndo(
            self.view,
            participants,
            self.here,
            lambda: self.rooms.checkins,
            self._show_problem,
            self,
        )
        self.walk_ins = WalkIns(self.view, participants, lambda: self.context, self.check_in, self)
        self._connect()
        self.choose_session_by_clock(datetime.now())
        self.view.recent.set_scans(recent_here(context.db, context.desk, context.link))

    def use_context(self, context: WindowContext) -> None:
        """The same event under a new desk name: the label and this desk's last scans follow."""
        self.context = context
        self.rooms.follow_context()
        self.view.show_desk(context.desk)
        self.view.recent.set_scans(recent_here(context.db, context.desk, context.link))

    def _connect(self) -> None:
        view = self.view
        view.scan.returnPressed.connect(self.submit)
        view.scan.textEdited.connect(self._text_edited)
        view.scan.installEventFilter(self)
        view.matches.doubleClicked.connect(lambda index: self.check_in_match(index.row()))
        view.matches.clicked.connect(lambda index: self._choose_row(index.row()))
        view.session.currentIndexChanged.connect(lambda _index: self.here.set_arrivals({}))
        view.session.currentIndexChanged.connect(self.refresh_counters)
        # a choice made with the mouse or F4 hands the keyboard back to the scan field
        view.session.activated.connect(self.focus_scan)
        view.counters.province.activated.connect(self.focus_scan)
        view.undo_selected.clicked.connect(self.undo.undo_selected)
        view.count_anyway.clicked.connect(self.count_anyway)
        self.rooms.room_changed.connect(self._forget_elsewhere)
        self.rooms.choice.activated.connect(self.focus_scan)

    # -- session --------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        data = self.view.session.currentData()
        return int(data) if data is not None else None

    def choose_session_by_clock(self, now: datetime) -> None:
        current = events.current_session(offered(self.context.sessions), now)
        if current is not None:
            self.view.session.setCurrentIndex(self.view.session.findData(current.id))
        self.refresh_counters()

    def use_sessions(self, sessions: Sequence[SessionInfo]) -> None:
        """The event's sessions changed: the session list follows; a desk on a session that
        was just hidden moves to the one the clock gives and says why."""
        was = next((s for s in sessions if s.id == self.session_id), None)
        refill(self.view.session, session_items(sessions, "  "))
        self.view.recent.use_sessions(sessions)
        self._forget_moved_off(sessions)
        if was is None or not was.hidden:
            return
        self.choose_session_by_clock(datetime.now())
        now_on = self.view.session.currentText().strip() or self.tr("no session")
        told = self.tr("“{hidden}” was hidden ({reason}): this desk now checks in to {now_on}")
        told = told.format(hidden=was.title, reason=was.hidden_reason, now_on=now_on)
        self.view.result.show_message(told, Tone.REPEAT)
        self._moved_off = (was.id, self.session_id, told)
        self.focus_scan()

    def _forget_moved_off(self, sessions: Sequence[SessionInfo]) -> None:
        """The session this desk was moved off is offered again: the desk goes back to it
        (unless staff chose another since) and the amber note goes at once (unless the
        panel has answered something since)."""
        if self._moved_off is None:
            return
        hidden_id, moved_to, told = self._moved_off
        if not any(s.id == hidden_id for s in offered(sessions)):
            return
        self._moved_off = None
        if self.session_id == moved_to:
            self.view.session.setCurrentIndex(self.view.session.findData(hidden_id))
        if self.view.result.title.text() == told:
            self.view.result.show_ready()

    def refresh_counters(self) -> None:
        self.counting.refresh()

    def stop(self) -> None:
        """The window closes: no more timers against its database."""
        self.counting.stop()
        self._search_timer.stop()

    def resume(self) -> None:
        """After `stop` for a restore that was refused: the counters follow again."""
        self.counting.start()

    # -- the scan field -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the scan field: arrows move through the name matches, Esc starts afresh,
        Ctrl+Z undoes this desk's last check-in (not the field's last edit)."""
        if (
            watched is not self.view.scan
            or not isinstance(event, QKeyEvent)
            or event.type() != QEvent.Type.KeyPress
        ):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo.undo_last()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.clear_entry()
            return True
        if self._elsewhere is not None and _is_ctrl_enter(event):
            self.count_anyway()
            return True
        step = MATCH_STEPS.get(Qt.Key(event.key()))
        if step is None:
            return False
        if self._search_timer.isActive():
            self.filter_matches()
        if self.matches.rowCount():
            self._move_match(step)
        return True

    def focus_scan(self) -> None:
        self.view.scan.setFocus()

    def clear_entry(self) -> None:
        """Esc: an empty field, no matches, a blank panel, the focus in the field."""
        self._reset_scan_field()
        self._forget_elsewhere()
        self.view.result.show_ready()

    def _text_edited(self, _text: str) -> None:
        self._chosen = None
        if self.view.result.tone is not None:  # the last answer is not about this name
            self.view.result.show_ready()
        self._search_timer.start()

    def _move_match(self, step: int) -> None:
        row = self._chosen_row() if self._chosen is not None else -1
        row = min(max(row + step, 0), self.matches.rowCount() - 1)
        self._choose_row(row)

    def _chosen_row(self) -> int:
        rows = self.view.matches.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _choose_row(self, row: int) -> None:
        """Highlight the row (whatever the table's scrolling) and remember who it is."""
        table, flags = self.view.matches, QItemSelectionModel.SelectionFlag
        index = self.here.index(row, Column.NAME)
        table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        table.scrollTo(index)
        self._chosen = self.matches.participant_at(row).record.id
        self.focus_scan()

    def filter_matches(self) -> None:
        """The names matching the field; none is chosen until staff pick one."""
        self._search_timer.stop()
        self.matches.set_filter(ParticipantFilter(text=self.view.scan.text(), require_text=True))
        self.view.matches.clearSelection()
        self._chosen = None

    def submit(self) -> None:
        """Enter: the chosen match; else a badge code; else a name only one person has."""
        text = clean_scanned_text(self.view.scan.text())
        if self._chosen is not None and not self._search_timer.isActive():
            self.check_in(self._chosen, CheckInMethod.SEARCH)
            return
        self._search_timer.stop()
        if not text:
            return
        entry = read_entry(text)
        if isinstance(entry, BadgeScan):
            self.check_in(entry, CheckInMethod.SCAN)
            return
        self.check_in_by_name(entry)

    def check_in_by_name(self, entry: NameQuery) -> None:
        self.filter_matches()
        found = self.matches.rowCount()
        if found == 1:
            self.check_in_match(0)
        elif found == 0:
            title = self.tr("No one matches “{text}”").format(text=entry.text)
            self.view.result.show_message(title, Tone.ERROR)
            self.sounds.play(Tone.ERROR)
        else:
            title = self.tr("{n} people match: choose one with ↑↓, then press Enter")
            self.view.result.show_message(title.format(n=found), None)

    def scan_arrived(self, text: str) -> None:
        """A scanner's burst, from wherever the focus was; it waits while a dialog is open."""
        self._waiting_scans.append(text)
        self._take_waiting_scans()

    def _take_waiting_scans(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self._modal_timer.start()
            return
        while self._waiting_scans:
            self.check_in(
                read_scan(clean_scanned_text(self._waiting_scans.pop(0))), CheckInMethod.SCAN
            )

    def check_in_match(self, row: int) -> None:
        person = self.matches.participant_at(row).record
        self.check_in(person.id, CheckInMethod.SEARCH)

    def check_in(
        self, subject: Subject, method: CheckInMethod, anyway: bool = False
    ) -> DeskCheckIn | None:
        """`anyway`: at a group's room, count someone of another group (staff chose to)."""
        session_id = self.session_id
        if session_id is None:
            self._show_problem(UserError("no_session", "There is no session."))
            return None
        self._forget_elsewhere()
        if self.room is not None and not anyway and method is not CheckInMethod.WALK_IN:
            other = self.room.elsewhere(subject)
            if other is not None:
                self._offer_count_anyway(subject, method, other)
                return None
        try:
            done = self.checkins.check_in(subject, session_id, method)
        except EnvironmentProblem as problem:
            self._show_problem(problem)
            return None
        self.show_result(done)
        if done.queued:
            self.queued.emit()
        return done

    # -- a desk at a breakout group's room -----------------------------------------
    @property
    def room(self) -> GroupRoomDesk | None:
        return self.rooms.room

    @property
    def room_choice(self) -> GroupRoomCombo:
        return self.rooms.choice

    @property
    def checkins(self) -> CheckInDesk:
        return self.rooms.checkins

    def _offer_count_anyway(
        self, subject: Subject, method: CheckInMethod, other: Elsewhere
    ) -> None:
        """Someone of another group: say where they belong; Ctrl+Enter or the button counts
        them here anyway."""
        self._reset_scan_field()
        self._elsewhere = (subject, method, other)
        title = self.tr("Belongs to {group} — not counted here").format(group=other.label)
        self.view.result.show_message(title, Tone.REPEAT, other.participant.full_name)
        self.view.count_anyway.show()
        self.sounds.play(Tone.REPEAT)

    def count_anyway(self) -> None:
        if self._elsewhere is None:
            return
        subject, method, other = self._elsewhere
        done = self.check_in(subject, method, anyway=True)
        if done is not None and done.result.counted:
            title = (
                self.tr("Counted here — belongs to {group}")
                if done.confirmed
                else self.tr("Counted here, not yet confirmed by the server — belongs to {group}")
            )
            self.view.result.title.setText(title.format(group=other.label))

    def _forget_elsewhere(self) -> None:
        self._elsewhere = None
        self.view.count_anyway.hide()

    def show_result(self, done: DeskCheckIn) -> None:
        result = done.result
        tone = self.view.result.show_result(result, confirmed=done.confirmed)
        waits = done.queued and result.counted and done.scan_id is not None
        self._unconfirmed = (done, self.view.result.title.text()) if waits else None
        self._reset_scan_field()
        self.sounds.play(tone)
        if result.participant and result.check_in:
            first = result.check_in
            self.here.arrived(result.participant.id, first.checked_in_at, first.desk)
        if result.counted and result.participant and result.check_in:
            person = result.participant
            self.view.recent.add(RecentScan(result.check_in, person, done.scan_id))
            self.view.counters.add(person.province.code if person.province else None, 1)
            self.participants.set_checked_in(person.id, result.session_id, True)

    def confirm_shown(self) -> None:
        """The desk sent its kept scans: a panel still saying "not yet confirmed by the
        server" of one the server has now counted says "checked in"."""
        link = self.context.link
        if self._unconfirmed is None or link is None:
            return
        done, told = self._unconfirmed
        if self.view.result.title.text() != told:  # the panel has answered something since
            self._unconfirmed = None
        elif done.scan_id is not None and link.counted_at_server(done.scan_id):
            self._unconfirmed = None
            self.view.result.show_result(done.result)

    def _reset_scan_field(self) -> None:
        self._search_timer.stop()
        self._chosen = None
        self.view.scan.clear()
        self.matches.set_filter(ParticipantFilter(require_text=True))
        self.view.scan.setFocus()

    def _show_problem(self, problem: UserError | EnvironmentProblem) -> None:
        self.view.result.show_message(describe_error(problem), Tone.ERROR)
        self.sounds.play(Tone.ERROR)
        self.view.scan.setFocus()

    # -- the menu's entry points ------------------------------------------------
    def undo_last(self) -> None:
        self.undo.undo_last()

    def undo_selected(self) -> None:
        self.undo.undo_selected()

    def walk_in(self) -> None:
        self.walk_ins.walk_in()
