"""Settings of this desk: its name, the language, the database and the backups folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from registration.config import Settings, data_dir
from registration.domain.errors import UserError
from registration.domain.thai_dates import format_moment
from registration.i18n import current_language
from registration.services import backups
from registration.services.backups import RecordedSince
from registration.services.connection import ConnectionReport, check_connection
from registration.ui.common.messages import TONE_COLOURS, Tone, describe_error
from registration.ui.common.problem_label import problem_label
from registration.ui.desk.walk_in_badges import layout_names, walk_in_layout, with_walk_in_layout
from registration.ui.settings.backup_checks import SOUND, BackupChecks, CheckedBackups
from registration.ui.settings.damaged_dialog import set_aside_text

COPY_ROLE = Qt.ItemDataRole.UserRole + 1  # the copy's time and size, without its verdict
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "System language")),
    ("th", "ไทย"),
    ("en", "English"),
)


def backups_folder(settings: Settings) -> Path:
    return settings.backups_folder()


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings` holds them after Save."""

    restore_requested = Signal(object)  # the backup's Path; the window closes the database
    backup_requested = Signal()  # the window holds the database and takes the backup

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        checked: CheckedBackups | None = None,
        started_with: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.result_settings = settings
        # what the copies' checks found this session (the window keeps it between dialogs)
        self.checks = BackupChecks(checked or CheckedBackups(), self)
        self.checks.checked.connect(self._mark)
        # What restoring a backup would set aside; the window, which holds the database,
        # sets it.
        self.recorded_since: Callable[[Path], RecordedSince | None] = lambda _path: None
        self._showing_url_hint = False
        self._started_with = started_with  # the database `--database` chose for this start
        self._build()
        self._load()

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.desk = QLineEdit()
        self.desk_problem = problem_label()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(str(name)) if not code else str(name), code)
        self.embedded = QRadioButton(self.tr("&Embedded database on this computer"))
        self.server = QRadioButton(self.tr("&Shared server (several desks)"))
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://desk@192.168.1.10/registration")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.connection_result = problem_label()
        self.walk_in_layout = QComboBox()
        for key, name in layout_names().items():
            self.walk_in_layout.addItem(name, key)
        self.backups_dir = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.backup_list = QListWidget()
        self.backup_now = QPushButton(self.tr("Back &up now"))
        self.restore = QPushButton(self.tr("&Restore selected…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Desk name:"), self.desk)
        form.addRow("", self.desk_problem)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Database:"), self.embedded)
        form.addRow("", self.server)
        self.started_note = QLabel(
            self.tr(
                "This window uses {database}, chosen when it was started (--database or "
                "REGISTRATION_DATABASE). The choice here is used when the program starts "
                "without them."
            ).format(database=self._started_with)
        )
        self.started_note.setWordWrap(True)
        if self._started_with is not None:
            form.addRow("", self.started_note)
        form.addRow(self.tr("Ser&ver URL:"), self._row(self.url, self.test_button))
        form.addRow("", self.connection_result)
        form.addRow(self.tr("&Walk-in badges:"), self.walk_in_layout)
        form.addRow(self.tr("Backups &folder:"), self._row(self.backups_dir, browse))
        form.addRow(self.tr("Backups:"), self.backup_list)
        form.addRow("", self._row(self.backup_now, self.restore))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)  # a copy, its size and its verdict on one line
        self.desk.textChanged.connect(self._validate)
        self.server.toggled.connect(self._validate)
        self.url.textChanged.connect(self._validate)
        self.test_button.clicked.connect(self.test_connection)
        self.backup_now.clicked.connect(self.backup_requested.emit)
        self.restore.clicked.connect(self._restore)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    def _load(self) -> None:
        s = self.settings
        self.desk.setText(s.desk)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        is_server = "://" in s.database and not s.database.startswith("sqlite")
        (self.server if is_server else self.embedded).setChecked(True)
        self.url.setText(s.database if is_server else "")
        self.backups_dir.setText(str(backups_folder(s)))
        self.walk_in_layout.setCurrentIndex(self.walk_in_layout.findData(walk_in_layout(s)))
        self._list_backups()
        self._validate()

    # -- behaviour ----------------------------------------------------------------
    def _validate(self) -> bool:
        desk_ok = bool(self.desk.text().strip())
        self.desk_problem.setText("" if desk_ok else self.tr("Give this desk a name."))
        self.url.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())
        url_ok = not self.server.isChecked() or "://" in self.url.text()
        if not url_ok:
            self.connection_result.setText(
                self.tr("A server URL looks like {example}.").format(
                    example="postgresql+psycopg://desk@192.168.1.10/registration"
                )
            )
            self._showing_url_hint = True
        elif self._showing_url_hint:  # a connection test's answer stays
            self.connection_result.clear()
            self._showing_url_hint = False
        ok = desk_ok and url_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def test_connection(self) -> ConnectionReport | None:
        try:
            report = check_connection(self.url.text().strip())
        except UserError as error:
            self.connection_result.setText(error.message)
            return None
        texts = {
            "ready": self.tr("Connected: the database is ready."),
            "empty": self.tr("Connected: the program will set up the empty database."),
            "needs_upgrade": self.tr("Connected: the database will be upgraded (a backup first)."),
            "unreachable": self.tr("Cannot reach the server: {detail}"),
            "no_driver": self.tr("This kind of database needs a driver: {detail}"),
        }
        text = texts.get(report.code, report.code).format(detail=report.detail)
        colour = TONE_COLOURS[Tone.OK if report.ok else Tone.ERROR]
        self.connection_result.setStyleSheet(f"color: {colour}")
        self.connection_result.setText(text)
        return report

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backups folder"), self.backups_dir.text()
        )
        if folder:
            self.backups_dir.setText(folder)
            self._list_backups()

    def _list_backups(self) -> None:
        self.backup_list.clear()
        for backup in backups.list_backups(Path(self.backups_dir.text())):
            when = format_moment(backup.taken_at, current_language(), seconds=True)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, backup.path)
            item.setData(COPY_ROLE, f"{when}  ({backup.size / 1_000_000:.1f} MB)")
            self.backup_list.addItem(item)
            self._say(item, self.checks.found.verdict(backup.path))
        self.restore.setEnabled(self.backup_list.count() > 0)
        if self.isVisible():
            self._check_backups()

    def refresh_backups(self) -> None:
        self._list_backups()

    def _check_backups(self) -> None:
        """The listed copies, newest first (as listed), in the background."""
        items = [self.backup_list.item(row) for row in range(self.backup_list.count())]
        self.checks.check([item.data(Qt.ItemDataRole.UserRole) for item in items])

    def _mark(self, path: Path, verdict: str) -> None:
        for row in range(self.backup_list.count()):
            item = self.backup_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                self._say(item, verdict)

    def _say(self, item: QListWidgetItem, verdict: str | None) -> None:
        """The copy's time and size, and what its check found, in words."""
        copy = item.data(COPY_ROLE)
        if verdict is None:
            text = self.tr("{backup} — checking…").format(backup=copy)
        elif verdict == SOUND:
            text = self.tr("{backup} — checked, sound").format(backup=copy)
        elif verdict == "damaged_backup":
            text = self.tr("{backup} — damaged").format(backup=copy)
        else:
            text = self.tr("{backup} — not a backup of this program").format(backup=copy)
        item.setText(text)
        item.setToolTip(text)
        refused = verdict is not None and verdict != SOUND
        item.setForeground(QBrush(QColor(TONE_COLOURS[Tone.ERROR])) if refused else QBrush())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_backups()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed (or going away): no check goes on for a list nobody sees."""
        self.checks.stop()
        super().hideEvent(event)

    def _restore(self) -> None:
        item = self.backup_list.currentItem() or self.backup_list.item(0)
        if item is None:
            return
        path = item.data(Qt.ItemDataRole.UserRole)
        try:  # a copy damaged since it was taken is said as such, before any question
            if self.checks.found.verdict(path) != SOUND:  # else found sound, unchanged since
                backups.check_restorable(path)  # (the restore itself checks it once more)
        except UserError as refused:
            self._say(item, refused.code)
            QMessageBox.warning(self, self.tr("Restore backup"), describe_error(refused))
            return
        since = self.recorded_since(path)
        text = self.tr(
            "Replace the database with the backup of {when}? What is in the database "
            "now is backed up first."
        ).format(when=item.data(COPY_ROLE))
        if since is not None:
            text += " " + set_aside_text(since)
        answer = QMessageBox.question(self, self.tr("Restore backup"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)

    def _save(self) -> None:
        if not self._validate():
            return
        database = (
            self.url.text().strip()
            if self.server.isChecked()
            else ("" if "://" in self.settings.database else self.settings.database)
        )
        folder = self.backups_dir.text().strip()
        default = str(data_dir() / "backups")
        self.result_settings = self.settings.with_changes(
            desk=self.desk.text().strip(),
            language=str(self.language.currentData()),
            database=database,
            backups_dir="" if folder == default else folder,
        )
        layout = str(self.walk_in_layout.currentData())
        self.result_settings = with_walk_in_layout(self.result_settings, layout)
        self.accept()
