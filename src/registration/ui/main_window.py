"""The main window: the desk and the participant list as tabs, every action with a shortcut."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from registration.config import Settings, save_settings
from registration.devices.wedge_filter import WedgeFilter
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import ParticipantRecord
from registration.services import backups, desk
from registration.services.sync.feed import ChangeKind, CheckInChange
from registration.services.sync.offline_reads import listed_here
from registration.services.sync.results import SyncConflict
from registration.ui.attendance.attendance_view import AttendanceView, export_with_progress
from registration.ui.certificates.certificates_view import CertificatesView
from registration.ui.common.context import WindowContext
from registration.ui.common.link_status import LinkStatusController
from registration.ui.common.live_updates import LiveUpdates
from registration.ui.common.messages import describe_error
from registration.ui.common.window_fit import FittingTabs, fit_to_screen
from registration.ui.common.workers import Worker, start
from registration.ui.desk.camera_toggle import CameraToggle
from registration.ui.desk.desk_controller import DeskController
from registration.ui.desk.sounds import DeskSounds
from registration.ui.desk.walk_in_badges import walk_in_layout
from registration.ui.event_setup.event_changes import area_items, refill, reloaded, session_items
from registration.ui.event_setup.event_setup_view import EventSetupView
from registration.ui.groups.groups_view import GroupsView
from registration.ui.missing.missing_view import MissingView
from registration.ui.participants.participant_model import ParticipantTableModel
from registration.ui.participants.participants_controller import ParticipantsController
from registration.ui.printing.badge_printer import BadgePrinter as PdfBadgePrinter
from registration.ui.printing.printing_view import PrintingView, write_attendance_summary
from registration.ui.settings.backup_controller import BackupController
from registration.ui.settings.damaged_dialog import offer_restore
from registration.ui.settings.purge_dialog import purge_with_confirmation
from registration.ui.settings.settings_dialog import SettingsDialog

Shortcut = QKeySequence.StandardKey | str


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
        self.participants = ParticipantTableModel(self)
        self._loader: Worker | None = None
        self.desk = DeskController(context, self.participants, sounds, self)
        self.organiser = ParticipantsController(context, self.participants, self)
        self.organiser.imported.connect(self.load_participants_in_background)
        self.camera = CameraToggle(self.desk, self)
        self.tabs = FittingTabs(self)
        self.tabs.addTab(self.desk.view, self.tr("Check-in desk"))
        self.tabs.addTab(self.organiser.view, self.tr("Participants"))
        self.attendance = AttendanceView(
            context.db, context.event.id, context.sessions, context.provinces,
            context.issue_areas, partial(write_attendance_summary, context.db, context.event.id))
        self.printing = PrintingView(context)
        self.setup = EventSetupView(context.db, context.event, context.desk)
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.printing, self.tr("Printing"))
        self.tabs.addTab(self.setup, self.tr("Event setup"))
        self.groups = GroupsView(context.db, context.event.id, context.sessions, context.desk)
        self.tabs.addTab(self.groups, self.tr("Groups"))
        self.missing = MissingView(context.db, context.sessions)
        self.tabs.addTab(self.missing, self.tr("Still missing"))
        self.certificates = CertificatesView(context.db, context.event, context.desk)
        self.tabs.addTab(self.certificates, self.tr("Certificates"))
        self.setup.changed.connect(self.apply_event_change)
        self.settings = settings or Settings(desk=context.desk)
        self.backups = BackupController(context.db, self.settings, self)
        self.backups.failed.connect(self._backup_failed)
        self.backups.damaged.connect(self._database_damaged)
        self.link_status: LinkStatusController | None = None
        if context.link is not None:
            self.link_status = LinkStatusController(context.link, self)
            self.statusBar().addPermanentWidget(self.link_status.label)
            self.desk.queued.connect(self.link_status.show_status)
            self.link_status.status_changed.connect(
                lambda st: self.attendance.set_offline(not st.online, st.queued))
            self.link_status.conflicts_found.connect(self._sync_conflicts)
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
        self._change_desk = change_desk
        self._build_menus()
        self.safety_note = QLabel(self)  # lasting: read-only or damaged database
        self.statusBar().addPermanentWidget(self.safety_note)
        if context.db.read_only:
            self.safety_note.setText(self.tr(
                "The database is read-only here: you can look and print, not change anything."))
        fit_to_screen(self)
        self.wedge = WedgeFilter(self)  # a scan is a scan wherever the focus is
        self.wedge.scanned.connect(self._scanned)
        QApplication.instance().installEventFilter(self.wedge)  # type: ignore[union-attr]
        if load_in_background:
            self.load_participants_in_background()
        else:
            self.reload_participants()

    def reload_participants(self) -> None:
        self._show_participants(desk.listed_participants(self.context.db, self.context.event.id))

    def load_participants_in_background(self) -> None:
        """The desk scans at once; the name search and the list fill in when loaded."""
        db, event_id = self.context.db, self.context.event.id
        self.statusBar().showMessage(self.tr("Loading the participant list…"))
        link = self.context.link  # offline: the desk's copy
        self._loader = Worker(lambda _progress, _cancelled: listed_here(db, event_id, link))
        self._loader.signals.finished.connect(self._show_participants)
        self._loader.signals.failed.connect(self._loading_failed)
        start(self._loader)

    def _show_participants(self, rows: list[desk.ListedParticipant]) -> None:
        self.participants.set_participants(rows, [s.id for s in self.context.sessions])
        self.statusBar().showMessage(self.tr("{n} participants").format(n=len(rows)))
        self.participants_loaded.emit()

    def _loading_failed(self, error: object) -> None:
        text = (
            describe_error(error)
            if isinstance(error, UserError | EnvironmentProblem)
            else str(error)
        )
        self.statusBar().showMessage(
            self.tr("The participant list could not be loaded: {why}").format(why=text)
        )

    def _apply_changes(self, changes: list[CheckInChange]) -> None:
        """Check-ins and undos from every desk (this one's too: applying twice is harmless)."""
        for change in changes:
            record = change.check_in
            self.participants.set_checked_in(record.participant_id, record.session_id,
                                             change.kind is ChangeKind.CHECKED_IN)
        self._recount()

    def _apply_people(self, records: list[ParticipantRecord]) -> None:
        """Walk-ins, edits, cancellations from every desk reach the list and name search."""
        for record in records:
            self.participants.upsert(desk.listed_from_record(record))
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
        refill(self.desk.view.session, session_items(context.sessions, "  "))
        self.organiser.context = context
        refill(self.organiser.view.issue_area, area_items(context.issue_areas), keep=1)
        self.printing.use_context(context)
        self.attendance.sessions, self.attendance.issue_areas = (
            context.sessions, context.issue_areas)
        if isinstance(context.print_badges, PdfBadgePrinter):
            context.print_badges.event = context.event
        self.setup.use_event(context.event)
        self.load_participants_in_background()
        self._recount()

    def _connection_changed(self, reachable: bool, problem: str) -> None:
        if reachable:
            self.statusBar().showMessage(self.tr("The database is reachable again."), 10_000)
        else:
            self.statusBar().showMessage(
                self.tr("The database cannot be reached: {why}").format(why=problem))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        def back_up() -> None:
            self.backups.back_up()
            dialog.refresh_backups()

        dialog.backup_requested.connect(back_up)
        dialog.recorded_since = self.backups.recorded_since
        dialog.restore_requested.connect(lambda path: self._restore(path, dialog))
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        changed = dialog.result_settings
        try:
            save_settings(changed)  # a server password goes to the keyring, or is refused
        except UserError as problem:
            QMessageBox.warning(self, self.tr("Settings"), describe_error(problem))
            return
        restart = (changed.database, changed.language) != (
            self.settings.database, self.settings.language)
        self.use_desk(changed.desk)
        if isinstance(self.context.print_walk_in, PdfBadgePrinter):
            self.context.print_walk_in.layout = walk_in_layout(changed)
        self.settings = self.backups.settings = changed
        if restart:
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("Saved. Restart the program to use them."))

    def _restore(self, backup: Path, dialog: QWidget) -> None:
        self.live.stop()
        self.desk.stop()
        try:
            safety = self.backups.restore(backup)
        except (UserError, EnvironmentProblem) as problem:
            QMessageBox.warning(dialog, self.tr("Restore backup"), describe_error(problem))
            return
        QMessageBox.information(
            dialog, self.tr("Restore backup"),
            self.tr("Restored. What was there before is kept in {path}. The program closes now; "
                    "start it again.").format(path=str(safety)))
        self.close()

    def _session_changed(self) -> None:
        self.organiser.set_current_session(self.desk.session_id)

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.desk.view.scan.setFocus()
        elif index == 1:
            self.organiser.view.search.setFocus()
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

    # -- menus and shortcuts --------------------------------------------------------
    def _action(
        self, menu: QMenu, text: str, shortcut: Shortcut, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("Import participants…"), "Ctrl+I", self.organiser.import_file)
        self._action(file, self.tr("Export attendance…"), "Ctrl+Shift+E", self.export_attendance)
        if self._change_desk is not None:
            self._action(file, self.tr("Desk name…"), "Ctrl+Shift+D", self._ask_desk)
        self._action(file, self.tr("Settings…"), "Ctrl+,", self.open_settings)
        self._action(file, self.tr("Back up now"), "Ctrl+Shift+B", self._back_up_now)
        # rare and irreversible: in the menu only, no shortcut to hit by accident
        self.purge_action = file.addAction(self.tr("Erase personal data…"))
        self.purge_action.triggered.connect(lambda _checked=False: self._purge())
        self._action(file, self.tr("Quit"), "Ctrl+Q", self.close)
        check = bar.addMenu(self.tr("&Desk"))
        self._action(check, self.tr("Scan field"), "Esc", self._focus_scan)
        self._action(check, self.tr("Walk-in…"), "Ctrl+N", self.desk.walk_in)
        self.undo_action = self._action(
            check, self.tr("Undo last check-in…"), "Ctrl+Z", self.desk.undo_last
        )
        self._action(check, self.tr("Undo selected check-in…"), "Ctrl+Del", self.desk.undo_selected)
        self._action(check, self.tr("Choose session"), "F4", self._choose_session)
        self._action(check, self.tr("Camera on/off"), "Ctrl+K", self.camera.toggle)
        people = bar.addMenu(self.tr("&Participants"))
        self._action(people, self.tr("Add…"), "Ctrl+Shift+N", self.organiser.add)
        self._action(people, self.tr("Edit…"), "F2", self.organiser.edit)
        self._action(
            people, self.tr("Cancel participant…"), "Ctrl+Shift+Del", self.organiser.cancel
        )
        self._action(
            people, self.tr("Reinstate participant"), "Ctrl+Shift+R", self.organiser.reinstate
        )
        self._action(
            people, self.tr("Print badges of selection"), "Ctrl+P", self.organiser.print_badges
        )
        self._action(
            people, self.tr("Export selection…"), "Ctrl+Shift+S", self.organiser.export_selection
        )
        self._action(people, self.tr("Filter"), "Ctrl+F", self._focus_filter)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Check-in desk"), "F5", self.show_desk)
        self._action(view, self.tr("Participants"), "F6", self.show_participants)
        tabs: list[QWidget] = [self.attendance, self.printing, self.setup, self.groups,
                               self.missing, self.certificates]
        for number, tab in enumerate(tabs, start=7):
            title = self.tabs.tabText(self.tabs.indexOf(tab))
            self._action(view, title, f"F{number}", partial(self.tabs.setCurrentWidget, tab))

    def _focus_scan(self) -> None:
        self.show_desk()
        self.desk.clear_entry()

    def _focus_filter(self) -> None:
        self.show_participants()
        self.organiser.view.search.setFocus()

    def _choose_session(self) -> None:
        self.show_desk()
        self.desk.view.session.setFocus()
        self.desk.view.session.showPopup()

    def _ask_desk(self) -> None:
        if self._change_desk is not None:
            name = self._change_desk(self)
            if name:
                self.use_desk(name)

    def use_desk(self, name: str) -> None:
        """A new desk name from now on: check-ins, undos, walk-ins, prints and changes made
        after this carry it; those made before keep the name they were made under."""
        if name == self.context.desk:
            return
        self.context = dataclasses.replace(self.context, desk=name)
        self.desk.use_context(self.context)
        self.organiser.context = self.printing.context = self.context
        self.setup.desk = self.groups.desk = self.certificates.desk = name
        for printer in (self.context.print_badges, self.context.print_walk_in):
            if isinstance(printer, PdfBadgePrinter):
                printer.desk = name
        if self.context.link is not None:
            self.context.link.desk = name
        self.settings = self.backups.settings = self.settings.with_changes(desk=name)
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

    def _backup_failed(self, why: str) -> None:
        self.statusBar().showMessage(self.tr("Backup failed: {why}").format(why=why))

    def _database_damaged(self, backup: Path | None) -> None:
        """A backup found the database damaged: writes have stopped; offer the way back."""
        self.safety_note.setText(self.tr("The database is damaged: nothing more is saved."))
        taken = [b.taken_at for b in backups.list_backups(self.backups.folder)
                 if b.path == backup]
        since = self.backups.recorded_since(backup) if backup is not None else None
        path = self.context.db.path or Path()
        if offer_restore(self, path, backup, taken[0] if taken else None, since) and backup:
            self._restore(backup, self)

    def _purge(self) -> None:
        if purge_with_confirmation(self, self.context.db, self.context.event.id,
                                   self.context.desk, self.backups.folder):
            self.load_participants_in_background()  # the list shows the erased names

    def _back_up_now(self) -> None:
        path = self.backups.back_up()
        if path is not None:
            self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=str(path)))

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self.wedge)  # type: ignore[union-attr]
        self.camera.stop()
        self.desk.stop()
        self.live.stop()
        self.backups.stop()
        if self.link_status is not None:
            self.link_status.stop()
            self.link_status.link.close()
        super().closeEvent(event)
