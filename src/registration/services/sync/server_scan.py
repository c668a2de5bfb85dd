"""A desk's scan at a PostgreSQL server in one statement: the desk link's hot path.

`checkin.check_in` takes five round trips to a server (the pool's ping, BEGIN, the
person, the INSERT, COMMIT) and builds each through SQLAlchemy; with eight desks on
two cores that CPU was most of a scan's wait. Here the usual scan (a valid badge or a
participant id, a person who is not cancelled) is one statement in autocommit on a
connection the desk keeps (psycopg prepares it on the server after a few uses): it
finds the person, inserts the check-in unless one counts already, and returns the
person with the new check-in's id or the one that counts. A repeat inserts nothing,
so it burns no id (the change feed asks again for every id it has not seen).

Everything else goes through `checkin.check_in`, which stays the one set of rules: an
unknown code or a cancelled person (it records the failed scan), a session that does
not exist, another desk's check-in committed while the statement ran (its snapshot did
not see it), a scan while the kept connection is still busy with one the desk gave
up on, and any other database than PostgreSQL through psycopg.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    String,
    Table,
    bindparam,
    exists,
    literal_column,
    select,
    true,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

from registration.domain import limits
from registration.domain.badge_code import parse_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome, ParticipantStatus
from registration.services import checkin
from registration.services.checkin import MAX_RAW_LENGTH, CheckInResult, counting_record
from registration.services.participant_query import participant_select, record_from_mapping
from registration.storage import models
from registration.storage.database import Database, unreachable_problem

_CHECK_IN = cast(Table, models.CheckIn.__table__)
_C = _CHECK_IN.c
_P = cast(Table, models.Participant.__table__).c
COLUMNS = (
    "participant_id",
    "session_id",
    "checked_in_at",
    "desk",
    "method",
    "annul_reason",
    "scan_id",
)
CANCELLED = f"'{ParticipantStatus.CANCELLED.value}'"
FIRST = ("first_id", "first_at", "first_desk", "first_method", "first_scan_id")


def _statement(person_is: ColumnElement[bool], dialect: Dialect) -> str:
    """The scan's SQL for psycopg (parameters: target, session_id, now, desk, method,
    scan_id)."""
    session_id = bindparam("session_id", type_=Integer)
    person = participant_select().where(person_is).cte("person")
    active = (
        select(_C.id, _C.checked_in_at, _C.desk, _C.method, _C.scan_id)
        .where(  # a value, not a join: the planner then reads the (person, session) index
            _C.participant_id == select(person.c.id).scalar_subquery(),
            _C.session_id == session_id,
            _C.annulled_at.is_(None),
        )
        .cte("active")
    )
    new_row = select(
        person.c.id,
        session_id,
        bindparam("now", type_=DateTime),
        bindparam("desk", type_=String),
        bindparam("method", type_=String),
        literal_column("''"),
        bindparam("scan_id", type_=String),
    ).where(person.c.status != literal_column(CANCELLED), ~exists(select(active.c.id)))
    added = (
        postgresql.insert(_CHECK_IN)
        .from_select(
            COLUMNS,
            new_row,
        )
        .on_conflict_do_nothing(
            index_elements=["participant_id", "session_id"], index_where=_C.annulled_at.is_(None)
        )
        .returning(_C.id)
        .cte("added")
    )
    found = select(
        person,
        select(added.c.id).scalar_subquery().label("new_id"),
        *(column.label(name) for column, name in zip(active.c, FIRST, strict=True)),
    ).select_from(person.outerjoin(active, true()))
    return str(found.compile(dialect=dialect))


class ServerScans:
    """Scans at one server: one statement each on a kept connection where it can."""

    def __init__(self, db: Database) -> None:
        self.db = db
        dialect = db.engine.dialect
        self._fast = dialect.name == "postgresql" and dialect.driver == "psycopg"
        self._dbapi: Any = dialect.loaded_dbapi if self._fast else None
        self._by_code = self._by_id = ""
        if self._fast:
            self._by_code = _statement(_P.badge_code == bindparam("target", type_=String), dialect)
            self._by_id = _statement(_P.id == bindparam("target", type_=Integer), dialect)
        self._kept: Any = None  # the pool's connection, kept in autocommit for scans
        self._lock = threading.Lock()  # held while a statement runs on it
        self._names: list[str] | None = None

    def check_in(
        self,
        target: str | int,
        session_id: int,
        desk: str,
        method: CheckInMethod,
        now: datetime,
        scan_id: str,
    ) -> CheckInResult:
        """The same result as `checkin.check_in(db, target, …, scan_id)`."""
        raw = str(target)[:MAX_RAW_LENGTH]
        desk_name = limits.desk_name(desk)
        values = {
            "session_id": session_id,
            "now": now,
            "desk": desk_name,
            "method": CheckInMethod(method).value,
            "scan_id": scan_id,
        }
        row = None
        if self._fast and isinstance(target, int):
            row = self._run(self._by_id, {**values, "target": target})
        elif self._fast and (parsed := parse_badge_code(raw)).valid:
            row = self._run(self._by_code, {**values, "target": parsed.code})
        if (
            row is None
            or row["status"] == ParticipantStatus.CANCELLED.value
            or (row["new_id"] is None and row["first_id"] is None)  # a race: ask again
        ):
            return checkin.check_in(self.db, target, session_id, desk, method, now, scan_id)
        person = record_from_mapping(row)
        if row["new_id"] is not None:
            first = counting_record(row["new_id"], person.id, session_id, now, desk_name, method)
            return CheckInResult(CheckInOutcome.CHECKED_IN, raw, session_id, person, first)
        first = counting_record(
            row["first_id"],
            person.id,
            session_id,
            row["first_at"],
            row["first_desk"],
            row["first_method"],
        )
        own = row["first_scan_id"] == scan_id  # this very scan, sent again
        outcome = CheckInOutcome.CHECKED_IN if own else CheckInOutcome.ALREADY_CHECKED_IN
        return CheckInResult(outcome, raw, session_id, person, first)

    def _run(self, statement: str, params: dict[str, Any]) -> dict[str, Any] | None:
        """The statement's row by column name; None: let checkin.check_in decide."""
        if not self._lock.acquire(blocking=False):
            return None  # a scan the desk gave up on still runs on the kept connection
        try:
            with self._connection().cursor() as cursor:
                cursor.execute(statement, params)
                found = cursor.fetchone()
                names = self._names or [column[0] for column in cursor.description]
        except self._dbapi.Error as error:
            if isinstance(error, self._dbapi.OperationalError | self._dbapi.InterfaceError):
                self._drop()
                raise unreachable_problem(error) from error
            return None  # a session that does not exist, …: as checkin.check_in meets it
        finally:
            self._lock.release()
        self._names = names
        return dict(zip(names, found, strict=True)) if found is not None else None

    def connect(self) -> None:
        """Open the kept connection now, so that the first scan does not wait for it."""
        if not self._fast or not self._lock.acquire(blocking=False):
            return
        try:
            self._connection()
        except self._dbapi.Error as error:
            self._drop()
            raise unreachable_problem(error) from error
        finally:
            self._lock.release()

    def _connection(self) -> Any:
        if self._kept is None:
            kept = self.db.engine.raw_connection()  # the engine's timeouts and options
            driver: Any = kept.driver_connection
            driver.rollback()  # idle, so that autocommit may be set
            driver.autocommit = True
            self._kept = kept
        return self._kept.driver_connection

    def _drop(self) -> None:
        """Close the kept connection (never back to the pool: it is in autocommit)."""
        kept, self._kept = self._kept, None
        if kept is not None:
            kept.invalidate()

    def close(self) -> None:
        """Close the kept connection; a scan still waiting on it keeps it until it ends.

        Also when the server stopped answering: a server that restarts meanwhile would
        leave it broken, and the next scan would fail on it instead of asking.
        """
        if self._fast and self._lock.acquire(blocking=False):
            try:
                self._drop()
            finally:
                self._lock.release()
