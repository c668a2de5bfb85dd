"""Breakout groups through the services, on the demo event (136 people, 16 provinces)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.services import events, registry
from registration.services.groups import (
    create_group_set,
    edit_group,
    get_group_set,
    group_members,
    list_group_sets,
)
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import (
    assign_groups,
    move_participant,
    place_newcomers,
    place_walk_in,
    undo_assignment,
)
from registration.services.groups_clusters import list_clusters, set_cluster
from registration.services.participant_input import ParticipantInput


def _where(db, set_id: int) -> dict[int, int]:
    return {m.participant_id: m.group_id for m in group_members(db, set_id)}


def test_the_demo_clusters_come_from_the_reference_data(db, demo_event) -> None:
    clusters = list_clusters(db, demo_event.id)
    assert len(clusters) == 16
    by_province = {c.province: c.cluster for c in clusters}
    assert by_province["พระนครศรีอยุธยา"] == by_province["สระบุรี"] == "upper-central-1"
    assert by_province["เพชรบุรี"] == "lower-central-2"


def test_a_new_set_has_numbered_groups_with_their_rooms(db, demo_event) -> None:
    session = events.list_sessions(db, demo_event.id)[3]
    made = create_group_set(
        db, demo_event.id, "กลุ่มย่อย 9 ก.พ. บ่าย", 3, session.id, rooms=["201", "202"]
    )
    assert [(g.name, g.room) for g in made.groups] == [
        ("กลุ่ม 1", "201"),
        ("กลุ่ม 2", "202"),
        ("กลุ่ม 3", ""),
    ]
    assert made.session_id == session.id and made.unassigned == 136 and not made.can_undo
    assert list_group_sets(db, demo_event.id) == [made]


@pytest.mark.parametrize(
    ("name", "count", "code"),
    [
        ("", 3, "group_set_name_missing"),
        ("x", 0, "group_count_invalid"),
        ("x", 201, "group_count_invalid"),
    ],
)
def test_a_bad_set_is_refused_with_a_code(db, demo_event, name, count, code) -> None:
    with pytest.raises(UserError) as caught:
        create_group_set(db, demo_event.id, name, count)
    assert caught.value.code == code
    assert list_group_sets(db, demo_event.id) == []


def test_cluster_mode_keeps_each_cluster_in_one_group(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "by cluster", 5)
    result = assign_groups(db, made.id, AssignMode.CLUSTER)
    assert result.assigned == 136 and result.group_set.unassigned == 0
    cluster_of = {c.province: c.cluster for c in list_clusters(db, demo_event.id)}
    groups_of_cluster: dict[str, set[int]] = defaultdict(set)
    for member in group_members(db, made.id):
        if member.province:
            groups_of_cluster[cluster_of[member.province]].add(member.group_id)
    assert all(len(found) == 1 for found in groups_of_cluster.values())
    assert sorted(g.size for g in result.group_set.groups) == [26, 26, 28, 28, 28]


def test_an_edited_cluster_is_used_by_the_next_assignment(db, demo_event) -> None:
    set_cluster(db, demo_event.id, "TH-14", "alone")
    made = create_group_set(db, demo_event.id, "by cluster", 6)
    assign_groups(db, made.id, AssignMode.CLUSTER)
    where = _where(db, made.id)
    ayutthaya = {p.id for p in registry.list_participants(db, demo_event.id, "TH-14")}
    saraburi = {p.id for p in registry.list_participants(db, demo_event.id, "TH-19")}
    assert len({where[p] for p in ayutthaya}) == 1
    assert {where[p] for p in ayutthaya}.isdisjoint({where[p] for p in saraburi})


def test_mixed_mode_balances_sizes_and_keeps_hand_moves_on_reassign(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "mixed", 8)
    first = assign_groups(db, made.id, AssignMode.MIXED)
    assert {g.size for g in first.group_set.groups} == {17}
    person = registry.list_participants(db, demo_event.id)[0]
    target = next(g for g in first.group_set.groups if g.id != _where(db, made.id)[person.id])
    move_participant(db, made.id, person.id, target.id)
    again = assign_groups(db, made.id, AssignMode.MIXED)
    assert again.kept_by_hand == 1 and _where(db, made.id)[person.id] == target.id
    assert (
        max(g.size for g in again.group_set.groups) - min(g.size for g in again.group_set.groups)
        <= 1
    )


def test_undo_puts_back_the_whole_previous_assignment(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "undo", 4)
    assign_groups(db, made.id, AssignMode.CLUSTER)
    before = _where(db, made.id)
    assign_groups(db, made.id, AssignMode.MIXED)
    assert _where(db, made.id) != before
    restored = undo_assignment(db, made.id)
    assert _where(db, made.id) == before and restored.mode == "cluster"
    assert undo_assignment(db, made.id).unassigned == 136  # back to before any assignment
    with pytest.raises(UserError) as caught:
        undo_assignment(db, made.id)
    assert caught.value.code == "nothing_to_undo"


def test_a_walk_in_joins_the_smallest_group_of_their_cluster(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "walk-ins", 5)
    assign_groups(db, made.id, AssignMode.CLUSTER)
    walk_in = registry.add_participant(
        db,
        demo_event.id,
        ParticipantInput(
            first_name="สมใจ", last_name="มาทีหลัง", province_code="TH-14", role=Role.REPRESENTATIVE
        ),
    )
    assert place_walk_in(db, demo_event.id) == 1
    where = _where(db, made.id)
    saraburi = registry.list_participants(db, demo_event.id, "TH-19")[0]
    assert where[walk_in.id] == where[saraburi.id]  # same cluster upper-central-1
    assert place_newcomers(db, made.id) == 0


def test_cancelled_people_leave_the_counts_and_the_next_assignment(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "cancel", 4)
    assign_groups(db, made.id, AssignMode.MIXED)
    person = registry.list_participants(db, demo_event.id)[5]
    registry.cancel_participant(db, person.id, reason="sick")
    assert sum(g.size for g in get_group_set(db, made.id).groups) == 135
    assign_groups(db, made.id, AssignMode.MIXED)
    assert person.id not in _where(db, made.id)
    with pytest.raises(UserError) as caught:
        move_participant(db, made.id, person.id, made.groups[0].id)
    assert caught.value.code == "participant_cancelled"


def test_a_group_is_renamed_with_room_and_facilitator(db, demo_event) -> None:
    made = create_group_set(db, demo_event.id, "rooms", 2)
    edited = edit_group(db, made.groups[1].id, "กลุ่มสุพรรณ", " 204 ", "คุณวิไล")
    assert (edited.name, edited.room, edited.facilitator) == ("กลุ่มสุพรรณ", "204", "คุณวิไล")
    with pytest.raises(UserError):
        move_participant(db, made.id, 1, 99_999)


def test_a_move_by_hand_is_put_back_as_it_was(db, demo_event) -> None:
    """Back in the old group and not marked "moved by hand", so the next assignment may
    place them again; someone who was in no group goes back to no group."""
    from registration.services.groups_assignment import put_back

    made = create_group_set(db, demo_event.id, "บ่าย", 4)
    assign_groups(db, made.id, AssignMode.MIXED)
    first, target = made.groups[0].id, made.groups[3].id
    member = next(m for m in group_members(db, made.id) if m.group_id == first)
    move_participant(db, made.id, member.participant_id, target)
    back = put_back(db, made.id, member.participant_id, first, False)
    again = {m.participant_id: m for m in group_members(db, made.id)}
    assert again[member.participant_id].group_id == first
    assert not again[member.participant_id].moved_by_hand
    assert [g.size for g in back.groups] == [34, 34, 34, 34]

    put_back(db, made.id, member.participant_id, None, False)
    assert member.participant_id not in {m.participant_id for m in group_members(db, made.id)}
