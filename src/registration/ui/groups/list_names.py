"""Default file names of rosters and call lists: what they list, so the roster by group
never lands on the one by province, nor the afternoon's call list on the morning's."""

from __future__ import annotations

from registration.domain.records import SessionInfo
from registration.services.roster import RosterBy


def roster_file_name(by: RosterBy, set_id: int | None) -> str:
    """ "roster-by-province.pdf"; by breakout group: "roster-group-set-2.pdf"."""
    if by is RosterBy.GROUP and set_id is not None:
        return f"roster-group-set-{set_id}.pdf"
    return f"roster-by-{by.value.replace('_', '-')}.pdf"


def call_list_file_name(session: SessionInfo) -> str:
    """The session by number and start, as the sign-in sheets are named."""
    return f"call-list-session-{session.id}-{session.starts_at:%Y-%m-%d-%H%M}.xlsx"
