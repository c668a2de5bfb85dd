"""The desk's counters and the matches' "arrived" column, counted in the background.

Over 100,000 people the count takes a moment, and the desk must not stall on it every
few seconds; a check-in made here meanwhile keeps the numbers the desk already added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, QTimer

from registration.services import desk
from registration.services.sync.offline_reads import counts_here
from registration.ui.common.context import WindowContext
from registration.ui.common.workers import Worker, start
from registration.ui.desk.desk_matches import MatchesHere
from registration.ui.desk.desk_view import DeskView

COUNTER_REFRESH_MS = 15_000  # other desks' check-ins show up this often
Arrivals = dict[int, tuple[datetime, str]]


class SessionCounting(QObject):
    def __init__(
        self,
        view: DeskView,
        here: MatchesHere,
        context: Callable[[], WindowContext],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.here, self._context = view, here, context
        self._counting: list[Worker] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(COUNTER_REFRESH_MS)

    def refresh(self) -> None:
        if not shiboken6.isValid(self.view.session):  # the window is being closed
            self.timer.stop()
            return
        session_id = self.view.session.currentData()
        if session_id is None:
            return
        context = self._context()
        db, event_id, session_id = context.db, context.event.id, int(session_id)
        link = context.link
        changes = self.view.counters.changes

        def count(_progress: object, _cancelled: object) -> tuple[desk.SessionCounts, Arrivals]:
            return counts_here(db, event_id, session_id, link)  # the copy while offline

        worker = Worker(count)
        worker.signals.finished.connect(lambda found: self._arrived(found, session_id, changes))
        self._counting.append(worker)
        worker.signals.finished.connect(lambda _counts: self._counting.remove(worker))
        worker.signals.failed.connect(lambda _error: self._counting.remove(worker))
        start(worker)

    def _arrived(
        self, found: tuple[desk.SessionCounts, Arrivals], session_id: int, changes: int
    ) -> None:
        session = self.view.session
        if not shiboken6.isValid(session) or session_id != session.currentData():
            return
        counts, arrivals = found
        self.here.set_arrivals(arrivals)
        counters = self.view.counters
        # A check-in made here while counting may be missing from the result: keep the
        # incremented numbers then, the next refresh brings both together.
        if counters.counts is None or counters.changes == changes or counters.session != session_id:
            counters.set_counts(counts, session_id)

    def start(self) -> None:
        self.timer.start(COUNTER_REFRESH_MS)
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
