"""The participant list: add, edit, cancel, find by code, search."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as OrmSession

from registration.domain import limits
from registration.domain.badge_code import new_badge_code, parse_badge_code
from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import name_sort_key, search_form
from registration.services import audit
from registration.services.participant_input import (
    ParticipantInput,
    check_participant_input,
)
from registration.services.participant_query import participant_select, record_from_row
from registration.services.to_records import participant_record
from registration.storage import models
from registration.storage.database import Database

SEARCH_LIMIT = 200
RECORDS_PER_QUERY = 1000
_INPUT_FIELDS = tuple(field.name for field in fields(ParticipantInput))
_PLAIN_FIELDS = tuple(name for name in _INPUT_FIELDS if name not in ("role", "status"))
_FIELD_SEPARATOR = "\x1f"  # keeps a match from running across two fields


def search_text_of(data: ParticipantInput) -> str:
    parts = [
        f"{data.prefix}{data.first_name}{data.last_name}",
        data.nickname,
        data.organisation,
        data.phone,
    ]
    return _FIELD_SEPARATOR.join(search_form(part) for part in parts)


def duplicate_key(first_name: str, last_name: str, phone: str) -> str:
    """Same person: same name whatever the spacing and tone order, and same phone."""
    return search_form(first_name + last_name) + "|" + phone


def _query_form(text: str) -> str:
    compact = "".join(ch for ch in text if ch not in " -().")
    return compact if compact.isdigit() else search_form(text)


def participant_values(data: ParticipantInput) -> dict[str, object]:
    """Column values of a participant, derived search and sort columns included."""
    values: dict[str, object] = {name: getattr(data, name) for name in _PLAIN_FIELDS}
    values["role"] = Role(data.role).value  # an import makes 10,000: no isinstance per field
    values["status"] = ParticipantStatus(data.status).value
    values["search_text"] = search_text_of(data)
    values["sort_key"] = limits.cut(name_sort_key(data.first_name, data.last_name), limits.SORT_KEY)
    return values


def _apply(person: models.Participant, data: ParticipantInput) -> None:
    for name, value in participant_values(data).items():
        setattr(person, name, value)


def _checked(data: ParticipantInput) -> ParticipantInput:
    problems = check_participant_input(data)
    if problems:
        first = problems[0]
        raise UserError(first.code, first.message, field=first.field, problems=problems)
    return data.cleaned()


def new_participant(
    session: OrmSession, event_id: int, data: ParticipantInput, now: datetime
) -> models.Participant:
    """Build (not yet flushed) a participant from already checked input."""
    person = models.Participant(event_id=event_id, badge_code=new_badge_code(), registered_at=now)
    _apply(person, data)
    session.add(person)
    return person


def add_participant(
    db: Database, event_id: int, data: ParticipantInput, desk: str = ""
) -> ParticipantRecord:
    data = _checked(data)
    with db.write() as s:
        if s.get(models.Event, event_id) is None:
            raise UserError("no_such_event", f"There is no event {event_id}.")
        person = new_participant(s, event_id, data, datetime.now())
        s.flush()
        audit.record(s, "create", "participant", person.id, desk)
        return participant_record(person)


def edit_participant(
    db: Database, participant_id: int, data: ParticipantInput, desk: str = ""
) -> ParticipantRecord:
    data = _checked(data)
    with db.write() as s:
        person = _get(s, participant_id)
        new_values = asdict(data)
        changed = sorted(k for k, v in new_values.items() if getattr(person, k) != v)
        _apply(person, data)
        s.flush()
        audit.record(s, "edit", "participant", person.id, desk, fields=changed)
        return participant_record(person)


def cancel_participant(
    db: Database, participant_id: int, desk: str = "", reason: str = ""
) -> ParticipantRecord:
    """Cancel, never delete: check-ins and print history stay."""
    with db.write() as s:
        person = _get(s, participant_id)
        if person.status == ParticipantStatus.CANCELLED.value:
            raise UserError("already_cancelled", "This participant is already cancelled.")
        was = person.status
        person.status = ParticipantStatus.CANCELLED.value
        audit.record(s, "cancel", "participant", person.id, desk, reason=reason, was=was)
        return participant_record(person)


def reinstate_participant(db: Database, participant_id: int, desk: str = "") -> ParticipantRecord:
    """Undo a cancellation: the person is back as they were (registered or walk-in)."""
    with db.write() as s:
        person = _get(s, participant_id)
        if person.status != ParticipantStatus.CANCELLED.value:
            raise UserError("not_cancelled", "This participant is not cancelled.")
        person.status = audit.last_detail(s, "cancel", "participant", person.id).get(
            "was", ParticipantStatus.REGISTERED.value
        )
        audit.record(s, "reinstate", "participant", person.id, desk, status=person.status)
        return participant_record(person)


def _get(session: OrmSession, participant_id: int) -> models.Participant:
    person = session.get(models.Participant, participant_id)
    if person is None:
        raise UserError("no_such_participant", f"There is no participant {participant_id}.")
    return person


def get_participant(db: Database, participant_id: int) -> ParticipantRecord:
    with db.read() as s:
        return participant_record(_get(s, participant_id))


def find_by_code(db: Database, raw_code: str) -> ParticipantRecord | None:
    parsed = parse_badge_code(raw_code)
    if not parsed.valid:
        return None
    with db.read() as s:
        person = s.scalars(
            select(models.Participant).where(models.Participant.badge_code == parsed.code)
        ).first()
        return participant_record(person) if person else None


def _contains(
    db: Database, column: InstrumentedAttribute[str], fragment: str
) -> ColumnElement[bool]:
    """Substring test without LIKE's wildcard and case rules (both sides are normalised)."""
    if db.is_sqlite:
        return func.instr(column, fragment) > 0
    return func.strpos(column, fragment) > 0


# The hits of the FTS5 index in Thai order, their sort keys read from the covering index
# of migration 0004 (SQLite's planner would read every hit's table row instead: 12-31 ms
# against 3-12 ms for 4,000-9,000 hits among 100,000 people).
_HIT_IDS_IN_NAME_ORDER = sql_text(
    "SELECT id FROM participants INDEXED BY ix_participants_search_order"
    " WHERE event_id = :event_id AND id IN"
    " (SELECT rowid FROM participant_search WHERE participant_search MATCH :phrase)"
    " ORDER BY sort_key, id LIMIT :limit"
)
TRIGRAM = 3  # the search index answers fragments of at least three characters


def search(
    db: Database, event_id: int, text: str, limit: int = SEARCH_LIMIT
) -> list[ParticipantRecord]:
    """Participants whose name, nickname, organisation or phone holds `text`, in Thai order."""
    fragment = _query_form(text)
    if not fragment:
        return []
    person = models.Participant
    with db.read() as s:  # the ids of the first `limit` in Thai order, then their records
        if db.has_search_index and len(fragment) >= TRIGRAM:
            phrase = '"' + fragment.replace('"', '""') + '"'
            found = s.scalars(
                _HIT_IDS_IN_NAME_ORDER,
                {"phrase": phrase, "event_id": event_id, "limit": limit},
            ).all()
        else:
            found = s.scalars(
                select(person.id)
                .where(person.event_id == event_id)
                .where(_contains(db, person.search_text, fragment))
                .order_by(person.sort_key, person.id)
                .limit(limit)
            ).all()
        records: dict[int, ParticipantRecord] = {}
        for start in range(0, len(found), RECORDS_PER_QUERY):  # a database takes only so
            chunk = found[start : start + RECORDS_PER_QUERY]  # many values in one IN list
            for row in s.execute(participant_select().where(person.id.in_(chunk))):
                record = record_from_row(row)
                records[record.id] = record
        return [records[person_id] for person_id in found]


def list_participants(
    db: Database,
    event_id: int,
    province_code: str | None = None,
    issue_area_id: int | None = None,
    role: Role | None = None,
    include_cancelled: bool = True,
) -> list[ParticipantRecord]:
    """The whole list (or a filtered part), in Thai dictionary order of first names."""
    person = models.Participant
    query = participant_select().where(person.event_id == event_id)
    if province_code is not None:
        query = query.where(person.province_code == province_code)
    if issue_area_id is not None:
        query = query.where(person.issue_area_id == issue_area_id)
    if role is not None:
        query = query.where(person.role == role.value)
    if not include_cancelled:
        query = query.where(person.status != ParticipantStatus.CANCELLED.value)
    with db.read() as s:
        rows = s.execute(query.order_by(person.sort_key, person.id))
        return [record_from_row(row) for row in rows]


def count_participants(db: Database, event_id: int) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(models.Participant)
                .where(models.Participant.event_id == event_id)
            )
            or 0
        )
