"""Events and their sessions: create, list, and which session is on now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from registration.domain.enums import SessionKind
from registration.domain.errors import UserError
from registration.domain.records import EventInfo, IssueAreaInfo, ProvinceInfo, SessionInfo
from registration.domain.thai_text import thai_sort_key
from registration.services import audit
from registration.services.reference import ensure_provinces
from registration.services.to_records import (
    event_info,
    issue_area_info,
    province_info,
    session_info,
)
from registration.storage import models
from registration.storage.database import Database


@dataclass(frozen=True)
class NewIssueArea:
    key: str
    name_th: str
    name_en: str = ""
    kind: str = "issue"
    colour: str = "#808080"


@dataclass(frozen=True)
class NewSession:
    title: str
    starts_at: datetime
    ends_at: datetime
    kind: SessionKind = SessionKind.OTHER
    title_en: str = ""
    speaker: str = ""


def create_event(
    db: Database,
    name: str,
    starts_on: date,
    ends_on: date,
    venue: str = "",
    name_en: str = "",
    provinces: Sequence[tuple[str, str]] = (),
    issue_areas: Sequence[NewIssueArea] = (),
    sessions: Sequence[NewSession] = (),
    desk: str = "",
) -> EventInfo:
    """A new event with its region's provinces (code, cluster), issue areas and sessions."""
    if not name.strip():
        raise UserError("missing_name", "The event needs a name.")
    if ends_on < starts_on:
        raise UserError("bad_dates", "The event cannot end before it starts.")
    with db.write() as s:
        ensure_provinces(s)
        event = models.Event(
            name=name.strip(), name_en=name_en, venue=venue, starts_on=starts_on, ends_on=ends_on
        )
        s.add(event)
        s.flush()
        s.add_all(
            models.EventProvince(event_id=event.id, province_code=code, cluster=cluster)
            for code, cluster in provinces
        )
        s.add_all(models.IssueArea(event_id=event.id, **area.__dict__) for area in issue_areas)
        for new in sessions:
            s.add(session_model(event.id, new))
        audit.record(s, "create", "event", event.id, desk)
        return event_info(event)


def session_model(event_id: int, new: NewSession) -> models.Session:
    if new.ends_at <= new.starts_at:
        raise UserError("bad_times", f"The session '{new.title}' must end after it starts.")
    return models.Session(
        event_id=event_id,
        title=new.title,
        title_en=new.title_en,
        starts_at=new.starts_at,
        ends_at=new.ends_at,
        kind=SessionKind(new.kind).value,
        speaker=new.speaker,
    )


def add_session(db: Database, event_id: int, new: NewSession, desk: str = "") -> SessionInfo:
    with db.write() as s:
        if s.get(models.Event, event_id) is None:
            raise UserError("no_such_event", f"There is no event {event_id}.")
        session = session_model(event_id, new)
        s.add(session)
        s.flush()
        audit.record(s, "create", "session", session.id, desk)
        return session_info(session)


def session_check_in_count(db: Database, session_id: int) -> int:
    """Check-ins recorded for the session, undone ones included (they keep their history)."""
    with db.read() as s:
        return _check_ins_of(s, session_id)


def _check_ins_of(s: OrmSession, session_id: int) -> int:
    query = (
        select(func.count())
        .select_from(models.CheckIn)
        .where(models.CheckIn.session_id == session_id)
    )
    return int(s.scalar(query) or 0)


def delete_session(db: Database, session_id: int, desk: str = "") -> None:
    """Remove a session nobody checked in to (one added by mistake); with check-ins it stays.

    Raises UserError `session_has_check_ins` (with `count`) and changes nothing then.
    """
    with db.write() as s:
        session = session_row(s, session_id)
        count = _check_ins_of(s, session_id)
        if count:
            raise UserError(
                "session_has_check_ins",
                f"{count} check-in(s) were recorded for this session: it cannot be deleted.",
                count=count,
            )
        s.delete(session)
        audit.record(s, "delete", "session", session_id, desk, title=session.title)


def list_events(db: Database) -> list[EventInfo]:
    with db.read() as s:
        events = s.scalars(select(models.Event).order_by(models.Event.starts_on.desc()))
        return [event_info(e) for e in events]


def get_event(db: Database, event_id: int | None = None) -> EventInfo:
    """The given event, or the latest one when no id is given."""
    with db.read() as s:
        if event_id is None:
            event = s.scalars(
                select(models.Event).order_by(models.Event.starts_on.desc(), models.Event.id.desc())
            ).first()
            if event is None:
                raise UserError("no_event", "There is no event yet: create one or load the demo.")
        else:
            event = s.get(models.Event, event_id)
            if event is None:
                raise UserError("no_such_event", f"There is no event {event_id}.")
        return event_info(event)


def list_sessions(db: Database, event_id: int) -> list[SessionInfo]:
    with db.read() as s:
        rows = s.scalars(
            select(models.Session)
            .where(models.Session.event_id == event_id)
            .order_by(models.Session.starts_at, models.Session.id)
        )
        return [session_info(row) for row in rows]


def get_session(db: Database, session_id: int) -> SessionInfo:
    with db.read() as s:
        return session_info(session_row(s, session_id))


def session_row(s: OrmSession, session_id: int) -> models.Session:
    """The session's row in this transaction (UserError `no_such_session`)."""
    session = s.get(models.Session, session_id)
    if session is None:
        raise UserError("no_such_session", f"There is no session {session_id}.")
    return session


def current_session(sessions: Sequence[SessionInfo], now: datetime) -> SessionInfo | None:
    """The session running now; else the next one today; else the last one that began."""
    running = [s for s in sessions if s.starts_at <= now < s.ends_at]
    if running:
        return running[-1]
    later_today = [s for s in sessions if s.starts_at > now and s.starts_at.date() == now.date()]
    if later_today:
        return min(later_today, key=lambda s: s.starts_at)
    begun = [s for s in sessions if s.starts_at <= now]
    if begun:
        return max(begun, key=lambda s: s.starts_at)
    return min(sessions, key=lambda s: s.starts_at) if sessions else None


def list_issue_areas(db: Database, event_id: int) -> list[IssueAreaInfo]:
    with db.read() as s:
        rows = s.scalars(
            select(models.IssueArea)
            .where(models.IssueArea.event_id == event_id)
            .order_by(models.IssueArea.id)
        )
        return [issue_area_info(row) for row in rows]


def list_provinces(db: Database) -> list[ProvinceInfo]:
    """All provinces (loaded from the reference data the first time)."""
    with db.read() as s:  # a read-only database has them already: no write needed
        provinces = [province_info(p) for p in s.scalars(select(models.Province))]
    if provinces:
        return provinces
    with db.write() as s:
        ensure_provinces(s)
        return [province_info(p) for p in s.scalars(select(models.Province))]


def event_provinces(db: Database, event_id: int) -> list[ProvinceInfo]:
    """The provinces the event was set up with, in Thai dictionary order."""
    with db.read() as s:
        provinces = [
            province_info(p)
            for p in s.scalars(
                select(models.Province)
                .join(models.EventProvince)
                .where(models.EventProvince.event_id == event_id)
            )
        ]
    return sorted(provinces, key=lambda p: thai_sort_key(p.name_th))
