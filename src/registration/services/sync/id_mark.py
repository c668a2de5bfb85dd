"""How far a poll has read one table, by id, without skipping slow transactions.

On PostgreSQL ids come from a sequence: a desk can commit id 11 while id 10 is
still in another desk's open transaction, and every "already checked in" burns
an id it never uses. So a poll remembers the ids below its high-water mark that
it has not seen yet, asks for them again, and gives up on each after a while
(a rolled-back or burnt id never shows up).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_

GAP_SECONDS = 30.0  # far longer than any check-in transaction
MAX_GAPS = 5000


@dataclass(frozen=True)
class IdMark:
    """Every id up to `last` was seen, except `gaps`: (id, when first missed)."""

    last: int = 0
    gaps: tuple[tuple[int, float], ...] = ()

    def unseen(self, column: ColumnElement[int]) -> ColumnElement[bool]:
        """The rows a poll still has to read."""
        if not self.gaps:
            return column > self.last
        return or_(column > self.last, column.in_([gap for gap, _ in self.gaps]))

    def advance(self, seen: Iterable[int], now: float) -> IdMark:
        seen_ids = set(seen)
        top = max(seen_ids, default=self.last)
        top = max(top, self.last)
        kept = [(i, t) for i, t in self.gaps if i not in seen_ids and now - t < GAP_SECONDS]
        start = max(self.last + 1, top - MAX_GAPS)
        missed = [(i, now) for i in range(start, top) if i not in seen_ids]
        return IdMark(top, tuple((kept + missed)[-MAX_GAPS:]))
