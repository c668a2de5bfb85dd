"""Commands that write PDF: badges, sign-in sheets, the attendance report."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Filled in by the printing layer."""
