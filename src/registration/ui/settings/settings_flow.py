"""What the window does for settings and safety: the settings dialog, backups (every half
hour and on demand), restoring one, a damaged database, erasing personal data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from registration.config import Settings, save_settings
from registration.services import backups
from registration.ui.common.context import WindowContext
from registration.ui.common.desk_name import DeskName
from registration.ui.common.shown import shown_in
from registration.ui.desk.walk_in_badges import walk_in_layout
from registration.ui.printing.badge_printer import BadgePrinter as PdfBadgePrinter
from registration.ui.settings.backup_checks import CheckedBackups
from registration.ui.settings.backup_controller import BackupController
from registration.ui.settings.damaged_dialog import offer_restore
from registration.ui.settings.purge_dialog import purge_with_confirmation
from registration.ui.settings.settings_dialog import SettingsDialog


class SettingsFlow(QObject):
    status = Signal(str)  # a line for the window's status bar
    restoring = Signal()  # stop everything that reads or writes the database, now
    restored = Signal()  # the database was replaced: the window closes
    resumed = Signal()  # the restore was refused: what `restoring` stopped starts again
    damaged = Signal()  # writes have stopped: the window says so lastingly
    purged = Signal()  # personal data erased: the list shows the erased names

    def __init__(
        self, window: QWidget, context: WindowContext, settings: Settings, desk_name: DeskName
    ) -> None:
        super().__init__(window)
        self.window, self.context, self.settings = window, context, settings
        self.desk_name = desk_name
        self.backups = BackupController(context.db, settings, self)
        self.backups.failed.connect(
            lambda why: self.status.emit(self.tr("Backup failed: {why}").format(why=why))
        )
        self.backups.damaged.connect(self.database_damaged)
        self.checked_backups = CheckedBackups()  # the list's checks, once a session a copy
        desk_name.changed.connect(self._desk_renamed)

    def _desk_renamed(self, name: str) -> None:
        self.settings = self.backups.settings = self.settings.with_changes(desk=name)

    def open_settings(self) -> None:
        running = self.settings.started_with(self.context.db.url)
        dialog = SettingsDialog(self.settings, self.window, self.checked_backups, running)

        def back_up() -> None:
            self.backups.back_up()
            dialog.refresh_backups()

        dialog.backup_requested.connect(back_up)
        dialog.recorded_since = self.backups.recorded_since
        dialog.restore_requested.connect(lambda path: self.restore(path, dialog))
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        changed = dialog.result_settings
        with shown_in(self.window, self.tr("Settings")) as attempt:
            save_settings(changed)  # a server password goes to the keyring, or is refused
        if attempt.failed:
            return
        restart = (changed.database, changed.language) != (
            self.settings.database,
            self.settings.language,
        )
        self.desk_name.rename(changed.desk)
        if isinstance(self.context.print_walk_in, PdfBadgePrinter):
            self.context.print_walk_in.layout = walk_in_layout(changed)
        self.settings = self.backups.settings = changed
        if restart:
            QMessageBox.information(
                self.window, self.tr("Settings"), self.tr("Saved. Restart the program to use them.")
            )

    def restore(self, backup: Path, dialog: QWidget) -> None:
        self.restoring.emit()
        safety: Path | None = None
        try:
            with shown_in(dialog, self.tr("Restore backup")):
                safety = self.backups.restore(backup)
        finally:
            if safety is None:  # refused: the database is as it was, the window follows it
                self.resumed.emit()
        if safety is None:
            return
        QMessageBox.information(
            dialog,
            self.tr("Restore backup"),
            self.tr(
                "Restored. What was there before is kept in {path}. The program closes now; "
                "start it again."
            ).format(path=str(safety)),
        )
        self.restored.emit()

    def database_damaged(self, backup: Path | None) -> None:
        """A backup found the database damaged: writes have stopped; offer the way back."""
        self.damaged.emit()
        taken = [b.taken_at for b in backups.list_backups(self.backups.folder) if b.path == backup]
        since = self.backups.recorded_since(backup) if backup is not None else None
        path = self.context.db.path or Path()
        if offer_restore(self.window, path, backup, taken[0] if taken else None, since) and backup:
            self.restore(backup, self.window)

    def back_up_now(self) -> None:
        path = self.backups.back_up()
        if path is not None:
            self.status.emit(self.tr("Backed up to {path}").format(path=str(path)))

    def purge(self) -> None:
        if purge_with_confirmation(
            self.window,
            self.context.db,
            self.context.event.id,
            self.desk_name.value,
            self.backups.folder,
        ):
            self.purged.emit()

    def stop(self) -> None:
        self.backups.stop()
