"""Stable codes (check-in outcomes, user errors) to the text and colour the window shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from registration.domain.enums import CheckInOutcome, ParticipantStatus, Role
from registration.domain.errors import EnvironmentProblem, UserError


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


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def outcome_text(outcome: CheckInOutcome, time: str = "", desk: str = "") -> OutcomeText:
    """Headline of the result panel, e.g. "Already checked in at 08:42 by Desk 2"."""
    if outcome is CheckInOutcome.CHECKED_IN:
        return OutcomeText(Tone.OK, _tr("Checked in"))
    if outcome is CheckInOutcome.ALREADY_CHECKED_IN:
        title = _tr("Already checked in at {time} by {desk}").format(time=time, desk=desk)
        return OutcomeText(Tone.REPEAT, title)
    titles = {
        CheckInOutcome.UNKNOWN_CODE: _tr("Unknown code"),
        CheckInOutcome.BAD_CHECK_CHARACTER: _tr("Mistyped code: scan again or search the name"),
        CheckInOutcome.NOT_A_BADGE_CODE: _tr("Not a badge code"),
        CheckInOutcome.CANCELLED_PARTICIPANT: _tr("Cancelled participant"),
        CheckInOutcome.NO_SUCH_SESSION: _tr("No such session"),
    }
    return OutcomeText(Tone.ERROR, titles[outcome])


def describe_error(error: UserError | EnvironmentProblem) -> str:
    return error_text(error.code, error.message)


def error_text(code: str, fallback: str) -> str:
    """A stable error code in words; unknown codes fall back to the English message."""
    texts = {
        "missing_reason": _tr("Give a reason for undoing the check-in."),
        "already_annulled": _tr("This check-in was already undone."),
        "no_such_check_in": _tr("That check-in no longer exists."),
        "missing_name": _tr("The first name is missing."),
        "bad_phone": _tr("Not a Thai phone number (e.g. 081-234-5678)."),
        "bad_email": _tr("Not an e-mail address."),
        "too_long": _tr("Too long."),
        "database_locked": _tr("The database is busy with another desk; try again."),
        "disk_full": _tr("The disk is full or failing."),
        "database_unreachable": _tr("The database cannot be reached."),
        "no_session": _tr("There is no session to check in to."),
    }
    return texts.get(code, fallback)


def role_text(role: Role) -> str:
    texts = {
        Role.REPRESENTATIVE: _tr("Representative"),
        Role.PROVINCIAL_STRATEGY: _tr("Provincial strategy"),
        Role.SECRETARIAT: _tr("Secretariat"),
        Role.STAFF: _tr("Staff"),
        Role.SPEAKER: _tr("Speaker"),
        Role.GUEST: _tr("Guest"),
    }
    return texts[role]


def status_text(status: ParticipantStatus) -> str:
    texts = {
        ParticipantStatus.REGISTERED: _tr("Registered"),
        ParticipantStatus.WALK_IN: _tr("Walk-in"),
        ParticipantStatus.CANCELLED: _tr("Cancelled"),
    }
    return texts[status]
