"""A desk's counters once the server is gone count every check-in the desk made, the last
ones made online included (the change feed had not yet copied them to the desk's file)."""

from __future__ import annotations

from pathlib import Path

from registration.domain.records import EventInfo
from registration.services import events, registry
from registration.services.sync.offline_reads import counts_here
from registration.storage.database import Database
from tests.services.sync_support import Network, desk_link


def test_scans_made_online_just_before_the_server_went_still_count_offline(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    """Seen at a desk: 40 badges scanned, the server stopped after the eighth; offline the
    counter read 36 (the last online scans were missing until the server came back)."""
    session_id = events.list_sessions(db, demo_event.id)[0].id
    people = registry.list_participants(db, demo_event.id)[:5]
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    for person in people[:3]:
        assert link.check_in(person.badge_code, session_id).online
    network.cut()
    for person in people[3:]:
        assert link.check_in(person.badge_code, session_id).queued

    counts, arrivals = counts_here(db, demo_event.id, session_id, link)

    assert counts.checked_in.total() == 5
    assert set(arrivals) == {p.id for p in people}
    link.close()
