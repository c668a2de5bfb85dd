"""Shared fixtures: a fresh migrated database per test, seeded through the services."""

from __future__ import annotations

import os
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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def demo_event(db: Database) -> EventInfo:
    return load_demo_event(db)
