"""Filling a group set: automatic assignment, moves by hand, newcomers, undo.

An automatic assignment keeps the people moved by hand where they are and records the
memberships it replaced, so the whole re-assignment can be undone in one step.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import UserError
from registration.services import audit
from registration.services.groups import GroupSetInfo, get_set_model, set_info
from registration.services.groups_assign import AssignMode, Member, assign, fitting_group
from registration.storage import models
from registration.storage.database import Database


@dataclass(frozen=True)
class AssignmentResult:
    group_set: GroupSetInfo
    assigned: int  # people placed by this assignment
    kept_by_hand: int  # people moved by hand, left where they were


def parse_mode(value: str) -> AssignMode:
    try:
        return AssignMode(value)
    except ValueError:
        modes = ", ".join(m.value for m in AssignMode)
        raise UserError(
            "unknown_assign_mode", f"Unknown way of assigning '{value}'; use one of: {modes}."
        ) from None


def assign_groups(
    db: Database, set_id: int, mode: AssignMode, desk: str = "", now: datetime | None = None
) -> AssignmentResult:
    """(Re-)assign every active participant of the event to a group of the set."""
    with db.write() as s:
        group_set = get_set_model(s, set_id)
        groups = _group_ids(s, set_id)
        if not groups:
            raise UserError("group_set_empty", "The group set has no groups.")
        people = _members(s, group_set.event_id)
        current = _memberships(s, set_id)
        index = {group_id: i for i, group_id in enumerate(groups)}
        fixed = {
            pid: index[m.group_id]
            for pid, m in current.items()
            if m.moved_by_hand and pid in people
        }
        placed = assign(list(people.values()), len(groups), mode, fixed)
        s.add(
            models.GroupAssignment(
                set_id=set_id,
                assigned_at=now or datetime.now(),
                desk=desk,
                mode=mode.value,
                previous_mode=group_set.mode,
                previous=json.dumps(
                    [[pid, m.group_id, m.moved_by_hand] for pid, m in sorted(current.items())]
                ),
            )
        )
        s.execute(delete(models.GroupMembership).where(models.GroupMembership.set_id == set_id))
        s.add_all(
            models.GroupMembership(
                set_id=set_id,
                participant_id=pid,
                group_id=groups[g],
                moved_by_hand=pid in fixed,
            )
            for pid, g in sorted(placed.items())
        )
        group_set.mode = mode.value
        audit.record(s, "assign", "group_set", set_id, desk, mode=mode.value, people=len(placed))
        s.flush()
        return AssignmentResult(set_info(s, group_set), len(placed) - len(fixed), len(fixed))


def undo_assignment(db: Database, set_id: int, desk: str = "") -> GroupSetInfo:
    """Put back the memberships the newest automatic assignment replaced."""
    with db.write() as s:
        group_set = get_set_model(s, set_id)
        last = s.scalars(
            select(models.GroupAssignment)
            .where(
                models.GroupAssignment.set_id == set_id,
                models.GroupAssignment.undone_at.is_(None),
            )
            .order_by(models.GroupAssignment.id.desc())
            .limit(1)
        ).first()
        if last is None:
            raise UserError("nothing_to_undo", "There is no assignment of this set to undo.")
        s.execute(delete(models.GroupMembership).where(models.GroupMembership.set_id == set_id))
        s.add_all(
            models.GroupMembership(
                set_id=set_id, participant_id=pid, group_id=group_id, moved_by_hand=bool(hand)
            )
            for pid, group_id, hand in json.loads(last.previous or "[]")
        )
        last.undone_at = datetime.now()
        group_set.mode = last.previous_mode
        audit.record(s, "undo_assign", "group_set", set_id, desk, assignment=last.id)
        s.flush()
        return set_info(s, group_set)


def move_participant(
    db: Database, set_id: int, participant_id: int, group_id: int, desk: str = ""
) -> GroupSetInfo:
    """Move someone by hand; a later automatic assignment leaves them there."""
    with db.write() as s:
        group_set = get_set_model(s, set_id)
        if group_id not in _group_ids(s, set_id):
            raise UserError("no_such_group", f"There is no group {group_id} in this set.")
        person = s.get(models.Participant, participant_id)
        if person is None or person.event_id != group_set.event_id:
            raise UserError("no_such_participant", f"There is no participant {participant_id}.")
        if person.status == ParticipantStatus.CANCELLED.value:
            raise UserError(
                "participant_cancelled", "This registration is cancelled; reinstate it first."
            )
        membership = s.get(models.GroupMembership, (set_id, participant_id))
        _place(s, membership, set_id, participant_id, group_id, moved_by_hand=True)
        audit.record(s, "move", "participant", participant_id, desk, set_id=set_id, group=group_id)
        s.flush()
        return set_info(s, group_set)


def put_back(
    db: Database,
    set_id: int,
    participant_id: int,
    group_id: int | None,
    moved_by_hand: bool,
    desk: str = "",
    moved_to: int | None = None,
) -> GroupSetInfo:
    """Undo a move by hand: the person goes back to the group they were in (None: to no
    group), marked as moved by hand or not as they were before the move.

    `moved_to`: the group the move put them in; if they are elsewhere now (another desk
    moved or re-assigned them since), nothing changes and `moved_since` says so."""
    with db.write() as s:
        group_set = get_set_model(s, set_id)
        if group_id is not None and group_id not in _group_ids(s, set_id):
            raise UserError("no_such_group", f"There is no group {group_id} in this set.")
        membership = s.get(models.GroupMembership, (set_id, participant_id))
        now_in = membership.group_id if membership is not None else None
        if moved_to is not None and now_in != moved_to:
            raise UserError(
                "moved_since", "This person was moved again since (perhaps at another desk)."
            )
        if group_id is None:
            if membership is not None:
                s.delete(membership)
        else:
            _place(s, membership, set_id, participant_id, group_id, moved_by_hand)
        audit.record(
            s, "move_back", "participant", participant_id, desk, set_id=set_id, group=group_id
        )
        s.flush()
        return set_info(s, group_set)


def _place(
    s: OrmSession,
    membership: models.GroupMembership | None,
    set_id: int,
    participant_id: int,
    group_id: int,
    moved_by_hand: bool,
) -> None:
    """Put someone in a group of the set: their membership changed, or a new one."""
    if membership is None:
        s.add(
            models.GroupMembership(
                set_id=set_id,
                participant_id=participant_id,
                group_id=group_id,
                moved_by_hand=moved_by_hand,
            )
        )
    else:
        membership.group_id, membership.moved_by_hand = group_id, moved_by_hand


def place_newcomers(db: Database, set_id: int, desk: str = "") -> int:
    """Everyone active but in no group of the set (walk-ins, later imports) joins the
    smallest fitting group; returns how many were placed."""
    with db.write() as s:
        placed = _place_newcomers(s, get_set_model(s, set_id))
        if placed:
            audit.record(s, "place_newcomers", "group_set", set_id, desk, people=placed)
        return placed


def place_walk_in(db: Database, event_id: int, desk: str = "") -> int:
    """After a walk-in registers: newcomers join every set of the event already assigned."""
    with db.write() as s:
        sets = s.scalars(
            select(models.GroupSet).where(
                models.GroupSet.event_id == event_id, models.GroupSet.mode != ""
            )
        )
        return sum(_place_newcomers(s, group_set) for group_set in sets)


def _place_newcomers(s: OrmSession, group_set: models.GroupSet) -> int:
    groups = _group_ids(s, group_set.id)
    if not groups:
        return 0
    people = _members(s, group_set.event_id)
    current = _memberships(s, group_set.id)
    members: dict[int, list[Member]] = defaultdict(list)
    for group_id in groups:
        members[group_id] = []
    for pid, membership in current.items():
        if pid in people:
            members[membership.group_id].append(people[pid])
    mode = AssignMode(group_set.mode) if group_set.mode else None
    newcomers = [p for pid, p in sorted(people.items()) if pid not in current]
    for person in newcomers:
        group_id = fitting_group(person, mode, members)
        members[group_id].append(person)
        s.add(
            models.GroupMembership(
                set_id=group_set.id,
                participant_id=person.id,
                group_id=group_id,
                moved_by_hand=False,
            )
        )
    s.flush()
    return len(newcomers)


def _group_ids(s: OrmSession, set_id: int) -> list[int]:
    return list(
        s.scalars(
            select(models.BreakoutGroup.id)
            .where(models.BreakoutGroup.set_id == set_id)
            .order_by(models.BreakoutGroup.position)
        )
    )


def _members(s: OrmSession, event_id: int) -> dict[int, Member]:
    """Active participants with their province's cluster (event data), by id."""
    person, province = models.Participant, models.EventProvince
    rows = s.execute(
        select(person.id, person.province_code, person.issue_area_id, province.cluster)
        .outerjoin(
            province,
            (province.province_code == person.province_code) & (province.event_id == event_id),
        )
        .where(person.event_id == event_id, person.status != ParticipantStatus.CANCELLED.value)
    )
    return {pid: Member(pid, code, area, cluster or None) for pid, code, area, cluster in rows}


def _memberships(s: OrmSession, set_id: int) -> dict[int, models.GroupMembership]:
    rows = s.scalars(select(models.GroupMembership).where(models.GroupMembership.set_id == set_id))
    return {m.participant_id: m for m in rows}
