"""The main window composes the feature tabs and routes between them: changes from other
desks, event setup changes and the desk name reach every tab that shows them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from registration.config import Settings
from registration.devices.wedge_filter import WedgeFilter
from registration.domain.records import ParticipantRecord
from registration.services.desk import ListedParticipant, listed_from_record, listed_participants
from registration.services.sync.feed import ChangeKind, CheckInChange
from registration.services.sync.offline_reads import listed_here
from registration.services.sync.results import SyncConflict
from registration.ui.attendance.attendance_view import AttendanceView, export_with_progress
from registration.ui.certificates.certificates_view import CertificatesView
from registration.ui.common.context import WindowContext
from registration.ui.common.desk_name import DeskName
from registration.ui.common.link_status import LinkStatusController
from registration.ui.common.live_updates import LiveUpdates
from registration.ui.common.shown import problem_text
from registration.ui.common.window_fit import FittingTabs, fit_to_screen
from registration.ui.common.workers import Worker, start
from registration.ui.desk.camera_toggle import CameraToggle
from registration.ui.desk.desk_controller import DeskController
from registration.ui.desk.sounds import DeskSounds
from registration.ui.event_setup.event_changes import area_items, refill, reloaded
from registration.ui.event_setup.event_setup_view import EventSetupView
from registration.ui.groups.groups_view import GroupsView
from registration.ui.missing.missing_view import MissingView
from registration.ui.participants.participant_model import ParticipantTableModel
from registration.ui.participants.participants_controller import ParticipantsController
from registration.ui.printing.badge_printer import BadgePrinter as PdfBadgePrinter
from registration.ui.printing.printing_view import PrintingView, write_attendance_summary
from registration.ui.settings.settings_flow import SettingsFlow
from registration.ui.window_menus import WindowMenus


class MainWindow(QMainWindow):
    participants_loaded = Signal()

    def __init__(
        self,
        context: WindowContext,
        sounds: DeskSounds | None = None,
        change_desk: Callable[[QWidget], str | None] | None = None,
        load_in_background: bool = False,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Registration: {event}").format(event=context.event.name))
        self.participant_rows = ParticipantTableModel(self)
        self._count_text: str | None = None  # the status bar's "136 participants", once said
        self._loader: Worker | None = None
        self.desk = DeskController(context, self.participant_rows, sounds, self)
        self.participants = ParticipantsController(context, self.participant_rows, self)
        self.participants.imported.connect(self.load_participants_in_background)
        self.camera = CameraToggle(self.desk, self)
        self.tabs = FittingTabs(self)
        self.tabs.addTab(self.desk.view, self.tr("Check-in desk"))
        self.tabs.addTab(self.participants.view, self.tr("Participants"))
        self.attendance = AttendanceView(
            context.db,
            context.event.id,
            context.sessions,
            context.provinces,
            context.issue_areas,
            partial(write_attendance_summary, context.db, context.event.id),
        )
        self.printing = PrintingView(context)
        self.setup = EventSetupView(context.db, context.event, context.desk)
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.printing, self.tr("Printing"))
        self.tabs.addTab(self.setup, self.tr("Event setup"))
        self.groups = GroupsView(
            context.db, context.event.id, context.sessions, context.desk, link=context.link
        )
        self.tabs.addTab(self.groups, self.tr("Groups"))
        self.missing = MissingView(context.db, context.sessions, link=context.link)
        self.tabs.addTab(self.missing, self.tr("Still missing"))
        self.certificates = CertificatesView(context.db, context.event, context.desk)
        self.tabs.addTab(self.certificates, self.tr("Certificates"))
        self.setup.changed.connect(self.apply_event_change)
        self.desk_name = DeskName(context.desk, self)
        self.settings_flow = SettingsFlow(
            self, context, settings or Settings(desk=context.desk), self.desk_name
        )
        self.backups = self.settings_flow.backups
        self.link_status: LinkStatusController | None = None
        if context.link is not None:
            self.link_status = LinkStatusController(context.link, self)
            self.statusBar().addPermanentWidget(self.link_status.label)
            self.desk.queued.connect(self.link_status.show_status)
            self.link_status.status_changed.connect(
                lambda st: self.attendance.set_offline(not st.online, st.queued)
            )
            self.link_status.conflicts_found.connect(self._sync_conflicts)
            self.link_status.status_changed.connect(lambda _status: self.desk.confirm_shown())
            self.link_status.start()
        self.live = LiveUpdates(context.db, context.event.id, self)
        self.live.changed.connect(self._apply_changes)
        self.live.people_changed.connect(self._apply_people)
        self.live.imported.connect(self._list_imported)
        self.live.connection.connect(self._connection_changed)
        self.live.event_changed.connect(self.apply_event_change)
        self.live.caught_up.connect(self.apply_event_change)  # started offline: read it all
        self.live.start()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.desk.view.session.currentIndexChanged.connect(self._session_changed)
        self._session_changed()
        self.change_desk = change_desk
        self._follow_desk_name()
        self.safety_note = QLabel(self)  # lasting: read-only or damaged database
        self.statusBar().addPermanentWidget(self.safety_note)
        if context.db.read_only:
            self.safety_note.setText(
                self.tr(
                    "The database is read-only here: you can look and print, not change anything."
                )
            )
        self._follow_settings_flow()
        self.menus = WindowMenus(self)
        fit_to_screen(self)
        self.wedge = WedgeFilter(self)  # a scan is a scan wherever the focus is
        self.wedge.scanned.connect(self._scanned)
        QApplication.instance().installEventFilter(self.wedge)  # type: ignore[union-attr]
        if load_in_background:
            self.load_participants_in_background()
        else:
            self.reload_participants()

    def reload_participants(self) -> None:
        self._show_participants(listed_participants(self.context.db, self.context.event.id))

    def load_participants_in_background(self) -> None:
        """The desk scans at once; the name search and the list fill in when loaded."""
        db, event_id = self.context.db, self.context.event.id
        self.statusBar().showMessage(self.tr("Loading the participant list…"))
        link = self.context.link  # offline: the desk's copy
        self._loader = Worker(lambda _progress, _cancelled: listed_here(db, event_id, link))
        self._loader.signals.finished.connect(self._show_participants)
        self._loader.signals.failed.connect(self._loading_failed)
        start(self._loader)

    def _show_participants(self, rows: list[ListedParticipant]) -> None:
        self.participant_rows.set_participants(rows, [s.id for s in self.context.sessions])
        self._show_count()
        self.participants_loaded.emit()

    def _show_count(self) -> None:
        self._count_text = self.tr("{n} participants").format(n=self.participant_rows.rowCount())
        self.statusBar().showMessage(self._count_text)

    def _loading_failed(self, error: object) -> None:
        self.statusBar().showMessage(
            self.tr("The participant list could not be loaded: {why}").format(
                why=problem_text(error)
            )
        )

    def _apply_changes(self, changes: list[CheckInChange]) -> None:
        """Check-ins and undos from every desk (this one's too: applying twice is harmless)."""
        for change in changes:
            record = change.check_in
            self.participant_rows.set_checked_in(
                record.participant_id, record.session_id, change.kind is ChangeKind.CHECKED_IN
            )
        self._recount()

    def _apply_people(self, records: list[ParticipantRecord]) -> None:
        """Walk-ins, edits, cancellations from every desk reach the list and name search."""
        for record in records:
            self.participant_rows.upsert(listed_from_record(record))
        if self.statusBar().currentMessage() == self._count_text:  # still said: kept true
            self._show_count()
        self._recount()

    def _recount(self) -> None:
        """The desk's counters, and the attendance tab while it is shown."""
        self.desk.refresh_counters()
        if self.attendance.isVisible():
            self.attendance.refresh()
        if self.missing.isVisible():
            self.missing.refresh()

    def _list_imported(self, desks: list[str]) -> None:
        """Another desk imported a list: read ours again (our own import already did)."""
        if any(name != self.context.desk for name in desks):
            self.load_participants_in_background()

    def _sync_conflicts(self, conflicts: list[SyncConflict]) -> None:
        """Offline check-ins here that another desk had made first: said, not hidden."""
        assert self.link_status is not None
        lines = [self.link_status.describe_conflict(c) for c in conflicts]
        self.statusBar().showMessage(" · ".join(lines))

    def apply_event_change(self) -> None:
        """The event, a session or an issue area changed here or at another desk: the title,
        every tab's lists, the badges and the participant list follow at once."""
        self.context = context = reloaded(self.context)
        self.setWindowTitle(self.tr("Registration: {event}").format(event=context.event.name))
        self.desk.use_context(context)
        self.desk.use_sessions(context.sessions)
        self.participants.context = context
        refill(self.participants.view.issue_area, area_items(context.issue_areas), keep=1)
        self.printing.use_context(context)
        self.attendance.use_event_lists(context.sessions, context.issue_areas)
        for printer in (context.print_badges, context.print_walk_in):
            if isinstance(printer, PdfBadgePrinter):
                printer.event = context.event
        self.setup.use_event(context.event)
        self.groups.use_sessions(context.sessions)
        self.missing.use_sessions(context.sessions)
        self.certificates.use_event(context.event)
        self.load_participants_in_background()
        self._recount()

    def _connection_changed(self, reachable: bool, problem: str) -> None:
        if reachable:
            self.statusBar().showMessage(self.tr("The database is reachable again."), 10_000)
        else:
            self.statusBar().showMessage(problem)

    @property
    def settings(self) -> Settings:
        return self.settings_flow.settings

    def _follow_settings_flow(self) -> None:
        flow = self.settings_flow
        flow.status.connect(self.statusBar().showMessage)
        flow.restoring.connect(self.live.stop)
        flow.restoring.connect(self.desk.stop)
        flow.restored.connect(self.close)
        flow.resumed.connect(self.live.start)
        flow.resumed.connect(self.desk.resume)
        flow.damaged.connect(
            lambda: self.safety_note.setText(
                self.tr("The database is damaged: nothing more is saved.")
            )
        )
        flow.purged.connect(self.load_participants_in_background)  # erased names show

    def _session_changed(self) -> None:
        self.participants.set_current_session(self.desk.session_id)

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.desk.view.scan.setFocus()
        elif index == 1:
            self.participants.view.search.setFocus()
        elif self.tabs.widget(index) is self.groups:
            self.groups.refresh()  # another desk may have changed the sets
        elif self.tabs.widget(index) is self.missing:
            self.missing.refresh()
        elif self.tabs.widget(index) is self.certificates:
            self.certificates.refresh()

    def show_desk(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _scanned(self, text: str) -> None:
        """A badge scanned anywhere: answered on the desk tab (an open list closes first)."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        if QApplication.activeModalWidget() is None:
            self.show_desk()
        self.desk.scan_arrived(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.desk.focus_scan()

    def changeEvent(self, event: QEvent) -> None:
        """Back to this window (from another program): the desk is ready for the next scan."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.tabs.currentIndex() == 0
        ):
            self.desk.focus_scan()

    def show_participants(self) -> None:
        self.tabs.setCurrentIndex(1)

    def focus_scan(self) -> None:
        self.show_desk()
        self.desk.clear_entry()

    def focus_filter(self) -> None:
        self.show_participants()
        self.participants.view.search.setFocus()

    def choose_session(self) -> None:
        self.show_desk()
        self.desk.view.session.setFocus()
        self.desk.view.session.showPopup()

    def ask_desk_name(self) -> None:
        if self.change_desk is not None:
            self.desk_name.rename(self.change_desk(self) or "")

    def _follow_desk_name(self) -> None:
        """Everything done after a rename carries the new name (check-ins, undos, walk-ins,
        prints, edits); what was done before keeps the name it was made under."""
        context = self.context
        printers = [
            p
            for p in (context.print_badges, context.print_walk_in)
            if isinstance(p, PdfBadgePrinter)
        ]
        links = [context.link] if context.link is not None else []
        self.desk_name.keep_updated(self.setup, self.groups, self.certificates, *printers, *links)
        self.desk_name.changed.connect(self._desk_renamed)

    def _desk_renamed(self, name: str) -> None:
        """The window's context, which the desk, the list and printing share, follows."""
        self.context = dataclasses.replace(self.context, desk=name)
        self.desk.use_context(self.context)
        self.participants.context = self.printing.context = self.context
        self.statusBar().showMessage(self.tr("This desk is now {desk}.").format(desk=name))

    def export_attendance(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance"), "attendance.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
        )
        if not name:
            return
        suffix = ".csv" if "csv" in chosen.lower() else ".xlsx"
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(suffix)
        written = export_with_progress(self, self.context.db, self.context.event.id, path)
        if written is not None:
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=str(written)))

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self.wedge)  # type: ignore[union-attr]
        self.camera.stop()
        self.desk.stop()
        self.live.stop()
        self.missing.stop()
        self.settings_flow.stop()
        if self.link_status is not None:
            self.link_status.stop()
            self.link_status.link.close()
        super().closeEvent(event)
