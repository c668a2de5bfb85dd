"""The desk's copy of the breakout groups: the sets, their groups and who is in which.

Kept in the desk's own file while the server answers (with every refresh of the copy,
and when the desk is set at a group's room), so that a desk at a group's room that
starts while the server is away comes back at that room and still tells someone of
another group where they belong.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import select

from registration.services.groups import GroupInfo, GroupSetInfo, list_group_sets
from registration.storage import models
from registration.storage.database import Database
from registration.storage.desk_file import DeskFile

FACT = "group_sets"


@dataclass(frozen=True)
class GroupsCopy:
    sets: list[GroupSetInfo]
    members: list[tuple[int, int, int]]  # (set, participant, group)


def read_groups(db: Database, event_id: int) -> GroupsCopy:
    """From the server: the event's group sets and every membership of them."""
    membership, group_set = models.GroupMembership, models.GroupSet
    sets = list_group_sets(db, event_id)
    with db.read() as s:
        rows = s.execute(
            select(membership.set_id, membership.participant_id, membership.group_id)
            .join(group_set, group_set.id == membership.set_id)
            .where(group_set.event_id == event_id)
        ).all()
    return GroupsCopy(sets, [(set_id, pid, gid) for set_id, pid, gid in rows])


def save_groups(store: DeskFile, groups: GroupsCopy) -> None:
    text = json.dumps([asdict(s) for s in groups.sets], ensure_ascii=False)
    store.replace_group_members(groups.members, text)


def copy_groups(db: Database, event_id: int, store: DeskFile) -> None:
    """Read the groups from the server and keep them in the desk's file."""
    save_groups(store, read_groups(db, event_id))


def saved_group_sets(store: DeskFile) -> list[GroupSetInfo]:
    """The group sets as last copied (none on a desk that never copied them)."""
    text = store.fact(FACT)
    if text is None:
        return []
    return [
        GroupSetInfo(**{**data, "groups": tuple(GroupInfo(**g) for g in data["groups"])})
        for data in json.loads(text)
    ]


def saved_group(store: DeskFile, group_id: int) -> GroupInfo | None:
    for group_set in saved_group_sets(store):
        for group in group_set.groups:
            if group.id == group_id:
                return group
    return None


def saved_group_of(store: DeskFile, set_id: int, participant_id: int) -> GroupInfo | None:
    """The participant's group in the set, as copied (None: in no group)."""
    group_id = store.member_group(set_id, participant_id)
    return saved_group(store, group_id) if group_id is not None else None
