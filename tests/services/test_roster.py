"""Rosters: grouped as asked, Thai dictionary order, counts per group and in total."""

from __future__ import annotations

import pytest

from registration.domain.errors import UserError
from registration.domain.thai_text import name_sort_key
from registration.services import registry
from registration.services.groups import create_group_set, edit_group
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.roster import RosterBy, RosterOptions, roster


def test_by_province_in_thai_order_with_counts(db, demo_event) -> None:
    made = roster(db, demo_event.id, RosterOptions())
    titles = [g.title for g in made.groups]
    assert titles[0] == "จังหวัดกาญจนบุรี (7 คน)" and titles[-1] == "ไม่ระบุจังหวัด (24 คน)"
    assert "จังหวัดเพชรบุรี (7 คน)" in titles  # เ sorts under พ, not after ฮ
    assert titles.index("จังหวัดเพชรบุรี (7 คน)") < titles.index("จังหวัดราชบุรี (7 คน)")
    assert made.total == "รวมทั้งสิ้น 136 คน" and made.row_count == 136
    assert made.lines[1] == "วันที่ 9–10 กุมภาพันธ์ 2562"
    people = {p.full_name: p for p in registry.list_participants(db, demo_event.id)}
    for group in made.groups:
        names = [row[1] for row in group.rows]
        keys = [name_sort_key(people[n].first_name, people[n].last_name) for n in names]
        assert keys == sorted(keys)
        assert [row[0] for row in group.rows] == [str(n) for n in range(1, len(names) + 1)]


def test_optional_columns_and_cancelled_people_left_out(db, demo_event) -> None:
    person = registry.list_participants(db, demo_event.id)[0]
    registry.cancel_participant(db, person.id)
    made = roster(db, demo_event.id, RosterOptions(RosterBy.ISSUE_AREA, ("nickname", "phone")))
    assert [c.heading for c in made.columns] == [
        "ที่", "ชื่อ-สกุล", "ชื่อเล่น", "จังหวัด", "ประเด็นงาน", "โทรศัพท์"]  # fmt: skip
    assert made.total == "รวมทั้งสิ้น 135 คน"
    assert all(row[1] != person.full_name for g in made.groups for row in g.rows)
    with pytest.raises(UserError) as caught:
        roster(db, demo_event.id, RosterOptions(columns=("salary",)))
    assert caught.value.code == "unknown_column"


def test_by_cluster_and_by_breakout_group(db, demo_event) -> None:
    by_cluster = roster(db, demo_event.id, RosterOptions(RosterBy.CLUSTER))
    assert [g.title for g in by_cluster.groups][:2] == [
        "กลุ่มจังหวัด lower-central-1 (28 คน)", "กลุ่มจังหวัด lower-central-2 (28 คน)"]  # fmt: skip
    made = create_group_set(db, demo_event.id, "บ่าย", 3)
    edit_group(db, made.groups[0].id, "กลุ่ม 1", "204", "คุณวิไล")
    assign_groups(db, made.id, AssignMode.MIXED)
    by_group = roster(db, demo_event.id, RosterOptions(RosterBy.GROUP, set_id=made.id))
    assert [g.title for g in by_group.groups] == [
        "กลุ่ม 1 · ห้อง 204 · ผู้ดำเนินกลุ่ม คุณวิไล (46 คน)", "กลุ่ม 2 (45 คน)", "กลุ่ม 3 (45 คน)"
    ]  # fmt: skip
    with pytest.raises(UserError) as caught:
        roster(db, demo_event.id, RosterOptions(RosterBy.GROUP))
    assert caught.value.code == "group_set_missing"
