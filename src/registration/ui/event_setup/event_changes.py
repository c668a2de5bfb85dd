"""An event changed (its name, a session, an issue area), here or at another desk: the
window's lists read it again, keeping what each list had chosen where it still exists."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from registration.domain.records import IssueAreaInfo, SessionInfo, offered
from registration.services import events
from registration.ui.common.context import WindowContext


def reloaded(context: WindowContext) -> WindowContext:
    """The same window context with the event, its sessions and issue areas read again."""
    db, event_id = context.db, context.event.id
    return dataclasses.replace(
        context,
        event=events.get_event(db, event_id),
        sessions=events.list_sessions(db, event_id),
        issue_areas=events.list_issue_areas(db, event_id),
    )


def refill(combo: QComboBox, items: Sequence[tuple[str, object]], keep: int = 0) -> None:
    """New items after the first `keep` ("All …"); the choice stays if it still exists.

    Signals are held back while refilling, and one `currentIndexChanged` follows only
    when the choice really changed (a deleted session).
    """
    chosen = combo.currentData()
    with QSignalBlocker(combo):
        while combo.count() > keep:
            combo.removeItem(combo.count() - 1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if combo.count() else -1)
    if combo.currentData() != chosen:
        combo.currentIndexChanged.emit(combo.currentIndex())


def session_items(sessions: Sequence[SessionInfo], gap: str = " ") -> list[tuple[str, object]]:
    """A session picker's items: the sessions offered (a hidden one is not)."""
    return [(f"{s.starts_at:%d/%m %H:%M}{gap}{s.title}", s.id) for s in offered(sessions)]


def area_items(areas: Sequence[IssueAreaInfo]) -> list[tuple[str, object]]:
    return [(a.name_th, a.id) for a in areas]
