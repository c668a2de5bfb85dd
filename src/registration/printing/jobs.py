"""What every print job shares: progress, cancelling, and its result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from registration.domain.errors import UserError

Progress = Callable[[int, int], None]  # (done, total), called after every page
CancelCheck = Callable[[], bool]  # True once the user asked to stop


class PrintCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("print_cancelled", "Printing was cancelled; no file was written.")


@dataclass
class JobControl:
    """Reports progress and stops the job between pages when asked to."""

    total: int
    progress: Progress | None = None
    cancel: CancelCheck | None = None
    done: int = 0

    def advance(self, count: int) -> None:
        if self.cancel is not None and self.cancel():
            raise PrintCancelled()
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


@dataclass(frozen=True)
class PrintResult:
    """Pages and items written; warnings name badge codes, never a person."""

    pages: int
    items: int
    warnings: list[str] = field(default_factory=list)
