"""Plain records the services return and the printing and UI layers consume.

Frozen dataclasses, no database objects: a widget or a PDF writer can hold them
after the transaction that made them is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from registration.domain.enums import (
    CheckInMethod,
    ParticipantStatus,
    Role,
    SessionKind,
)
from registration.domain.names import display_name


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    name_en: str
    venue: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class SessionInfo:
    id: int
    event_id: int
    title: str
    title_en: str
    starts_at: datetime
    ends_at: datetime
    kind: SessionKind
    speaker: str
    # hidden instead of deleted (people checked in to it): when, by which desk, why
    hidden_at: datetime | None = None
    hidden_by: str = ""
    hidden_reason: str = ""

    @property
    def hidden(self) -> bool:
        return self.hidden_at is not None


def reported_title(session: SessionInfo) -> str:
    """The title as exports and the report print it: a hidden session says so, and why,
    so a reader wondering at a session no desk offers has the answer."""
    if not session.hidden:
        return session.title
    return f"{session.title} (ซ่อนไว้: {session.hidden_reason})"


def offered(sessions: Iterable[SessionInfo]) -> list[SessionInfo]:
    """The sessions to choose from for check-in, printing and the pickers: not the hidden
    ones (whose check-ins still count in exports, the report and certificates)."""
    return [s for s in sessions if not s.hidden]


@dataclass(frozen=True)
class ProvinceInfo:
    code: str
    name_th: str
    name_en: str
    region: str


@dataclass(frozen=True)
class IssueAreaInfo:
    id: int
    key: str
    name_th: str
    name_en: str
    kind: str  # "issue" or "role"
    colour: str


@dataclass(frozen=True)
class ParticipantRecord:
    id: int
    event_id: int
    badge_code: str
    prefix: str
    first_name: str
    last_name: str
    nickname: str
    province: ProvinceInfo | None
    issue_area: IssueAreaInfo | None
    role: Role
    organisation: str
    position: str
    phone: str
    email: str
    note: str
    status: ParticipantStatus
    registered_at: datetime

    @property
    def full_name(self) -> str:
        return display_name(self.prefix, self.first_name, self.last_name)


@dataclass(frozen=True)
class CheckInRecord:
    id: int
    participant_id: int
    session_id: int
    checked_in_at: datetime
    desk: str
    method: CheckInMethod
    annulled_at: datetime | None
    annul_reason: str
