"""Rosters (รายชื่อผู้เข้าร่วม): the participants grouped by province, issue area, province
cluster or breakout group, in Thai dictionary order, with counts per group and in total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import UserError
from registration.domain.grouped_list import GroupedList, ListColumn, ListGroup
from registration.domain.records import ParticipantRecord
from registration.domain.thai_dates import format_date_range
from registration.domain.thai_text import thai_sort_key
from registration.services.participant_query import participant_select, record_from_row
from registration.services.to_records import event_info
from registration.storage import models
from registration.storage.database import Database


class RosterBy(StrEnum):
    PROVINCE = "province"
    ISSUE_AREA = "issue_area"
    CLUSTER = "cluster"
    GROUP = "group"


BY_TITLES = {
    RosterBy.PROVINCE: " ตามจังหวัด",
    RosterBy.ISSUE_AREA: " ตามประเด็นงาน",
    RosterBy.CLUSTER: " ตามกลุ่มจังหวัด",
    RosterBy.GROUP: " ตามกลุ่มย่อย",
}

OPTIONAL_COLUMNS: dict[str, ListColumn] = {
    "nickname": ListColumn("ชื่อเล่น", 9),
    "organisation": ListColumn("องค์กร", 24),
    "position": ListColumn("ตำแหน่ง", 14),
    "phone": ListColumn("โทรศัพท์", 12),
}
NOT_GIVEN = "ไม่ระบุ"


@dataclass(frozen=True)
class RosterOptions:
    by: RosterBy = RosterBy.PROVINCE
    columns: Sequence[str] = field(default_factory=tuple)  # keys of OPTIONAL_COLUMNS
    page_per_group: bool = False
    set_id: int | None = None  # the group set, when grouped by breakout group


@dataclass(frozen=True)
class _Bucket:
    order: tuple[int, str]
    title: str
    people: list[ParticipantRecord] = field(default_factory=list)


def roster(db: Database, event_id: int, options: RosterOptions) -> GroupedList:
    unknown = [c for c in options.columns if c not in OPTIONAL_COLUMNS]
    if unknown:
        raise UserError(
            "unknown_column",
            f"Unknown column {', '.join(unknown)}; use: {', '.join(OPTIONAL_COLUMNS)}.",
        )
    if options.by is RosterBy.GROUP and options.set_id is None:
        raise UserError("group_set_missing", "Say which group set the roster is for.")
    person = models.Participant
    with db.read() as s:
        event = s.get(models.Event, event_id)
        if event is None:
            raise UserError("no_such_event", f"There is no event {event_id}.")
        people = [
            record_from_row(row)
            for row in s.execute(
                participant_select()
                .where(
                    person.event_id == event_id,
                    person.status != ParticipantStatus.CANCELLED.value,
                )
                .order_by(person.sort_key, person.id)
            )
        ]
        keys = _keys(s, event_id, options)
        info = event_info(event)
    buckets: dict[object, _Bucket] = {
        key: _Bucket(order, title) for key, order, title in keys.every_group()
    }  # by breakout group: an empty group keeps its page (its facilitator needs it)
    for p in people:
        key, order, title = keys(p)
        buckets.setdefault(key, _Bucket(order, title)).people.append(p)
    columns = _columns(options)
    groups = tuple(
        ListGroup(
            f"{b.title} ({len(b.people)} คน)",
            tuple(_row(n, p, options.columns) for n, p in enumerate(b.people, start=1)),
        )
        for b in sorted(buckets.values(), key=lambda b: b.order)
    )
    lines = [info.name, f"วันที่ {format_date_range(info.starts_on, info.ends_on)}"]
    if info.venue:
        lines.append(f"ณ {info.venue}")
    return GroupedList(
        title="รายชื่อผู้เข้าร่วม",
        lines=tuple(lines),
        columns=columns,
        groups=groups,
        total=f"รวมทั้งสิ้น {len(people)} คน",
        page_per_group=options.page_per_group,
        landscape=len(options.columns) >= 3,
        pdf_title=f"รายชื่อผู้เข้าร่วม{BY_TITLES[options.by]}",
        event_name=info.name,
    )


Key = tuple[object, tuple[int, str], str]  # bucket, sort order, title


def _keys(s: OrmSession, event_id: int, options: RosterOptions) -> _KeyOf:
    if options.by is RosterBy.CLUSTER:
        clusters = dict(
            s.execute(
                select(models.EventProvince.province_code, models.EventProvince.cluster).where(
                    models.EventProvince.event_id == event_id
                )
            ).all()
        )
        return _KeyOf(options.by, clusters=clusters)
    if options.by is RosterBy.GROUP:
        group_set = s.get(models.GroupSet, options.set_id)
        if group_set is None or group_set.event_id != event_id:
            raise UserError("no_such_group_set", f"There is no group set {options.set_id}.")
        rows = s.execute(
            select(models.GroupMembership.participant_id, models.BreakoutGroup)
            .join(models.BreakoutGroup, models.BreakoutGroup.id == models.GroupMembership.group_id)
            .where(models.GroupMembership.set_id == group_set.id)
        ).all()
        every = s.scalars(
            select(models.BreakoutGroup).where(models.BreakoutGroup.set_id == group_set.id)
        ).all()
        return _KeyOf(options.by, groups={pid: g for pid, g in rows}, every=every)
    return _KeyOf(options.by)


class _KeyOf:
    """Which bucket a participant goes in, how the buckets sort, and their titles."""

    def __init__(
        self,
        by: RosterBy,
        clusters: dict[str, str] | None = None,
        groups: dict[int, models.BreakoutGroup] | None = None,
        every: Sequence[models.BreakoutGroup] = (),
    ) -> None:
        self.by = by
        self.clusters = clusters or {}
        self.groups = {pid: _group_key(g) for pid, g in (groups or {}).items()}
        self._every = [_group_key(g) for g in every]

    def every_group(self) -> list[Key]:
        """The buckets that exist even when nobody is in them: the set's groups."""
        return [(group_id, (position, ""), title) for group_id, position, title in self._every]

    def __call__(self, p: ParticipantRecord) -> Key:
        if self.by is RosterBy.PROVINCE:
            if p.province is None:
                return "", (1, ""), f"{NOT_GIVEN}จังหวัด"
            name = p.province.name_th
            return p.province.code, (0, thai_sort_key(name)), f"จังหวัด{name}"
        if self.by is RosterBy.ISSUE_AREA:
            if p.issue_area is None:
                return "", (1, ""), f"{NOT_GIVEN}ประเด็นงาน"
            name = p.issue_area.name_th
            return p.issue_area.id, (0, thai_sort_key(name)), name
        if self.by is RosterBy.CLUSTER:
            cluster = self.clusters.get(p.province.code, "") if p.province else ""
            if not cluster:
                return "", (1, ""), f"{NOT_GIVEN}กลุ่มจังหวัด"
            return cluster, (0, thai_sort_key(cluster)), f"กลุ่มจังหวัด {cluster}"
        found = self.groups.get(p.id)
        if found is None:
            return "", (1 << 30, ""), "ยังไม่มีกลุ่ม"
        group_id, position, title = found
        return group_id, (position, ""), title


def _group_key(group: models.BreakoutGroup) -> tuple[int, int, str]:
    return group.id, group.position, _group_title(group.name, group.room, group.facilitator)


def _group_title(name: str, room: str, facilitator: str) -> str:
    parts = [name] + ([f"ห้อง {room}"] if room else [])
    parts += [f"ผู้ดำเนินกลุ่ม {facilitator}"] if facilitator else []
    return " · ".join(parts)


def _columns(options: RosterOptions) -> tuple[ListColumn, ...]:
    return (
        ListColumn("ที่", 4, "centre"),
        ListColumn("ชื่อ-สกุล", 26),
        *(OPTIONAL_COLUMNS[c] for c in options.columns if c == "nickname"),
        ListColumn("จังหวัด", 13),
        ListColumn("ประเด็นงาน", 17),
        *(OPTIONAL_COLUMNS[c] for c in options.columns if c != "nickname"),
    )


def _row(number: int, p: ParticipantRecord, optional: Sequence[str]) -> tuple[str, ...]:
    extra = {
        "nickname": p.nickname,
        "organisation": p.organisation,
        "position": p.position,
        "phone": p.phone,
    }
    return (
        str(number),
        p.full_name,
        *(extra[c] for c in optional if c == "nickname"),
        p.province.name_th if p.province else "",
        p.issue_area.name_th if p.issue_area else "",
        *(extra[c] for c in optional if c != "nickname"),
    )
