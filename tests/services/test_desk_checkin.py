"""One way down for a desk's check-in: the code read once, one call, one result type."""

from __future__ import annotations

from datetime import datetime

import pytest

from registration.domain.badge_code import CodeProblem
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import CheckInRecord, EventInfo, ParticipantRecord
from registration.domain.scan_entry import BadgeScan, NameQuery, read_entry, read_scan
from registration.services import checkin, events, registry
from registration.services.checkin import CheckInResult, RecentScan
from registration.services.desk_checkin import EmbeddedDesk, LinkedDesk, desk_for
from registration.services.sync.results import DeskScanResult
from registration.storage.database import Database


@pytest.fixture
def people(db: Database, demo_event: EventInfo) -> list[ParticipantRecord]:
    return registry.list_participants(db, demo_event.id)


def test_typed_text_reads_as_a_code_or_a_name() -> None:
    assert read_entry("สมศรี") == NameQuery("สมศรี")
    assert read_entry("0812345678") == NameQuery("0812345678")
    mistyped = read_entry("AAAA-AAAA-AAAA-AAAA")
    assert isinstance(mistyped, BadgeScan)
    assert mistyped.parsed.problem is CodeProblem.BAD_CHECK
    assert read_scan("garbage").parsed.problem is CodeProblem.NOT_A_CODE  # a scan stays a scan


def test_the_embedded_desk_checks_in_a_code_read_once(
    db: Database, demo_event: EventInfo, people: list[ParticipantRecord]
) -> None:
    session = events.list_sessions(db, demo_event.id)[0].id
    desk = desk_for(db, "Desk 1", None)
    assert isinstance(desk, EmbeddedDesk)
    done = desk.check_in(read_scan(people[0].badge_code.lower()), session, CheckInMethod.SCAN)
    assert done.result.outcome is CheckInOutcome.CHECKED_IN and done.confirmed
    again = desk.check_in(people[0].id, session, CheckInMethod.SEARCH)
    assert again.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    first = done.result.check_in
    assert first is not None
    undone = desk.annul(RecentScan(first, people[0], done.scan_id), "wrong person")
    assert undone.annulled_at is not None


def test_a_scan_that_reads_as_no_code_is_logged_with_its_raw_text(
    db: Database, demo_event: EventInfo
) -> None:
    session = events.list_sessions(db, demo_event.id)[0].id
    done = EmbeddedDesk(db, "Desk 1").check_in(read_scan("]Q1xyz"), session, CheckInMethod.SCAN)
    assert done.result.outcome is CheckInOutcome.NOT_A_BADGE_CODE
    assert done.result.raw_text == "]Q1xyz"


class FakeLink:
    """Stands in for DeskLink: answers offline, queued, as the link does without a server."""

    def __init__(self) -> None:
        self.desk = "Desk 7"
        self.sent: list[object] = []

    def check_in(
        self, code: str | int, session_id: int, method: CheckInMethod, anyway: object = None
    ) -> DeskScanResult:
        self.sent.append(code)
        record = CheckInRecord(
            0, 1, session_id, datetime(2019, 2, 9, 9), self.desk, method, None, ""
        )
        result = CheckInResult(CheckInOutcome.CHECKED_IN, str(code), session_id, None, record)
        return DeskScanResult(result, "scan-1", online=False, queued=True)


def test_the_linked_desk_says_when_the_server_has_not_confirmed(db: Database) -> None:
    link = FakeLink()
    desk = LinkedDesk(link, db)  # type: ignore[arg-type]
    done = desk.check_in(read_scan("K7QM-3HXR"), 5, CheckInMethod.SCAN)
    assert (done.confirmed, done.queued) == (False, True)
    assert link.sent == ["K7QM-3HXR"] and desk.desk == "Desk 7"


def test_checkin_reads_a_badge_scan_without_parsing_it_again(
    db: Database, demo_event: EventInfo, people: list[ParticipantRecord]
) -> None:
    session = events.list_sessions(db, demo_event.id)[0].id
    scanned = read_scan(people[1].badge_code)
    result = checkin.check_in(db, scanned, session, "Desk 1")
    assert result.participant is not None and result.participant.id == people[1].id
