"""Every saved database (one per schema revision) must open and upgrade cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from registration.domain.errors import EnvironmentProblem
from registration.services import events, registry
from registration.storage.migrate import (
    backup_sqlite,
    current_revision,
    head_revision,
    open_database,
)

DATA = Path(__file__).parents[1] / "data"
SAVED = sorted(DATA.glob("schema_*.sqlite"))


def test_the_revision_the_program_expects_is_alembics_head() -> None:
    from registration.storage.migrate import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


def test_there_is_a_saved_database_for_the_head_revision() -> None:
    assert DATA / f"schema_{head_revision()}.sqlite" in SAVED


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_database_upgrades_to_head_with_its_data(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / "desk.sqlite"
    shutil.copy(saved, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        assert current_revision(db.engine) == head_revision()
        event = events.get_event(db)
        assert registry.count_participants(db, event.id) == 136
        backups = list(tmp_path.glob("desk.before-*.sqlite"))
        older = saved.stem != f"schema_{head_revision()}"
        assert len(backups) == (1 if older else 0)
    finally:
        db.dispose()


def test_a_fresh_database_gets_the_whole_schema(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert {"participants", "check_ins", "sessions", "failed_scans", "audit_entries"} <= tables
        assert not list(db_path.parent.glob("*.before-*"))  # nothing to back up
    finally:
        db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db_path: Path) -> None:
    db = open_database(f"sqlite:///{db_path}")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()


def test_a_database_from_a_newer_program_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(f"sqlite:///{db_path}").dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(EnvironmentProblem) as caught:
        open_database(f"sqlite:///{db_path}")
    assert caught.value.code == "database_too_new"
    assert db_path.read_bytes() == before


def test_backup_copies_a_live_database_with_its_data(db_path: Path) -> None:
    shutil.copy(SAVED[-1], db_path)
    db = open_database(f"sqlite:///{db_path}")
    try:
        backup = backup_sqlite(db_path, "manual")
    finally:
        db.dispose()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT count(*) FROM participants").fetchone() == (136,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_one_active_check_in_per_person_and_session_is_held_by_the_database(
    db_path: Path,
) -> None:
    shutil.copy(SAVED[-1], db_path)
    db = open_database(f"sqlite:///{db_path}")
    insert = text(
        "INSERT INTO check_ins (participant_id, session_id, checked_in_at, desk, method,"
        " annul_reason) SELECT participant_id, session_id, checked_in_at, 'X', 'scan', ''"
        " FROM check_ins WHERE annulled_at IS NULL LIMIT 1"
    )
    try:
        with pytest.raises(Exception, match="UNIQUE"), db.engine.begin() as connection:
            connection.execute(insert)
    finally:
        db.dispose()


def test_a_scan_id_is_stored_once_at_most(db_path: Path) -> None:
    """Migration 0003: a desk's retry of the same scan cannot make a second row."""
    shutil.copy(DATA / "schema_0002.sqlite", db_path)
    db = open_database(f"sqlite:///{db_path}")
    insert = text(
        "INSERT INTO check_ins (participant_id, session_id, checked_in_at, desk, method,"
        " annulled_at, annul_reason, scan_id) SELECT participant_id, session_id, checked_in_at,"
        " 'X', 'scan', checked_in_at, 'test', 'same-scan' FROM check_ins LIMIT 1"
    )
    try:
        with db.engine.begin() as connection:
            without = "SELECT count(*) FROM check_ins WHERE scan_id IS NULL"
            assert connection.exec_driver_sql(without).scalar() == 40  # rows from before 0003
            connection.execute(insert)
        with pytest.raises(Exception, match="UNIQUE"), db.engine.begin() as connection:
            connection.execute(insert)
    finally:
        db.dispose()
