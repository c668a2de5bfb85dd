"""Errors a user can cause, each with a stable code the UI and CLI translate."""

from __future__ import annotations

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
