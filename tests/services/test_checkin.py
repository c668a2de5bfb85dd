from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from registration.domain.badge_code import check_character
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.errors import UserError
from registration.domain.kedmanee import type_as_kedmanee
from registration.domain.records import EventInfo, ParticipantRecord, SessionInfo
from registration.services import checkin, events, registry
from registration.services.attendance import attendance_counts
from registration.storage import models
from registration.storage.database import Database

AT_0842 = datetime(2019, 2, 9, 8, 42)


@pytest.fixture
def people(db: Database, demo_event: EventInfo) -> list[ParticipantRecord]:
    return registry.list_participants(db, demo_event.id)


@pytest.fixture
def opening(db: Database, demo_event: EventInfo) -> SessionInfo:
    return events.list_sessions(db, demo_event.id)[0]


def failed_reasons(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(models.FailedScan.reason).order_by(models.FailedScan.id)))


def test_a_scan_checks_the_person_in(db, people, opening) -> None:
    result = checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1", now=AT_0842)
    assert result.outcome is CheckInOutcome.CHECKED_IN and result.counted
    assert result.participant == people[0]
    assert result.check_in is not None
    assert (result.check_in.desk, result.check_in.checked_in_at) == ("Desk 1", AT_0842)
    assert result.check_in.method is CheckInMethod.SCAN


def test_a_second_scan_reports_the_first_time_and_desk_and_adds_no_row(db, people, opening) -> None:
    checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1", now=AT_0842)
    again = checkin.check_in(
        db, people[0].badge_code, opening.id, "Desk 2", now=datetime(2019, 2, 9, 9, 5)
    )
    assert again.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert again.check_in is not None
    assert (again.check_in.desk, again.check_in.checked_in_at) == ("Desk 1", AT_0842)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.CheckIn)) == 1
    assert failed_reasons(db) == []  # a repeat is no failure


def test_the_same_person_can_check_in_to_every_session(db, demo_event, people) -> None:
    for session in events.list_sessions(db, demo_event.id):
        assert checkin.check_in(db, people[0].badge_code, session.id, "Desk 1").counted


def test_a_scan_with_the_thai_keyboard_layout_checks_in_the_right_person(
    db, people, opening
) -> None:
    scanned = type_as_kedmanee(people[5].badge_code)
    result = checkin.check_in(db, scanned, opening.id, "Desk 1")
    assert result.outcome is CheckInOutcome.CHECKED_IN
    assert result.participant == people[5]


def test_a_typo_is_told_apart_from_an_unknown_person(db, people, opening) -> None:
    code = people[0].badge_code
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    assert checkin.check_in(db, typo, opening.id, "D").outcome is (
        CheckInOutcome.BAD_CHECK_CHARACTER
    )
    body = "Z" * 15
    stranger = body + check_character(body)
    assert checkin.check_in(db, stranger, opening.id, "D").outcome is CheckInOutcome.UNKNOWN_CODE
    assert checkin.check_in(db, "hello", opening.id, "D").outcome is (
        CheckInOutcome.NOT_A_BADGE_CODE
    )
    assert failed_reasons(db) == ["bad_check_character", "unknown_code", "not_a_badge_code"]


def test_a_cancelled_participant_is_not_checked_in(db, people, opening) -> None:
    registry.cancel_participant(db, people[0].id, "Desk 1", "did not come")
    result = checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1")
    assert result.outcome is CheckInOutcome.CANCELLED_PARTICIPANT
    assert result.participant is not None and result.check_in is None
    assert failed_reasons(db) == ["cancelled_participant"]


def test_an_unknown_session_is_reported(db, people) -> None:
    result = checkin.check_in(db, people[0].badge_code, 999, "Desk 1")
    assert result.outcome is CheckInOutcome.NO_SUCH_SESSION
    assert failed_reasons(db) == ["no_such_session"]


def test_check_in_by_participant_from_a_name_search(db, people, opening) -> None:
    result = checkin.check_in(db, people[3].id, opening.id, "Desk 1", CheckInMethod.SEARCH)
    assert result.counted and result.check_in is not None
    assert result.check_in.method is CheckInMethod.SEARCH


def test_annul_keeps_the_row_and_lets_the_person_check_in_again(db, people, opening) -> None:
    first = checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1", now=AT_0842)
    assert first.check_in is not None
    annulled = checkin.annul(db, first.check_in.id, "scanned the wrong badge", "Desk 1")
    assert annulled.annulled_at is not None
    assert annulled.annul_reason == "scanned the wrong badge"
    again = checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1")
    assert again.outcome is CheckInOutcome.CHECKED_IN
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.CheckIn)) == 2
    with pytest.raises(UserError) as caught:
        checkin.annul(db, first.check_in.id, "again", "Desk 1")
    assert caught.value.code == "already_annulled"


def test_annul_needs_a_reason(db, people, opening) -> None:
    result = checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1")
    assert result.check_in is not None
    with pytest.raises(UserError) as caught:
        checkin.annul(db, result.check_in.id, "  ")
    assert caught.value.code == "missing_reason"


def test_annul_by_code(db, people, opening) -> None:
    checkin.check_in(db, people[0].badge_code, opening.id, "Desk 1")
    record = checkin.annul_by_code(db, people[0].badge_code, opening.id, "test", "Desk 1")
    assert record.annulled_at is not None
    with pytest.raises(UserError) as caught:
        checkin.annul_by_code(db, people[0].badge_code, opening.id, "test", "Desk 1")
    assert caught.value.code == "not_checked_in"


def test_recent_check_ins_of_this_desk_newest_first(db, people, opening) -> None:
    for minute, person in enumerate(people[:25]):
        checkin.check_in(
            db, person.badge_code, opening.id, "Desk 1", now=datetime(2019, 2, 9, 8, minute)
        )
    checkin.check_in(db, people[30].badge_code, opening.id, "Desk 2")
    recent = checkin.recent_check_ins(db, "Desk 1")
    assert len(recent) == 20
    assert recent[0].participant == people[24]
    assert all(r.check_in.desk == "Desk 1" for r in recent)


def test_counts_per_session_province_and_issue_area(db, demo_event, people, opening) -> None:
    in_province = [p for p in people if p.province and p.province.code == "TH-73"]
    for person in in_province:
        checkin.check_in(db, person.badge_code, opening.id, "Desk 1")
    outsider = next(p for p in people if p.province and p.province.code != "TH-73")
    annulled = checkin.check_in(db, outsider.badge_code, opening.id, "Desk 1")
    assert annulled.check_in is not None
    checkin.annul(db, annulled.check_in.id, "test")
    counts = attendance_counts(db, demo_event.id)
    assert counts.session_total(opening.id) == len(in_province) == 7
    assert counts.session_province(opening.id, "TH-73") == 7
    assert counts.expected_total == 136
    assert counts.expected_province("TH-73") == 7
    area = in_province[0].issue_area
    assert area is not None
    assert counts.session_issue_area(opening.id, area.id) == sum(
        1 for p in in_province if p.issue_area == area
    )


scanner_payloads = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="23456789ABCDEFGHJKMNPQRSTUVWXYZ-", min_size=14, max_size=20),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=scanner_payloads)
def test_any_scanner_payload_is_answered_and_never_checks_in_a_stranger(
    db, opening, payload: str
) -> None:
    result = checkin.check_in(db, payload, opening.id, "Desk 1")
    assert result.outcome in {
        CheckInOutcome.NOT_A_BADGE_CODE,
        CheckInOutcome.BAD_CHECK_CHARACTER,
        CheckInOutcome.UNKNOWN_CODE,
    }
    assert not result.counted and result.check_in is None
    assert failed_reasons(db)[-1] == result.outcome.value


def test_scanner_suffixes_are_ignored_and_control_characters_stored_visibly(
    db, people, opening
) -> None:
    assert checkin.check_in(db, people[0].badge_code + "\r\n", opening.id, "D").counted
    result = checkin.check_in(db, "AB\x00C\x1d", opening.id, "D")
    assert result.outcome is CheckInOutcome.NOT_A_BADGE_CODE
    with db.read() as s:
        stored = s.scalars(select(models.FailedScan.raw_text)).one()
    assert stored == "AB\\x00C\\x1d"
