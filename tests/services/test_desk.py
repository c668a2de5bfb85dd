"""The desk's bulk reads: every participant with check-ins, session counters, chosen export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.domain.records import EventInfo
from registration.services import checkin, desk, events, registry
from registration.storage.database import Database


def test_every_participant_is_listed_with_the_sessions_attended(
    db: Database, demo_event: EventInfo
) -> None:
    sessions = events.list_sessions(db, demo_event.id)
    people = registry.list_participants(db, demo_event.id)
    kept = checkin.check_in(db, people[0].badge_code, sessions[0].id, "Desk 1")
    undone = checkin.check_in(db, people[1].badge_code, sessions[0].id, "Desk 1")
    assert kept.check_in is not None and undone.check_in is not None
    checkin.annul(db, undone.check_in.id, "wrong badge")
    listed = desk.listed_participants(db, demo_event.id)
    assert [p.record for p in listed] == people  # same records, same Thai order
    by_id = {p.record.id: p for p in listed}
    assert by_id[people[0].id].sessions == {sessions[0].id}
    assert by_id[people[1].id].sessions == set()
    assert by_id[people[2].id].search_text == desk.listed_from_record(people[2]).search_text


def test_session_counts_by_province_leave_out_annulled_and_cancelled(
    db: Database, demo_event: EventInfo
) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    people = [p for p in registry.list_participants(db, demo_event.id) if p.province]
    first, second = people[0], people[1]
    checkin.check_in(db, first.badge_code, session.id, "Desk 1")
    result = checkin.check_in(db, second.badge_code, session.id, "Desk 1")
    assert result.check_in is not None
    checkin.annul(db, result.check_in.id, "mistake")
    registry.cancel_participant(db, people[2].id)
    counts = desk.session_counts(db, demo_event.id, session.id)
    assert counts.checked_in.total() == 1
    assert first.province is not None
    assert counts.checked_in[first.province.code] == 1
    assert counts.expected.total() == len(registry.list_participants(db, demo_event.id)) - 1


def test_exporting_a_selection_writes_only_those_participants(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)
    chosen = {people[3].id, people[7].id}
    out = desk.export_participants(db, demo_event.id, chosen, tmp_path / "chosen.csv")
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    codes = {row[1] for row in rows[1:]}
    assert codes == {people[3].badge_code, people[7].badge_code}
    with pytest.raises(UserError) as error:
        desk.export_participants(db, demo_event.id, chosen, tmp_path / "chosen.pdf")
    assert error.value.code == "bad_output"
