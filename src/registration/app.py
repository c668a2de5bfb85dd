"""Composition root of the window: settings -> database -> services -> main window.

The only module of the window that touches storage: it opens the database and hands
the handle to the window, which passes it back to the services.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from registration.config import Settings, data_dir, load_settings, save_settings, settings_file
from registration.domain.errors import EnvironmentProblem, UserError
from registration.i18n import choose_language, install_translator
from registration.logging_setup import LOG_NAME
from registration.services import backups
from registration.services.sync.desk_link import DeskLink
from registration.storage.database import Database
from registration.storage.migrate import open_database
from registration.ui.badge_printer import BadgePrinter as PdfBadgePrinter
from registration.ui.context import load_context
from registration.ui.crash_dialog import install_excepthook
from registration.ui.fonts import install_thai_font
from registration.ui.hooks import BadgePrinter, printing_not_available
from registration.ui.main_window import MainWindow
from registration.ui.messages import describe_error
from registration.ui.settings_dialog import backups_folder
from registration.ui.start_dialog import offer_first_event
from registration.ui.workers import Worker, start

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running QApplication, created with the bundled Thai font if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("registration")
    install_thai_font(app)
    return app


def ask_desk_name(settings: Settings, parent: QWidget | None = None) -> Settings:
    """Set once per machine: every check-in records which desk made it."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("app", "Desk name"),
        QCoreApplication.translate("app", "Name of this desk (shown on every check-in it makes):"),
        text=settings.desk,
    )
    if ok and name.strip():
        settings = settings.with_changes(desk=name.strip())
        save_settings(settings)
    return settings


def build_main_window(
    db: Database,
    settings: Settings,
    print_badges: BadgePrinter | None = None,
    load_in_background: bool = False,
) -> MainWindow:
    """The window over an open database that has an event."""

    def change_desk(parent: QWidget) -> str:
        return ask_desk_name(load_settings(), parent).desk

    context = load_context(db, settings.desk, print_badges or printing_not_available)
    if not db.is_sqlite:  # a shared server: check-ins survive the network dropping
        server_url = db.engine.url.render_as_string(hide_password=False)
        link = DeskLink(server_url, data_dir() / "desk-queue.sqlite", settings.desk,
                        context.event.id)
        context = dataclasses.replace(context, link=link)
    if print_badges is None:  # the real printer needs the event the context found
        printer = PdfBadgePrinter(db, context.event, settings.desk)
        context = dataclasses.replace(context, print_badges=printer)
    return MainWindow(context, change_desk=change_desk, load_in_background=load_in_background,
                      settings=settings)


def run_window(args: argparse.Namespace) -> int:
    app = application()
    install_excepthook(data_dir() / LOG_NAME)
    first_start = not settings_file().exists()
    settings = load_settings()
    install_translator(app, choose_language(settings.language))
    try:
        db = open_database(settings.database_url(args.database))
    except (UserError, EnvironmentProblem) as problem:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Registration"), describe_error(problem)
        )
        return 1
    try:
        if first_start:
            settings = ask_desk_name(settings)
        if not offer_first_event(db, settings.desk):
            return 0
        window = build_main_window(db, settings, load_in_background=True)
        window.show()
        # the copy of a large database takes a while: not before the desk can scan
        backup = start(Worker(lambda _progress, _cancelled: back_up_on_open(db, settings)))
        code = int(app.exec())
        QThreadPool.globalInstance().waitForDone()
        del backup  # kept until here: its result arrives through its signals
        return code
    finally:
        db.dispose()


def back_up_on_open(db: Database, settings: Settings) -> None:
    """A copy of the embedded database each time the program opens it (the newest 20 kept)."""
    if db.path is None:
        return
    try:
        backups.backup_now(db, backups_folder(settings))
    except (UserError, EnvironmentProblem) as problem:
        log.warning("no backup on opening: %s", problem.code)
