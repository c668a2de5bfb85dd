"""Choosing who gets a badge, and the print log that makes reprints visible."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from registration.domain.badge_code import format_badge_code
from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.badges import (
    BadgeSelection,
    badge_print_history,
    print_count,
    record_badge_print,
    select_for_badges,
)
from registration.services.print_sources import report_source, signin_sheet_source
from registration.storage.database import Database


def test_selection_by_province_issue_area_and_role(db: Database, demo_event: EventInfo) -> None:
    everyone = select_for_badges(db, demo_event.id, BadgeSelection())
    assert len(everyone) == 136
    ayutthaya = select_for_badges(db, demo_event.id, BadgeSelection(province_code="TH-14"))
    assert len(ayutthaya) == 7
    assert {p.province.code for p in ayutthaya if p.province} == {"TH-14"}
    welfare = next(a for a in events.list_issue_areas(db, demo_event.id) if a.key == "welfare")
    both = BadgeSelection(province_code="TH-14", issue_area_id=welfare.id)
    assert [p.issue_area.key for p in select_for_badges(db, demo_event.id, both)] == ["welfare"]
    staff = select_for_badges(db, demo_event.id, BadgeSelection(role=Role.STAFF))
    assert len(staff) == 24


def test_selection_by_codes_keeps_the_order_given_and_accepts_typed_forms(
    db: Database, demo_event: EventInfo
) -> None:
    people = registry.list_participants(db, demo_event.id)
    wanted = [people[5].badge_code, format_badge_code(people[2].badge_code).lower()]
    chosen = select_for_badges(db, demo_event.id, BadgeSelection(codes=wanted))
    assert [p.id for p in chosen] == [people[5].id, people[2].id]


def test_unknown_or_mistyped_codes_are_named(db: Database, demo_event: EventInfo) -> None:
    code = registry.list_participants(db, demo_event.id)[0].badge_code
    typo = code[:-1] + ("2" if code[-1] != "2" else "3")
    with pytest.raises(UserError) as raised:
        select_for_badges(db, demo_event.id, BadgeSelection(codes=[code, typo]))
    assert raised.value.code == "bad_badge_code" and typo in raised.value.message


def test_cancelled_participants_get_no_badge(db: Database, demo_event: EventInfo) -> None:
    person = registry.list_participants(db, demo_event.id)[0]
    registry.cancel_participant(db, person.id, "Desk 1")
    with pytest.raises(UserError) as raised:
        select_for_badges(db, demo_event.id, BadgeSelection(codes=[person.badge_code]))
    assert raised.value.code == "unknown_badge_code"
    assert len(select_for_badges(db, demo_event.id, BadgeSelection())) == 135


def test_print_log_drives_not_yet_printed_and_shows_reprints(
    db: Database, demo_event: EventInfo
) -> None:
    people = registry.list_participants(db, demo_event.id)
    first = record_badge_print(
        db, demo_event.id, [p.id for p in people[:100]], "a4-8", "Desk 1", datetime(2019, 2, 8, 17)
    )
    rest = select_for_badges(db, demo_event.id, BadgeSelection(not_printed=True))
    assert [p.id for p in rest] == [p.id for p in people[100:]]
    record_badge_print(db, demo_event.id, [people[0].id], "a6", "Desk 2", datetime(2019, 2, 9, 8))
    history = badge_print_history(db, demo_event.id)
    assert [(h.desk, h.layout, len(h.participant_ids)) for h in history] == [
        ("Desk 2", "a6", 1),
        ("Desk 1", "a4-8", 100),
    ]
    assert history[1].id == first.id
    assert print_count(db, people[0].id) == 2 and print_count(db, people[1].id) == 1
    printed_all = BadgeSelection(not_printed=True, codes=[people[0].badge_code])
    with pytest.raises(UserError):
        select_for_badges(db, demo_event.id, printed_all)


def test_walk_ins_of_one_day(db: Database, demo_event: EventInfo) -> None:
    assert select_for_badges(db, demo_event.id, BadgeSelection(registered_on=date(2019, 2, 1)))
    with pytest.raises(UserError) as raised:
        select_for_badges(db, demo_event.id, BadgeSelection(registered_on=date(2019, 2, 9)))
    assert raised.value.code == "empty_selection"


def test_sign_in_sheet_source_has_active_check_ins_of_the_session(
    db: Database, demo_event: EventInfo
) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    people = registry.list_participants(db, demo_event.id, province_code="TH-14")
    at = datetime(2019, 2, 9, 8, 55)
    checkin.check_in(db, people[0].badge_code, session.id, "Desk 1", now=at)
    checkin.check_in(db, people[1].badge_code, session.id, "Desk 1", now=at)
    checkin.annul_by_code(db, people[1].badge_code, session.id, "wrong badge", "Desk 1")
    source = signin_sheet_source(db, session.id, "TH-14")
    assert [p.id for p in source.participants] == [p.id for p in people]
    assert source.check_in_times == {people[0].id: at}
    assert source.province is not None and source.province.code == "TH-14"


def test_report_source_counts_check_ins(db: Database, demo_event: EventInfo) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    person = registry.list_participants(db, demo_event.id, province_code="TH-14")[0]
    checkin.check_in(db, person.badge_code, session.id, "Desk 1")
    source = report_source(db, demo_event.id)
    assert len(source.provinces) == 16 and sum(source.expected.values()) == 136
    assert source.checked_in == {
        (session.id, "TH-14", person.issue_area.id if person.issue_area else None): 1
    }


def test_the_print_log_keeps_the_selection_in_words_and_knows_reprints(
    db: Database, demo_event: EventInfo
) -> None:
    from registration.services.badges import reprinted_job_ids

    people = [p.id for p in registry.list_participants(db, demo_event.id)[:3]]
    first = record_badge_print(
        db, demo_event.id, people[:2], "a4-8", "Desk A", selection="จังหวัดอ่างทอง"
    )
    other = record_badge_print(db, demo_event.id, people[2:], "a6", "Desk A")
    again = record_badge_print(db, demo_event.id, people[1:2], "a6", "Desk B")

    history = badge_print_history(db, demo_event.id)

    assert [job.selection for job in history] == ["", "", "จังหวัดอ่างทอง"]
    assert reprinted_job_ids(history) == {again.id}
    assert first.id not in reprinted_job_ids(history) and other.id not in reprinted_job_ids(history)
