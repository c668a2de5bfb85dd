"""A walk-in at the desk: registered, placed in the breakout groups, checked in and given a
badge, in one go from the dialog."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from registration.domain.enums import CheckInMethod, ParticipantStatus
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import ParticipantRecord
from registration.services import registry
from registration.services.desk import listed_from_record
from registration.services.desk_checkin import DeskCheckIn, Subject
from registration.services.groups_assignment import place_walk_in
from registration.services.participant_input import ParticipantInput
from registration.ui.common.context import WindowContext
from registration.ui.common.shown import shown_in
from registration.ui.desk.desk_view import DeskView
from registration.ui.participants.participant_dialog import ParticipantDialog
from registration.ui.participants.participant_filter import find_duplicate
from registration.ui.participants.participant_model import ParticipantTableModel

log = logging.getLogger(__name__)
CheckIn = Callable[[Subject, CheckInMethod], DeskCheckIn | None]


class WalkIns(QObject):
    def __init__(
        self,
        view: DeskView,
        participants: ParticipantTableModel,
        context: Callable[[], WindowContext],
        check_in: CheckIn,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.participants = view, participants
        self._context, self._check_in = context, check_in

    def walk_in(self) -> None:
        context = self._context()
        dialog = ParticipantDialog(
            context.provinces,
            context.issue_areas,
            self.find_duplicate,
            walk_in=True,
            parent=self.view,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.view.scan.setFocus()
        if not accepted:
            return
        data = dataclasses.replace(dialog.value(), status=ParticipantStatus.WALK_IN)
        with shown_in(self.view, self.tr("Walk-in")) as attempt:
            person = registry.add_participant(context.db, context.event.id, data, context.desk)
        if attempt.failed:
            return
        self.participants.upsert(listed_from_record(person))
        self._place_in_groups(context)
        done = self._check_in(person.id, CheckInMethod.WALK_IN)
        if done is not None and done.result.counted:
            print_walk_in = context.print_walk_in or context.print_badges
            print_walk_in([person], self.view)
        self.view.scan.setFocus()

    def _place_in_groups(self, context: WindowContext) -> None:
        """The newcomer joins the smallest fitting group of every group set already
        assigned; if that fails they stay registered and can be placed from the groups tab."""
        try:
            place_walk_in(context.db, context.event.id, context.desk)
        except (UserError, EnvironmentProblem):
            log.exception("a walk-in was registered but not placed in the breakout groups")

    def find_duplicate(self, data: ParticipantInput) -> ParticipantRecord | None:
        return find_duplicate(self.participants.participants(), data)
