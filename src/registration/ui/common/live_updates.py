"""Other desks' check-ins, undos and participant changes, polled about once a second off
the GUI thread.

Works the same on one SQLite file shared by several desk processes and on a PostgreSQL
server; each change is applied by check-in id, so seeing one twice does no harm.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from registration.domain.errors import EnvironmentProblem
from registration.services.sync.feed import FeedCursor, FeedUpdate, feed_start, feed_update
from registration.ui.common.workers import Worker, start

if TYPE_CHECKING:
    from registration.services.handle import Database

log = logging.getLogger(__name__)
POLL_MS = 1000  # the promise is 2 s; half of it leaves room for a slow poll


class LiveUpdates(QObject):
    changed = Signal(list)  # list[CheckInChange], never empty
    people_changed = Signal(list)  # list[ParticipantRecord] as they are now, never empty
    imported = Signal(list)  # the desks that imported a whole list: read it again
    connection = Signal(bool, str)  # reachable, problem message
    event_changed = Signal()  # the event, its sessions or issue areas: read them again

    def __init__(self, db: Database, event_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.cursor: FeedCursor = feed_start(db)
        self._worker: Worker | None = None
        self._reachable = True
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if self._worker is not None:
            return  # the last poll is still on its way
        db, event_id, cursor = self.db, self.event_id, self.cursor
        self._worker = Worker(lambda _p, _c: feed_update(db, event_id, cursor))
        self._worker.signals.finished.connect(self._arrived)
        self._worker.signals.failed.connect(self._failed)
        start(self._worker)

    def _arrived(self, update: FeedUpdate) -> None:
        self._worker = None
        self.cursor = update.cursor
        if not self._reachable:
            self._reachable = True
            self.connection.emit(True, "")
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
        if isinstance(error, EnvironmentProblem):
            if self._reachable:
                log.warning("database unreachable: %s", error.code)
            self._reachable = False
            self.connection.emit(False, error.message)

