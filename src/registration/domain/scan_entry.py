"""What was entered at the desk, read once: a badge code (valid or not) or a name to search.

The window reads the scan field once into one of these and passes it down; nothing
below reads the raw text again.
"""

from __future__ import annotations

from dataclasses import dataclass

from registration.domain.badge_code import CodeProblem, ParsedCode, parse_badge_code


@dataclass(frozen=True)
class BadgeScan:
    """A badge code as scanned or typed: the raw text (kept for the failed-scan log) and
    how it reads as a code."""

    raw: str
    parsed: ParsedCode


@dataclass(frozen=True)
class NameQuery:
    """Typed text that is no badge code: a name, nickname or phone to look up."""

    text: str


DeskEntry = BadgeScan | NameQuery


def read_entry(text: str) -> DeskEntry:
    """A code (well formed, even with a wrong check character) or else a name."""
    parsed = parse_badge_code(text)
    if parsed.problem is CodeProblem.NOT_A_CODE:
        return NameQuery(text.strip())
    return BadgeScan(text, parsed)


def read_scan(text: str) -> BadgeScan:
    """A scanner's burst is always a code, even when it reads as none (a bad print)."""
    return BadgeScan(text, parse_badge_code(text))
