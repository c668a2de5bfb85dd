"""Errors a user can cause, each with a stable code the UI and CLI translate."""

from __future__ import annotations

from datetime import datetime
from typing import Any


class UserError(Exception):
    """A mistake in what the user asked for; nothing was changed.

    `code` is stable (tests and translations key on it); `params` fill the message.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class EnvironmentProblem(Exception):
    """The machine, not the user: database locked, disk full, server unreachable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class DeskOffline(EnvironmentProblem):
    """A desk on a shared server works on its own copy while the server is away: what
    needs the server is refused at once. `since`: when the desk went offline."""

    def __init__(self, since: datetime | None) -> None:
        super().__init__(
            "database_unreachable",
            "This needs the server, which cannot be reached: this desk works offline.",
        )
        self.since = since
