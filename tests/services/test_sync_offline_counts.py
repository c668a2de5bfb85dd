"""A desk's counters once the server is gone count every check-in the desk made, the last
ones made online included (the change feed had not yet copied them to the desk's file)."""

from __future__ import annotations

from pathlib import Path

from registration.domain.enums import CheckInOutcome
from registration.domain.records import EventInfo
from registration.services import events, registry
from registration.services.sync.desk_link import DeskLink
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


def test_a_desk_started_again_without_the_server_still_counts_its_last_online_scans(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    """Closed a moment after a scan the server confirmed (before the change feed wrote it to
    the desk's file) and started again while the server was away: the counter was one
    short and the person read as not yet in."""
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[0]
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    assert link.check_in(person.badge_code, session_id).online
    link.close()
    network.cut()

    again = DeskLink(network.url, tmp_path / "Desk 1.sqlite", "Desk 1", demo_event.id, network.open)
    counts, _arrivals = counts_here(db, demo_event.id, session_id, again)
    repeat = again.check_in(person.badge_code, session_id)

    assert not again.online
    assert counts.checked_in.total() == 1
    assert repeat.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN and not repeat.queued
    again.close()
