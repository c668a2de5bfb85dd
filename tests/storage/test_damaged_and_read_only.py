"""A damaged database is refused with the way back; a read-only one opens for looking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from registration.domain.errors import EnvironmentProblem
from registration.services import backups
from registration.services.demo import load_demo_event
from registration.services.events import list_events
from registration.services.registry import cancel_participant, count_participants
from registration.storage import database as storage_database
from registration.storage.integrity import DamagedDatabase
from registration.storage.migrate import open_database
from tests.storage.damage import damage_an_index


def _demo_file(path: Path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        return load_demo_event(db).id
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 10, b"SQLite format 3\x00" + b"x" * 5000]
)
def test_a_file_that_is_not_a_database_is_refused_in_words(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "registration.sqlite"
    path.write_bytes(content)

    with pytest.raises(DamagedDatabase) as refused:
        open_database(f"sqlite:///{path}", backups=tmp_path / "backups")

    assert refused.value.code == "database_damaged"
    assert "No good backup" in refused.value.message
    assert path.read_bytes() == content  # looked at, never written


def test_a_damaged_database_names_the_newest_good_backup(tmp_path: Path) -> None:
    path, folder = tmp_path / "registration.sqlite", tmp_path / "backups"
    _demo_file(path)
    db = open_database(f"sqlite:///{path}")
    good = backups.backup_now(db, folder)
    db.dispose()
    damage_an_index(path)

    with pytest.raises(DamagedDatabase) as refused:
        open_database(f"sqlite:///{path}", backups=folder)

    assert refused.value.backup == good
    assert f"restore {good}" in refused.value.message


def test_a_damaged_backup_is_refused_the_moment_it_is_taken(tmp_path: Path) -> None:
    path, folder = tmp_path / "registration.sqlite", tmp_path / "backups"
    _demo_file(path)
    db = open_database(f"sqlite:///{path}")
    good = backups.backup_now(db, folder)
    db.dispose()
    damage_an_index(path)  # the disk fails while the window is open

    with pytest.raises(DamagedDatabase) as refused:
        backups.backup_now(db, folder)

    assert refused.value.backup == good  # the way back, in the message
    assert [b.path for b in backups.list_backups(folder)] == [good]  # not kept as good
    assert len(list(folder.glob("*.damaged"))) == 1  # kept aside for an expert
    with pytest.raises(EnvironmentProblem) as stopped, db.write():  # nothing more is written
        pass
    assert stopped.value.code == "database_damaged"


def test_the_live_check_stops_writes_on_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "registration.sqlite"
    _demo_file(path)
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    damage_an_index(path)

    with pytest.raises(DamagedDatabase):
        backups.check_live(db, tmp_path / "backups")

    assert db.read_only


def _deny_writing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """As a user without write permission sees it (the tests may run as root)."""
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if mode & os.W_OK and Path(str(path)) == denied:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(storage_database.os, "access", access)


@pytest.mark.parametrize("denied", ["file", "folder"])
def test_a_read_only_database_opens_for_looking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, denied: str
) -> None:
    path = tmp_path / "registration.sqlite"
    event_id = _demo_file(path)
    before = path.read_bytes()
    _deny_writing(monkeypatch, path if denied == "file" else tmp_path)

    db = open_database(f"sqlite:///{path}")
    try:
        assert db.read_only
        # no -shm and no right to create one: read as immutable (as SQLite needs there)
        assert ("immutable=1" in str(db.engine.url)) is (denied == "folder")
        assert count_participants(db, event_id) == 136
        assert [e.id for e in list_events(db)] == [event_id]
        with pytest.raises(EnvironmentProblem) as refused:
            cancel_participant(db, 1, "moved away")
    finally:
        db.dispose()
    assert refused.value.code == "database_read_only"
    assert "read-only" in refused.value.message
    assert path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anything")
def test_a_read_only_folder_opens_for_looking(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "registration.sqlite"
    event_id = _demo_file(path)
    folder.chmod(0o555)
    try:
        db = open_database(f"sqlite:///{path}")
        try:
            assert count_participants(db, event_id) == 136
            with pytest.raises(EnvironmentProblem):
                cancel_participant(db, 1, "moved away")
        finally:
            db.dispose()
    finally:
        folder.chmod(0o755)
