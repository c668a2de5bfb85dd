"""Changing an event after it was created: its details, its sessions (times, hidden or
shown), its issue areas."""

from __future__ import annotations

import re
from datetime import date, datetime

from registration.domain import limits
from registration.domain.errors import UserError
from registration.domain.records import EventInfo, IssueAreaInfo, SessionInfo
from registration.services import audit
from registration.services.events import NewIssueArea, NewSession, session_model, session_row
from registration.services.to_records import event_info, issue_area_info, session_info
from registration.storage import models
from registration.storage.database import Database

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def update_event(
    db: Database,
    event_id: int,
    name: str,
    starts_on: date,
    ends_on: date,
    venue: str = "",
    name_en: str = "",
    desk: str = "",
) -> EventInfo:
    if not name.strip():
        raise UserError("missing_name", "The event needs a name.")
    if ends_on < starts_on:
        raise UserError("bad_dates", "The event cannot end before it starts.")
    with db.write() as s:
        event = s.get(models.Event, event_id)
        if event is None:
            raise UserError("no_such_event", f"There is no event {event_id}.")
        event.name, event.name_en, event.venue = name.strip(), name_en.strip(), venue.strip()
        event.starts_on, event.ends_on = starts_on, ends_on
        audit.record(s, "edit", "event", event_id, desk)
        return event_info(event)


def update_session(db: Database, session_id: int, new: NewSession, desk: str = "") -> SessionInfo:
    """New title, times or kind; moving a session is changing its times."""
    if not new.title.strip():
        raise UserError("missing_title", "The session needs a title.")
    with db.write() as s:
        session = session_row(s, session_id)
        changed = session_model(session.event_id, new)  # validates the times
        for column in ("title", "title_en", "starts_at", "ends_at", "kind", "speaker"):
            setattr(session, column, getattr(changed, column))
        audit.record(s, "edit", "session", session_id, desk)
        return session_info(session)


HIDE_REASON = 500  # the column's size (storage/models.py)


def hide_session(
    db: Database, session_id: int, reason: str, desk: str = "", now: datetime | None = None
) -> SessionInfo:
    """Stop offering a session (for check-in, printing, the pickers) without deleting it:
    its check-ins stay in the exports, the report and the certificates.

    Raises UserError `missing_hide_reason`, `too_long`, `session_hidden` (already) or
    `no_such_session`; nothing changes then.
    """
    reason = limits.without_controls(reason).strip()
    if not reason:
        raise UserError("missing_hide_reason", "Say why the session is hidden.")
    if len(reason) > HIDE_REASON:
        raise UserError("too_long", f"The reason is longer than {HIDE_REASON} characters.")
    with db.write() as s:
        session = session_row(s, session_id)
        if session.hidden_at is not None:
            raise UserError(
                "session_hidden",
                f"The session {session_id} is already hidden: {session.hidden_reason}",
            )
        session.hidden_at = now or datetime.now()
        session.hidden_by = limits.desk_name(desk)
        session.hidden_reason = reason
        audit.record(s, "hide", "session", session_id, desk, at=session.hidden_at, reason=reason)
        return session_info(session)


def show_session(db: Database, session_id: int, desk: str = "") -> SessionInfo:
    """Offer a hidden session again (undoes `hide_session`). Raises UserError
    `session_not_hidden` or `no_such_session`."""
    with db.write() as s:
        session = session_row(s, session_id)
        if session.hidden_at is None:
            raise UserError("session_not_hidden", f"The session {session_id} is not hidden.")
        reason = session.hidden_reason
        session.hidden_at, session.hidden_by, session.hidden_reason = None, "", ""
        audit.record(s, "show", "session", session_id, desk, was_hidden_because=reason)
        return session_info(session)


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise UserError("bad_colour", f"'{colour}' is not a colour like #1B7F3B.")
    return colour.upper()


def add_issue_area(db: Database, event_id: int, new: NewIssueArea, desk: str = "") -> IssueAreaInfo:
    if not new.key.strip() or not new.name_th.strip():
        raise UserError("missing_name", "The issue area needs a key and a Thai name.")
    with db.write() as s:
        taken = s.query(models.IssueArea).filter_by(event_id=event_id, key=new.key).count()
        if taken:
            raise UserError("duplicate_key", f"The key '{new.key}' is already used.")
        area = models.IssueArea(
            event_id=event_id,
            key=new.key.strip(),
            name_th=new.name_th.strip(),
            name_en=new.name_en.strip(),
            kind=new.kind,
            colour=_check_colour(new.colour),
        )
        s.add(area)
        s.flush()
        audit.record(s, "create", "issue_area", area.id, desk)
        return issue_area_info(area)


def update_issue_area(
    db: Database, area_id: int, name_th: str, name_en: str, colour: str, desk: str = ""
) -> IssueAreaInfo:
    if not name_th.strip():
        raise UserError("missing_name", "The issue area needs a Thai name.")
    with db.write() as s:
        area = s.get(models.IssueArea, area_id)
        if area is None:
            raise UserError("no_such_issue_area", f"There is no issue area {area_id}.")
        area.name_th, area.name_en = name_th.strip(), name_en.strip()
        area.colour = _check_colour(colour)
        audit.record(s, "edit", "issue_area", area_id, desk)
        return issue_area_info(area)
