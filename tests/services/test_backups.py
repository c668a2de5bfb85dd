"""Backups of the embedded database: taken in use, the newest 20 kept, restored safely."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.services import backups
from registration.services.registry import count_participants
from registration.storage import backups as storage_backups
from registration.storage.migrate import open_database


def test_a_backup_taken_while_the_desk_works_holds_everything(db, demo_event, tmp_path: Path):
    if db.path is None:
        with pytest.raises(UserError) as refused:
            backups.backup_now(db, tmp_path / "backups")
        assert refused.value.code == "backup_not_embedded"
        return
    copy = backups.backup_now(db, tmp_path / "backups")
    storage_backups.check_backup(copy)  # checking it leaves no -wal/-shm behind
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [copy.name]

    restored = open_database(f"sqlite:///{copy}")
    try:
        assert count_participants(restored, demo_event.id) == 136
    finally:
        restored.dispose()
    assert [b.path for b in backups.list_backups(tmp_path / "backups")] == [copy]


def test_the_newest_twenty_and_the_first_of_each_day_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    open_database(f"sqlite:///{source}").dispose()
    start = datetime(2019, 2, 9, 8, 0)
    taken = [start + timedelta(minutes=m) for m in range(0, 25 * 30, 30)]  # day one
    taken += [start + timedelta(days=1, minutes=m) for m in range(0, 25 * 30, 30)]  # day two
    for when in taken:
        storage_backups.take_backup(source, tmp_path / "b", now=when)

    kept = [b.taken_at for b in storage_backups.list_backups(tmp_path / "b")]

    first_of_each_day = [taken[0], taken[25]]
    assert kept == sorted(taken[-20:] + first_of_each_day, reverse=True)


def test_restoring_brings_the_old_data_back_and_keeps_a_copy_of_the_new(tmp_path: Path) -> None:
    from registration.services.demo import load_demo_event

    live = tmp_path / "live.sqlite"
    folder = tmp_path / "backups"
    db = open_database(f"sqlite:///{live}")
    empty_copy = backups.backup_now(db, folder)
    event = load_demo_event(db)

    safety = backups.restore(db, empty_copy, folder)

    reopened = open_database(f"sqlite:///{live}")
    try:
        from registration.services.events import list_events

        assert list_events(reopened) == []
    finally:
        reopened.dispose()
    kept = open_database(f"sqlite:///{safety}")
    try:
        assert count_participants(kept, event.id) == 136
    finally:
        kept.dispose()


DAMAGED = [b"", b"not a database at all", b"SQLite format 3\x00" + b"x" * 200]


@pytest.mark.parametrize("content", DAMAGED)
def test_a_damaged_backup_is_refused_and_the_database_is_untouched(tmp_path: Path, content) -> None:
    from registration.services.demo import load_demo_event

    live = tmp_path / "live.sqlite"
    db = open_database(f"sqlite:///{live}")
    event = load_demo_event(db)
    bad = tmp_path / "registration-20190209-080000.sqlite"
    bad.write_bytes(content)

    with pytest.raises(UserError) as refused:
        backups.restore(db, bad, tmp_path / "backups")

    assert refused.value.code in {"bad_backup", "damaged_backup"}
    reopened = open_database(f"sqlite:///{live}")
    try:
        assert count_participants(reopened, event.id) == 136
    finally:
        reopened.dispose()


def test_what_restoring_sets_aside_is_counted_even_in_a_damaged_file(tmp_path: Path) -> None:
    from registration.services import checkin, registry
    from registration.services.demo import load_demo_event
    from tests.storage.damage import damage_an_index

    live, folder = tmp_path / "live.sqlite", tmp_path / "backups"
    db = open_database(f"sqlite:///{live}")
    event = load_demo_event(db)
    people = registry.list_participants(db, event.id)
    good = backups.backup_now(db, folder)
    for person in people[:3]:
        checkin.check_in(db, person.badge_code, 1, "Desk 1")
    db.dispose()
    damage_an_index(live)

    since = backups.recorded_since_in_file(live, good)

    assert since == backups.RecordedSince(check_ins=3, participants=0)
    assert backups.recorded_since_in_file(tmp_path / "missing.sqlite", good) is None


def _garbage_over_pages(path: Path) -> None:
    with path.open("r+b") as file:  # as a failing disk or a careless editor leaves it
        file.seek(8192)
        file.write(b"\xa5\x17" * 20_000)


@pytest.mark.parametrize("how", ["garbage over its pages", "cut short", "emptied"])
def test_a_backup_of_ours_damaged_after_it_was_taken_is_called_damaged(
    tmp_path: Path, how: str
) -> None:
    from registration.services.demo import load_demo_event

    db = open_database(f"sqlite:///{tmp_path / 'live.sqlite'}")
    load_demo_event(db)
    copy = backups.backup_now(db, tmp_path / "backups")
    db.dispose()
    if how == "garbage over its pages":
        _garbage_over_pages(copy)
    else:
        with copy.open("r+b") as file:
            file.truncate(0 if how == "emptied" else copy.stat().st_size // 3)

    with pytest.raises(UserError) as refused:
        backups.check_restorable(copy)

    assert refused.value.code == "damaged_backup"  # not "not a backup of this program"


def test_a_file_that_is_no_database_is_not_called_a_damaged_backup(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("minutes of the meeting")

    with pytest.raises(UserError) as refused:
        backups.check_restorable(notes)

    assert refused.value.code == "bad_backup"


def test_a_check_asked_to_stop_stops_midway_and_says_so(tmp_path: Path) -> None:
    """The settings list checks copies in the background; closing it stops the check
    (a 200 MB copy takes seconds) instead of letting it run on."""
    from registration.domain.progress import JobCancelled
    from registration.services.demo import load_demo_event

    db = open_database(f"sqlite:///{tmp_path / 'live.sqlite'}")
    load_demo_event(db)
    copy = backups.backup_now(db, tmp_path / "backups")
    db.dispose()
    asked: list[bool] = []

    def stop_after_first_look() -> bool:
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(JobCancelled):
        backups.check_restorable(copy, stop_after_first_look)

    assert len(asked) >= 2  # asked as it went, stopped at its first "yes"
    backups.check_restorable(copy)  # the copy itself is sound
