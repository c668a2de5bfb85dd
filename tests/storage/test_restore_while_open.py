"""The program's own backup and restore are safe while another desk has the file open.

Deleting or replacing the database or its -wal/-shm under an open connection leaves that
connection writing into a deleted file: its commits show as done but never reach the
database. Restore writes through SQLite instead, so the other desk reads the restored
content and keeps the same files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from registration.services import checkin, registry
from registration.services.demo import load_demo_event
from registration.storage.backups import restore_backup, take_backup
from registration.storage.integrity import check_file
from registration.storage.migrate import open_database

OTHER_DESK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=15)
connection.execute("PRAGMA journal_mode = WAL")
count = lambda: connection.execute("SELECT count(*) FROM check_ins").fetchone()[0]
print(count(), flush=True)
sys.stdin.readline()
print(count(), flush=True)
connection.execute("UPDATE check_ins SET desk = 'Desk 9' WHERE id = 1")
print("written", flush=True)
sys.stdin.readline()
"""


def _deleted_files(pid: int, folder_of_db: Path) -> list[str]:
    folder = Path(f"/proc/{pid}/fd")
    links = []
    for fd in folder.iterdir():
        try:
            links.append(os.readlink(fd))
        except OSError:
            continue
    return [link for link in links if link.startswith(str(folder_of_db)) and "(deleted)" in link]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads /proc")
def test_restore_while_another_desk_has_the_file_open(tmp_path: Path) -> None:
    path, folder = tmp_path / "registration.sqlite", tmp_path / "backups"
    db = open_database(f"sqlite:///{path}")
    event = load_demo_event(db)
    people = registry.list_participants(db, event.id)
    session = 1
    checkin.check_in(db, people[0].badge_code, session, "Desk 1")
    backup = take_backup(path, folder)
    for person in people[1:5]:
        checkin.check_in(db, person.badge_code, session, "Desk 1")
    db.dispose()
    with subprocess.Popen(
        [sys.executable, "-c", OTHER_DESK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        assert other.stdin is not None and other.stdout is not None
        try:
            assert other.stdout.readline().strip() == "5"

            restore_backup(backup, path, folder)

            other.stdin.write("\n")
            other.stdin.flush()
            assert other.stdout.readline().strip() == "1"  # it reads the backup's content
            assert other.stdout.readline().strip() == "written"
            assert _deleted_files(other.pid, tmp_path) == []  # its files stayed in place
            other.stdin.write("\n")
            other.stdin.flush()
            assert other.wait(timeout=30) == 0
        finally:
            other.kill()
    assert check_file(path, "integrity_check") == []
    reopened = open_database(f"sqlite:///{path}")
    try:
        [row] = checkin.recent_check_ins(reopened, "Desk 9")
        assert row.participant.id == people[0].id  # the other desk's write reached the file
    finally:
        reopened.dispose()
