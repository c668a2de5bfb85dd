"""Rosters, call lists and certificates written off the window's thread, behind a progress
dialog with Cancel, their refusals told in the tab's own words.

1,136 certificates take about 4 s and a 64-page roster about 2.5 s: done on the window's
thread they froze it with nothing to say how far it got, and nothing could stop them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.progress import CancelCheck, JobCancelled, Progress
from registration.ui.common.background import run_with_progress
from registration.ui.groups.groups_messages import group_error_text

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    result: T | None = None
    problem: UserError | EnvironmentProblem | None = None  # refused: nothing was written
    cancelled: bool = False  # the user pressed Cancel: nothing was written

    def said(self, cancelled: str) -> str:
        """What the tab says of the job: its refusal in words, `cancelled`, or "" once done."""
        if self.problem is not None:
            return group_error_text(self.problem)
        return cancelled if self.cancelled else ""


@dataclass(frozen=True)
class _Refused:
    problem: UserError | EnvironmentProblem


def in_background(
    parent: QWidget, title: str, job: Callable[[Progress, CancelCheck], T]
) -> Outcome[T]:
    """Run `job(progress, cancelled)` with a progress dialog; wait for its outcome."""

    def guarded(progress: Progress, cancelled: CancelCheck) -> T | _Refused:
        try:
            return job(progress, cancelled)
        except JobCancelled:
            raise
        except (UserError, EnvironmentProblem) as problem:
            return _Refused(problem)

    value = run_with_progress(parent, title, guarded)
    if value is None:
        return Outcome(cancelled=True)
    if isinstance(value, _Refused):
        return Outcome(problem=value.problem)
    return Outcome(result=value)
