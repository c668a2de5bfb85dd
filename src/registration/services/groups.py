"""Breakout group sets and their groups: create, rename, list, and who is in which."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import UserError
from registration.domain.names import display_name
from registration.services import audit
from registration.storage import models
from registration.storage.database import Database

MAX_GROUPS = 200


@dataclass(frozen=True)
class GroupInfo:
    id: int
    set_id: int
    position: int
    name: str
    room: str
    facilitator: str
    size: int


@dataclass(frozen=True)
class GroupSetInfo:
    id: int
    event_id: int
    name: str
    session_id: int | None
    mode: str  # how it was last assigned; "" before any assignment
    groups: tuple[GroupInfo, ...]
    unassigned: int  # active participants in no group of this set
    can_undo: bool

    def group(self, group_id: int) -> GroupInfo:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise UserError("no_such_group", f"There is no group {group_id} in this set.")


@dataclass(frozen=True)
class GroupMember:
    participant_id: int
    group_id: int
    moved_by_hand: bool
    full_name: str
    province: str
    issue_area: str
    sort_key: str
    walk_in: bool = False  # registered at the desk on the day

    @property
    def placed_automatically(self) -> bool:
        """A walk-in the program put in this group (the groups tab reports them)."""
        return self.walk_in and not self.moved_by_hand


def default_group_name(number: int) -> str:
    return f"กลุ่ม {number}"


def create_group_set(
    db: Database,
    event_id: int,
    name: str,
    group_count: int,
    session_id: int | None = None,
    rooms: Sequence[str] = (),
    desk: str = "",
) -> GroupSetInfo:
    """A set of `group_count` groups named กลุ่ม 1, กลุ่ม 2, …; rooms in order, if given."""
    name = name.strip()
    if not name:
        raise UserError("group_set_name_missing", "The group set needs a name.")
    if not 1 <= group_count <= MAX_GROUPS:
        raise UserError(
            "group_count_invalid",
            f"The number of groups must be between 1 and {MAX_GROUPS}.",
            maximum=MAX_GROUPS,
        )
    with db.write() as s:
        if session_id is not None:
            session = s.get(models.Session, session_id)
            if session is None or session.event_id != event_id:
                raise UserError("no_such_session", f"There is no session {session_id}.")
        group_set = models.GroupSet(
            event_id=event_id, name=name, session_id=session_id, mode="", created_at=datetime.now()
        )
        s.add(group_set)
        s.flush()
        for number in range(1, group_count + 1):
            room = rooms[number - 1].strip() if number <= len(rooms) else ""
            s.add(
                models.BreakoutGroup(
                    set_id=group_set.id,
                    position=number,
                    name=default_group_name(number),
                    room=room,
                    facilitator="",
                )
            )
        audit.record(s, "create", "group_set", group_set.id, desk, name=name, groups=group_count)
        s.flush()
        return set_info(s, group_set)


def edit_group(
    db: Database, group_id: int, name: str, room: str, facilitator: str, desk: str = ""
) -> GroupInfo:
    name = name.strip()
    if not name:
        raise UserError("group_name_missing", "The group needs a name.")
    with db.write() as s:
        group = s.get(models.BreakoutGroup, group_id)
        if group is None:
            raise UserError("no_such_group", f"There is no group {group_id}.")
        group.name, group.room, group.facilitator = name, room.strip(), facilitator.strip()
        audit.record(s, "edit", "group", group.id, desk, name=name, room=group.room)
        s.flush()
        return _group_info(group, _sizes(s, group.set_id)[group.id])


def add_group(db: Database, set_id: int, desk: str = "") -> GroupInfo:
    """One more group at the end of the set (empty until assigned or moved into)."""
    with db.write() as s:
        get_set_model(s, set_id)
        last = s.scalar(
            select(func.max(models.BreakoutGroup.position)).where(
                models.BreakoutGroup.set_id == set_id
            )
        )
        position = int(last or 0) + 1
        if position > MAX_GROUPS:
            raise UserError(
                "group_count_invalid",
                f"The number of groups must be between 1 and {MAX_GROUPS}.",
                maximum=MAX_GROUPS,
            )
        group = models.BreakoutGroup(
            set_id=set_id,
            position=position,
            name=default_group_name(position),
            room="",
            facilitator="",
        )
        s.add(group)
        s.flush()
        audit.record(s, "create", "group", group.id, desk, set_id=set_id)
        return _group_info(group, 0)


def list_group_sets(db: Database, event_id: int) -> list[GroupSetInfo]:
    with db.read() as s:
        sets = s.scalars(
            select(models.GroupSet)
            .where(models.GroupSet.event_id == event_id)
            .order_by(models.GroupSet.id)
        )
        return [set_info(s, group_set) for group_set in sets]


def get_group_set(db: Database, set_id: int) -> GroupSetInfo:
    with db.read() as s:
        return set_info(s, get_set_model(s, set_id))


def get_set_model(s: OrmSession, set_id: int) -> models.GroupSet:
    group_set = s.get(models.GroupSet, set_id)
    if group_set is None:
        raise UserError("no_such_group_set", f"There is no group set {set_id}.")
    return group_set


def set_info(s: OrmSession, group_set: models.GroupSet) -> GroupSetInfo:
    sizes = _sizes(s, group_set.id)
    groups = s.scalars(
        select(models.BreakoutGroup)
        .where(models.BreakoutGroup.set_id == group_set.id)
        .order_by(models.BreakoutGroup.position)
    )
    active = int(
        s.scalar(
            select(func.count())
            .select_from(models.Participant)
            .where(
                models.Participant.event_id == group_set.event_id,
                models.Participant.status != ParticipantStatus.CANCELLED.value,
            )
        )
        or 0
    )
    undoable = s.scalar(
        select(func.count())
        .select_from(models.GroupAssignment)
        .where(
            models.GroupAssignment.set_id == group_set.id,
            models.GroupAssignment.undone_at.is_(None),
        )
    )
    return GroupSetInfo(
        id=group_set.id,
        event_id=group_set.event_id,
        name=group_set.name,
        session_id=group_set.session_id,
        mode=group_set.mode,
        groups=tuple(_group_info(g, sizes[g.id]) for g in groups),
        unassigned=active - sum(sizes.values()),
        can_undo=bool(undoable),
    )


def _sizes(s: OrmSession, set_id: int) -> Counter[int]:
    """Active members per group id (cancelled people keep their row but do not count)."""
    membership, person = models.GroupMembership, models.Participant
    rows = s.execute(
        select(membership.group_id, func.count())
        .join(person, person.id == membership.participant_id)
        .where(membership.set_id == set_id, person.status != ParticipantStatus.CANCELLED.value)
        .group_by(membership.group_id)
    )
    return Counter({group_id: n for group_id, n in rows})


def _group_info(group: models.BreakoutGroup, size: int) -> GroupInfo:
    return GroupInfo(
        id=group.id,
        set_id=group.set_id,
        position=group.position,
        name=group.name,
        room=group.room,
        facilitator=group.facilitator,
        size=size,
    )


def group_members(db: Database, set_id: int) -> list[GroupMember]:
    """Active members by group position, each group in Thai dictionary order."""
    membership, person, group = models.GroupMembership, models.Participant, models.BreakoutGroup
    with db.read() as s:
        get_set_model(s, set_id)
        rows = s.execute(
            select(membership, person, group.position)
            .join(person, person.id == membership.participant_id)
            .join(group, group.id == membership.group_id)
            .where(
                membership.set_id == set_id,
                person.status != ParticipantStatus.CANCELLED.value,
            )
            .order_by(group.position, person.sort_key, person.id)
        ).all()
        return [
            GroupMember(
                participant_id=p.id,
                group_id=m.group_id,
                moved_by_hand=m.moved_by_hand,
                full_name=display_name(p.prefix, p.first_name, p.last_name),
                province=p.province.name_th if p.province else "",
                issue_area=p.issue_area.name_th if p.issue_area else "",
                sort_key=p.sort_key,
                walk_in=p.status == ParticipantStatus.WALK_IN.value,
            )
            for m, p, _position in rows
        ]
