"""Who a desk saw checked in online and has not yet written to its own file.

The change feed writes them there about once a second; until then an offline
repeat of such a person must still read "already checked in", not count again.
"""

from __future__ import annotations

import threading
from datetime import datetime

Key = tuple[int, int]  # (participant id, session id)


class SeenOnline:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[Key, tuple[datetime, str]] = {}

    def add(self, key: Key, at: datetime, desk: str) -> None:
        with self._lock:
            self._seen[key] = (at, desk)

    def get(self, key: Key) -> tuple[datetime, str] | None:
        with self._lock:
            return self._seen.get(key)

    def items(self) -> list[tuple[Key, tuple[datetime, str]]]:
        with self._lock:
            return list(self._seen.items())

    def keys(self) -> set[Key]:
        with self._lock:
            return set(self._seen)

    def forget(self, keys: set[Key]) -> None:
        """Drop what the desk's file now holds (seen before the read that wrote it)."""
        with self._lock:
            for key in keys:
                self._seen.pop(key, None)
