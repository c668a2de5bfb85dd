"""Long work (printing, exporting) that reports how far it got and stops when asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from registration.domain.errors import UserError

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]  # True once the user asked to stop


class JobCancelled(UserError):
    """The user stopped a long job; nothing was written, and there is nothing to tell."""


@dataclass
class JobControl:
    """Counts the work done; between two steps it reports progress and, once the user
    asked to stop, raises `stopped()` (an error that says nothing was written).

    `report_every` spares the window a signal per row when a job has 100,000 of them.
    """

    total: int
    progress: Progress | None
    cancel: CancelCheck | None
    stopped: Callable[[], Exception]
    report_every: int = 1
    done: int = 0

    def advance(self, count: int = 1) -> None:
        before, self.done = self.done, self.done + count
        if self.done // self.report_every == before // self.report_every and (
            self.done != self.total
        ):
            return
        if self.cancel is not None and self.cancel():
            raise self.stopped()
        if self.progress is not None:
            self.progress(self.done, self.total)
