"""The database failed its integrity check: say so in words and offer the newest good backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from registration.services.backups import RecordedSince


def offer_restore(
    parent: QWidget | None,
    path: Path,
    backup: Path | None,
    taken_at: datetime | None,
    since: RecordedSince | None = None,
) -> bool:
    """True when the user chose to restore `backup` (the only way out offered)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DamagedDialog", "The database is damaged"))
    text = QCoreApplication.translate(
        "DamagedDialog",
        "The database {path} fails its integrity check. Nothing more is written to it.",
    ).format(path=str(path))
    if backup is None or taken_at is None:
        box.setText(
            text
            + " "
            + QCoreApplication.translate(
                "DamagedDialog",
                "No good backup was found: keep the file and ask for "
                "help before doing anything else with it.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    when = f"{taken_at:%d/%m %H:%M}"
    text += " " + QCoreApplication.translate(
        "DamagedDialog", "The newest good backup is from {when}."
    ).format(when=when)
    if since is not None:
        text += " " + set_aside_text(since)
    text += " " + QCoreApplication.translate("DamagedDialog", "The damaged file is kept aside.")
    box.setText(text)
    restore = box.addButton(
        QCoreApplication.translate("DamagedDialog", "&Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def set_aside_text(since: RecordedSince) -> str:
    """What restoring loses from the working database (it stays in a kept copy)."""
    if since.nothing:
        return QCoreApplication.translate("DamagedDialog", "Nothing was recorded after it.")
    return QCoreApplication.translate(
        "DamagedDialog",
        "Restoring it sets aside what was recorded after it: {check_ins} check-ins and "
        "{people} new participants (kept in a copy, not in the restored database).",
    ).format(check_ins=since.check_ins, people=since.participants)
