"""Migration 0006 (hidden sessions) goes down and up again without touching a check-in
or a group set's session, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import func, inspect, select

from registration.domain.records import EventInfo
from registration.services import checkin, event_setup, events, groups, registry
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import alembic_config, current_revision

HIDDEN_COLUMNS = {"hidden_at", "hidden_by", "hidden_reason"}


def _migrate(db: Database, to: str, down: bool = False) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, to)


def _session_columns(db: Database) -> set[str]:
    return {column["name"] for column in inspect(db.engine).get_columns("sessions")}


def _rows(db: Database) -> tuple[int, list[int | None]]:
    with db.engine.connect() as connection:
        check_ins = connection.scalar(select(func.count()).select_from(models.CheckIn))
        linked = connection.scalars(select(models.GroupSet.session_id)).all()
    return int(check_ins or 0), list(linked)


def test_down_to_0005_and_up_again_keeps_check_ins_and_group_sets(
    db: Database, demo_event: EventInfo
) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    for person in registry.list_participants(db, demo_event.id)[:3]:
        checkin.check_in(db, person.id, session.id, "Desk 1")
    groups.create_group_set(db, demo_event.id, "บ่าย", 2, session_id=session.id)
    event_setup.hide_session(db, session.id, "ซ้ำกับรอบบ่าย", "Desk 1")
    before = _rows(db)
    assert before == (3, [session.id])

    _migrate(db, "0005", down=True)
    assert current_revision(db.engine) == "0005"
    assert not HIDDEN_COLUMNS & _session_columns(db)
    assert _rows(db) == before

    _migrate(db, "head")
    assert current_revision(db.engine) == "0006"
    assert _session_columns(db) >= HIDDEN_COLUMNS
    assert _rows(db) == before
    again = events.get_session(db, session.id)
    assert not again.hidden  # what 0005 could not keep is gone, nothing else
    assert event_setup.hide_session(db, session.id, "again", "Desk 1").hidden
