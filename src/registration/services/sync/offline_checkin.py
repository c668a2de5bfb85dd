"""A check-in decided at the desk while the server is out of reach."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInOutcome, ParticipantStatus
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services.checkin import CheckInResult
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.queued_scan import QueuedScan
from registration.services.sync.results import DeskScanResult
from registration.services.sync.seen_online import SeenOnline


def check_in_offline(store: DeskStore, seen: SeenOnline, scan: QueuedScan) -> DeskScanResult:
    """Decide from the desk's copy of the list; a scan that counts is queued first.

    A code missing from the copy is queued too: the person may have registered at
    another desk since the copy was made, and the server decides when it is back.
    """
    raw = str(scan.target)
    if isinstance(scan.target, int):
        person = store.person_by_id(scan.target)
    else:
        parsed = parse_badge_code(raw)
        if not parsed.valid:
            outcome = CheckInOutcome(parsed.problem.value if parsed.problem else "")
            return _offline(CheckInResult(outcome, raw, scan.session_id), scan, False)
        person = store.person_by_code(parsed.code)
        scan = replace(scan, target=parsed.code)
    if person is None:
        store.enqueue(scan, None)
        unknown = CheckInResult(CheckInOutcome.UNKNOWN_CODE, raw, scan.session_id)
        return _offline(unknown, scan, True)
    if person.status is ParticipantStatus.CANCELLED:
        outcome = CheckInOutcome.CANCELLED_PARTICIPANT
        return _offline(CheckInResult(outcome, raw, scan.session_id, person), scan, False)
    key = (person.id, scan.session_id)
    known = seen.get(key) or store.known_check_in(*key)
    if known is not None:
        first = _record(person, scan, *known)
        outcome = CheckInOutcome.ALREADY_CHECKED_IN
        return _offline(CheckInResult(outcome, raw, scan.session_id, person, first), scan, False)
    store.enqueue(scan, person.id)
    first = _record(person, scan, scan.scanned_at, scan.desk)
    counted = CheckInResult(CheckInOutcome.CHECKED_IN, raw, scan.session_id, person, first)
    return _offline(counted, scan, True)


def _offline(result: CheckInResult, scan: QueuedScan, queued: bool) -> DeskScanResult:
    return DeskScanResult(result, scan.scan_id, online=False, queued=queued)


def _record(person: ParticipantRecord, scan: QueuedScan, at: datetime, desk: str) -> CheckInRecord:
    return CheckInRecord(0, person.id, scan.session_id, at, desk, scan.method, None, "")
