"""Erase the event's personal data after it: a confirmation that names the counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from registration.services import purge
from registration.services.handle import Database
from registration.ui.common.shown import shown_in

CONFIRM_WORD = "purge"


def confirmation_text(counts: purge.PurgeCounts) -> str:
    return QCoreApplication.translate(
        "PurgeDialog",
        "Erase the names of {people} participants, {phones} phone numbers, {emails} e-mail "
        "addresses, {organisations} organisations and {scans} scanned texts? The attendance "
        "counts per session, province and issue area stay. This cannot be undone. "
        "Type {word} to go on.",
    ).format(
        people=counts.participants,
        phones=counts.phones,
        emails=counts.emails,
        organisations=counts.organisations,
        scans=counts.failed_scans,
        word=CONFIRM_WORD,
    )


def ask_for_word(parent: QWidget, text: str) -> str:
    """The word typed under `text` (wrapped: the counts make a long question); "" on Cancel."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("PurgeDialog", "Erase personal data"))
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.setMinimumWidth(520)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return ""
    return dialog.textValue().strip()


def purge_with_confirmation(
    parent: QWidget, db: Database, event_id: int, desk: str, backups: Path
) -> purge.PurgeReport | None:
    title = QCoreApplication.translate("PurgeDialog", "Erase personal data")
    with shown_in(parent, title) as attempt:
        counts = purge.purge_counts(db, event_id)
    if attempt.failed:
        return None
    if ask_for_word(parent, confirmation_text(counts)) != CONFIRM_WORD:
        return None
    with shown_in(parent, title) as attempt:
        report = purge.purge_event(db, event_id, desk, backups)
    if attempt.failed:
        return None
    text = QCoreApplication.translate("PurgeDialog", "The personal data is erased.")
    if report.older_copies:
        text += (
            " "
            + QCoreApplication.translate(
                "PurgeDialog", "These older copies still hold it; delete them:"
            )
            + "\n"
            + "\n".join(str(path) for path in report.older_copies)
        )
    QMessageBox.information(
        parent, QCoreApplication.translate("PurgeDialog", "Erase personal data"), text
    )
    return report
