"""Python's cycle collector runs on the window's thread only.

Left alone, the collector runs on whichever thread happens to allocate when its counts
are reached, often a background job's. A Qt object it frees there (one made without a
parent and left in a reference cycle, as a desk controller in a lambda's closure is) is
deleted on the wrong thread: Qt cannot stop its timers from there, so they stay
registered with the window's thread and later fire into freed memory (a segfault
seconds afterwards, in whatever the window is doing then). So automatic collection is
switched off, and the window's thread collects on a timer, by the same thresholds.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500
FULL_EVERY_S = 60.0  # a full collection walks every object: not more often than this


class GuiThreadCollector(QObject):
    """Collects generation 0, 1 or 2 when Python would have, checked twice a second."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.start()

    def start(self) -> None:
        gc.disable()
        self.timer.start(CHECK_MS)

    def stop(self) -> None:
        """Back to Python's own collection, on any thread."""
        self.timer.stop()
        gc.enable()

    def collect(self) -> None:
        counts = gc.get_count()
        full_due = time.monotonic() - self._last_full >= FULL_EVERY_S
        if counts[2] > self._thresholds[2] and full_due:
            gc.collect(2)
            self._last_full = time.monotonic()
        elif counts[1] > self._thresholds[1]:
            gc.collect(1)
        elif counts[0] > self._thresholds[0]:
            gc.collect(0)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Once per application, on its thread; a second call returns the first collector,
    started again if it was stopped."""
    existing = app.findChild(GuiThreadCollector)
    if existing is None:
        return GuiThreadCollector(app)
    if not existing.timer.isActive():
        existing.start()
    return existing
