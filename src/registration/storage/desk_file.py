"""The desk's own SQLite file: its copy of the participant list and its scan queue.

A scan the desk acknowledges while the server is out of reach is committed here
first (synchronous=FULL: it survives a power cut, not only a crash). The copy of
the participant list holds what the check-in screen shows, not phone numbers or
e-mail addresses.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from registration.domain.enums import CheckInMethod
from registration.domain.records import ParticipantRecord
from registration.services.sync.person_copy import (
    INSERT_PERSON,
    PEOPLE_TABLE,
    SELECT_PERSON,
    record_from_copy,
    storable,
)
from registration.services.sync.queued_scan import QueuedScan

SCHEMA = f"""
{PEOPLE_TABLE};
CREATE TABLE IF NOT EXISTS known_check_ins (
    participant_id INTEGER NOT NULL, session_id INTEGER NOT NULL,
    checked_in_at TEXT NOT NULL, desk TEXT NOT NULL, PRIMARY KEY (participant_id, session_id));
CREATE TABLE IF NOT EXISTS queue (
    scan_id TEXT PRIMARY KEY, target TEXT NOT NULL, by_participant_id INTEGER NOT NULL,
    session_id INTEGER NOT NULL, desk TEXT NOT NULL, method TEXT NOT NULL,
    scanned_at TEXT NOT NULL, participant_id INTEGER, sent_at TEXT,
    outcome TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS queue_pending ON queue (scanned_at) WHERE sent_at IS NULL;
CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class DeskStore:
    """One desk's file; safe to use from the window thread and a worker thread."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in ("busy_timeout = 15000", "journal_mode = WAL", "synchronous = FULL"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.executescript(SCHEMA)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- the copy of the participant list ------------------------------------------

    def replace_people(
        self,
        people: Iterable[Sequence[object]],
        check_ins: Iterable[tuple[int, int, datetime, str]],
        refreshed_at: datetime,
    ) -> int:
        """Swap in a fresh copy of the list (rows of PERSON_COLUMNS) and of who is in."""
        rows = [storable(row) for row in people]
        with self._transaction() as db:
            db.execute("DELETE FROM people")
            db.executemany(INSERT_PERSON, rows)
            db.execute("DELETE FROM known_check_ins")
            db.executemany(
                "INSERT OR REPLACE INTO known_check_ins VALUES (?, ?, ?, ?)",
                ((p, s, at.isoformat(sep=" "), desk) for p, s, at, desk in check_ins),
            )
            db.execute(  # scans still queued here count too, as they did before
                "INSERT OR IGNORE INTO known_check_ins SELECT participant_id, session_id,"
                " scanned_at, desk FROM queue WHERE sent_at IS NULL AND participant_id IS NOT NULL"
            )
            db.execute(
                "INSERT OR REPLACE INTO facts VALUES ('refreshed_at', ?)",
                (refreshed_at.isoformat(sep=" "),),
            )
        return len(rows)

    def person_by_code(self, code: str) -> ParticipantRecord | None:
        return self._person(f"{SELECT_PERSON} WHERE badge_code = ?", code)

    def person_by_id(self, participant_id: int) -> ParticipantRecord | None:
        return self._person(f"{SELECT_PERSON} WHERE id = ?", participant_id)

    def _person(self, query: str, key: object) -> ParticipantRecord | None:
        with self._lock:
            row = self._db.execute(query, (key,)).fetchone()
        return record_from_copy(row) if row else None

    def refreshed_at(self) -> datetime | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM facts WHERE key = 'refreshed_at'").fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    # -- check-ins this desk knows of --------------------------------------------------

    def known_check_in(self, participant_id: int, session_id: int) -> tuple[datetime, str] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT checked_in_at, desk FROM known_check_ins"
                " WHERE participant_id = ? AND session_id = ?",
                (participant_id, session_id),
            ).fetchone()
        return (datetime.fromisoformat(row[0]), row[1]) if row else None

    def remember(self, changes: Iterable[tuple[int, int, datetime, str, bool]]) -> None:
        """(participant, session, time, desk, counts): keep what counts, forget undone ones."""
        with self._transaction() as db:
            for participant_id, session_id, at, desk, counts in changes:
                if counts:
                    db.execute(
                        "INSERT OR REPLACE INTO known_check_ins VALUES (?, ?, ?, ?)",
                        (participant_id, session_id, at.isoformat(sep=" "), desk),
                    )
                else:  # only that check-in: an earlier one of the same person may count
                    db.execute(
                        "DELETE FROM known_check_ins WHERE participant_id = ? AND session_id = ?"
                        " AND checked_in_at = ? AND desk = ?",
                        (participant_id, session_id, at.isoformat(sep=" "), desk),
                    )

    # -- the queue ---------------------------------------------------------------------

    def enqueue(self, scan: QueuedScan, participant_id: int | None) -> None:
        """Commit the scan (and, for a known person, that they are in) before the desk says so."""
        by_id = isinstance(scan.target, int)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO queue (scan_id, target, by_participant_id, session_id, desk, method,"
                " scanned_at, participant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    scan.scan_id,
                    str(scan.target),
                    int(by_id),
                    scan.session_id,
                    scan.desk,
                    CheckInMethod(scan.method).value,
                    scan.scanned_at.isoformat(sep=" "),
                    participant_id,
                ),
            )
            if participant_id is not None:
                db.execute(
                    "INSERT OR IGNORE INTO known_check_ins VALUES (?, ?, ?, ?)",
                    (
                        participant_id,
                        scan.session_id,
                        scan.scanned_at.isoformat(sep=" "),
                        scan.desk,
                    ),
                )

    def pending(self, limit: int = 100) -> list[QueuedScan]:
        with self._lock:
            rows = self._db.execute(
                "SELECT scan_id, target, by_participant_id, session_id, desk, method, scanned_at"
                " FROM queue WHERE sent_at IS NULL ORDER BY scanned_at, rowid LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            QueuedScan(
                scan_id,
                int(target) if by_id else target,
                session_id,
                desk,
                CheckInMethod(method),
                datetime.fromisoformat(scanned_at),
            )
            for scan_id, target, by_id, session_id, desk, method, scanned_at in rows
        ]

    def mark_sent(self, outcomes: Iterable[tuple[str, str]], sent_at: datetime) -> None:
        """(scan id, outcome) of scans the server has: one commit for the lot."""
        at = sent_at.isoformat(sep=" ")
        with self._transaction() as db:
            db.executemany(
                "UPDATE queue SET sent_at = ?, outcome = ? WHERE scan_id = ?",
                ((at, outcome, scan_id) for scan_id, outcome in outcomes),
            )

    def queue_length(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM queue WHERE sent_at IS NULL").fetchone()
        return int(row[0])

    def queued_scan_ids(self) -> set[str]:
        """Every scan this desk ever queued, sent or not (tests and the benchmark count them)."""
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT scan_id FROM queue")}
