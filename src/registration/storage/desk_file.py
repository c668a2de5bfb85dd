"""The desk's own SQLite file: its copy of the participant list and its scan queue.

Storage only: rows in, rows out. services/sync/desk_store.py turns the copied rows
into participant records.

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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from registration.domain.enums import CheckInMethod

# Labels of participant_query.participant_select(), in the order the desk's file keeps.
PERSON_COLUMNS = (
    "id",
    "event_id",
    "badge_code",
    "prefix",
    "first_name",
    "last_name",
    "nickname",
    "role",
    "status",
    "registered_at",
    "pr_code",
    "pr_name_th",
    "pr_name_en",
    "pr_region",
    "ia_id",
    "ia_key",
    "ia_name_th",
    "ia_name_en",
    "ia_kind",
    "ia_colour",
)
PEOPLE_TABLE = (
    "CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, badge_code TEXT NOT NULL UNIQUE, "
    + ", ".join(name for name in PERSON_COLUMNS if name not in {"id", "badge_code"})
    + ")"
)
INSERT_PERSON = (
    f"INSERT INTO people ({', '.join(PERSON_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(PERSON_COLUMNS))})"
)
SELECT_PERSON = f"SELECT {', '.join(PERSON_COLUMNS)} FROM people"
_REGISTERED_AT = PERSON_COLUMNS.index("registered_at")


@dataclass(frozen=True)
class CountedAnyway:
    """Staff at the room of group `desk_group` counted someone of group `belongs_to`."""

    desk_group: int
    belongs_to: int


@dataclass(frozen=True)
class QueuedScan:
    scan_id: str
    target: str | int  # the badge code as scanned, or a participant id (name search)
    session_id: int
    desk: str
    method: CheckInMethod
    scanned_at: datetime
    anyway: CountedAnyway | None = None  # made at a group's room for someone of another


def storable(row: Sequence[object]) -> tuple[object, ...]:
    """A server row (PERSON_COLUMNS) as SQLite stores it."""
    values = list(row)
    registered = values[_REGISTERED_AT]
    if isinstance(registered, datetime):
        values[_REGISTERED_AT] = registered.isoformat(sep=" ")
    return tuple(values)


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
CREATE TABLE IF NOT EXISTS undos (
    scan_id TEXT PRIMARY KEY, reason TEXT NOT NULL, undone_at TEXT NOT NULL, sent_at TEXT,
    outcome TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS group_members (
    set_id INTEGER NOT NULL, participant_id INTEGER NOT NULL, group_id INTEGER NOT NULL,
    PRIMARY KEY (set_id, participant_id));
CREATE TABLE IF NOT EXISTS counted_anyway (
    scan_id TEXT PRIMARY KEY, desk_group INTEGER NOT NULL, belongs_to INTEGER NOT NULL);
"""
# counted_anyway: a table of its own, not columns of queue, so that a file made before it
# existed gains it on opening (CREATE TABLE IF NOT EXISTS) and its queued scans read as
# plain ones.
SELECT_PENDING = (
    "SELECT q.scan_id, q.target, q.by_participant_id, q.session_id, q.desk, q.method,"
    " q.scanned_at, a.desk_group, a.belongs_to FROM queue q"
    " LEFT JOIN counted_anyway a ON a.scan_id = q.scan_id"
    " WHERE q.sent_at IS NULL ORDER BY q.scanned_at, q.rowid LIMIT ?"
)


def _queued_scan(
    scan_id: str,
    target: str,
    by_id: int,
    session_id: int,
    desk: str,
    method: str,
    scanned_at: str,
    desk_group: int | None,
    belongs_to: int,
) -> QueuedScan:
    """A row of SELECT_PENDING."""
    return QueuedScan(
        scan_id,
        int(target) if by_id else target,
        session_id,
        desk,
        CheckInMethod(method),
        datetime.fromisoformat(scanned_at),
        None if desk_group is None else CountedAnyway(desk_group, belongs_to),
    )


class DeskFile:
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

    def person_row_by_code(self, code: str) -> tuple[Any, ...] | None:
        """The copied row (PERSON_COLUMNS) of a badge code."""
        return self._person(f"{SELECT_PERSON} WHERE badge_code = ?", code)

    def person_row_by_id(self, participant_id: int) -> tuple[Any, ...] | None:
        return self._person(f"{SELECT_PERSON} WHERE id = ?", participant_id)

    def _person(self, query: str, key: object) -> tuple[Any, ...] | None:
        with self._lock:
            row = self._db.execute(query, (key,)).fetchone()
        return tuple(row) if row else None

    def all_people_rows(self) -> list[tuple[Any, ...]]:
        """Every copied row (PERSON_COLUMNS): the list a desk shows when it starts offline."""
        with self._lock:
            return [tuple(row) for row in self._db.execute(SELECT_PERSON)]

    def all_known_check_ins(self) -> list[tuple[int, int, datetime, str]]:
        """(participant, session, time, desk) of every check-in this desk knows counts."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM known_check_ins").fetchall()
        return [(int(p), int(s), datetime.fromisoformat(at), desk) for p, s, at, desk in rows]

    def save_fact(self, key: str, value: str) -> None:
        """A text the desk keeps for later (e.g. what the window needs to start offline)."""
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO facts VALUES (?, ?)", (key, value))

    def fact(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM facts WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def replace_group_members(self, rows: Iterable[tuple[int, int, int]], sets: str) -> None:
        """Swap in the copy of who is in which breakout group ((set, participant, group)
        rows) and, as the fact `group_sets`, the sets and their groups (a text)."""
        with self._transaction() as db:
            db.execute("DELETE FROM group_members")
            db.executemany("INSERT OR REPLACE INTO group_members VALUES (?, ?, ?)", rows)
            db.execute("INSERT OR REPLACE INTO facts VALUES ('group_sets', ?)", (sets,))

    def member_group(self, set_id: int, participant_id: int) -> int | None:
        """The id of the participant's group in the set, as copied; None: in no group."""
        with self._lock:
            row = self._db.execute(
                "SELECT group_id FROM group_members WHERE set_id = ? AND participant_id = ?",
                (set_id, participant_id),
            ).fetchone()
        return int(row[0]) if row else None

    def group_member_rows(self, set_id: int) -> list[tuple[int, int]]:
        """(participant, group) of everyone copied as in a group of the set."""
        with self._lock:
            rows = self._db.execute(
                "SELECT participant_id, group_id FROM group_members WHERE set_id = ?", (set_id,)
            ).fetchall()
        return [(int(p), int(g)) for p, g in rows]

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
            if scan.anyway is not None:
                db.execute(
                    "INSERT INTO counted_anyway VALUES (?, ?, ?)",
                    (scan.scan_id, scan.anyway.desk_group, scan.anyway.belongs_to),
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
            rows = self._db.execute(SELECT_PENDING, (limit,)).fetchall()
        return [_queued_scan(*row) for row in rows]

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

    # -- undoing a scan -------------------------------------------------------------------

    def annul_unsent(self, scan_id: str, at: datetime) -> bool:
        """Take a scan that has not reached the server out of the queue; False if none.

        The row stays, marked: the desk's record of what it did is kept.
        """
        with self._transaction() as db:
            row = db.execute(
                "SELECT participant_id, session_id, scanned_at, desk FROM queue"
                " WHERE scan_id = ? AND sent_at IS NULL",
                (scan_id,),
            ).fetchone()
            if row is None:
                return False
            db.execute(
                "UPDATE queue SET sent_at = ?, outcome = 'annulled_before_sending'"
                " WHERE scan_id = ?",
                (at.isoformat(sep=" "), scan_id),
            )
            db.execute(
                "DELETE FROM known_check_ins WHERE participant_id = ? AND session_id = ?"
                " AND checked_in_at = ? AND desk = ?",
                row,
            )
        return True

    def sent_scan(self, scan_id: str) -> tuple[int, int] | None:
        """(participant, session) of a queued scan the server has counted."""
        with self._lock:
            row = self._db.execute(
                "SELECT participant_id, session_id FROM queue WHERE scan_id = ?"
                " AND sent_at IS NOT NULL AND outcome = 'checked_in'",
                (scan_id,),
            ).fetchone()
        return (int(row[0] or 0), int(row[1])) if row else None

    def queue_undo(self, scan_id: str, reason: str, at: datetime) -> None:
        """An undo of a scan the server has, kept until the server answers again."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO undos (scan_id, reason, undone_at) VALUES (?, ?, ?)",
                (scan_id, reason, at.isoformat(sep=" ")),
            )

    def forget_check_in(self, participant_id: int, session_id: int) -> None:
        """The desk undid this person's check-in: offline they read as not in again."""
        with self._transaction() as db:
            db.execute(
                "DELETE FROM known_check_ins WHERE participant_id = ? AND session_id = ?",
                (participant_id, session_id),
            )

    def pending_undos(self) -> list[tuple[str, str, datetime]]:
        """(scan id, reason, when) of undos waiting for the server, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT scan_id, reason, undone_at FROM undos WHERE sent_at IS NULL"
                " ORDER BY undone_at, rowid"
            ).fetchall()
        return [(scan_id, reason, datetime.fromisoformat(at)) for scan_id, reason, at in rows]

    def mark_undo_sent(self, scan_id: str, outcome: str, sent_at: datetime) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE undos SET sent_at = ?, outcome = ? WHERE scan_id = ?",
                (sent_at.isoformat(sep=" "), outcome, scan_id),
            )

    def undo_queue_length(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM undos WHERE sent_at IS NULL").fetchone()
        return int(row[0])
