"""The window's menu bar: every action of every tab, each with its shortcut, in one place."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from registration.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._file()
        self._desk()
        self._participants()
        self._view()

    def _action(
        self, menu: QMenu, text: str, shortcut: Shortcut, slot: Callable[[], object]
    ) -> QAction:
        """In the menu, and on the window too, so the shortcut works whatever has focus."""
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _file(self) -> None:
        window, safety = self.window, self.window.settings_flow
        file = window.menuBar().addMenu(self.tr("&File"))
        self._action(
            file, self.tr("Import participants…"), "Ctrl+I", window.participants.import_file
        )
        self._action(file, self.tr("Export attendance…"), "Ctrl+Shift+E", window.export_attendance)
        if window.change_desk is not None:
            self._action(file, self.tr("Desk name…"), "Ctrl+Shift+D", window.ask_desk_name)
        self._action(file, self.tr("Settings…"), "Ctrl+,", safety.open_settings)
        self._action(file, self.tr("Back up now"), "Ctrl+Shift+B", safety.back_up_now)
        # rare and irreversible: in the menu only, no shortcut to hit by accident
        purge = file.addAction(self.tr("Erase personal data…"))
        purge.triggered.connect(lambda _checked=False: safety.purge())
        self._action(file, self.tr("Quit"), "Ctrl+Q", window.close)

    def _desk(self) -> None:
        window, desk = self.window, self.window.desk
        check = window.menuBar().addMenu(self.tr("&Desk"))
        self._action(check, self.tr("Scan field"), "Esc", window.focus_scan)
        self._action(check, self.tr("Walk-in…"), "Ctrl+N", desk.walk_in)
        self._action(check, self.tr("Undo last check-in…"), "Ctrl+Z", desk.undo_last)
        self._action(check, self.tr("Undo selected check-in…"), "Ctrl+Del", desk.undo_selected)
        self._action(check, self.tr("Choose session"), "F4", window.choose_session)
        self._action(check, self.tr("Camera on/off"), "Ctrl+K", window.camera.toggle)

    def _participants(self) -> None:
        window, people = self.window, self.window.participants
        menu = window.menuBar().addMenu(self.tr("&Participants"))
        self._action(menu, self.tr("Add…"), "Ctrl+Shift+N", people.add)
        self._action(menu, self.tr("Edit…"), "F2", people.edit)
        self._action(menu, self.tr("Cancel participant…"), "Ctrl+Shift+Del", people.cancel)
        self._action(menu, self.tr("Reinstate participant"), "Ctrl+Shift+R", people.reinstate)
        self._action(menu, self.tr("Print badges of selection"), "Ctrl+P", people.print_badges)
        self._action(menu, self.tr("Export selection…"), "Ctrl+Shift+S", people.export_selection)
        self._action(menu, self.tr("Filter"), "Ctrl+F", window.focus_filter)

    def _view(self) -> None:
        window = self.window
        view = window.menuBar().addMenu(self.tr("&View"))
        self._action(view, self.tr("Check-in desk"), "F5", window.show_desk)
        self._action(view, self.tr("Participants"), "F6", window.show_participants)
        tabs: list[QWidget] = [
            window.attendance,
            window.printing,
            window.setup,
            window.groups,
            window.missing,
            window.certificates,
        ]
        for number, tab in enumerate(tabs, start=7):
            title = window.tabs.tabText(window.tabs.indexOf(tab))
            self._action(view, title, f"F{number}", partial(window.tabs.setCurrentWidget, tab))
