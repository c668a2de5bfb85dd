"""This desk's name, owned in one place: whoever needs it listens for changes.

Check-ins, undos, walk-ins, prints and event edits carry the desk name they were made
under. Renaming the desk (File ▸ Desk name…, or the settings) changes it here once;
`changed` tells every listener, so no holder keeps a stale copy.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal


class HoldsDeskName(Protocol):
    """Something made with a desk name it keeps using (a view, a printer, the link)."""

    desk: str


class DeskName(QObject):
    changed = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name

    @property
    def value(self) -> str:
        return self._name

    def rename(self, name: str) -> None:
        """From now on the desk is `name`; nothing is announced when nothing changed."""
        if name and name != self._name:
            self._name = name
            self.changed.emit(name)

    def keep_updated(self, *holders: HoldsDeskName) -> None:
        """Each holder's `desk` follows every rename."""
        for holder in holders:
            self.changed.connect(lambda name, holder=holder: setattr(holder, "desk", name))
