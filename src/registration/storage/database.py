"""Opening the database: where it lives, SQLite pragmas, transactions per user action."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from registration.domain.errors import EnvironmentProblem
from registration.storage.files import private_file
from registration.storage.integrity import looks_damaged, read_only_uri

DATABASE_ENV = "REGISTRATION_DATABASE"
DEFAULT_FILE_NAME = "registration.sqlite"
BUSY_TIMEOUT_MS = 15000
# A PostgreSQL server that is down or hung must not hold a desk or a command for
# minutes: connecting gives up after a few seconds, a statement the server works on
# too long is cancelled there, and a desk waits briefly for a pooled connection.
POSTGRES_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 3,
    "options": "-c statement_timeout=5000 -c lock_timeout=5000"
    " -c idle_in_transaction_session_timeout=30000",
}
POOL_TIMEOUT_S = 5
UNREACHABLE_SIGNS = (
    "unable to open",
    "connection",
    "could not connect",
    "timeout expired",
    "statement timeout",
    "server closed",
    "terminating",
    "the database system is",
)


def resolve_database_url(value: str | None, data_dir: Path) -> str:
    """A SQLAlchemy URL from `--database`, the environment, or the default file.

    A value with "://" is a URL (``postgresql+psycopg://…``); anything else is a path.
    """
    value = value or os.environ.get(DATABASE_ENV) or ""
    if "://" in value:
        return value
    path = Path(value).expanduser() if value else data_dir / DEFAULT_FILE_NAME
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):  # a URI filename (read-only opening)
        return Path(parsed.database.removeprefix("file:"))
    return Path(parsed.database)


def is_read_only(path: Path) -> bool:
    """An existing file this user may not write, or one in a folder they may not write."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_url(path: Path) -> str:
    return f"sqlite:///{read_only_uri(path)}&uri=true"


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:  # setting the journal mode writes to the file
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock at BEGIN, so it waits for another desk
        # instead of failing half-way when its read snapshot turns stale.
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.connection.driver_connection.execute(f"BEGIN {mode}".strip())


class Database:
    """The engine and the two kinds of transaction a service opens."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        # Set when the file may only be read, or failed its check while open: every
        # write is then refused with this problem instead of reaching the file.
        self.writes_refused: EnvironmentProblem | None = None
        if self.is_sqlite and "mode=ro" in str(engine.url):
            self.writes_refused = READ_ONLY
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer = sessionmaker(self._writer_engine, expire_on_commit=False)
        # Sessions are never deleted, so an id seen once stays valid: the scan hot
        # path can skip looking it up again.
        self.known_session_ids: set[int] = set()
        self.has_search_index = self.is_sqlite and inspect(engine).has_table("participant_search")

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        return sqlite_path(str(self.engine.url))

    @property
    def read_only(self) -> bool:
        return self.writes_refused is not None

    def refuse_writes(self, problem: EnvironmentProblem) -> None:
        """From now on every write raises `problem` (the database failed its check)."""
        self.writes_refused = problem

    def _check_writable(self) -> None:
        if self.writes_refused is not None:
            raise self.writes_refused

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        with _environment_errors(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        """One transaction that commits on success and rolls back on any error."""
        self._check_writable()
        with _environment_errors(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction, for hot paths that skip the ORM."""
        self._check_writable()
        with _environment_errors(), self._writer_engine.begin() as connection:
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()


READ_ONLY = EnvironmentProblem(
    "database_read_only",
    "The database is read-only here (the file or its folder cannot be written): "
    "you can look and print, but not change anything.",
)


@contextmanager
def unreachable_as_problem() -> Iterator[None]:
    """Connection trouble outside a transaction (opening, upgrading) as EnvironmentProblem."""
    with _environment_errors():
        yield


@contextmanager
def _environment_errors() -> Iterator[None]:
    try:
        yield
    except (PoolTimeout, InterfaceError) as error:
        raise unreachable_problem(error) from error
    except DatabaseError as error:
        if looks_damaged(error):
            raise EnvironmentProblem(
                "database_damaged", f"The database is damaged: {error.orig}."
            ) from error
        if not isinstance(error, OperationalError):
            raise
        text = str(error.orig).lower()
        if "readonly" in text or "read-only" in text:
            raise READ_ONLY from error
        if "locked" in text or "busy" in text or "lock timeout" in text:
            raise EnvironmentProblem(
                "database_locked", "The database is busy with another desk; try again."
            ) from error
        if "disk" in text and ("full" in text or "i/o" in text):
            raise EnvironmentProblem("disk_full", "The disk is full or failing.") from error
        if any(sign in text for sign in UNREACHABLE_SIGNS):
            raise unreachable_problem(error) from error
        raise


def unreachable_problem(error: Exception) -> EnvironmentProblem:
    """The server cannot be reached, with the first line of what the driver said."""
    return EnvironmentProblem(
        "database_unreachable", f"The database cannot be reached: {_first_line(error)}"
    )


def _first_line(error: Exception) -> str:
    orig = getattr(error, "orig", None) or error
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def create_database_engine(url: str) -> Engine:
    """The engine for `url`; a SQLite file is created owner-only, or opened read-only
    when this user may not write it."""
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        read_only = "mode=ro" in url or is_read_only(path)
        if read_only:
            url = read_only_url(path)
        else:
            try:
                private_file(path)  # SQLite gives -wal and -shm the database's mode
            except OSError as error:
                raise EnvironmentProblem(
                    "cannot_write", f"Cannot create the database {path}: {error.strerror}."
                ) from error
    if make_url(url).get_backend_name() == "postgresql":
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_timeout=POOL_TIMEOUT_S,
            connect_args=dict(POSTGRES_CONNECT_ARGS),
        )
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, read_only)
    return engine
