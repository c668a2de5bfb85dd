"""Sending a batch of a desk's queued scans in one transaction, with the same rules.

After an outage every desk sends hundreds of scans at once. Scan by scan
(queued_scan.py) each is a transaction of its own: the session, the person, the
insert, the commit. Here a batch reads the sessions, the people behind its codes,
the scans that reached the server before and the check-ins that count for its
(person, session) pairs once each, stores the new check-ins in one INSERT, decides
every scan in order as checkin.check_in and queued_scan.settle would, and commits
once. Either the whole batch reaches the server or none of it: a batch cut short is
sent again, and its scans are found by their ids.

On PostgreSQL the batch first locks its people's rows in id order (FOR NO KEY
UPDATE: other desks' scans of them go on), so two desks' batches wait for each
other in turn, never in a circle. The one race it leaves to the scan-by-scan path
is the same scan id stored meanwhile by a late answer of the server: the batch is
rolled back and sent scan by scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from registration.domain import limits
from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInOutcome, ParticipantStatus
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services.checkin import (
    MAX_RAW_LENGTH,
    CheckInResult,
    counting_record,
    failed_scan,
    insert_check_in,
    new_check_in_values,
)
from registration.services.counted_anyway import record_counted_anyway
from registration.services.participant_query import participant_select, record_from_row
from registration.services.sync.queued_scan import (
    AppliedScan,
    QueuedScan,
    active_check_in,
    already_sent,
    apply_scan_by_scan,
    own_check_ins_in,
    settle,
)
from registration.storage import models
from registration.storage.database import Database

Pair = tuple[int, int]  # participant id, session id


def apply_batch(db: Database, scans: Sequence[QueuedScan], now: datetime) -> list[AppliedScan]:
    """What the server made of each scan, in order: all stored, or none (an error)."""
    try:
        with db.write() as s:
            return _Batch(db, s, scans, now).apply()
    except IntegrityError:  # a late answer stored one of these scans meanwhile
        return list(apply_scan_by_scan(db, scans, now))


class _Batch:
    """One transaction's worth of queued scans, decided oldest first."""

    def __init__(
        self, db: Database, s: OrmSession, scans: Sequence[QueuedScan], now: datetime
    ) -> None:
        self.db, self.s, self.scans, self.now = db, s, scans, now
        self.parsed = {
            scan.scan_id: parse_badge_code(_raw(scan))
            for scan in scans
            if not isinstance(scan.target, int)
        }
        self.people_by_id: dict[int, ParticipantRecord] = {}
        self.people_by_code: dict[str, ParticipantRecord] = {}
        self.counting: dict[Pair, models.CheckIn | int] = {}  # the check-in that counts

    def apply(self) -> list[AppliedScan]:
        sessions = self._sessions()
        self._read_people()  # locked before anything else is read
        own = own_check_ins_in(self.s, [scan.scan_id for scan in self.scans])
        self._read_counting()
        ready = [s for s in self.scans if s.scan_id not in own and s.session_id in sessions]
        new_ids = self._insert_new(ready)
        applied = []
        for scan in self.scans:
            if (sent := own.get(scan.scan_id)) is not None:
                applied.append(already_sent(scan, sent))
            elif scan.session_id not in sessions:
                applied.append(self._failed(scan, CheckInOutcome.NO_SUCH_SESSION))
            else:
                applied.append(self._apply(scan, new_ids.get(scan.scan_id)))
        for done in applied:  # counted at a group's room for someone of another group
            scan = done.scan
            record_counted_anyway(self.s, done.result, scan.desk, scan.anyway, scan.scanned_at)
        self.db.known_session_ids.update(sessions)
        return applied

    def _sessions(self) -> set[int]:
        named = {scan.session_id for scan in self.scans}
        wanted = named - self.db.known_session_ids
        if not wanted:
            return named
        found = self.s.scalars(select(models.Session.id).where(models.Session.id.in_(wanted)))
        return (named - wanted) | set(found)

    def _read_people(self) -> None:
        ids = [scan.target for scan in self.scans if isinstance(scan.target, int)]
        codes = [parsed.code for parsed in self.parsed.values() if parsed.valid]
        people = self.s.execute(
            participant_select()
            .where(or_(models.Participant.id.in_(ids), models.Participant.badge_code.in_(codes)))
            .order_by(models.Participant.id)
            .with_for_update(of=models.Participant.__table__, key_share=True)
        )
        for row in people:
            person = record_from_row(row)
            self.people_by_id[person.id] = self.people_by_code[person.badge_code] = person

    def _read_counting(self) -> None:
        pairs = {
            (person.id, scan.session_id)
            for scan in self.scans
            if (person := self._person(scan)) is not None
        }
        if not pairs:
            return
        rows = self.s.scalars(  # by column, so that the (person, session) index is used
            select(models.CheckIn)
            .where(
                models.CheckIn.participant_id.in_({person for person, _ in pairs}),
                models.CheckIn.session_id.in_({session for _, session in pairs}),
                models.CheckIn.annulled_at.is_(None),
            )
            .with_for_update()
        )
        found = {(row.participant_id, row.session_id): row for row in rows}
        self.counting.update({pair: row for pair, row in found.items() if pair in pairs})

    def _person(self, scan: QueuedScan) -> ParticipantRecord | None:
        if isinstance(scan.target, int):
            return self.people_by_id.get(scan.target)
        parsed = self.parsed[scan.scan_id]
        return self.people_by_code.get(parsed.code) if parsed.valid else None

    def _problem(self, scan: QueuedScan) -> CheckInOutcome | None:
        """Why checkin.check_in refuses the scan of a session that exists, if it does."""
        parsed = self.parsed.get(scan.scan_id)
        if parsed is not None and not parsed.valid:
            return CheckInOutcome(parsed.problem.value if parsed.problem else "")
        person = self._person(scan)
        if person is None:
            return CheckInOutcome.UNKNOWN_CODE
        if person.status is ParticipantStatus.CANCELLED:
            return CheckInOutcome.CANCELLED_PARTICIPANT
        return None

    def _insert_new(self, scans: list[QueuedScan]) -> dict[str, int]:
        """One INSERT for the first scan of each pair that no check-in counts for yet:
        the new check-ins' ids by scan id (none where another desk's came first)."""
        rows: dict[Pair, dict[str, object]] = {}
        for scan in scans:
            person = self._person(scan)
            if person is None or self._problem(scan) is not None:
                continue
            pair = (person.id, scan.session_id)
            if pair not in self.counting and pair not in rows:
                rows[pair] = new_check_in_values(
                    person.id,
                    scan.session_id,
                    scan.scanned_at,
                    limits.desk_name(scan.desk),
                    scan.method,
                    scan.scan_id,
                )
        if not rows:
            return {}
        stored = self.s.execute(insert_check_in(self.db), list(rows.values()))
        return {scan_id: new_id for new_id, scan_id in stored}

    def _apply(self, scan: QueuedScan, new_id: int | None) -> AppliedScan:
        """As checkin.check_in decides it, then queued_scan.settle when it was taken."""
        if (problem := self._problem(scan)) is not None:
            return self._failed(scan, problem, self._person(scan))
        person = self._person(scan)
        assert person is not None
        pair = (person.id, scan.session_id)
        if new_id is not None:
            self.counting[pair] = new_id
            return AppliedScan(scan, _counted(scan, person, new_id))
        active = self._active(pair)
        if active is not None and active.scan_id == scan.scan_id:  # its own, stored meanwhile
            first = CheckInResult(
                CheckInOutcome.CHECKED_IN, _raw(scan), scan.session_id, person, _first(active)
            )
            return AppliedScan(scan, first)
        applied = settle(self.s, scan, _raw(scan), person, active, self.now)
        assert applied.result.check_in is not None
        self.counting[pair] = applied.result.check_in.id
        return applied

    def _active(self, pair: Pair) -> models.CheckIn | None:
        """The check-in that counts for the pair, locked; None if it was undone meanwhile."""
        known = self.counting.get(pair)
        if isinstance(known, int):
            return self.s.get(models.CheckIn, known)
        if known is not None:
            return known
        return self.s.scalars(active_check_in(*pair).with_for_update()).one_or_none()

    def _failed(
        self, scan: QueuedScan, outcome: CheckInOutcome, person: ParticipantRecord | None = None
    ) -> AppliedScan:
        """Stored as checkin.check_in stores a failed scan, with the raw text."""
        desk = limits.desk_name(scan.desk)
        raw, when = _raw(scan), scan.scanned_at
        return AppliedScan(
            scan, failed_scan(self.s, outcome, raw, scan.session_id, desk, when, person)
        )


def _raw(scan: QueuedScan) -> str:
    return str(scan.target)[:MAX_RAW_LENGTH]


def _counted(scan: QueuedScan, person: ParticipantRecord, new_id: int) -> CheckInResult:
    first = counting_record(
        new_id,
        person.id,
        scan.session_id,
        scan.scanned_at,
        limits.desk_name(scan.desk),
        scan.method,
    )
    return CheckInResult(CheckInOutcome.CHECKED_IN, _raw(scan), scan.session_id, person, first)


def _first(active: models.CheckIn) -> CheckInRecord:
    """The check-in that counts as checkin.check_in reports it."""
    return counting_record(
        active.id,
        active.participant_id,
        active.session_id,
        active.checked_in_at,
        active.desk,
        active.method,
    )
