"""'Test connection' in the settings: can this desk reach that database, and what is in it?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc

from registration.domain.errors import UserError
from registration.storage.database import create_database_engine, sqlite_path
from registration.storage.migrate import SCHEMA_REVISION, current_revision


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    code: str  # "ready", "needs_upgrade", "empty", "too_new", "unreachable", "no_driver"
    detail: str = ""


def check_connection(url: str) -> ConnectionReport:
    """Connect once and read the schema version; never creates or changes anything."""
    if "://" not in url:
        raise UserError("bad_database_url", f"'{url}' is not a database URL.")
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return ConnectionReport(True, "empty", "A new database file will be created.")
    try:
        engine = create_database_engine(url)
    except exc.NoSuchModuleError as error:
        return ConnectionReport(False, "no_driver", str(error))
    except exc.ArgumentError as error:
        raise UserError("bad_database_url", f"'{url}' is not a database URL.") from error
    except ModuleNotFoundError as error:
        return ConnectionReport(False, "no_driver", f"Install the driver: {error.name}.")
    try:
        revision = current_revision(engine)
    except exc.DBAPIError as error:
        return ConnectionReport(False, "unreachable", " ".join(str(error.orig).split()))
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionReport(True, "empty", "The program will set the database up.")
    if revision == SCHEMA_REVISION:
        return ConnectionReport(True, "ready")
    return ConnectionReport(True, "needs_upgrade", revision)
