"""Turn loaded models into the plain records of domain.records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from registration.domain.enums import CheckInMethod, ParticipantStatus, Role, SessionKind
from registration.domain.records import (
    CheckInRecord,
    EventInfo,
    IssueAreaInfo,
    ParticipantRecord,
    ProvinceInfo,
    SessionInfo,
)
from registration.storage import models


def event_info(event: models.Event) -> EventInfo:
    return EventInfo(
        id=event.id,
        name=event.name,
        name_en=event.name_en,
        venue=event.venue,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
    )


def session_info(session: models.Session) -> SessionInfo:
    return SessionInfo(
        id=session.id,
        event_id=session.event_id,
        title=session.title,
        title_en=session.title_en,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        kind=SessionKind(session.kind),
        speaker=session.speaker,
        hidden_at=session.hidden_at,
        hidden_by=session.hidden_by,
        hidden_reason=session.hidden_reason,
    )


def province_info(province: models.Province) -> ProvinceInfo:
    return ProvinceInfo(
        code=province.code,
        name_th=province.name_th,
        name_en=province.name_en,
        region=province.region,
    )


def issue_area_info(area: models.IssueArea) -> IssueAreaInfo:
    return IssueAreaInfo(
        id=area.id,
        key=area.key,
        name_th=area.name_th,
        name_en=area.name_en,
        kind=area.kind,
        colour=area.colour,
    )


def participant_record(person: models.Participant) -> ParticipantRecord:
    return ParticipantRecord(
        id=person.id,
        event_id=person.event_id,
        badge_code=person.badge_code,
        prefix=person.prefix,
        first_name=person.first_name,
        last_name=person.last_name,
        nickname=person.nickname,
        province=province_info(person.province) if person.province else None,
        issue_area=issue_area_info(person.issue_area) if person.issue_area else None,
        role=Role(person.role),
        organisation=person.organisation,
        position=person.position,
        phone=person.phone,
        email=person.email,
        note=person.note,
        status=ParticipantStatus(person.status),
        registered_at=person.registered_at,
    )


def check_in_record(check_in: models.CheckIn | Row[Any]) -> CheckInRecord:
    """From a loaded model or a Core row of the check_ins table (same attribute names)."""
    return CheckInRecord(
        id=check_in.id,
        participant_id=check_in.participant_id,
        session_id=check_in.session_id,
        checked_in_at=check_in.checked_in_at,
        desk=check_in.desk,
        method=CheckInMethod(check_in.method),
        annulled_at=check_in.annulled_at,
        annul_reason=check_in.annul_reason,
    )
