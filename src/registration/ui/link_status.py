"""A desk on a shared server: says plainly whether the server answers, sends queued scans
when it does, and keeps the copy of the participant list used while it does not."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from registration.services.sync.desk_link import DeskLink
from registration.services.sync.results import LinkStatus
from registration.ui.messages import TONE_COLOURS, Tone
from registration.ui.workers import Worker, start

log = logging.getLogger(__name__)
FLUSH_MS = 3000
REFRESH_MS = 5 * 60 * 1000


class LinkStatusController(QObject):
    status_changed = Signal(object)  # LinkStatus

    def __init__(self, link: DeskLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.label = QLabel()
        self._busy: Worker | None = None
        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(lambda: self._run(self.link.refresh))
        self.show_status()

    def start(self) -> None:
        self.flush_timer.start()
        self.refresh_timer.start()
        self._run(self.link.refresh)  # a fresh copy for the day, off the GUI thread

    def stop(self) -> None:
        self.flush_timer.stop()
        self.refresh_timer.stop()

    def flush(self) -> None:
        self._run(self.link.flush)

    def _run(self, work: object) -> None:
        if self._busy is not None or not callable(work):
            return
        self._busy = Worker(lambda _p, _c: work())
        self._busy.signals.finished.connect(self._done)
        self._busy.signals.failed.connect(self._done)
        start(self._busy)

    def _done(self, _result: object) -> None:
        self._busy = None
        self.show_status()

    def show_status(self) -> LinkStatus:
        status = self.link.status()
        if status.online and not status.queued:
            text, tone = self.tr("● Server connected"), Tone.OK
        elif status.online:
            text = self.tr("● Server connected · sending {n} saved scan(s)").format(n=status.queued)
            tone = Tone.REPEAT
        else:
            text = self.tr("● Server out of reach: check-ins are saved here ({n} waiting) and "
                           "sent when it is back").format(n=status.queued)
            tone = Tone.ERROR
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {TONE_COLOURS[tone]}; font-weight: bold")
        self.label.setToolTip(status.problem)
        self.status_changed.emit(status)
        return status
