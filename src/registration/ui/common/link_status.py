"""A desk on a shared server: says plainly whether the server answers, sends queued scans
when it does, keeps the desk's copy in step with the other desks (about once a second)
and refreshes the copy of the participant list every few minutes.

Every call to the server runs on a worker thread; the link's own deadlines make a hung
server show as "offline" within 2 s.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from registration.services.sync.desk_link import DeskLink
from registration.services.sync.results import LinkStatus, SyncConflict
from registration.ui.common.messages import TONE_COLOURS, Tone
from registration.ui.common.workers import Worker

log = logging.getLogger(__name__)
SYNC_MS = 1000  # send the queue and read other desks' check-ins
REFRESH_MS = 5 * 60 * 1000


class LinkStatusController(QObject):
    status_changed = Signal(object)  # LinkStatus
    conflicts_found = Signal(list)  # list[SyncConflict]: this desk's offline greens that lost

    def __init__(self, link: DeskLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.label = QLabel()
        self._busy: Worker | None = None
        self._refreshing: Worker | None = None
        # its own threads: work stuck on a hung server elsewhere must not starve the
        # one thing that tells the desk it is offline
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._stopped = False
        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(SYNC_MS)
        self.flush_timer.timeout.connect(self.flush)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.show_status()

    def start(self) -> None:
        self.flush_timer.start()
        self.refresh_timer.start()
        self.refresh()  # a fresh copy for the day, off the GUI thread

    def stop(self) -> None:
        """No more calls; the one under way stops waiting for the server at once."""
        self._stopped = True
        self.flush_timer.stop()
        self.refresh_timer.stop()
        self.link.stop_waiting()  # a call waiting on a hung server gives up now
        self.pool.waitForDone(3000)

    def flush(self) -> None:
        """Send what waits, then read the other desks' news (on a worker)."""
        if self._busy is not None or self._stopped:
            return
        link = self.link

        def keep_in_step() -> None:
            link.flush()
            link.changes()

        self._busy = Worker(lambda _p, _c: keep_in_step())
        self._busy.signals.finished.connect(self._synced)
        self._busy.signals.failed.connect(self._synced)
        self.pool.start(self._busy.run)

    def refresh(self) -> None:
        if self._refreshing is not None or self._stopped:
            return
        self._refreshing = Worker(lambda _p, _c: self.link.refresh())
        self._refreshing.signals.finished.connect(self._refreshed)
        self._refreshing.signals.failed.connect(self._refreshed)
        self.pool.start(self._refreshing.run)

    def _synced(self, outcome: object) -> None:
        self._busy = None
        if self._stopped:  # the link may be closed by now
            return
        if isinstance(outcome, Exception):
            log.warning("keeping the desk in step failed: %r", outcome)
        self.show_status()
        if conflicts := self.link.take_conflicts():
            self.conflicts_found.emit(conflicts)

    def _refreshed(self, _result: object) -> None:
        self._refreshing = None
        if not self._stopped:
            self.show_status()

    def show_status(self) -> LinkStatus | None:
        if self._stopped:
            return None
        status = self.link.status()
        waiting = status.queued + status.undos_waiting
        if status.online and not waiting:
            text, tone = self.tr("● Online: server connected"), Tone.OK
        elif status.online:
            text = self.tr("● Online · sending {n} saved scan(s)").format(n=waiting)
            tone = Tone.REPEAT
        else:
            since = _when(status.offline_since) if status.offline_since else "?"
            text = self.tr(
                "● Offline since {time}: the server does not answer. Check-ins are saved on "
                "this desk ({n} waiting) and sent when it is back"
            ).format(time=since, n=waiting)
            if status.list_copied_at is not None:  # what the desk works from meanwhile
                text += self.tr(" · participant list as of {time}").format(
                    time=_when(status.list_copied_at)
                )
            tone = Tone.ERROR
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {TONE_COLOURS[tone]}; font-weight: bold")
        self.label.setToolTip(status.problem)
        self.status_changed.emit(status)
        return status

    def describe_conflict(self, conflict: SyncConflict) -> str:
        """One line for the desk: who, and which desk was first."""
        if conflict.counted_here:
            return self.tr(
                "{name}: checked in here at {here} while offline, before {desk}; "
                "{desk}'s later check-in was set aside"
            ).format(name=conflict.name, here=f"{conflict.here_at:%H:%M}", desk=conflict.other_desk)
        return self.tr(
            "{name}: the check-in here at {here} does not count; {desk} checked them in "
            "earlier, at {time}"
        ).format(
            name=conflict.name,
            desk=conflict.first_desk,
            time=f"{conflict.first_at:%H:%M}",
            here=f"{conflict.here_at:%H:%M}",
        )


def _when(moment: datetime) -> str:
    """14:05 today; 30/11 14:05 on another day (a desk started on yesterday's copy)."""
    return f"{moment:%H:%M}" if moment.date() == date.today() else f"{moment:%d/%m %H:%M}"
