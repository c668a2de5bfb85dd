"""The SQLite search index (FTS5 trigram, migration 0002) kept in step with bulk inserts.

Its insert trigger indexes one participant at a time, about 0.1 ms each: most of the
database time of a 10,000-row import. Indexing the new rows in one statement at the end
is ten times faster. It happens inside the same transaction as the insert, and the
trigger is put back before the commit, so no reader ever sees a participant without its
index entry, and a failed import rolls the trigger's removal back with everything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session as OrmSession

INSERT_TRIGGER = "participant_search_insert"


@contextmanager
def indexed_in_bulk(session: OrmSession) -> Iterator[None]:
    """Participants inserted in this block are added to the search index together at its
    end. Nothing to do on PostgreSQL or on an SQLite built without FTS5 (no index)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    trigger_sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (INSERT_TRIGGER,)
    ).scalar()
    if trigger_sql is None:
        yield
        return
    last_before = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM participants")
    first_new = int(last_before.scalar() or 0)
    connection.exec_driver_sql(f"DROP TRIGGER {INSERT_TRIGGER}")
    yield
    connection.exec_driver_sql(
        "INSERT INTO participant_search(rowid, search_text)"
        " SELECT id, search_text FROM participants WHERE id > ?",
        (first_new,),
    )
    connection.exec_driver_sql(trigger_sql)
