"""Automatic copies of the embedded database while the window is open, and restoring one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from registration.config import Settings
from registration.domain.errors import DeskOffline, EnvironmentProblem, UserError
from registration.services import backups
from registration.services.sync.server_guard import GuardedServer
from registration.ui.common.freed_memory import give_back_freed_memory
from registration.ui.common.messages import describe_error
from registration.ui.settings.settings_dialog import backups_folder

if TYPE_CHECKING:
    from registration.services.handle import Database

log = logging.getLogger(__name__)
EVERY_MS = 30 * 60 * 1000


class BackupController(QObject):
    backed_up = Signal(object)  # the new backup's Path
    failed = Signal(str)
    damaged = Signal(object)  # the newest good backup's Path, or None: writes have stopped

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.back_up)
        if db.path is not None:  # a server database is backed up on the server
            self.timer.start()

    @property
    def folder(self) -> Path:
        return backups_folder(self.settings)

    def recorded_since(self, backup: Path) -> backups.RecordedSince | None:
        """What restoring `backup` would set aside (None when the database cannot tell)."""
        try:
            return backups.recorded_since(self.db, backup)
        except (UserError, EnvironmentProblem):
            return None

    def back_up(self) -> Path | None:
        try:
            if isinstance(self.db, GuardedServer) and not self.db.reachable():
                raise DeskOffline(self.db.offline_since())  # said as such, since when
            path = backups.backup_now(self.db, self.folder)
        except (UserError, EnvironmentProblem) as problem:
            log.warning("backup failed: %s", problem.code)
            if problem.code == "database_damaged":
                self.timer.stop()
                self.damaged.emit(getattr(problem, "backup", None))
            else:
                self.failed.emit(describe_error(problem))  # in the window's language
            return None
        finally:  # the copy's and its check's page caches, freed on this thread
            give_back_freed_memory()
        self.backed_up.emit(path)
        return path

    def restore(self, backup: Path) -> Path:
        """Replace the database with `backup`; the window must close afterwards. Refused,
        the database is as it was and the copies every half hour go on."""
        self.timer.stop()
        try:
            return backups.restore(self.db, backup, self.folder)
        except BaseException:
            self.timer.start()
            raise

    def stop(self) -> None:
        self.timer.stop()
