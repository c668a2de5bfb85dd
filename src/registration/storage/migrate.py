"""Bring a database to the program's schema: back it up first, then Alembic upgrade."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from registration.domain.errors import EnvironmentProblem
from registration.storage.backups import copy_sqlite
from registration.storage.database import Database, create_database_engine, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite file next to it with the backup API (safe even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    copy_sqlite(path, target)
    return target


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine, sqlite_file: Path | None = None) -> Path | None:
    """Upgrade the schema; returns the backup made first, if one was needed."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
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
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def open_database(url: str) -> Database:
    """Connect, back up and upgrade if the schema is older, and return the database."""
    engine = create_database_engine(url)
    try:
        upgrade_to_head(engine, sqlite_path(url))
    except Exception:
        engine.dispose()
        raise
    return Database(engine)
