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
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.errors import EnvironmentProblem
from registration.services import checkin
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.feed import (
    ChangeKind,
    CheckInChange,
    FeedCursor,
    changes_since,
    feed_start,
)
from registration.services.sync.offline_checkin import check_in_offline
from registration.services.sync.queued_scan import AppliedScan, QueuedScan, apply_queued_scans
from registration.services.sync.results import DeskScanResult, FlushReport, LinkStatus
from registration.services.sync.seen_online import SeenOnline
from registration.services.sync.snapshot import event_snapshot
from registration.storage.database import Database
from registration.storage.migrate import open_database

log = logging.getLogger(__name__)

# A dropped network shows within seconds, not after the operating system's minutes.
POSTGRES_TIMEOUTS = {"connect_timeout": "3", "tcp_user_timeout": "3000"}
UNREACHABLE = (EnvironmentProblem, OperationalError, InterfaceError)


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
        self._seen = SeenOnline()
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
                if (first := result.check_in) is not None:
                    self._seen.add(
                        (first.participant_id, session_id), first.checked_in_at, first.desk
                    )
                return DeskScanResult(result, scan_id, online=True, queued=False)
            except UNREACHABLE as error:
                self._went_offline(error)
        scan = QueuedScan(scan_id, code_or_participant, session_id, self.desk, method, now)
        return check_in_offline(self.store, self._seen, scan)

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
            while self._online and (batch := self.store.pending()):
                done: list[AppliedScan] = []
                try:
                    for applied in apply_queued_scans(self._server, batch, now):
                        done.append(applied)
                except UNREACHABLE as error:
                    self._went_offline(error)
                sent_at = now or datetime.now()
                self.store.mark_sent(
                    [(a.scan.scan_id, a.result.outcome.value) for a in done], sent_at
                )
                sent += len(done)
                conflicts += sum(_was_conflict(applied) for applied in done)
        finally:
            self._flushing.release()
        return FlushReport(sent, conflicts, self.store.queue_length())

    def changes(self) -> list[CheckInChange]:
        """Every desk's new check-ins and undos since the last call (empty when offline)."""
        if not self._online or self._server is None or self._cursor is None:
            return []
        caught_up = self._seen.keys()  # this poll brings them into the file
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
        self._seen.forget(caught_up)
        return found

    def refresh(self) -> int:
        """Copy the participant list and who is checked in from the server; 0 if offline."""
        if not self._online and not self.reconnect():
            return 0
        assert self._server is not None
        caught_up = self._seen.keys()
        try:
            people, check_ins = event_snapshot(self._server, self.event_id)
        except UNREACHABLE as error:
            self._went_offline(error)
            return 0
        copied = self.store.replace_people(people, check_ins, datetime.now())
        self._seen.forget(caught_up)
        return copied


def _was_conflict(applied: AppliedScan) -> bool:
    """The person was checked in at another desk meanwhile (whichever time won)."""
    if applied.resent:
        return False
    repeat = applied.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    return applied.superseded is not None or repeat
