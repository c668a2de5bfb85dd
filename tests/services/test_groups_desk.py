"""A desk at a group's room: the wrong group is told where to go, or counted anyway."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from registration.domain.enums import CheckInOutcome
from registration.services import events, registry
from registration.services.groups import create_group_set, edit_group, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.groups_desk import badge_group_lines, check_in_at_group_desk
from registration.services.missing import missing_list
from registration.storage import models


@pytest.fixture
def rooms(db, demo_event):
    session = events.list_sessions(db, demo_event.id)[3]
    made = create_group_set(db, demo_event.id, "บ่าย", 3, session.id, rooms=["201", "204"])
    assign_groups(db, made.id, AssignMode.MIXED)
    where = {m.participant_id: m.group_id for m in group_members(db, made.id)}
    return session, made, where


def test_someone_of_this_group_is_checked_in(db, demo_event, rooms) -> None:
    session, made, where = rooms
    person = next(p for p in registry.list_participants(db, demo_event.id)
                  if where[p.id] == made.groups[0].id)  # fmt: skip
    result = check_in_at_group_desk(db, person.badge_code, session.id, "Room 201",
                                    made.groups[0].id)  # fmt: skip
    assert result.check_in.outcome is CheckInOutcome.CHECKED_IN
    assert result.belongs_to is None and not result.counted_elsewhere


def test_the_wrong_group_is_told_where_to_go_and_not_counted(db, demo_event, rooms) -> None:
    session, made, where = rooms
    person = next(p for p in registry.list_participants(db, demo_event.id)
                  if where[p.id] == made.groups[1].id)  # fmt: skip
    before = missing_list(db, session.id).missing
    result = check_in_at_group_desk(db, person.badge_code, session.id, "Room 201",
                                    made.groups[0].id)  # fmt: skip
    assert result.check_in is None and result.where_they_belong == "กลุ่ม 2 · ห้อง 204"
    assert missing_list(db, session.id).missing == before

    anyway = check_in_at_group_desk(db, person.badge_code, session.id, "Room 201",
                                    made.groups[0].id, count_anyway=True)  # fmt: skip
    assert anyway.check_in.counted and anyway.counted_elsewhere
    assert missing_list(db, session.id).missing == before - 1
    with db.read() as s:
        entry = s.scalars(
            select(models.AuditEntry).where(models.AuditEntry.action == "check_in_other_group")
        ).one()
    assert entry.entity_id == anyway.check_in.check_in.id
    assert json.loads(entry.detail) == {
        "desk_group": made.groups[0].id, "belongs_to": made.groups[1].id}  # fmt: skip


def test_badges_can_carry_the_group_line(db, demo_event, rooms) -> None:
    _session, made, where = rooms
    edit_group(db, made.groups[2].id, "กลุ่ม 3", "", "")
    lines = badge_group_lines(db, made.id)
    assert len(lines) == 136
    assert {lines[p] for p, g in where.items() if g == made.groups[0].id} == {"กลุ่ม 1 · ห้อง 201"}
    assert {lines[p] for p, g in where.items() if g == made.groups[2].id} == {"กลุ่ม 3"}
