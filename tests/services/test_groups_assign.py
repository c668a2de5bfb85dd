"""Properties of the group assignment an organiser relies on, over any list of people."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from registration.services.groups_assign import (
    BALANCED_MODES,
    AssignMode,
    Member,
    assign,
    fitting_group,
)

PROVINCES = [f"TH-{n}" for n in range(10, 26)]
CLUSTER_OF = {code: f"cluster-{i % 5}" for i, code in enumerate(PROVINCES)}


MEMBER_FIELDS = st.tuples(
    st.sampled_from([*PROVINCES, None]), st.one_of(st.none(), st.integers(1, 8))
)


@st.composite
def people(draw: st.DrawFn) -> list[Member]:
    fields = draw(st.lists(MEMBER_FIELDS, max_size=160))
    return [
        Member(pid, province, area, CLUSTER_OF.get(province or ""))
        for pid, (province, area) in enumerate(fields, start=1)
    ]


@st.composite
def case(draw: st.DrawFn) -> tuple[list[Member], int, AssignMode, dict[int, int]]:
    members = draw(people())
    groups = draw(st.integers(min_value=1, max_value=12))
    mode = draw(st.sampled_from(list(AssignMode)))
    moved = draw(st.lists(st.sampled_from(members), unique=True, max_size=10)) if members else []
    fixed = {m.id: draw(st.integers(min_value=0, max_value=groups - 1)) for m in moved}
    return members, groups, mode, fixed


@settings(max_examples=150, deadline=None)
@given(case())
def test_every_participant_in_exactly_one_existing_group(
    drawn: tuple[list[Member], int, AssignMode, dict[int, int]],
) -> None:
    members, groups, mode, fixed = drawn
    placed = assign(members, groups, mode, fixed)
    assert sorted(placed) == sorted(m.id for m in members)
    assert all(0 <= g < groups for g in placed.values())


@settings(max_examples=150, deadline=None)
@given(case())
def test_people_moved_by_hand_stay_where_they_were_put(
    drawn: tuple[list[Member], int, AssignMode, dict[int, int]],
) -> None:
    members, groups, mode, fixed = drawn
    placed = assign(members, groups, mode, fixed)
    assert {pid: placed[pid] for pid in fixed} == fixed


@settings(max_examples=150, deadline=None)
@given(people(), st.integers(min_value=1, max_value=12))
def test_balanced_modes_keep_sizes_within_one(members: list[Member], groups: int) -> None:
    for mode in BALANCED_MODES:
        sizes = Counter(assign(members, groups, mode).values())
        counts = [sizes[g] for g in range(groups)]
        assert max(counts) - min(counts) <= 1


@settings(max_examples=150, deadline=None)
@given(case())
def test_balanced_modes_even_out_hand_moves_as_far_as_they_allow(
    drawn: tuple[list[Member], int, AssignMode, dict[int, int]],
) -> None:
    members, groups, _mode, fixed = drawn
    sizes = Counter(assign(members, groups, AssignMode.MIXED, fixed).values())
    before = Counter(fixed.values())
    spread_before = max(before[g] for g in range(groups)) - min(before[g] for g in range(groups))
    counts = [sizes[g] for g in range(groups)]
    assert max(counts) - min(counts) <= max(1, spread_before)


@settings(max_examples=150, deadline=None)
@given(case())
def test_keep_together_modes_never_split_a_unit_that_fits_in_a_group(
    drawn: tuple[list[Member], int, AssignMode, dict[int, int]],
) -> None:
    members, groups, _mode, fixed = drawn
    share = math.ceil(len(members) / groups) if members else 1
    for mode, unit in (
        (AssignMode.CLUSTER, lambda m: m.cluster),
        (AssignMode.PROVINCE, lambda m: m.province),
        (AssignMode.ISSUE_AREA, lambda m: m.issue_area),
    ):
        placed = assign(members, groups, mode, fixed)
        where: dict[object, set[int]] = defaultdict(set)
        size: Counter[object] = Counter()
        for member in members:
            if member.id not in fixed and unit(member) is not None:
                where[unit(member)].add(placed[member.id])
                size[unit(member)] += 1
        for key, found in where.items():
            if size[key] <= share:
                assert len(found) == 1, (mode, key)
            else:  # cut into pieces of a group's share at most
                assert len(found) <= math.ceil(size[key] / share)


def test_mixed_groups_get_a_spread_of_provinces_and_issue_areas() -> None:
    members = [Member(p * 10 + a, PROVINCES[p], a, None) for p in range(8) for a in range(1, 6)]
    placed = assign(members, 5, AssignMode.MIXED)
    for group in range(5):
        inside = [m for m in members if placed[m.id] == group]
        assert len(inside) == 8
        assert len({m.province for m in inside}) == 8  # one of each province
        assert len({m.issue_area for m in inside}) >= 4


def test_a_newcomer_joins_the_smallest_group_that_holds_their_cluster() -> None:
    a = Member(1, "TH-10", 1, "north")
    b = Member(2, "TH-11", 1, "south")
    members = {0: [a, a, a], 1: [b], 2: [a, a]}
    assert fitting_group(Member(9, "TH-10", 2, "north"), AssignMode.CLUSTER, members) == 2
    assert fitting_group(Member(9, "TH-12", 2, "east"), AssignMode.CLUSTER, members) == 1
    assert fitting_group(Member(9, None, None, None), AssignMode.MIXED, members) == 1
