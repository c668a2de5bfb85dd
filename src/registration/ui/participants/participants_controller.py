"""Behaviour of the participant list: add, edit, cancel, import, print badges, export."""

from __future__ import annotations

import dataclasses
from contextlib import AbstractContextManager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from registration.domain.enums import ParticipantStatus
from registration.domain.records import ParticipantRecord
from registration.services import registry
from registration.services.desk import export_participants, listed_from_record
from registration.services.participant_input import ParticipantInput
from registration.ui.common.context import WindowContext
from registration.ui.common.offline import refused_offline
from registration.ui.common.shown import Attempt, shown_in
from registration.ui.participants.import_wizard import ImportWizard
from registration.ui.participants.participant_dialog import ParticipantDialog
from registration.ui.participants.participant_filter import find_duplicate
from registration.ui.participants.participant_model import ParticipantTableModel
from registration.ui.participants.participant_proxy import ParticipantProxy
from registration.ui.participants.participants_view import ParticipantsView


class ParticipantsController(QObject):
    imported = Signal()  # the list changed in bulk: the window reloads it

    def __init__(
        self,
        context: WindowContext,
        participants: ParticipantTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participants = participants
        self.proxy = ParticipantProxy(participants, self)
        self.view = ParticipantsView(self.proxy, context.provinces, context.issue_areas)
        view = self.view
        view.add.clicked.connect(self.add)
        view.edit.clicked.connect(self.edit)
        view.cancel.clicked.connect(self.cancel)
        view.reinstate.clicked.connect(self.reinstate)
        view.import_file.clicked.connect(self.import_file)
        view.print_badges.clicked.connect(self.print_badges)
        view.export.clicked.connect(self.export_selection)
        view.table.doubleClicked.connect(lambda _index: self.edit())
        view.apply_filter()

    def set_current_session(self, session_id: int | None) -> None:
        self.view.current_session = session_id
        self.view.apply_filter()

    def selected(self) -> list[ParticipantRecord]:
        rows = sorted({index.row() for index in self.view.table.selectionModel().selectedRows()})
        return [self.proxy.participant_at(row).record for row in rows]

    def _dialog(self, person: ParticipantRecord | None) -> ParticipantDialog:
        return ParticipantDialog(
            self.context.provinces,
            self.context.issue_areas,
            self._find_duplicate,
            person=person,
            parent=self.view,
        )

    def _find_duplicate(self, data: ParticipantInput) -> ParticipantRecord | None:
        return find_duplicate(self.participants.participants(), data)

    def add(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self._shown() as attempt:
            person = registry.add_participant(
                self.context.db, self.context.event.id, dialog.value(), self.context.desk
            )
        if attempt.failed:
            return
        self.participants.upsert(listed_from_record(person))

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            self._warn(self.tr("Choose one participant to edit."))
            return
        dialog = self._dialog(chosen[0])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dataclasses.replace(dialog.value(), status=chosen[0].status)
        with self._shown() as attempt:
            person = registry.edit_participant(
                self.context.db, chosen[0].id, data, self.context.desk
            )
        if attempt.failed:
            return
        self.participants.upsert(listed_from_record(person))

    def cancel(self) -> None:
        """Cancel, never delete: the person's check-ins and history stay."""
        chosen = [p for p in self.selected() if p.status is not ParticipantStatus.CANCELLED]
        if not chosen:
            return
        names = ", ".join(p.full_name for p in chosen[:5])
        reason, ok = QInputDialog.getText(
            self.view,
            self.tr("Cancel participants"),
            self.tr("Cancel {n} participant(s): {names}. Reason:").format(
                n=len(chosen), names=names
            ),
        )
        if not ok:
            return
        for person in chosen:
            with self._shown() as attempt:
                cancelled = registry.cancel_participant(
                    self.context.db, person.id, self.context.desk, reason
                )
            if attempt.failed:
                return
            self.participants.upsert(listed_from_record(cancelled))

    def reinstate(self) -> None:
        """Undo a cancellation made by mistake: the selected cancelled people are back."""
        chosen = [p for p in self.selected() if p.status is ParticipantStatus.CANCELLED]
        if not chosen:
            self._warn(self.tr("Select the cancelled participants to reinstate."))
            return
        for person in chosen:
            with self._shown() as attempt:
                back = registry.reinstate_participant(self.context.db, person.id, self.context.desk)
            if attempt.failed:
                return
            self.participants.upsert(listed_from_record(back))

    def import_file(self) -> None:
        if refused_offline(self.context.link, self.view, self.tr("Import participants")):
            return  # the import writes to the server, page by page
        wizard = ImportWizard(self.context.db, self.context.event.id, self.context.desk, self.view)
        wizard.import_page.imported.connect(lambda _result: self.imported.emit())
        wizard.exec()

    def print_badges(self) -> None:
        chosen = self.selected()
        if chosen:
            self.context.print_badges(chosen, self.view)

    def export_selection(self) -> None:
        chosen = self.selected()
        if not chosen:
            self._warn(self.tr("Select the participants to export first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Export selection"),
            "participants.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not name:
            return
        try:
            with self._shown():
                export_participants(
                    self.context.db, self.context.event.id, {p.id for p in chosen}, Path(name)
                )
        except OSError as error:
            self._warn(self.tr("Cannot write the file: {error}").format(error=error.strerror))

    def _shown(self) -> AbstractContextManager[Attempt]:
        return shown_in(self.view, self.tr("Participants"))

    def _warn(self, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent or self.view, self.tr("Participants"), text)
