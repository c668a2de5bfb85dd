"""Deciding who goes to which breakout group: pure functions, no database.

Two kinds of mode:
- keep-together (cluster, province, issue area): people of one cluster / province / issue
  area stay in one group; a unit larger than a group's share (ceil(people / groups)) is cut
  into pieces of that size. Units go, largest first, to the group with fewest people; people
  without the attribute (regional staff have no province) fill up the smallest groups last.
- mixed (balanced): every group gets a spread of provinces and issue areas, and sizes differ
  by at most one.
People moved by hand are given as `fixed` and stay where they are.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class AssignMode(StrEnum):
    CLUSTER = "cluster"
    PROVINCE = "province"
    ISSUE_AREA = "issue_area"
    MIXED = "mixed"


BALANCED_MODES = frozenset({AssignMode.MIXED})


@dataclass(frozen=True)
class Member:
    """What the assignment looks at for one active participant."""

    id: int
    province: str | None
    issue_area: int | None
    cluster: str | None


def unit_of(mode: AssignMode) -> Callable[[Member], object]:
    """The attribute that keeps people together in a keep-together mode."""
    return {
        AssignMode.CLUSTER: lambda m: m.cluster or None,
        AssignMode.PROVINCE: lambda m: m.province,
        AssignMode.ISSUE_AREA: lambda m: m.issue_area,
        AssignMode.MIXED: lambda m: None,
    }[mode]


def assign(
    people: Sequence[Member],
    group_count: int,
    mode: AssignMode,
    fixed: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """Map every person id to a group index in range(group_count).

    `fixed` maps people moved by hand to their group index; they keep it.
    """
    if group_count < 1:
        raise ValueError("at least one group is needed")
    fixed = {pid: g for pid, g in (fixed or {}).items() if 0 <= g < group_count}
    result = dict(fixed)
    sizes = Counter(fixed.values())
    free = [p for p in sorted(people, key=lambda p: p.id) if p.id not in fixed]
    if mode is AssignMode.MIXED:
        _spread(free, group_count, sizes, result, [p for p in people if p.id in fixed])
    else:
        share = math.ceil(len(people) / group_count) or 1
        for chunk in _chunks(free, unit_of(mode), share):
            target = min(range(group_count), key=lambda g: (sizes[g], g))
            for person in chunk:
                result[person.id] = target
            sizes[target] += len(chunk)
    return result


def _chunks(
    free: Sequence[Member], unit: Callable[[Member], object], share: int
) -> list[list[Member]]:
    """Whole units (cut to the share when larger), largest first; then singles."""
    units: dict[object, list[Member]] = defaultdict(list)
    singles: list[list[Member]] = []
    for person in free:
        key = unit(person)
        if key is None:
            singles.append([person])
        else:
            units[key].append(person)
    pieces = [
        members[start : start + share]
        for _key, members in sorted(units.items(), key=lambda item: str(item[0]))
        for start in range(0, len(members), share)
    ]
    pieces.sort(key=len, reverse=True)  # stable: equal sizes keep the key order
    return pieces + singles


def _spread(
    free: Sequence[Member],
    group_count: int,
    sizes: Counter[int],
    result: dict[int, int],
    fixed_people: Sequence[Member],
) -> None:
    """Each person to a smallest group, preferring one with fewest of their province,
    then of their issue area: sizes stay within one of each other."""
    provinces: Counter[tuple[int, str | None]] = Counter()
    areas: Counter[tuple[int, int | None]] = Counter()
    for person in fixed_people:
        provinces[result[person.id], person.province] += 1
        areas[result[person.id], person.issue_area] += 1
    by_province = Counter(p.province for p in free)
    order = sorted(
        free, key=lambda p: (-by_province[p.province], str(p.province), str(p.issue_area), p.id)
    )
    for person in order:
        smallest = min(sizes[g] for g in range(group_count))
        target = min(
            (g for g in range(group_count) if sizes[g] == smallest),
            key=lambda g: (provinces[g, person.province], areas[g, person.issue_area], g),
        )
        result[person.id] = target
        sizes[target] += 1
        provinces[target, person.province] += 1
        areas[target, person.issue_area] += 1


def fitting_group(
    person: Member, mode: AssignMode | None, members: Mapping[int, Sequence[Member]]
) -> int:
    """Where a newcomer (a walk-in) goes: among the groups that already hold people of
    their unit (cluster, province, issue area), the smallest; otherwise the smallest group.
    `members` maps every group index to its people."""
    groups = sorted(members)
    unit = unit_of(mode) if mode is not None else None
    key = unit(person) if unit is not None else None
    if key is not None and unit is not None:
        fitting = [g for g in groups if any(unit(m) == key for m in members[g])]
        if fitting:
            groups = fitting
    return min(groups, key=lambda g: (len(members[g]), g))
