"""The closed vocabularies of the domain, stored as their string values."""

from enum import StrEnum


class Role(StrEnum):
    REPRESENTATIVE = "representative"
    PROVINCIAL_STRATEGY = "provincial_strategy"
    SECRETARIAT = "secretariat"
    STAFF = "staff"
    SPEAKER = "speaker"
    GUEST = "guest"


class ParticipantStatus(StrEnum):
    REGISTERED = "registered"
    WALK_IN = "walk_in"
    CANCELLED = "cancelled"


class SessionKind(StrEnum):
    PLENARY = "plenary"
    LECTURE = "lecture"
    BREAKOUT = "breakout"
    OTHER = "other"


class CheckInMethod(StrEnum):
    SCAN = "scan"
    SEARCH = "search"
    WALK_IN = "walk_in"


class CheckInOutcome(StrEnum):
    """What a check-in attempt came to; the UI and CLI translate these codes."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    BAD_CHECK_CHARACTER = "bad_check_character"
    NOT_A_BADGE_CODE = "not_a_badge_code"
    CANCELLED_PARTICIPANT = "cancelled_participant"
    NO_SUCH_SESSION = "no_such_session"

    @property
    def counted(self) -> bool:
        return self is CheckInOutcome.CHECKED_IN
