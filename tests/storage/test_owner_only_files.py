"""Files with personal data are the owner's alone: 0600 files in 0700 folders."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from registration.config import Settings, load_settings, save_settings
from registration.services import backups
from registration.services.demo import load_demo_event
from registration.storage.migrate import backup_sqlite, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _sharing_umask() -> Iterator[None]:
    """The usual desktop umask, under which files are world-readable unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_database_its_side_files_and_backups_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "registration.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        load_demo_event(db)
        copy = backups.backup_now(db, folder / "backups")
        before_upgrade = backup_sqlite(path, "before-0005")
        assert Path(f"{path}-wal").exists()  # checked while the window would be open
        private = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), copy, before_upgrade]
        assert {p.name: oct(mode(p)) for p in private} == {p.name: "0o600" for p in private}
    finally:
        db.dispose()
    assert oct(mode(folder)) == "0o700" and oct(mode(folder / "backups")) == "0o700"


def test_an_old_world_readable_database_is_made_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "registration.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    path.chmod(0o644)

    open_database(f"sqlite:///{path}").dispose()

    assert oct(mode(path)) == "0o600"


def test_settings_and_the_log_are_private(tmp_path: Path) -> None:
    from registration.logging_setup import LOG_NAME, install_logging

    save_settings(Settings(desk="Desk 3"), tmp_path / "conf" / "settings.json")
    assert load_settings(tmp_path / "conf" / "settings.json").desk == "Desk 3"
    assert oct(mode(tmp_path / "conf" / "settings.json")) == "0o600"
    assert oct(mode(tmp_path / "conf")) == "0o700"

    root = logging.getLogger()
    handlers = list(root.handlers)
    install_logging()
    try:
        [handler] = [h for h in root.handlers if h not in handlers]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        logging.getLogger("test").warning("written")
        handler.doRollover()  # a new log file after rotation is private too
        log_file = Path(handler.baseFilename)
        assert log_file.name == LOG_NAME
        assert oct(mode(log_file)) == "0o600" and oct(mode(Path(f"{log_file}.1"))) == "0o600"
    finally:
        root.removeHandler(handler)
        handler.close()


def test_a_database_in_a_shared_folder_leaves_that_folder_as_it_was(tmp_path: Path) -> None:
    """A database or backups kept in /tmp, a shared drive or the user's documents make
    their own files private, never the folder: chmod 0700 on /tmp stripped its sticky bit
    and locked every other user (and the PostgreSQL server) out of it."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    db = open_database(f"sqlite:///{shared / 'event.sqlite'}")
    try:
        load_demo_event(db)
        copy = backups.backup_now(db, shared)
    finally:
        db.dispose()
    assert oct(mode(shared)) == "0o1777"
    assert oct(mode(shared / "event.sqlite")) == "0o600" and oct(mode(copy)) == "0o600"
