"""What a desk's window needs to open while its server is out of reach.

While online the link keeps, in the desk's own file, the event, its sessions and
issue areas and the provinces (this module), next to its copy of the participant
list (no phones or e-mail addresses) and of who is checked in. A desk that starts
while the server is down opens on these and joins the server when it answers.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from registration.domain.enums import SessionKind
from registration.domain.records import EventInfo, IssueAreaInfo, ProvinceInfo, SessionInfo
from registration.services import events
from registration.services.sync.group_copy import GroupsCopy, read_groups, save_groups
from registration.storage.database import Database
from registration.storage.desk_file import DeskFile

FACT = "window_start"


@dataclass(frozen=True)
class WindowStart:
    event: EventInfo
    sessions: list[SessionInfo]
    provinces: list[ProvinceInfo]
    issue_areas: list[IssueAreaInfo]
    # the breakout groups (a desk at a group's room starts there); kept on their own
    groups: GroupsCopy | None = field(default=None, compare=False)


def read_window_start(db: Database, event_id: int) -> WindowStart:
    """From the server: the event, what its tabs list and its breakout groups."""
    return WindowStart(
        events.get_event(db, event_id),
        events.list_sessions(db, event_id),
        events.list_provinces(db),
        events.list_issue_areas(db, event_id),
        read_groups(db, event_id),
    )


def save_window_start(store: DeskFile, start: WindowStart) -> None:
    kept = {k: v for k, v in asdict(start).items() if k != "groups"}
    store.save_fact(FACT, json.dumps(kept, default=_plain, ensure_ascii=False))
    if start.groups is not None:
        save_groups(store, start.groups)


def saved_window_start(store: DeskFile) -> WindowStart | None:
    """What the desk kept when it was last online; None on a desk never online yet."""
    text = store.fact(FACT)
    if text is None:
        return None
    data = json.loads(text)
    event = data["event"]
    return WindowStart(
        EventInfo(
            **{
                **event,
                "starts_on": date.fromisoformat(event["starts_on"]),
                "ends_on": date.fromisoformat(event["ends_on"]),
            }
        ),
        [_session(s) for s in data["sessions"]],
        [ProvinceInfo(**p) for p in data["provinces"]],
        [IssueAreaInfo(**a) for a in data["issue_areas"]],
    )


def _session(data: dict[str, Any]) -> SessionInfo:
    return SessionInfo(
        **{
            **data,
            "starts_at": datetime.fromisoformat(data["starts_at"]),
            "ends_at": datetime.fromisoformat(data["ends_at"]),
            "kind": SessionKind(data["kind"]),
            "hidden_at": _moment(data.get("hidden_at")),
        }
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)
