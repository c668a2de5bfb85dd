"""One desk's link to the shared database, which keeps checking people in when it drops.

Online, a scan goes straight to the server (with the desk's id for the scan; on
PostgreSQL one statement on a connection the link keeps, server_scan.py).
When the server cannot be reached, the desk says so, checks people in against
its last copy of the participant list and queues each scan in its own SQLite
file; `flush()` sends the queue once the server answers again. A scan whose
answer was lost with the connection is queued too: its id makes the retry find
the first one instead of counting twice.

No call waits for the server without limit: every server call runs on a worker
thread (deadline.py) and the caller stops waiting after its deadline. A scan
waits SCAN_DEADLINE_S, then is decided from the copy and the desk goes offline;
a poll or a probe waits POLL_DEADLINE_S, so with a poll every second a desk that
scans nothing still notices a hung server within 2 s.

The window calls `check_in` and `annul` for the desk's scans and, from a timer in
a worker thread, `flush()` and `changes()` about once a second (the changes keep
the copy in step with other desks) and `refresh()` every few minutes.
`take_conflicts()` hands over, once each, the people whom another desk had
checked in first while this desk was offline. The link can be used from those
two threads at once.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from registration.domain import limits
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import CheckInRecord
from registration.services.checkin import CheckInResult
from registration.services.counted_anyway import CountedAnyway, note_counted_anyway
from registration.services.sync.deadline import ServerCalls, ServerSilent
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.feed import (
    ChangeKind,
    CheckInChange,
    FeedCursor,
    changes_since,
    feed_start,
)
from registration.services.sync.offline_checkin import check_in_offline
from registration.services.sync.queued_batch import apply_batch
from registration.services.sync.queued_scan import SET_ASIDE, AppliedScan, QueuedScan
from registration.services.sync.results import (
    DeskScanResult,
    FlushReport,
    LinkStatus,
    SyncConflict,
)
from registration.services.sync.seen_online import SeenOnline
from registration.services.sync.server_scan import ServerScans
from registration.services.sync.snapshot import event_snapshot
from registration.services.sync.undo import UndoResult, annul_scan
from registration.services.sync.window_start import read_window_start, save_window_start
from registration.storage.database import Database
from registration.storage.migrate import open_database

log = logging.getLogger(__name__)

# A dropped network shows within seconds, not after the operating system's minutes.
POSTGRES_TIMEOUTS = {"connect_timeout": "3", "tcp_user_timeout": "3000"}
UNREACHABLE = (EnvironmentProblem, OperationalError, InterfaceError, PoolTimeout)
SCAN_DEADLINE_S = 0.05  # the desk answers within a few frames, server or not
POLL_DEADLINE_S = 0.8  # a poll or a probe of the server
SEND_DEADLINE_S = POLL_DEADLINE_S  # a batch of queued scans or one undo, sent from the worker
SEND_BATCH = 50  # queued scans sent in one transaction (well within SEND_DEADLINE_S)
REFRESH_DEADLINE_S = 120.0  # the whole participant list
ANSWERED_WITHIN_S = 2.5  # polls come every second and wait at most POLL_DEADLINE_S
FIRST_WAIT_S = 4.0  # building the link: the first connection (connect_timeout is 3 s)
T = TypeVar("T")


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
        scan_deadline: float = SCAN_DEADLINE_S,
        first_wait: float = FIRST_WAIT_S,
    ) -> None:
        self.desk = limits.desk_name(desk)
        self.event_id = event_id
        self.scan_deadline = scan_deadline
        self.store = DeskStore(store_path)
        self._url = with_timeouts(server_url)
        self._open_server = open_server
        self._server: Database | None = None
        self._scans: ServerScans | None = None
        self._online = False
        self._answered_at = 0.0  # time.monotonic() of the server's last answer
        self._offline_since: datetime | None = datetime.now()
        self._problem = "not connected yet"
        self._cursor: FeedCursor | None = None
        self._flushing = threading.Lock()
        self._seen = SeenOnline()
        self._calls = ServerCalls()
        self._answered: dict[str, tuple[int, int]] = {}  # scan id -> participant, session
        self._conflicts: list[SyncConflict] = []
        self._conflicts_lock = threading.Lock()
        self.reconnect(first_wait)

    # -- state --------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._online

    @property
    def answering(self) -> bool:
        """Online, and the server answered a poll within ANSWERED_WITHIN_S: the window's
        tabs may ask it (a server that stopped a moment ago is not asked again)."""
        return self._online and time.monotonic() - self._answered_at < ANSWERED_WITHIN_S

    @property
    def offline_since(self) -> datetime | None:
        return None if self._online else self._offline_since

    def status(self) -> LinkStatus:
        return LinkStatus(
            self._online,
            self.store.queue_length(),
            self._problem,
            self.store.refreshed_at(),
            None if self._online else self._offline_since,
            self.store.undo_queue_length(),
        )

    def counted_at_server(self, scan_id: str) -> bool:
        """A scan this desk kept while offline has reached the server and counted there."""
        return self.store.sent_scan(scan_id) is not None

    def known_check_ins(self) -> list[tuple[int, int, datetime, str]]:
        """(participant, session, time, desk) of every check-in this desk knows counts: its
        file's, and those it saw online that the change feed has not yet written there."""
        known = {(p, s): (p, s, at, desk) for p, s, at, desk in self.store.all_known_check_ins()}
        for (participant_id, session_id), (at, desk) in self._seen.items():
            known.setdefault((participant_id, session_id), (participant_id, session_id, at, desk))
        return list(known.values())

    def _keep_seen(self) -> None:
        """What this desk saw counted online and the change feed has not yet written goes
        into its file: a desk started again without the server still counts it."""
        seen = self._seen.items()
        if seen:
            self.store.remember((p, s, at, desk, True) for (p, s), (at, desk) in seen)
            self._seen.forget({key for key, _ in seen})

    def _went_offline(self, error: Exception) -> None:
        if self._online:
            log.warning("desk %s: server out of reach (%s)", self.desk, type(error).__name__)
            self._offline_since = datetime.now()
        self._online = False
        self._problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        if self._scans is not None:
            self._scans.close()  # reconnecting opens a fresh one

    def _server_call(self, work: Callable[[], T], within: float, kind: str = "") -> T:
        return self._calls.run(work, within, kind)

    def reconnect(self, within: float = POLL_DEADLINE_S) -> bool:
        """Try the server once, waiting at most `within` seconds; True when it answers."""
        try:
            self._server_call(self._probe, within, "probe")
        except UNREACHABLE as error:
            self._went_offline(error)
            return False
        if not self._online:
            log.info("desk %s: server answers again", self.desk)
        self._online, self._problem, self._offline_since = True, "", None
        self._answered_at = time.monotonic()
        return True

    def _probe(self) -> None:
        if self._server is None:
            self._server = self._open_server(self._url)
            self._scans = ServerScans(self._server)
        with self._server.read() as s:
            s.execute(text("SELECT 1"))
        if self._scans is not None:
            self._scans.connect()  # the first scan does not wait for a new connection
        if self._cursor is None:
            self._cursor = feed_start(self._server)

    def stop_waiting(self) -> None:
        """No more server calls; one waiting (even a long refresh) gives up at once."""
        self._calls.close()

    def close(self) -> None:
        self._calls.close()
        self._keep_seen()
        if self._scans is not None:
            self._scans.close()
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
        anyway: CountedAnyway | None = None,
    ) -> DeskScanResult:
        """Check in at the server, or, when it does not answer within the scan deadline,
        from the desk's copy (the scan is queued under the same id: counted once).

        `anyway` (counted at a group's room for someone of another group) goes with the
        scan: its audit entry is written with the check-in or when the queue is sent.
        """
        scan_id = str(uuid.uuid4())
        now = now or datetime.now()
        scans, desk, server = self._scans, self.desk, self._server
        if self._online and scans is not None and server is not None:

            def scan_at_server() -> CheckInResult:
                result = scans.check_in(code_or_participant, session_id, desk, method, now, scan_id)
                note_counted_anyway(server, result, desk, anyway, now)
                return result

            try:
                result = self._server_call(scan_at_server, self.scan_deadline)
                if (first := result.check_in) is not None:
                    self._seen.add(
                        (first.participant_id, session_id), first.checked_in_at, first.desk
                    )
                    if result.outcome is CheckInOutcome.CHECKED_IN:
                        self._answered[scan_id] = (first.participant_id, session_id)
                return DeskScanResult(result, scan_id, online=True, queued=False)
            except ServerSilent:
                # Slow is not yet gone: this scan is decided here, the next one asks the
                # server again; a hung server fails the next poll and the desk goes offline.
                log.info("desk %s: the server did not answer a scan in time", self.desk)
            except UNREACHABLE as error:
                self._went_offline(error)
        scan = QueuedScan(scan_id, code_or_participant, session_id, desk, method, now, anyway)
        return check_in_offline(self.store, self._seen, scan)

    def annul(self, scan_id: str, reason: str, now: datetime | None = None) -> UndoResult:
        """Undo one of this desk's scans by its id (`DeskScanResult.scan_id`).

        Works whether the scan waits in the queue, was sent, or was answered by the
        server at once; offline, the undo waits in the desk's file and is sent before
        any scan queued after it. The person reads as not checked in here at once.
        """
        if not reason.strip():
            raise UserError("missing_reason", "Give a reason for undoing the check-in.")
        reason = limits.cut(reason.strip(), limits.ANNUL_REASON)
        now = now or datetime.now()
        known = self._answered.pop(scan_id, None)
        if self.store.annul_unsent(scan_id, now):
            # a late answer of the server may hold it after all: the undo follows it there
            self.store.queue_undo(scan_id, reason, now)
            return UndoResult(scan_id, sent=False)
        server, desk = self._server, self.desk
        if self._online and server is not None:
            try:
                undone = self._server_call(
                    lambda: annul_scan(server, scan_id, reason, desk, now), self.scan_deadline
                )
            except UNREACHABLE as error:
                self._went_offline(error)
            else:
                if undone is None:
                    raise UserError("no_such_check_in", "This check-in is not on the server.")
                self._forget(undone.participant_id, undone.session_id)
                return UndoResult(scan_id, sent=True, check_in=undone)
        sent = self.store.sent_scan(scan_id)
        if known is None and sent is None:
            raise UserError("no_such_check_in", "This desk made no such check-in.")
        self.store.queue_undo(scan_id, reason, now)
        participant_id, session_id = known or sent or (0, 0)
        self._forget(participant_id, session_id)
        return UndoResult(scan_id, sent=False)

    def _forget(self, participant_id: int, session_id: int) -> None:
        self._seen.forget({(participant_id, session_id)})
        self.store.forget_check_in(participant_id, session_id)

    # -- keeping in step ------------------------------------------------------------

    def flush(self, now: datetime | None = None) -> FlushReport:
        """Send queued undos, then queued scans, oldest first, while the server answers."""
        sent = 0
        found: list[SyncConflict] = []
        if not self._flushing.acquire(blocking=False):
            return FlushReport(0, 0, self.store.queue_length())
        try:
            if not self._online and not self.reconnect():
                return FlushReport(0, 0, self.store.queue_length())
            server = self._server
            assert server is not None
            try:
                self._send_undos(server, now)
                while batch := self.store.pending(limit=SEND_BATCH):
                    applied, problem = self._send_scans(server, batch, now)
                    sent += len(applied)
                    found.extend(c for a in applied if (c := _conflict(a)) is not None)
                    if problem is not None:
                        raise problem
            except UNREACHABLE as error:
                self._went_offline(error)
        finally:
            self._flushing.release()
        if found:
            log.warning("desk %s: %d offline check-in(s) met another desk's", self.desk, len(found))
            with self._conflicts_lock:
                self._conflicts.extend(found)
        return FlushReport(sent, len(found), self.store.queue_length(), tuple(found))

    def _send_scans(
        self, server: Database, batch: list[QueuedScan], now: datetime | None
    ) -> tuple[list[AppliedScan], Exception | None]:
        """Send a batch in one transaction; marked sent when it reached the server. A batch
        the deadline or the network cut short goes again (its scans found by their ids)."""
        done: list[AppliedScan] = []

        def send() -> None:
            done.extend(apply_batch(server, batch, now or datetime.now()))

        problem: Exception | None = None
        try:
            self._server_call(send, SEND_DEADLINE_S, "send")
            self._answered_at = time.monotonic()
        except UNREACHABLE as error:
            problem = error
        applied = list(done)
        outcomes = [(a.scan.scan_id, a.result.outcome.value) for a in applied]
        self.store.mark_sent(outcomes, now or datetime.now())
        return applied, problem

    def _send_undos(self, server: Database, now: datetime | None) -> None:
        """Undos go first: a person undone here and scanned again counts once, the new scan."""
        for scan_id, reason, at in self.store.pending_undos():
            undo = partial(annul_scan, server, scan_id, reason, self.desk, at)
            self._server_call(undo, SEND_DEADLINE_S, "send")
            self.store.mark_undo_sent(scan_id, "sent", now or datetime.now())

    def take_conflicts(self) -> list[SyncConflict]:
        """People another desk had checked in first, found since the last call (each once)."""
        with self._conflicts_lock:
            found, self._conflicts = self._conflicts, []
        return found

    def changes(self) -> list[CheckInChange]:
        """Every desk's new check-ins and undos since the last call (empty when offline).

        They are written to the desk's copy too: offline, a person another desk
        checked in reads as "already checked in".
        """
        server, cursor = self._server, self._cursor
        if not self._online or server is None or cursor is None:
            return []
        caught_up = self._seen.keys()  # this poll brings them into the file
        try:
            found, self._cursor = self._server_call(
                lambda: changes_since(server, self.event_id, cursor), POLL_DEADLINE_S, "poll"
            )
            self._answered_at = time.monotonic()
        except UNREACHABLE as error:
            self._went_offline(error)
            return []
        if found:  # a quiet second writes nothing to the desk's file
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
        self._seen.forget(caught_up)
        set_aside = [self._set_aside(c.check_in) for c in found if self._was_set_aside(c)]
        if set_aside:
            with self._conflicts_lock:
                self._conflicts.extend(c for c in set_aside if c is not None)
        return found

    def _was_set_aside(self, change: CheckInChange) -> bool:
        """A check-in the server confirmed to this desk, set aside when another desk's
        earlier offline scan arrived: the green this desk showed did not hold."""
        record = change.check_in
        return (
            change.kind is ChangeKind.ANNULLED
            and record.desk == self.desk
            and record.annul_reason.startswith(SET_ASIDE)
        )

    def _set_aside(self, record: CheckInRecord) -> SyncConflict | None:
        counted = self.store.known_check_in(record.participant_id, record.session_id)
        person = self.store.person_by_id(record.participant_id)
        if counted is None or person is None:
            return None
        first_at, first_desk = counted
        return SyncConflict(
            person.id, person.full_name, record.session_id, "", record.checked_in_at,
            False, first_desk, first_at, first_desk,
        )  # fmt: skip

    def refresh(self) -> int:
        """Copy the participant list, who is checked in and what the window needs to start
        (the event, sessions, issue areas, provinces) from the server; 0 if offline."""
        if not self._online and not self.reconnect():
            return 0
        server = self._server
        assert server is not None
        caught_up = self._seen.keys()
        try:
            start, (people, check_ins) = self._server_call(
                lambda: (
                    read_window_start(server, self.event_id),
                    event_snapshot(server, self.event_id),
                ),
                REFRESH_DEADLINE_S,
                "refresh",
            )
        except UNREACHABLE as error:
            self._went_offline(error)
            return 0
        save_window_start(self.store, start)  # the window can open on it offline
        copied = self.store.replace_people(people, check_ins, datetime.now())
        self._seen.forget(caught_up)
        return copied


def _conflict(applied: AppliedScan) -> SyncConflict | None:
    """The person was checked in at another desk meanwhile (whichever time won)."""
    result, scan = applied.result, applied.scan
    if applied.resent or result.participant is None or result.check_in is None:
        return None
    person = result.participant
    if applied.superseded is not None:  # this desk's offline scan was the earlier one
        other = applied.superseded
        return SyncConflict(
            person.id, person.full_name, scan.session_id, scan.scan_id, scan.scanned_at,
            True, scan.desk, scan.scanned_at, other.desk,
        )  # fmt: skip
    if result.outcome is not CheckInOutcome.ALREADY_CHECKED_IN:
        return None
    first = result.check_in
    return SyncConflict(
        person.id, person.full_name, scan.session_id, scan.scan_id, scan.scanned_at,
        False, first.desk, first.checked_in_at, first.desk,
    )  # fmt: skip
