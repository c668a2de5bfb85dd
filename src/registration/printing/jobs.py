"""What every print job shares: progress, cancelling, and its result."""

from __future__ import annotations

from dataclasses import dataclass, field

from registration.domain.progress import CancelCheck, JobCancelled, JobControl, Progress


class PrintCancelled(JobCancelled):
    def __init__(self) -> None:
        super().__init__("print_cancelled", "Printing was cancelled; no file was written.")


def print_control(total: int, progress: Progress | None, cancel: CancelCheck | None) -> JobControl:
    """Progress after every page (or badge); a cancel stops before the next one."""
    return JobControl(total, progress, cancel, PrintCancelled)


@dataclass(frozen=True)
class PrintResult:
    """Pages and items written; warnings name badge codes, never a person."""

    pages: int
    items: int
    warnings: list[str] = field(default_factory=list)
