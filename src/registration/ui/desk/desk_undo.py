"""Undoing a check-in from the desk: the last one (Ctrl+Z) or the one chosen in the recent
scans, always with a reason; the counters, the list and the matches follow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services.checkin import RecentScan
from registration.services.desk_checkin import CheckInDesk
from registration.ui.common.messages import Tone
from registration.ui.common.shown import Problem
from registration.ui.desk.desk_matches import MatchesHere
from registration.ui.desk.desk_view import DeskView
from registration.ui.participants.participant_model import ParticipantTableModel


class DeskUndo(QObject):
    def __init__(
        self,
        view: DeskView,
        participants: ParticipantTableModel,
        here: MatchesHere,
        checkins: Callable[[], CheckInDesk],
        show_problem: Callable[[Problem], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.participants, self.here = view, participants, here
        self._checkins, self._show_problem = checkins, show_problem

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
            undone = self._checkins().annul(scan, reason)
        except (UserError, EnvironmentProblem) as problem:
            self._show_problem(problem)
            return
        self.view.recent.replace(scan, RecentScan(undone, scan.participant, scan.scan_id))
        person = scan.participant
        this_session = undone.session_id == self.view.session.currentData()
        if this_session:
            self.view.counters.add(person.province.code if person.province else None, -1)
        self.participants.set_checked_in(person.id, undone.session_id, False)
        if this_session:
            self.here.left(person.id)
        self.view.result.show_message(self.tr("Check-in undone"), Tone.REPEAT, name)
