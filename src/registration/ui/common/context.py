"""What the desk and the participant list share: the database handle, the event, this desk."""

from __future__ import annotations

from dataclasses import dataclass

from registration.domain.records import EventInfo, IssueAreaInfo, ProvinceInfo, SessionInfo
from registration.services import events
from registration.services.handle import Database
from registration.services.sync.desk_link import DeskLink
from registration.ui.common.hooks import BadgePrinter, printing_not_available


@dataclass(frozen=True)
class WindowContext:
    db: Database
    event: EventInfo
    desk: str
    sessions: list[SessionInfo]
    provinces: list[ProvinceInfo]
    issue_areas: list[IssueAreaInfo]
    print_badges: BadgePrinter = printing_not_available
    # A walk-in's badge, on the layout chosen for walk-ins (None: as print_badges).
    print_walk_in: BadgePrinter | None = None
    # On a shared server: check-ins go through the link, which queues them while the
    # server is out of reach. None on the embedded database.
    link: DeskLink | None = None


def load_context(
    db: Database, desk: str, print_badges: BadgePrinter = printing_not_available
) -> WindowContext:
    """The latest event of the database (raises UserError `no_event` when there is none)."""
    event = events.get_event(db)
    return WindowContext(
        db=db,
        event=event,
        desk=desk,
        sessions=events.list_sessions(db, event.id),
        provinces=events.list_provinces(db),
        issue_areas=events.list_issue_areas(db, event.id),
        print_badges=print_badges,
    )
