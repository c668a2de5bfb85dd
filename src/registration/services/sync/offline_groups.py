"""The groups tab's reads: from the server, or from the desk's copy while it is away.

Each read returns its data and, when it came from the copy, the time of the copy (the
tab says so); None when the server answered.
"""

from __future__ import annotations

from datetime import datetime

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import EnvironmentProblem
from registration.domain.thai_text import name_sort_key
from registration.services import groups
from registration.services.groups import GroupMember, GroupSetInfo
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.group_copy import saved_group_sets
from registration.services.sync.person_copy import record_from_copy
from registration.storage.database import Database

Copied = datetime | None


def group_sets_here(
    db: Database, event_id: int, link: DeskLink | None
) -> tuple[list[GroupSetInfo], Copied]:
    try:
        return groups.list_group_sets(db, event_id), None
    except EnvironmentProblem:
        if link is None or link.store.fact("group_sets") is None:
            raise
    return saved_group_sets(link.store), link.store.refreshed_at()


def group_set_here(db: Database, set_id: int, link: DeskLink | None) -> tuple[GroupSetInfo, Copied]:
    try:
        return groups.get_group_set(db, set_id), None
    except EnvironmentProblem:
        if link is None:
            raise
        found = [s for s in saved_group_sets(link.store) if s.id == set_id]
        if not found:
            raise
    return found[0], link.store.refreshed_at()


def members_here(
    db: Database, group_set: GroupSetInfo, link: DeskLink | None
) -> tuple[list[GroupMember], Copied]:
    """Active members by group position, each group in Thai dictionary order."""
    try:
        return groups.group_members(db, group_set.id), None
    except EnvironmentProblem:
        if link is None:
            raise
    position = {g.id: g.position for g in group_set.groups}
    placed = dict(link.store.group_member_rows(group_set.id))
    members = []
    for row in link.store.all_people_rows():
        person = record_from_copy(row)
        group_id = placed.get(person.id)
        if group_id is None or person.status is ParticipantStatus.CANCELLED:
            continue
        members.append(
            GroupMember(
                participant_id=person.id,
                group_id=group_id,
                moved_by_hand=False,  # not copied: only the server moves people
                full_name=person.full_name,
                province=person.province.name_th if person.province else "",
                issue_area=person.issue_area.name_th if person.issue_area else "",
                sort_key=name_sort_key(person.first_name, person.last_name),
                walk_in=person.status is ParticipantStatus.WALK_IN,
            )
        )
    members.sort(key=lambda m: (position.get(m.group_id, 0), m.sort_key, m.participant_id))
    return members, link.store.refreshed_at()
