"""Behaviour of the check-in desk: scans, name-search check-ins, undo, walk-ins, counters."""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from registration.devices.wedge import clean_scanned_text
from registration.domain.badge_code import CodeProblem, parse_badge_code
from registration.domain.enums import CheckInMethod, ParticipantStatus
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import ParticipantRecord
from registration.services import checkin, desk, events, registry
from registration.services.checkin import CheckInResult, RecentScan
from registration.services.participant_input import ParticipantInput
from registration.ui.context import WindowContext
from registration.ui.desk_view import DeskView
from registration.ui.messages import Tone, describe_error
from registration.ui.participant_dialog import ParticipantDialog
from registration.ui.participant_filter import ParticipantFilter, find_duplicate
from registration.ui.participant_model import ParticipantTableModel
from registration.ui.participant_proxy import ParticipantProxy
from registration.ui.sounds import DeskSounds
from registration.ui.workers import Worker, start

SEARCH_DELAY_MS = 60  # a scanner types faster than this, a person slower: no filtering mid-scan
COUNTER_REFRESH_MS = 15_000  # other desks' check-ins show up this often
MATCH_STEPS = {
    Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10
}  # fmt: skip


log = logging.getLogger(__name__)

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
        self.view = DeskView(context.desk, context.sessions, context.provinces, self.matches)
        self.sounds = sounds or DeskSounds(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filter_matches)
        self._counting: list[Worker] = []
        self._counter_timer = QTimer(self)
        self._counter_timer.timeout.connect(self.refresh_counters)
        self._connect()
        self.choose_session_by_clock(datetime.now())
        self.view.recent.set_scans(checkin.recent_check_ins(context.db, context.desk))
        self._counter_timer.start(COUNTER_REFRESH_MS)

    def use_context(self, context: WindowContext) -> None:
        """The same event under a new desk name: the label and this desk's last scans follow."""
        self.context = context
        self.view.show_desk(context.desk)
        self.view.recent.set_scans(checkin.recent_check_ins(context.db, context.desk))

    def _connect(self) -> None:
        view = self.view
        view.scan.returnPressed.connect(self.submit)
        view.scan.textEdited.connect(lambda _text: self._search_timer.start())
        view.scan.installEventFilter(self)
        view.matches.doubleClicked.connect(lambda index: self.check_in_match(index.row()))
        view.session.currentIndexChanged.connect(self.refresh_counters)
        view.undo_selected.clicked.connect(self.undo_selected)

    # -- session --------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        data = self.view.session.currentData()
        return int(data) if data is not None else None

    def choose_session_by_clock(self, now: datetime) -> None:
        current = events.current_session(self.context.sessions, now)
        if current is not None:
            self.view.session.setCurrentIndex(self.view.session.findData(current.id))
        self.refresh_counters()

    def refresh_counters(self) -> None:
        """Counted in the background: over 100,000 people the query takes a moment,
        and the desk must not stall on it every few seconds."""
        if not shiboken6.isValid(self.view.session):  # the window is being closed
            self._counter_timer.stop()
            return
        session_id = self.session_id
        if session_id is None:
            return
        db, event_id = self.context.db, self.context.event.id
        changes = self.view.counters.changes
        worker = Worker(lambda _progress, _cancelled: desk.session_counts(db, event_id, session_id))
        worker.signals.finished.connect(
            lambda counts: self._counts_arrived(counts, session_id, changes)
        )
        self._counting.append(worker)
        worker.signals.finished.connect(lambda _counts: self._counting.remove(worker))
        worker.signals.failed.connect(lambda _error: self._counting.remove(worker))
        start(worker)

    def _counts_arrived(self, counts: desk.SessionCounts, session_id: int, changes: int) -> None:
        if not shiboken6.isValid(self.view.session) or session_id != self.session_id:
            return
        counters = self.view.counters
        # A check-in made here while counting may be missing from the result: keep the
        # incremented numbers then, the next refresh brings both together.
        if counters.counts is None or counters.changes == changes or counters.session != session_id:
            counters.set_counts(counts, session_id)

    def stop(self) -> None:
        """The window closes: no more timers against its database."""
        self._counter_timer.stop()
        self._search_timer.stop()

    # -- the scan field -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the scan field move through the name matches; focus stays put."""
        if watched is self.view.scan and isinstance(event, QKeyEvent):
            step = MATCH_STEPS.get(Qt.Key(event.key()))
            if (
                step is not None
                and event.type() == QEvent.Type.KeyPress
                and self.matches.rowCount()
            ):
                self._move_match(step)
                return True
        return False

    def _move_match(self, step: int) -> None:
        table = self.view.matches
        row = table.currentIndex().row()
        row = min(max(row + step, 0), self.matches.rowCount() - 1)
        table.selectRow(row)

    def filter_matches(self) -> None:
        self._search_timer.stop()
        self.matches.set_filter(ParticipantFilter(text=self.view.scan.text(), require_text=True))
        if self.matches.rowCount():
            self.view.matches.selectRow(0)

    def submit(self) -> None:
        """Enter: a badge code is scanned; a name with a chosen match checks that person in."""
        text = clean_scanned_text(self.view.scan.text())
        self._search_timer.stop()
        if not text.strip():
            return
        parsed = parse_badge_code(text)
        if parsed.problem is CodeProblem.NOT_A_CODE:
            self.filter_matches()
            row = self.view.matches.currentIndex().row()
            if row >= 0:
                self.check_in_match(row)
                return
        self.check_in(text, CheckInMethod.SCAN)

    def check_in_match(self, row: int) -> None:
        person = self.matches.participant_at(row).record
        self.check_in(person.id, CheckInMethod.SEARCH)

    def check_in(self, code_or_id: str | int, method: CheckInMethod) -> CheckInResult | None:
        session_id = self.session_id
        if session_id is None:
            self._show_problem(UserError("no_session", "There is no session."))
            return None
        link = self.context.link
        try:
            if link is None:
                result = checkin.check_in(
                    self.context.db, code_or_id, session_id, self.context.desk, method
                )
            else:
                scan = link.check_in(code_or_id, session_id, method)
                result = scan.result
        except EnvironmentProblem as problem:
            self._show_problem(problem)
            return None
        self.show_result(result)
        if link is not None and scan.queued:
            self.queued.emit()
        return result

    def show_result(self, result: CheckInResult) -> None:
        tone = self.view.result.show_result(result)
        self._reset_scan_field()
        self.sounds.play(tone)
        if result.counted and result.participant and result.check_in:
            person = result.participant
            self.view.recent.add(RecentScan(result.check_in, person))
            self.view.counters.add(person.province.code if person.province else None, 1)
            self.participants.set_checked_in(person.id, result.session_id, True)

    def _reset_scan_field(self) -> None:
        self.view.scan.clear()
        self.matches.set_filter(ParticipantFilter(require_text=True))
        self.view.scan.setFocus()

    def _show_problem(self, problem: UserError | EnvironmentProblem) -> None:
        self.view.result.show_message(describe_error(problem), Tone.ERROR)
        self.sounds.play(Tone.ERROR)
        self.view.scan.setFocus()

    # -- undo ------------------------------------------------------------------
    def undo_last(self) -> None:
        scan = self.view.recent.last_active()
        if scan is None:
            self.view.result.show_message(self.tr("Nothing to undo"), None)
            self.view.scan.setFocus()
            return
        self.annul(scan)

    def undo_selected(self) -> None:
        scan = self.view.recent.selected()
        if scan is not None:
            self.annul(scan)

    def annul(self, scan: RecentScan) -> None:
        name = scan.participant.full_name
        reason, ok = QInputDialog.getText(
            self.view,
            self.tr("Undo check-in"),
            self.tr("Why is the check-in of {name} undone?").format(name=name),
            QLineEdit.EchoMode.Normal,
            self.tr("wrong person"),
        )
        self.view.scan.setFocus()
        if not ok:
            return
        try:
            undone = checkin.annul(self.context.db, scan.check_in.id, reason, self.context.desk)
        except (UserError, EnvironmentProblem) as problem:
            self._show_problem(problem)
            return
        self.view.recent.replace(RecentScan(undone, scan.participant))
        person = scan.participant
        if undone.session_id == self.session_id:
            self.view.counters.add(person.province.code if person.province else None, -1)
        self.participants.set_checked_in(person.id, undone.session_id, False)
        self.view.result.show_message(self.tr("Check-in undone"), Tone.REPEAT, name)

    # -- walk-in ----------------------------------------------------------------
    def walk_in(self) -> None:
        dialog = ParticipantDialog(
            self.context.provinces,
            self.context.issue_areas,
            self.find_duplicate,
            walk_in=True,
            parent=self.view,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.view.scan.setFocus()
        if not accepted:
            return
        data = dataclasses.replace(dialog.value(), status=ParticipantStatus.WALK_IN)
        try:
            person = registry.add_participant(
                self.context.db, self.context.event.id, data, self.context.desk
            )
        except (UserError, EnvironmentProblem) as problem:
            QMessageBox.warning(self.view, self.tr("Walk-in"), describe_error(problem))
            return
        self.participants.upsert(desk.listed_from_record(person))
        result = self.check_in(person.id, CheckInMethod.WALK_IN)
        if result is not None and result.counted:
            self.context.print_badges([person], self.view)
        self.view.scan.setFocus()

    def find_duplicate(self, data: ParticipantInput) -> ParticipantRecord | None:
        return find_duplicate(self.participants.participants(), data)
