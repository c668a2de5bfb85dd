"""Bulk inserts index their participants in one statement, and never leave the index
without its trigger or with rows missing, also when the insert fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from registration.domain.badge_code import new_badge_code
from registration.domain.records import EventInfo
from registration.services import registry
from registration.services.demo import load_demo_event
from registration.services.participant_input import ParticipantInput
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database
from registration.storage.search_index import INSERT_TRIGGER, indexed_in_bulk


def rows(event: EventInfo, count: int, first: str) -> list[dict[str, object]]:
    made = []
    for n in range(count):
        values = registry.participant_values(
            ParticipantInput(first_name=f"{first}{n}", last_name="ค้นหาได้").cleaned()
        )
        values.update(event_id=event.id, badge_code=new_badge_code())
        values["registered_at"] = event.starts_on
        made.append(values)
    return made


def assert_index_matches_participants(db: Database) -> None:
    """FTS5's own integrity check: fails when the index and its content table differ."""
    with db.write() as s:
        s.execute(INTEGRITY_CHECK)


INTEGRITY_CHECK = text(
    "INSERT INTO participant_search(participant_search) VALUES ('integrity-check')"
)


def trigger_exists(db: Database) -> bool:
    with db.read() as s:
        found = s.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": INSERT_TRIGGER},
        ).scalar()
    return bool(found)


@pytest.fixture
def indexed(db_path: Path) -> Iterator[Database]:
    """An embedded database with the demo event (the index is SQLite's: FTS5)."""
    db = open_database(f"sqlite:///{db_path}")
    if not db.has_search_index:
        pytest.skip("this Python's SQLite is built without FTS5")
    yield db
    db.dispose()


@pytest.fixture
def demo_event(indexed: Database) -> EventInfo:
    return load_demo_event(indexed)


def test_people_inserted_in_bulk_are_found_by_a_fragment(
    indexed: Database, demo_event: EventInfo
) -> None:
    with indexed.write() as s, indexed_in_bulk(s):
        s.execute(insert(models.Participant), rows(demo_event, 300, "บุญมาก"))

    assert trigger_exists(indexed)
    found = registry.search(indexed, demo_event.id, "บุญมาก12")
    assert sorted(p.first_name for p in found) == sorted(
        ["บุญมาก12", *(f"บุญมาก12{n}" for n in range(10))]
    )
    assert_index_matches_participants(indexed)
    one = registry.add_participant(indexed, demo_event.id, ParticipantInput("ตามมาทีหลัง"))
    assert [p.id for p in registry.search(indexed, demo_event.id, "ตามมาทีหลัง")] == [one.id]


def test_a_failed_bulk_insert_leaves_the_trigger_and_the_index_as_they_were(
    indexed: Database, demo_event: EventInfo
) -> None:
    with pytest.raises(RuntimeError), indexed.write() as s, indexed_in_bulk(s):
        s.execute(insert(models.Participant), rows(demo_event, 10, "หายไป"))
        raise RuntimeError("the user cancelled")

    assert trigger_exists(indexed)
    assert registry.search(indexed, demo_event.id, "หายไป") == []
    assert_index_matches_participants(indexed)
