"""Composition root of the window: settings -> database -> services -> main window.

The only module of the window that touches storage: it opens the database and hands
the handle to the window, which passes it back to the services.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sqlite3
import sys

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from sqlalchemy.engine import make_url

from registration.config import Settings, data_dir, load_settings, save_settings, settings_file
from registration.domain.errors import EnvironmentProblem, UserError
from registration.i18n import choose_language, install_translator
from registration.logging_setup import LOG_NAME
from registration.services import backups
from registration.services.sync.deadline import open_within
from registration.services.sync.desk_link import FIRST_WAIT_S, DeskLink
from registration.services.sync.desk_origin import (
    CopyOrigin,
    claim_desk_file,
    foreign_origin,
    origin_of,
)
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.server_guard import GuardedServer
from registration.services.sync.window_start import WindowStart, saved_window_start
from registration.storage.backups import restore_backup
from registration.storage.database import Database, create_database_engine, sqlite_path
from registration.storage.files import private_file
from registration.storage.integrity import DamagedDatabase
from registration.storage.migrate import open_database
from registration.ui.common.collector import collect_on_gui_thread
from registration.ui.common.context import WindowContext, load_context
from registration.ui.common.crash_dialog import install_excepthook
from registration.ui.common.file_types import translate_file_types
from registration.ui.common.fonts import install_thai_font
from registration.ui.common.freed_memory import keep_big_blocks_apart
from registration.ui.common.hooks import BadgePrinter, printing_not_available
from registration.ui.common.messages import describe_error
from registration.ui.common.workers import Worker, start
from registration.ui.desk.walk_in_badges import walk_in_layout
from registration.ui.event_setup.start_dialog import offer_first_event
from registration.ui.main_window import MainWindow
from registration.ui.printing.badge_printer import BadgePrinter as PdfBadgePrinter
from registration.ui.printing.scratch import remove_leftovers
from registration.ui.settings.damaged_dialog import offer_restore
from registration.ui.settings.settings_dialog import backups_folder

log = logging.getLogger(__name__)
DESK_FILE = "desk-queue.sqlite"  # a desk's copy of the list and its queue of scans
OFFLINE_FIRST_WAIT_S = 0.1  # starting on the desk's copy: the link tries again each second
START_WAIT_S = 1.2  # a desk with a copy opens on it when the server takes longer
SERVER_AWAY_CODES = ("database_unreachable", "server_not_answering")
EXIT_WAIT_MS = 2000  # background work still waiting on a hung server when the window closes


def application() -> QApplication:
    """The running QApplication, created with the bundled Thai font if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    keep_big_blocks_apart()  # a long day's jobs and scans do not grow the window for good
    app = QApplication(sys.argv[:1])
    app.setApplicationName("registration")
    install_thai_font(app)
    translate_file_types(app)  # Qt's file dialog names types in the window's language
    collect_on_gui_thread(app)  # Qt objects freed by the cycle collector die on this thread
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
    offline_start: WindowStart | None = None,
) -> MainWindow:
    """The window over an open database that has an event (or, on a server that does not
    answer, over what this desk kept of it: `offline_start`)."""

    def change_desk(parent: QWidget) -> str:
        return ask_desk_name(load_settings(), parent).desk

    if offline_start is None:
        context = load_context(db, settings.desk, print_badges or printing_not_available)
    else:  # the server is away: the window opens on what the desk kept of it
        context = WindowContext(
            db,
            offline_start.event,
            settings.desk,
            offline_start.sessions,
            offline_start.provinces,
            offline_start.issue_areas,
            print_badges or printing_not_available,
        )
    set_aside = None
    if not db.is_sqlite:  # a shared server: check-ins survive the network dropping
        server_url = db.engine.url.render_as_string(hide_password=False)
        queue = private_file(data_dir() / DESK_FILE, own_folder=True)  # names: owner-only
        set_aside = claim_desk_file(queue, server_url, context.event)  # another server's
        link = DeskLink(
            server_url,
            queue,
            settings.desk,
            context.event.id,
            first_wait=FIRST_WAIT_S if offline_start is None else OFFLINE_FIRST_WAIT_S,
        )
        # the tabs' reads and writes are refused at once while the link finds it away
        guarded = GuardedServer(db.engine, lambda: link.answering, lambda: link.offline_since)
        context = dataclasses.replace(context, db=guarded, link=link)
        db = guarded
    if print_badges is None:  # the real printer needs the event the context found
        printer = PdfBadgePrinter(db, context.event, settings.desk)
        walk_in = PdfBadgePrinter(db, context.event, settings.desk, walk_in_layout(settings))
        context = dataclasses.replace(context, print_badges=printer, print_walk_in=walk_in)
    window = MainWindow(
        context, change_desk=change_desk, load_in_background=load_in_background, settings=settings
    )
    if set_aside is not None:  # its waiting check-ins were not sent to this server
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "app",
                "This desk's copy of another server was kept as {file}; nothing in it was "
                "sent to this server.",
            ).format(file=set_aside.name)
        )
    return window


def run_window(args: argparse.Namespace) -> int:
    app = application()
    install_excepthook(data_dir() / LOG_NAME)
    remove_leftovers()  # previews a killed program left in the data folder
    first_start = not settings_file().exists()
    settings = load_settings()
    install_translator(app, choose_language(settings.language))
    url = settings.database_url(args.database)
    offline_start = kept_window_start() if sqlite_path(url) is None else None
    foreign = foreign_origin(data_dir() / DESK_FILE, url) if offline_start else None
    if foreign is not None:  # another server's copy is not opened as this one's
        offline_start = None
    try:
        db = open_server_or_file(url, settings, offline_start is not None)
    except DamagedDatabase:
        return 1  # the damaged-database dialog has said so
    except (UserError, EnvironmentProblem) as problem:
        text = describe_error(problem)
        if isinstance(problem, EnvironmentProblem) and problem.code in SERVER_AWAY_CODES:
            text = server_down_text(url, problem)
            if foreign is not None:
                text += "\n\n" + foreign_copy_text(foreign, url)
        else:
            offline_start = None
        if offline_start is None:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Registration"), text)
            return 1
        log.warning("server unreachable at start: opening on the desk's copy")
        db = Database(create_database_engine(url))  # connects only when the server answers
    else:
        offline_start = None  # the server answered: the window opens on it
    try:
        if first_start:
            settings = ask_desk_name(settings)
        if offline_start is None and not offer_first_event(db, settings.desk):
            return 0
        window = build_main_window(
            db, settings, load_in_background=True, offline_start=offline_start
        )
        window.show()
        # the copy of a large database takes a while: not before the desk can scan
        backup = start(Worker(lambda _progress, _cancelled: back_up_on_open(db, settings)))
        code = int(app.exec())
        if not QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS):
            # a read stuck on a hung server: what the desk saved is committed already
            log.warning("closing with work still waiting on the server")
            leave_now(code)
        del backup  # kept until here: its result arrives through its signals
        return code
    finally:
        db.dispose()


def leave_now(code: int) -> None:
    """Exit without waiting for threads stuck on the server (they hold nothing to save)."""
    logging.shutdown()
    os._exit(code)


def kept_window_start() -> WindowStart | None:
    """What this desk kept of the server when it was last online (None: never online)."""
    path = data_dir() / DESK_FILE
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        store = DeskStore(path)
    except sqlite3.DatabaseError:
        return None  # not a desk's file: as on a first start
    try:
        return saved_window_start(store)
    finally:
        store.close()


def open_server_or_file(url: str, settings: Settings, has_copy: bool) -> Database:
    """The database; a desk with a copy of its server waits for it at most START_WAIT_S
    (a hung server would hold the connection for its whole connect timeout)."""
    if not has_copy:
        return open_checked_database(url, settings)
    return open_within(lambda: open_checked_database(url, settings), START_WAIT_S, Database.dispose)


def open_checked_database(url: str, settings: Settings) -> Database:
    """Open the database; a damaged one is refused, with the newest good backup offered
    (restored if the user agrees, and then opened)."""
    folder = backups_folder(settings)
    try:
        return open_database(url, backups=folder)
    except DamagedDatabase as damaged:
        taken = [b.taken_at for b in backups.list_backups(folder) if b.path == damaged.backup]
        since = (
            backups.recorded_since_in_file(damaged.path, damaged.backup)
            if damaged.backup is not None
            else None
        )
        if not offer_restore(
            None, damaged.path, damaged.backup, taken[0] if taken else None, since
        ):
            raise
        assert damaged.backup is not None  # offered only when there is one
        kept = restore_backup(damaged.backup, damaged.path, folder)
        QMessageBox.information(  # where what was recorded after the backup is now
            None,
            QCoreApplication.translate("app", "Registration"),
            QCoreApplication.translate(
                "app",
                "The backup is restored. The damaged database, with what was recorded "
                "after the backup, is kept as {path}.",
            ).format(path=str(kept)),
        )
        return open_database(url, backups=folder)


def server_down_text(url: str, problem: EnvironmentProblem) -> str:
    """What is wrong and what to do, when the shared server does not answer at start."""
    server = make_url(url)
    where = f"{server.host or 'localhost'}:{server.port or 5432}" if server.host else url
    text = QCoreApplication.translate(
        "app",
        "The database server {server} does not answer, so the program cannot start.\n\n"
        "What to do: check that the server computer is switched on and that this desk is "
        "on the same network (cable or Wi-Fi), then start the program again. If the "
        "server stays away, ask the person in charge of it; to check people in on this "
        "computer alone meanwhile, start it with a local database file "
        "(registration --database registration.sqlite).\n\nDetail: {detail}",
    ).format(server=where, detail=problem.message)
    queue = data_dir() / DESK_FILE
    if queue.exists() and foreign_origin(queue, url) is None:  # they wait for this server
        text += "\n\n" + QCoreApplication.translate(
            "app",
            "The check-ins this desk saved while the server was away are kept on this "
            "computer and are sent when the server answers again.",
        )
    return text


def foreign_copy_text(copy: CopyOrigin, url: str) -> str:
    """Why the desk does not start on its copy: it belongs to another server."""
    return QCoreApplication.translate(
        "app",
        "This desk's own copy was made from another server, {copy} (event “{event}”), "
        "so it is not opened as a copy of {server}. What to do: if this desk belongs to "
        "{copy}, start the program with that server's address (Settings, or registration "
        "--database); otherwise start it again when {server} answers. Nothing was lost: "
        "the copy and any check-ins waiting in it stay on this computer.",
    ).format(copy=copy.server, event=copy.event_name, server=origin_of(url).server)


def back_up_on_open(db: Database, settings: Settings) -> None:
    """A copy of the embedded database each time the program opens it (the newest 20 kept)."""
    if db.path is None:
        return
    try:
        backups.backup_now(db, backups_folder(settings))
    except (UserError, EnvironmentProblem) as problem:
        log.warning("no backup on opening: %s", problem.code)
