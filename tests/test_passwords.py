"""A server password typed into the URL goes to the keyring, never into settings.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring

from registration.config import Settings, load_settings, save_settings
from registration.domain.errors import UserError
from registration.passwords import shown

URL = "postgresql+psycopg://desk:s3cret@192.168.1.10/registration"
BARE = "postgresql+psycopg://desk@192.168.1.10/registration"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_password_goes_to_the_keyring_and_comes_back(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"

    save_settings(Settings(database=URL), path)

    assert "s3cret" not in path.read_text(encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.database == BARE
    assert loaded.database_url() == URL  # what the desk connects with
    assert shown(loaded.database_url()) == "postgresql+psycopg://desk:***@192.168.1.10/registration"


def test_without_a_keyring_the_password_is_refused_with_advice(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(UserError) as refused:
            save_settings(Settings(database=URL), tmp_path / "settings.json")
        assert Settings(database=BARE).database_url() == BARE  # no keyring: connect as is
    finally:
        keyring.set_keyring(previous)
    assert refused.value.code == "no_keyring"
    assert ".pgpass" in refused.value.message and "PGPASSWORD" in refused.value.message
    assert not (tmp_path / "settings.json").exists()


def test_a_password_left_by_an_older_version_moves_to_the_keyring(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"database": URL, "desk": "Desk 2"}), encoding="utf-8")

    loaded = load_settings(path)

    assert loaded.database == BARE and loaded.desk == "Desk 2"
    assert "s3cret" not in path.read_text(encoding="utf-8")
    assert loaded.database_url() == URL
