"""Who is still missing: registered − checked in, per province and issue area, live."""

from __future__ import annotations

from collections import Counter

import pytest

from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.services import checkin, events, registry
from registration.services.missing import NO_PROVINCE, MissingBy, missing_list


@pytest.fixture
def session_id(db, demo_event) -> int:
    return events.list_sessions(db, demo_event.id)[0].id


def _check_in_every_third(db, demo_event, session_id: int) -> list:
    people = registry.list_participants(db, demo_event.id)
    for person in people[::3]:
        checkin.check_in(db, person.badge_code, session_id, "Desk 1")
    return people


def test_counts_are_registered_minus_checked_in_per_province(db, demo_event, session_id) -> None:
    people = _check_in_every_third(db, demo_event, session_id)
    cancelled = people[1]
    registry.cancel_participant(db, cancelled.id)
    arrived = {p.id for p in people[::3]}
    found = missing_list(db, session_id)
    active = [p for p in people if p.id != cancelled.id]
    registered = Counter(p.province.name_th if p.province else NO_PROVINCE for p in active)
    checked = Counter(
        p.province.name_th if p.province else NO_PROVINCE for p in active if p.id in arrived
    )
    assert {g.title: g.missing for g in found.groups} == {
        name: registered[name] - checked[name] for name in registered
    }
    assert {g.title: len(g.people) for g in found.groups} == {
        g.title: g.missing for g in found.groups
    }
    listed = {m.participant.id for g in found.groups for m in g.people}
    assert cancelled.id not in listed and listed.isdisjoint(arrived)
    assert found.missing == 135 - len(arrived)


def test_a_check_in_or_an_undo_changes_the_list_at_once(db, demo_event, session_id) -> None:
    person = registry.list_participants(db, demo_event.id, "TH-14")[0]
    before = missing_list(db, session_id).missing
    result = checkin.check_in(db, person.badge_code, session_id, "Desk 2")
    assert missing_list(db, session_id).missing == before - 1
    checkin.annul(db, result.check_in.id, "wrong person")
    assert missing_list(db, session_id).missing == before


def test_each_person_comes_with_phone_and_their_provinces_secretariat(
    db, demo_event, session_id
) -> None:
    found = missing_list(db, session_id)
    ayutthaya = next(g for g in found.groups if g.key == "TH-14")
    secretary = next(p for p in ayutthaya.people if p.participant.role is Role.SECRETARIAT)
    assert secretary.contact is None  # nobody to call about themselves
    others = [p for p in ayutthaya.people if p is not secretary]
    assert {p.contact.name for p in others} == {secretary.participant.full_name}
    assert all(p.participant.phone for p in others)
    staff = next(g for g in found.groups if g.key == "")
    assert staff.title == NO_PROVINCE and found.groups[-1] is staff
    assert all(p.contact is None for p in staff.people)


def test_grouped_by_issue_area_in_thai_order(db, demo_event, session_id) -> None:
    found = missing_list(db, session_id, MissingBy.ISSUE_AREA)
    assert len(found.groups) == 8 and found.missing == 136
    titles = [g.title for g in found.groups]
    names = [[m.participant.full_name for m in g.people] for g in found.groups]
    assert titles[0] == "กองเลขา" and sum(map(len, names)) == 136


def test_an_unknown_session_is_a_user_error(db, demo_event) -> None:
    with pytest.raises(UserError) as caught:
        missing_list(db, 999)
    assert caught.value.code == "no_such_session"
