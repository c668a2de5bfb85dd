"""Settings of this desk: where the database is, the desk's name, the language."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import make_url

from registration.passwords import with_password
from registration.storage.database import DEFAULT_FILE_NAME, resolve_database_url, sqlite_path
from registration.storage.files import write_private_text

log = logging.getLogger(__name__)
APP_NAME = "registration"


def data_dir() -> Path:
    override = os.environ.get("REGISTRATION_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def scratch_dir() -> Path:
    """Owner-only room in the data folder for generated files (previews hold names)."""
    from registration.storage.files import private_folder

    return private_folder(data_dir() / "scratch", tighten=True)


def settings_file() -> Path:
    return data_dir() / "settings.json"


@dataclass(frozen=True)
class Settings:
    database: str = ""  # path or SQLAlchemy URL; empty means the default file
    desk: str = "Desk 1"
    language: str = ""  # "th", "en", or empty for the system locale
    backups_dir: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def database_url(self, override: str | None = None) -> str:
        """The URL to connect with; a server's password comes from the keyring."""
        return with_password(resolve_database_url(override or self.database or None, data_dir()))

    def started_with(self, running: str) -> str | None:
        """The database the window runs on, as a person reads it (a file's path, a server's
        URL without its password), when `--database` or the environment chose it over
        these settings; None when a plain start would open the same one. The settings
        dialog shows what is saved, so it must say when the window uses another."""
        plain_start = self.database or str(data_dir() / DEFAULT_FILE_NAME)  # no environment
        url, chosen = make_url(running), make_url(resolve_database_url(plain_start, data_dir()))
        file, chosen_file = sqlite_path(running), sqlite_path(str(chosen))
        if file is not None:
            same = chosen_file is not None and file.resolve() == chosen_file.resolve()
            return None if same else str(file)
        where = ("drivername", "username", "host", "port", "database", "query")
        if all(getattr(url, part) == getattr(chosen, part) for part in where):  # no password
            return None
        return url.render_as_string(hide_password=True)

    def backups_folder(self) -> Path:
        return Path(self.backups_dir) if self.backups_dir else data_dir() / "backups"

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("settings file unreadable, using defaults: %s", error)
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return _password_moved_out(Settings(**known), path)


def _password_moved_out(settings: Settings, path: Path) -> Settings:
    """Settings written by an older version may hold a server password: move it to the
    keyring and rewrite the file without it (kept as it was where there is no keyring)."""
    from registration.domain.errors import UserError
    from registration.passwords import without_password

    if without_password(settings.database)[1] is None:
        return settings
    try:
        save_settings(settings, path)
    except (UserError, OSError) as problem:
        log.warning("the server password stays in the settings: %s", type(problem).__name__)
        return settings
    return load_settings(path)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically and owner-only, so a crash never leaves half a settings file.

    A password typed into the server URL is moved to the keyring first (`UserError`
    "no_keyring" when there is none): settings.json never holds one.
    """
    from registration.passwords import keep_password_safe

    settings = settings.with_changes(database=keep_password_safe(settings.database))
    write_private_text(
        path or settings_file(),
        json.dumps(asdict(settings), ensure_ascii=False, indent=2),
        own_folder=path is None,
    )  # the data folder is the program's own
