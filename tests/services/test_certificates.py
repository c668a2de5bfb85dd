"""Who gets a certificate, and numbers that are unique and kept for reprints."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from registration.domain.errors import UserError
from registration.services import checkin, events, registry
from registration.services.certificates import (
    CertificateRule,
    RuleKind,
    certificate_log,
    certificate_number,
    eligible,
    issue_certificates,
)


@pytest.fixture
def attended(db, demo_event) -> dict[str, list]:
    """First 10 people at every session of day one; the next 10 at one session only."""
    people = registry.list_participants(db, demo_event.id)
    sessions = events.list_sessions(db, demo_event.id)
    day_one = [s for s in sessions if s.starts_at.date() == date(2019, 2, 9)]
    for person in people[:10]:
        for session in day_one:
            checkin.check_in(db, person.badge_code, session.id, "Desk 1")
    for person in people[10:20]:
        checkin.check_in(db, person.badge_code, day_one[0].id, "Desk 1")
    return {"full": people[:10], "once": people[10:20], "sessions": day_one}


def test_rules_pick_who_attended_enough(db, demo_event, attended) -> None:
    full = {p.id for p in attended["full"]}
    once = {p.id for p in attended["once"]}
    by_sessions = eligible(db, demo_event.id, CertificateRule(RuleKind.MIN_SESSIONS, sessions=2))
    assert {p.id for p in by_sessions} == full
    at_least_one = eligible(db, demo_event.id, CertificateRule(RuleKind.MIN_SESSIONS, sessions=1))
    assert {p.id for p in at_least_one} == full | once
    day = eligible(db, demo_event.id, CertificateRule(RuleKind.FULL_DAY, day=date(2019, 2, 9)))
    assert {p.id for p in day} == full
    picked = attended["once"][3]
    chosen = CertificateRule(RuleKind.CHOSEN, participant_ids=(picked.id,))
    assert [p.id for p in eligible(db, demo_event.id, chosen)] == [picked.id]


def test_a_cancelled_person_or_an_annulled_check_in_does_not_count(
    db, demo_event, attended
) -> None:
    person = attended["full"][0]
    registry.cancel_participant(db, person.id)
    other = attended["once"][0]
    session = attended["sessions"][0]
    checkin.annul_by_code(db, other.badge_code, session.id, "wrong badge")
    rule = CertificateRule(RuleKind.MIN_SESSIONS, sessions=1)
    found = {p.id for p in eligible(db, demo_event.id, rule)}
    assert person.id not in found and other.id not in found and len(found) == 18


def test_no_session_that_day_is_a_user_error(db, demo_event) -> None:
    with pytest.raises(UserError) as caught:
        eligible(db, demo_event.id, CertificateRule(RuleKind.FULL_DAY, day=date(2019, 3, 1)))
    assert caught.value.code == "bad_rule"


def test_numbers_are_unique_and_kept_on_reprint(db, demo_event, attended) -> None:
    first = issue_certificates(
        db, demo_event.id, attended["full"][:5], "Desk 1", now=datetime(2019, 2, 10, 16, 0)
    )
    assert [c.number for c in first] == [1, 2, 3, 4, 5] and not any(c.reprint for c in first)
    again = issue_certificates(
        db, demo_event.id, attended["full"], "Desk 2", now=datetime(2019, 2, 10, 16, 30)
    )
    numbers = {c.participant.id: c.number for c in again}
    assert [numbers[c.participant.id] for c in first] == [1, 2, 3, 4, 5]
    assert sorted(numbers.values()) == list(range(1, 11))
    assert [c.reprint for c in again] == [True] * 5 + [False] * 5
    log = certificate_log(db, demo_event.id)
    assert [e.number for e in log] == list(range(1, 11))
    assert log[0].printed_count == 2 and log[0].issued_at == datetime(2019, 2, 10, 16, 0)
    assert certificate_number(7, demo_event.starts_on) == "0007/2562"
