"""Shared fixtures: a fresh migrated database per test, seeded through the services."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en"
os.environ["LANGUAGE"] = "en"

from registration.domain.records import EventInfo
from registration.services.demo import load_demo_event
from registration.storage.database import Database
from registration.storage.migrate import open_database

# fixtures shared by several folders: a cluster of the test's own, a network to cut
pytest_plugins = ("tests.throwaway_postgres", "tests.services.sync_support")


@pytest.fixture(autouse=True)
def _window_language_starts_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates and the like follow the language a test installed; the next test starts afresh."""
    i18n = sys.modules.get("registration.i18n")  # not imported here: most tests need no Qt
    if i18n is not None:
        monkeypatch.setattr(i18n, "_shown", [i18n.SOURCE_LANGUAGE])


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, logs and the default database out of the user's real folders."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("REGISTRATION_DATA_DIR", str(folder))
    monkeypatch.delenv("REGISTRATION_DATABASE", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registration.sqlite"


POSTGRES_URL = os.environ.get("REGISTRATION_TEST_POSTGRES", "")
# Storage and service tests run on every backend CI provides; the rest on SQLite.
BACKEND_DIRECTORIES = ("storage", "services")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    folder = Path(str(metafunc.definition.fspath)).parent.name
    if "backend" in metafunc.fixturenames and folder in BACKEND_DIRECTORIES and POSTGRES_URL:
        metafunc.parametrize("backend", ["sqlite", "postgresql"])


@pytest.fixture
def backend() -> str:
    return "sqlite"


def _fresh_postgres_database() -> str:
    """An empty public schema on the test server, so every test starts from nothing."""
    from sqlalchemy import create_engine

    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        # a connection an earlier test left in a transaction holds locks: fail, not stall
        connection.exec_driver_sql("SET LOCAL lock_timeout = '60s'")
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return POSTGRES_URL


@pytest.fixture
def db_url(backend: str, db_path: Path) -> str:
    if backend == "postgresql":
        return _fresh_postgres_database()
    return f"sqlite:///{db_path}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_event(db: Database) -> EventInfo:
    return load_demo_event(db)
