"""Erasing an event's personal data: names gone everywhere, counts kept, an audit entry."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from registration.domain.records import EventInfo
from registration.services import attendance, checkin, purge, registry
from registration.storage.database import Database
from registration.storage.models import AuditEntry


def test_purge_keeps_the_counts_and_records_who_erased_what(
    db: Database, demo_event: EventInfo
) -> None:
    people = registry.list_participants(db, demo_event.id)
    for person in people[:40]:
        checkin.check_in(db, person.badge_code, 1, "Desk 1")
    checkin.check_in(db, "ZZ-" + people[0].phone, 1, "Desk 1")  # a failed scan quoting a phone
    before = attendance.attendance_counts(db, demo_event.id)
    name = people[5].first_name
    assert registry.search(db, demo_event.id, name)
    when = datetime(2019, 2, 11, 9, 0)

    report = purge.purge_event(db, demo_event.id, "Desk 2", now=when)

    assert report.counts.participants == 136 and report.counts.failed_scans == 1
    after = attendance.attendance_counts(db, demo_event.id)
    assert (after.checked_in, after.expected) == (before.checked_in, before.expected)
    assert registry.search(db, demo_event.id, name) == []  # gone from the search index
    assert [p.full_name for p in registry.search(db, demo_event.id, "#6")][:1] == ["#6"]
    with db.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all()
    assert (entry.desk, entry.at, entry.entity_id) == ("Desk 2", when, demo_event.id)
    assert json.loads(entry.detail)["participants"] == 136
    assert purge.purge_counts(db, demo_event.id).participants == 0  # nothing left to erase
