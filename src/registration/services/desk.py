"""What the desk window needs in bulk: every participant with its search form, and counters.

The window filters and sorts 100,000 people in memory as the user types, so it
loads them once with the stored search and sort columns and keeps them up to date
from the results of its own actions.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, select

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import name_sort_key
from registration.services.export import load_attendance, write_export
from registration.services.participant_input import ParticipantInput
from registration.services.participant_query import PARTICIPANT_FIELDS
from registration.services.registry import search_text_of
from registration.services.to_records import issue_area_info, province_info
from registration.storage import models
from registration.storage.database import Database

_LISTED_FIELDS = PARTICIPANT_FIELDS  # the order the unpacking below relies on


@dataclass
class ListedParticipant:
    """A participant as the lists show it: the record, its search form, the sessions attended."""

    record: ParticipantRecord
    search_text: str
    sort_key: str
    sessions: set[int] = field(default_factory=set)


def listed_participants(db: Database, event_id: int) -> list[ListedParticipant]:
    """All participants of the event, in Thai dictionary order, with their check-ins.

    Plain Core rows and shared province / issue area records: 100,000 people load in
    about a second, where one ORM object (or one record per row) each takes several.
    """
    table = cast(Table, models.Participant.__table__)
    query = (
        select(
            *(table.c[name] for name in _LISTED_FIELDS),
            table.c.province_code,
            table.c.issue_area_id,
            table.c.search_text,
            table.c.sort_key,
        )
        .where(table.c.event_id == event_id)
        .order_by(table.c.sort_key, table.c.id)
    )
    attended = (
        select(models.CheckIn.participant_id, models.CheckIn.session_id)
        .join(table, table.c.id == models.CheckIn.participant_id)
        .where(table.c.event_id == event_id, models.CheckIn.annulled_at.is_(None))
    )
    with db.read() as s:
        provinces = {p.code: province_info(p) for p in s.scalars(select(models.Province))}
        area_rows = s.scalars(select(models.IssueArea).where(models.IssueArea.event_id == event_id))
        areas = {a.id: issue_area_info(a) for a in area_rows}
        connection = s.connection()
        rows = connection.execute(query).all()
        visits = connection.execute(attended).all()
    roles = {role.value: role for role in Role}
    statuses = {status.value: status for status in ParticipantStatus}
    listed: dict[int, ListedParticipant] = {}
    for row in rows:
        (pid, event, code, prefix, first, last, nickname, role, organisation, position, phone,
         email, note, status, registered, province, area, search_text, sort_key) = row  # fmt: skip
        record = ParticipantRecord(
            pid, event, code, prefix, first, last, nickname,
            provinces.get(province) if province else None,
            areas.get(area) if area is not None else None,
            roles[role], organisation, position, phone, email, note, statuses[status],
            registered,
        )  # fmt: skip
        listed[pid] = ListedParticipant(record, search_text, sort_key)
    for participant_id, session_id in visits:
        listed[participant_id].sessions.add(session_id)
    return list(listed.values())


def listed_from_record(record: ParticipantRecord) -> ListedParticipant:
    """The list entry of a participant just added or edited through the window."""
    data = ParticipantInput(
        first_name=record.first_name,
        last_name=record.last_name,
        prefix=record.prefix,
        nickname=record.nickname,
        organisation=record.organisation,
        phone=record.phone,
    )
    sort_key = name_sort_key(record.first_name, record.last_name)
    return ListedParticipant(record, search_text_of(data), sort_key)


@dataclass(frozen=True)
class SessionCounts:
    """Checked in and expected for one session, by province code (None: no province)."""

    checked_in: Counter[str | None]
    expected: Counter[str | None]


def session_counts(db: Database, event_id: int, session_id: int) -> SessionCounts:
    person = models.Participant
    with db.read() as s:
        checked = s.execute(
            select(person.province_code, func.count())
            .join(models.CheckIn, person.id == models.CheckIn.participant_id)
            .where(
                person.event_id == event_id,
                models.CheckIn.session_id == session_id,
                models.CheckIn.annulled_at.is_(None),
            )
            .group_by(person.province_code)
        ).all()
        expected = s.execute(
            select(person.province_code, func.count())
            .where(person.event_id == event_id, person.status != ParticipantStatus.CANCELLED.value)
            .group_by(person.province_code)
        ).all()
    return SessionCounts(Counter(dict(checked)), Counter(dict(expected)))


def export_participants(db: Database, event_id: int, participant_ids: set[int], out: Path) -> Path:
    """The attendance matrix of the chosen participants only, as .xlsx or .csv."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError("bad_output", f"Export to .xlsx or .csv, not '{out.suffix}'.")
    data = load_attendance(db, event_id)
    chosen = [p for p in data.participants if p.id in participant_ids]
    return write_export(dataclasses.replace(data, participants=chosen), out)


def session_arrivals(db: Database, session_id: int) -> dict[int, tuple[datetime, str]]:
    """Who is checked in to the session: participant id -> when and at which desk."""
    check_in = models.CheckIn
    with db.read() as s:
        rows = s.execute(
            select(check_in.participant_id, check_in.checked_in_at, check_in.desk).where(
                check_in.session_id == session_id, check_in.annulled_at.is_(None)
            )
        ).all()
    return {pid: (at, desk) for pid, at, desk in rows}
