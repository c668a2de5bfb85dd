"""The main window: the desk and the participant list as tabs, every action with a shortcut."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services import desk, export
from registration.ui.camera_toggle import CameraToggle
from registration.ui.context import WindowContext
from registration.ui.desk_controller import DeskController
from registration.ui.messages import describe_error
from registration.ui.participant_model import ParticipantTableModel
from registration.ui.participants_controller import ParticipantsController
from registration.ui.sounds import DeskSounds
from registration.ui.workers import Worker, start

Shortcut = QKeySequence.StandardKey | str


class MainWindow(QMainWindow):
    participants_loaded = Signal()

    def __init__(
        self,
        context: WindowContext,
        sounds: DeskSounds | None = None,
        change_desk: Callable[[QWidget], None] | None = None,
        load_in_background: bool = False,
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
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.desk.view, self.tr("Check-in desk"))
        self.tabs.addTab(self.organiser.view, self.tr("Participants"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.desk.view.session.currentIndexChanged.connect(self._session_changed)
        self._session_changed()
        self._change_desk = change_desk
        self._build_menus()
        self.resize(1200, 800)
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
        self._loader = Worker(lambda _progress, _cancelled: desk.listed_participants(db, event_id))
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

    def _session_changed(self) -> None:
        self.organiser.set_current_session(self.desk.session_id)

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.desk.view.scan.setFocus()
        else:
            self.organiser.view.search.setFocus()

    def show_desk(self) -> None:
        self.tabs.setCurrentIndex(0)

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
            people, self.tr("Print badges of selection"), "Ctrl+P", self.organiser.print_badges
        )
        self._action(
            people, self.tr("Export selection…"), "Ctrl+Shift+S", self.organiser.export_selection
        )
        self._action(people, self.tr("Filter"), "Ctrl+F", self._focus_filter)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Check-in desk"), "F5", self.show_desk)
        self._action(view, self.tr("Participants"), "F6", self.show_participants)

    def _focus_scan(self) -> None:
        self.show_desk()
        self.desk.view.scan.setFocus()

    def _focus_filter(self) -> None:
        self.show_participants()
        self.organiser.view.search.setFocus()

    def _choose_session(self) -> None:
        self.show_desk()
        self.desk.view.session.setFocus()
        self.desk.view.session.showPopup()

    def _ask_desk(self) -> None:
        if self._change_desk is not None:
            self._change_desk(self)

    def export_attendance(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance"), "attendance.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
        )
        if not name:
            return
        try:
            export.export_attendance(self.context.db, self.context.event.id, Path(name))
        except (UserError, EnvironmentProblem) as problem:
            QMessageBox.warning(self, self.tr("Export"), describe_error(problem))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.camera.stop()
        self.desk.stop()
        super().closeEvent(event)
