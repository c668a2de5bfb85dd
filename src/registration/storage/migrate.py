"""Bring a database to the program's schema: back it up first, then Alembic upgrade.

Alembic is imported only when a database needs upgrading: reading the stored revision is
one query, and importing Alembic costs a third of a second of every start.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from registration.domain.errors import EnvironmentProblem
from registration.storage.backups import copy_sqlite
from registration.storage.database import (
    Database,
    create_database_engine,
    sqlite_path,
    unreachable_as_problem,
)
from registration.storage.integrity import check_file, looks_damaged, refuse_damaged

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_REVISION = "0006"  # the newest migration; a test keeps it equal to Alembic's head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database, None for an empty one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value) if value is not None else None


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite file next to it with the backup API (safe even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    copy_sqlite(path, target)
    return target


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine, sqlite_file: Path | None = None) -> Path | None:
    """Upgrade the schema; returns the backup made first, if one was needed."""
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        return None
    head = head_revision()
    if current is not None and not _known_revision(current):
        raise EnvironmentProblem(
            "database_too_new",
            f"The database was written by a newer version of the program ({current}).",
        )
    backup = None
    has_data = bool(inspect(engine).get_table_names())
    if sqlite_file is not None and has_data and sqlite_file.exists():
        backup = backup_sqlite(sqlite_file, f"before-{head}")
        log.info("backed up the database to %s before upgrading from %s", backup, current)
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def open_database(url: str, backups: Path | None = None) -> Database:
    """Connect, check, back up and upgrade if the schema is older, and return the database.

    A SQLite file that fails its quick check is refused (`DamagedDatabase`, naming the
    newest good backup in `backups`); one this user may not write opens read-only.
    """
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        problems = check_file(path, strict=False)
        if problems:
            raise refuse_damaged(path, problems[0], backups)
    engine = create_database_engine(url)
    try:
        if "mode=ro" in str(engine.url):
            _refuse_old_schema(engine)
        else:
            with unreachable_as_problem():
                upgrade_to_head(engine, path)
        database = Database(engine)
    except DatabaseError as error:
        engine.dispose()
        if path is not None and looks_damaged(error):
            raise refuse_damaged(path, str(error.orig), backups) from error
        raise
    except Exception:
        engine.dispose()
        raise
    return database


def _refuse_old_schema(engine: Engine) -> None:
    """A read-only database cannot be upgraded: it must already be of this version."""
    current = current_revision(engine)
    if current != SCHEMA_REVISION:
        raise EnvironmentProblem(
            "database_read_only",
            f"The database is read-only and of another version ({current}); "
            "open a writable copy to upgrade it.",
        )
