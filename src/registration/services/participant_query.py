"""Participants read as plain rows (no ORM identity map): the desk's hot paths.

Loading records through Core rows is several times faster than through ORM
objects, which matters for a scan (one row) and for lists of 100,000.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Row, Select, select

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import IssueAreaInfo, ParticipantRecord, ProvinceInfo
from registration.storage.models import IssueArea, Participant, Province

_P = Participant.__table__.c
_PR = Province.__table__.c
_IA = IssueArea.__table__.c

PARTICIPANT_FIELDS = (
    "id",
    "event_id",
    "badge_code",
    "prefix",
    "first_name",
    "last_name",
    "nickname",
    "role",
    "organisation",
    "position",
    "phone",
    "email",
    "note",
    "status",
    "registered_at",
)


def participant_select() -> Select[tuple[object, ...]]:
    """Participants with their province and issue area, one row each."""
    return (
        select(
            *(_P[name] for name in PARTICIPANT_FIELDS),
            _PR.code.label("pr_code"),
            _PR.name_th.label("pr_name_th"),
            _PR.name_en.label("pr_name_en"),
            _PR.region.label("pr_region"),
            _IA.id.label("ia_id"),
            _IA.key.label("ia_key"),
            _IA.name_th.label("ia_name_th"),
            _IA.name_en.label("ia_name_en"),
            _IA.kind.label("ia_kind"),
            _IA.colour.label("ia_colour"),
        )
        .select_from(Participant.__table__)
        .outerjoin(Province.__table__, _PR.code == _P.province_code)
        .outerjoin(IssueArea.__table__, _IA.id == _P.issue_area_id)
    )


def record_from_row(row: Row[tuple[object, ...]]) -> ParticipantRecord:
    return record_from_mapping(row._mapping)


def record_from_mapping(m: Mapping[Any, Any]) -> ParticipantRecord:
    """A record from the columns of `participant_select` (contact details may be absent)."""
    province = (
        ProvinceInfo(m["pr_code"], m["pr_name_th"], m["pr_name_en"], m["pr_region"])
        if m["pr_code"] is not None
        else None
    )
    area = (
        IssueAreaInfo(
            m["ia_id"], m["ia_key"], m["ia_name_th"], m["ia_name_en"], m["ia_kind"], m["ia_colour"]
        )
        if m["ia_id"] is not None
        else None
    )
    return ParticipantRecord(
        id=m["id"],
        event_id=m["event_id"],
        badge_code=m["badge_code"],
        prefix=m["prefix"],
        first_name=m["first_name"],
        last_name=m["last_name"],
        nickname=m["nickname"],
        province=province,
        issue_area=area,
        role=Role(m["role"]),
        organisation=m.get("organisation", ""),
        position=m.get("position", ""),
        phone=m.get("phone", ""),
        email=m.get("email", ""),
        note=m.get("note", ""),
        status=ParticipantStatus(m["status"]),
        registered_at=m["registered_at"],
    )
