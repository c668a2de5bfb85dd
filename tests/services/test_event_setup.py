"""Editing the event, moving its sessions, recolouring its issue areas."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from registration.domain.errors import UserError
from registration.services.checkin import annul_by_code, check_in
from registration.services.event_setup import (
    add_issue_area,
    update_event,
    update_issue_area,
    update_session,
)
from registration.services.events import (
    NewIssueArea,
    NewSession,
    delete_session,
    get_event,
    list_issue_areas,
    list_sessions,
    session_check_in_count,
)
from registration.services.registry import list_participants


def test_edit_the_event(db, demo_event) -> None:
    changed = update_event(
        db, demo_event.id, " งานทดลอง ", date(2019, 2, 9), date(2019, 2, 11), venue="ห้องประชุม"
    )

    assert get_event(db, demo_event.id) == changed
    assert (changed.name, changed.ends_on, changed.venue) == (
        "งานทดลอง",
        date(2019, 2, 11),
        "ห้องประชุม",
    )


def test_moving_a_session_reorders_the_programme(db, demo_event) -> None:
    first, second = list_sessions(db, demo_event.id)[:2]
    later = NewSession(
        first.title,
        second.starts_at + timedelta(hours=1),
        second.ends_at + timedelta(hours=1),
        first.kind,
    )

    update_session(db, first.id, later)

    assert [s.id for s in list_sessions(db, demo_event.id)[:2]] == [second.id, first.id]


@pytest.mark.parametrize(
    ("hours", "title", "code"), [(-1, "x", "bad_times"), (1, " ", "missing_title")]
)
def test_a_session_that_makes_no_sense_is_refused(db, demo_event, hours, title, code) -> None:
    session = list_sessions(db, demo_event.id)[0]
    bad = NewSession(title, session.starts_at, session.starts_at + timedelta(hours=hours))

    with pytest.raises(UserError) as refused:
        update_session(db, session.id, bad)

    assert refused.value.code == code
    assert list_sessions(db, demo_event.id)[0] == session


def test_issue_areas_are_added_and_recoloured(db, demo_event) -> None:
    area = add_issue_area(
        db, demo_event.id, NewIssueArea("youth", "เยาวชน", "Youth", colour="#12ab34")
    )
    assert area.colour == "#12AB34"

    update_issue_area(db, area.id, "เด็กและเยาวชน", "Children and youth", "#000000")

    again = {a.id: a for a in list_issue_areas(db, demo_event.id)}[area.id]
    assert (again.name_th, again.colour) == ("เด็กและเยาวชน", "#000000")
    with pytest.raises(UserError, match="colour"):
        update_issue_area(db, area.id, "เยาวชน", "", "green")
    with pytest.raises(UserError) as duplicate:
        add_issue_area(db, demo_event.id, NewIssueArea("youth", "ซ้ำ"))
    assert duplicate.value.code == "duplicate_key"


def test_a_session_nobody_checked_in_to_is_deleted(db, demo_event) -> None:
    sessions = list_sessions(db, demo_event.id)

    delete_session(db, sessions[-1].id, "Desk 1")

    assert list_sessions(db, demo_event.id) == sessions[:-1]


def test_a_session_with_check_ins_stays_with_a_reason(db, demo_event) -> None:
    session = list_sessions(db, demo_event.id)[0]
    people = list_participants(db, demo_event.id)[:2]
    check_in(db, people[0].badge_code, session.id, "Desk 1")
    check_in(db, people[1].badge_code, session.id, "Desk 1")
    annul_by_code(db, people[1].badge_code, session.id, "wrong person", "Desk 1")

    with pytest.raises(UserError) as refused:
        delete_session(db, session.id, "Desk 1")

    assert (refused.value.code, refused.value.params) == ("session_has_check_ins", {"count": 2})
    assert session_check_in_count(db, session.id) == 2
    assert list_sessions(db, demo_event.id)[0] == session
