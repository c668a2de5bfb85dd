"""The one place a UserError or EnvironmentProblem becomes what the window shows.

A problem a person can cause or meet (a refused edit, a busy database, a full disk) is
said in words, in a message box or on a view's red line, and the window carries on; any
other exception still goes to the crash dialog.

    with shown_in(self.view, self.tr("Walk-in")) as attempt:
        person = registry.add_participant(...)
    if attempt.failed:
        return
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from registration.domain.errors import EnvironmentProblem, UserError
from registration.ui.common.messages import describe_error

Problem = UserError | EnvironmentProblem
Describe = Callable[[Problem], str]


@dataclass
class Attempt:
    """What happened inside a `shown_in` block: the problem, if there was one."""

    problem: Problem | None = None

    @property
    def failed(self) -> bool:
        return self.problem is not None


def show_problem(where: QWidget | None, title: str, text: str) -> None:
    """On a red line (a QLabel) or else in a warning box over `where`."""
    if isinstance(where, QLabel):
        where.setText(text)
    else:
        QMessageBox.warning(where, title, text)


@contextmanager
def shown_in(
    where: QWidget | None, title: str = "", describe: Describe = describe_error
) -> Iterator[Attempt]:
    """Run the block; a UserError or EnvironmentProblem is shown in `where` and swallowed.

    `where` is a QLabel (the view's red line: cleared when the block succeeds) or any
    other widget or None (a warning box titled `title` over it). `describe` turns the error code
    into words (a feature with codes of its own passes its own).
    """
    attempt = Attempt()
    try:
        yield attempt
    except (UserError, EnvironmentProblem) as problem:
        attempt.problem = problem
        show_problem(where, title, describe(problem))
        return
    if isinstance(where, QLabel):
        where.clear()


def problem_text(error: object) -> str:
    """A background job's failure in words: a known problem translated, anything else as is."""
    if isinstance(error, UserError | EnvironmentProblem):
        return describe_error(error)
    return str(error)
