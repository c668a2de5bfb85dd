"""One desk's link to the shared database, which keeps checking people in when it drops.

Online, a scan goes straight to the server (with the desk's id for the scan).
When the server cannot be reached, the desk says so, checks people in against
its last copy of the participant list and queues each scan in its own SQLite
file; `flush()` sends the queue once the server answers again. A scan whose
answer was lost with the connection is queued too: its id makes the retry find
the first one instead of counting twice.

The window calls `check_in` for every scan and, from a timer in a worker thread,
`changes()` about once a second, `flush()` every few seconds and `refresh()`
every few minutes. The link can be used from those two threads at once.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome, ParticipantStatus
from registration.domain.errors import EnvironmentProblem
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.services import checkin
from registration.services.checkin import CheckInResult
from registration.services.participant_query import participant_select, record_from_row
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.feed import (
    ChangeKind,
    CheckInChange,
    FeedCursor,
    changes_since,
    feed_start,
)
from registration.services.sync.queued_scan import QueuedScan, apply_queued_scan
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database

log = logging.getLogger(__name__)

# A dropped network shows within seconds, not after the operating system's minutes.
POSTGRES_TIMEOUTS = {"connect_timeout": "3", "tcp_user_timeout": "3000"}
UNREACHABLE = (EnvironmentProblem, OperationalError, InterfaceError)


@dataclass(frozen=True)
class DeskScanResult:
    """A check-in result plus where it was decided.

    Offline (`online` false) the check-in record has id 0: the server gives it one
    when the queued scan is sent. `queued` means the scan waits in the desk's file.
    """

    result: CheckInResult
    scan_id: str
    online: bool
    queued: bool


@dataclass(frozen=True)
class LinkStatus:
    online: bool
    queued: int  # scans waiting to be sent
    problem: str  # why the server was last out of reach ("" when online)
    list_copied_at: datetime | None  # when the participant list was last copied


@dataclass(frozen=True)
class FlushReport:
    sent: int
    conflicts: int  # sent scans of people checked in at another desk meanwhile
    remaining: int


def with_timeouts(url: str) -> str:
    """A PostgreSQL URL with short connect and send timeouts (others unchanged)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    missing = {k: v for k, v in POSTGRES_TIMEOUTS.items() if k not in parsed.query}
    return parsed.update_query_dict(missing).render_as_string(hide_password=False)


class DeskLink:
    def __init__(
        self,
        server_url: str,
        store_path: Path,
        desk: str,
        event_id: int,
        open_server: Callable[[str], Database] = open_database,
    ) -> None:
        self.desk = desk
        self.event_id = event_id
        self.store = DeskStore(store_path)
        self._url = with_timeouts(server_url)
        self._open_server = open_server
        self._server: Database | None = None
        self._online = False
        self._problem = "not connected yet"
        self._cursor: FeedCursor | None = None
        self._flushing = threading.Lock()
        # Who this desk saw checked in online since its file last caught up through
        # `changes()`: an offline repeat of them is "already checked in", not a new scan.
        self._seen_online: dict[tuple[int, int], tuple[datetime, str]] = {}
        self.reconnect()

    # -- state --------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._online

    def status(self) -> LinkStatus:
        return LinkStatus(
            self._online, self.store.queue_length(), self._problem, self.store.refreshed_at()
        )

    def _went_offline(self, error: Exception) -> None:
        if self._online:
            log.warning("desk %s: server out of reach (%s)", self.desk, type(error).__name__)
        self._online = False
        self._problem = str(error).splitlines()[0] if str(error) else type(error).__name__

    def reconnect(self) -> bool:
        """Try the server once; True when it answers."""
        try:
            if self._server is None:
                self._server = self._open_server(self._url)
            with self._server.read() as s:
                s.execute(text("SELECT 1"))
            if self._cursor is None:
                self._cursor = feed_start(self._server)
        except UNREACHABLE as error:
            self._went_offline(error)
            return False
        self._online, self._problem = True, ""
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.dispose()
        self.store.close()

    # -- scanning -----------------------------------------------------------------

    def check_in(
        self,
        code_or_participant: str | int,
        session_id: int,
        method: CheckInMethod = CheckInMethod.SCAN,
        now: datetime | None = None,
    ) -> DeskScanResult:
        scan_id = str(uuid.uuid4())
        now = now or datetime.now()
        if self._online and self._server is not None:
            try:
                result = checkin.check_in(
                    self._server, code_or_participant, session_id, self.desk, method, now, scan_id
                )
                if result.check_in is not None:
                    first = result.check_in
                    key = (first.participant_id, session_id)
                    self._seen_online[key] = (first.checked_in_at, first.desk)
                return DeskScanResult(result, scan_id, online=True, queued=False)
            except UNREACHABLE as error:
                self._went_offline(error)
        scan = QueuedScan(scan_id, code_or_participant, session_id, self.desk, method, now)
        return self._check_in_offline(scan)

    def _check_in_offline(self, scan: QueuedScan) -> DeskScanResult:
        raw = str(scan.target)
        if isinstance(scan.target, int):
            person = self.store.person_by_id(scan.target)
        else:
            parsed = parse_badge_code(raw)
            if not parsed.valid:
                outcome = CheckInOutcome(parsed.problem.value if parsed.problem else "")
                return self._offline(CheckInResult(outcome, raw, scan.session_id), scan, False)
            person = self.store.person_by_code(parsed.code)
            scan = QueuedScan(
                scan.scan_id, parsed.code, scan.session_id, scan.desk, scan.method, scan.scanned_at
            )
        if person is None:  # perhaps registered at another desk since the last copy
            self.store.enqueue(scan, None)
            return self._offline(
                CheckInResult(CheckInOutcome.UNKNOWN_CODE, raw, scan.session_id), scan, True
            )
        if person.status is ParticipantStatus.CANCELLED:
            outcome = CheckInOutcome.CANCELLED_PARTICIPANT
            return self._offline(CheckInResult(outcome, raw, scan.session_id, person), scan, False)
        known = self._seen_online.get((person.id, scan.session_id)) or self.store.known_check_in(
            person.id, scan.session_id
        )
        if known is not None:
            first = _offline_record(person, scan, known[0], known[1])
            result = CheckInResult(
                CheckInOutcome.ALREADY_CHECKED_IN, raw, scan.session_id, person, first
            )
            return self._offline(result, scan, False)
        self.store.enqueue(scan, person.id)
        first = _offline_record(person, scan, scan.scanned_at, scan.desk)
        result = CheckInResult(CheckInOutcome.CHECKED_IN, raw, scan.session_id, person, first)
        return self._offline(result, scan, True)

    @staticmethod
    def _offline(result: CheckInResult, scan: QueuedScan, queued: bool) -> DeskScanResult:
        return DeskScanResult(result, scan.scan_id, online=False, queued=queued)

    # -- keeping in step ------------------------------------------------------------

    def flush(self, now: datetime | None = None) -> FlushReport:
        """Send queued scans, oldest first, while the server answers."""
        sent = conflicts = 0
        if not self._flushing.acquire(blocking=False):
            return FlushReport(0, 0, self.store.queue_length())
        try:
            if not self._online and not self.reconnect():
                return FlushReport(0, 0, self.store.queue_length())
            assert self._server is not None
            while batch := self.store.pending():
                for scan in batch:
                    try:
                        applied = apply_queued_scan(self._server, scan, now)
                    except UNREACHABLE as error:
                        self._went_offline(error)
                        return FlushReport(sent, conflicts, self.store.queue_length())
                    outcome = applied.result.outcome.value
                    self.store.mark_sent(scan.scan_id, outcome, now or datetime.now())
                    sent += 1
                    conflicts += applied.superseded is not None or (
                        not applied.resent and outcome == "already_checked_in"
                    )
        finally:
            self._flushing.release()
        return FlushReport(sent, conflicts, self.store.queue_length())

    def changes(self) -> list[CheckInChange]:
        """Every desk's new check-ins and undos since the last call (empty when offline)."""
        if not self._online or self._server is None or self._cursor is None:
            return []
        caught_up = set(self._seen_online)  # this poll brings them into the file
        try:
            found, self._cursor = changes_since(self._server, self.event_id, self._cursor)
        except UNREACHABLE as error:
            self._went_offline(error)
            return []
        self.store.remember(
            (
                c.check_in.participant_id,
                c.check_in.session_id,
                c.check_in.checked_in_at,
                c.check_in.desk,
                c.kind is ChangeKind.CHECKED_IN,
            )
            for c in found
        )
        for key in caught_up:
            self._seen_online.pop(key, None)
        return found

    def refresh(self) -> int:
        """Copy the participant list and who is checked in from the server; 0 if offline."""
        if self._server is None or (not self._online and not self.reconnect()):
            return 0
        try:
            cursor = feed_start(self._server)
            people, check_ins = _event_snapshot(self._server, self.event_id)
        except UNREACHABLE as error:
            self._went_offline(error)
            return 0
        caught_up = set(self._seen_online)
        copied = self.store.replace_people(people, check_ins, datetime.now())
        for key in caught_up:
            self._seen_online.pop(key, None)
        self._cursor = cursor
        return copied


def _event_snapshot(
    db: Database, event_id: int
) -> tuple[list[ParticipantRecord], list[tuple[int, int, datetime, str]]]:
    c = models.CheckIn
    with db.read() as s:
        people = [
            record_from_row(row)
            for row in s.execute(
                participant_select().where(models.Participant.event_id == event_id)
            )
        ]
        check_ins = [
            (row.participant_id, row.session_id, row.checked_in_at, row.desk)
            for row in s.execute(
                select(c.participant_id, c.session_id, c.checked_in_at, c.desk)
                .join(models.Session, models.Session.id == c.session_id)
                .where(models.Session.event_id == event_id, c.annulled_at.is_(None))
            )
        ]
    return people, check_ins


def _offline_record(
    person: ParticipantRecord, scan: QueuedScan, at: datetime, desk: str
) -> CheckInRecord:
    return CheckInRecord(0, person.id, scan.session_id, at, desk, scan.method, None, "")
