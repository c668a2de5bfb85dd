"""Other desks' check-ins, undos and participant changes, polled about once a second off
the GUI thread.

Works the same on one SQLite file shared by several desk processes and on a PostgreSQL
server; each change is applied by check-in id, so seeing one twice does no harm.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from registration.domain.errors import DeskOffline, EnvironmentProblem
from registration.services.sync.deadline import ServerCalls
from registration.services.sync.feed import FeedCursor, FeedUpdate, feed_start, feed_update
from registration.services.sync.server_guard import SERVER_AWAY
from registration.ui.common.messages import describe_error
from registration.ui.common.workers import Worker, start

if TYPE_CHECKING:
    from registration.services.handle import Database

log = logging.getLogger(__name__)
POLL_MS = 1000  # the promise is 2 s; half of it leaves room for a slow poll
LIVE_DEADLINE_S = 2.0  # a poll of a server that takes longer is given up (and retried)


class LiveUpdates(QObject):
    changed = Signal(list)  # list[CheckInChange], never empty
    people_changed = Signal(list)  # list[ParticipantRecord] as they are now, never empty
    imported = Signal(list)  # the desks that imported a whole list: read it again
    connection = Signal(bool, str)  # reachable, what the problem is in the window's language
    event_changed = Signal()  # the event, its sessions or issue areas: read them again
    caught_up = Signal()  # the feed started late (the server was away): read everything again

    def __init__(self, db: Database, event_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        # on a server that does not answer yet (a desk started offline) the feed starts
        # when it does: the window then reads the list again (`caught_up`)
        self.cursor: FeedCursor | None = None
        with suppress(EnvironmentProblem):
            self.cursor = feed_start(db)
        # on a server, a poll waits at most a deadline, on a daemon thread: one stuck on
        # a hung server holds neither the pool nor the program's exit
        self._calls = None if db.is_sqlite else ServerCalls()
        self._worker: Worker | None = None
        self._reachable = True
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._calls is not None:
            self._calls.close()

    def poll(self) -> None:
        if self._worker is not None:
            return  # the last poll is still on its way
        db, event_id, cursor, calls = self.db, self.event_id, self.cursor, self._calls

        def read() -> FeedUpdate | FeedCursor:
            return feed_start(db) if cursor is None else feed_update(db, event_id, cursor)

        def job(_progress: object, _cancelled: object) -> FeedUpdate | FeedCursor:
            return read() if calls is None else calls.run(read, LIVE_DEADLINE_S, "live")

        self._worker = Worker(job)
        self._worker.signals.finished.connect(self._arrived)
        self._worker.signals.failed.connect(self._failed)
        start(self._worker)

    def _arrived(self, update: FeedUpdate | FeedCursor) -> None:
        self._worker = None
        if not self._reachable:
            self._reachable = True
            self.connection.emit(True, "")
        if isinstance(update, FeedCursor):  # the feed starts late: what came meanwhile
            self.cursor = update
            self.caught_up.emit()
            return
        self.cursor = update.cursor
        if update.check_ins:
            self.changed.emit(update.check_ins)
        if update.participants:
            self.people_changed.emit(update.participants)
        if update.imported_by:
            self.imported.emit(update.imported_by)
        if update.event_changed:
            self.event_changed.emit()

    def _failed(self, error: Exception) -> None:
        self._worker = None
        if error is SERVER_AWAY or isinstance(error, DeskOffline):
            return  # the desk's link says so in the status bar already
        if isinstance(error, EnvironmentProblem):
            if self._reachable:
                log.warning("database unreachable: %s (%s)", error.code, error.message)
            self._reachable = False
            self.connection.emit(False, describe_error(error))  # the driver's words: the log
