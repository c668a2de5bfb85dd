"""Stable codes (check-in outcomes, user errors) to the text and colour the window shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from registration.domain.enums import CheckInOutcome, ParticipantStatus, Role
from registration.domain.errors import DeskOffline, EnvironmentProblem, UserError


class Tone(StrEnum):
    """The colour of the result panel and the sound that goes with it."""

    OK = "ok"
    REPEAT = "repeat"
    ERROR = "error"


TONE_COLOURS = {Tone.OK: "#1b7f3b", Tone.REPEAT: "#c77c00", Tone.ERROR: "#b3261e"}


@dataclass(frozen=True)
class OutcomeText:
    tone: Tone
    title: str


def outcome_text(outcome: CheckInOutcome, time: str = "", desk: str = "") -> OutcomeText:
    """Headline of the result panel, e.g. "Already checked in at 08:42 by Desk 2"."""
    if outcome is CheckInOutcome.CHECKED_IN:
        return OutcomeText(Tone.OK, QCoreApplication.translate("messages", "Checked in"))
    if outcome is CheckInOutcome.ALREADY_CHECKED_IN:
        title = QCoreApplication.translate(
            "messages", "Already checked in at {time} by {desk}"
        ).format(time=time, desk=desk)
        return OutcomeText(Tone.REPEAT, title)
    titles = {
        CheckInOutcome.UNKNOWN_CODE: QCoreApplication.translate("messages", "Unknown code"),
        CheckInOutcome.BAD_CHECK_CHARACTER: QCoreApplication.translate(
            "messages", "Mistyped code: scan again or search the name"
        ),
        CheckInOutcome.NOT_A_BADGE_CODE: QCoreApplication.translate("messages", "Not a badge code"),
        CheckInOutcome.CANCELLED_PARTICIPANT: QCoreApplication.translate(
            "messages", "Cancelled participant"
        ),
        CheckInOutcome.NO_SUCH_SESSION: QCoreApplication.translate("messages", "No such session"),
    }
    return OutcomeText(Tone.ERROR, titles[outcome])


def describe_error(error: UserError | EnvironmentProblem) -> str:
    if isinstance(error, DeskOffline):
        return needs_server_text(error.since)
    return error_text(error.code, error.message)


def needs_server_text(since: datetime | None) -> str:
    """What a desk working on its own copy says of an action that needs the server."""
    return QCoreApplication.translate(
        "messages",
        "This needs the server, which cannot be reached: this desk works offline since "
        "{time}. Nothing was lost: check-ins are kept on this desk and sent when the "
        "server is back. Try again when the status bar says Online.",
    ).format(time=clock_time(since or datetime.now()))


def copy_note(as_of: datetime | None) -> str:
    """Above data read from the desk's own copy while the server is away."""
    when = clock_time(as_of) if as_of else "?"
    return QCoreApplication.translate(
        "messages",
        "The server cannot be reached: this is this desk's copy as of {time}; it may "
        "miss what other desks did since.",
    ).format(time=when)


def clock_time(moment: datetime) -> str:
    """14:05 today; 30/11 14:05 on another day."""
    return f"{moment:%H:%M}" if moment.date() == date.today() else f"{moment:%d/%m %H:%M}"


def error_text(code: str, fallback: str) -> str:
    """A stable error code in words; unknown codes fall back to the English message."""
    texts = {
        "missing_reason": QCoreApplication.translate(
            "messages", "Give a reason for undoing the check-in."
        ),
        "already_annulled": QCoreApplication.translate(
            "messages", "This check-in was already undone."
        ),
        "no_such_check_in": QCoreApplication.translate(
            "messages", "That check-in no longer exists."
        ),
        "missing_name": QCoreApplication.translate("messages", "The first name is missing."),
        "bad_phone": QCoreApplication.translate(
            "messages", "Not a Thai phone number (e.g. 081-234-5678)."
        ),
        "bad_email": QCoreApplication.translate("messages", "Not an e-mail address."),
        "already_cancelled": QCoreApplication.translate(
            "messages", "This participant is already cancelled."
        ),
        "not_cancelled": QCoreApplication.translate(
            "messages", "This participant is not cancelled."
        ),
        "too_long": QCoreApplication.translate("messages", "Too long."),
        "database_locked": QCoreApplication.translate(
            "messages", "The database is busy with another desk; try again."
        ),
        "disk_full": QCoreApplication.translate("messages", "The disk is full or failing."),
        "database_unreachable": QCoreApplication.translate(
            "messages", "The database cannot be reached."
        ),
        "server_not_answering": QCoreApplication.translate(
            "messages", "The server does not answer in time (busy or hung)."
        ),
        "no_session": QCoreApplication.translate("messages", "There is no session to check in to."),
        "database_read_only": QCoreApplication.translate(
            "messages",
            "The database is read-only here: you can look and print, not change anything.",
        ),
        "database_damaged": QCoreApplication.translate(
            "messages",
            "The database is damaged: nothing more is saved to it. Restore the "
            "newest good backup (Settings).",
        ),
        "bad_backup": QCoreApplication.translate(
            "messages", "That file is not a backup of this program."
        ),
        "damaged_backup": QCoreApplication.translate(
            "messages", "That backup is damaged and cannot be restored; choose an older one."
        ),
        "restore_failed": QCoreApplication.translate(
            "messages", "The backup could not be restored; the database was not changed."
        ),
        "no_keyring": QCoreApplication.translate(
            "messages",
            "This computer has no keyring for the server password: take it out of "
            "the URL and put it in ~/.pgpass or the PGPASSWORD variable.",
        ),
        "no_such_event": QCoreApplication.translate("messages", "There is no such event."),
        "backup_failed": QCoreApplication.translate(
            "messages",
            "The backup could not be taken: the disk may be full or the backups "
            "folder not writable.",
        ),
        "backup_not_embedded": QCoreApplication.translate(
            "messages", "A server database is backed up on the server (pg_dump)."
        ),
        "empty_selection": QCoreApplication.translate(
            "messages", "No participants match the selection: no badges."
        ),
    }
    return texts.get(code, fallback)


def role_text(role: Role) -> str:
    texts = {
        Role.REPRESENTATIVE: QCoreApplication.translate("messages", "Representative"),
        Role.PROVINCIAL_STRATEGY: QCoreApplication.translate("messages", "Provincial strategy"),
        Role.SECRETARIAT: QCoreApplication.translate("messages", "Secretariat"),
        Role.STAFF: QCoreApplication.translate("messages", "Staff"),
        Role.SPEAKER: QCoreApplication.translate("messages", "Speaker"),
        Role.GUEST: QCoreApplication.translate("messages", "Guest"),
    }
    return texts[role]


def status_text(status: ParticipantStatus) -> str:
    texts = {
        ParticipantStatus.REGISTERED: QCoreApplication.translate("messages", "Registered"),
        ParticipantStatus.WALK_IN: QCoreApplication.translate("messages", "Walk-in"),
        ParticipantStatus.CANCELLED: QCoreApplication.translate("messages", "Cancelled"),
    }
    return texts[status]
