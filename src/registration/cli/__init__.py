"""Headless commands over the same services the window uses.

Each command module exposes ``register(subparsers)`` and sets ``handler`` on its
parser; a handler takes ``(args, context)`` and returns the exit code.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from registration.config import Settings, load_settings
from registration.domain.errors import EnvironmentProblem, UserError
from registration.storage.database import Database
from registration.storage.migrate import open_database

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
EXIT_ALREADY_CHECKED_IN = 3
EXIT_UNKNOWN_CODE = 4
EXIT_UNREACHABLE = 5  # the database server is down, hung or out of reach
UNREACHABLE_CODES = {"database_unreachable", "server_not_answering"}


@dataclass
class CommandContext:
    """What a command handler needs: settings, the database (opened on demand), output."""

    args: argparse.Namespace
    settings: Settings
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(
                self.settings.database_url(self.args.database),
                backups=self.settings.backups_folder(),
            )
        return self._db

    @property
    def desk(self) -> str:
        return str(getattr(self.args, "desk", None) or self.settings.desk)

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def build_parser() -> argparse.ArgumentParser:
    from registration.cli import (
        certificate_commands,
        core_commands,
        group_commands,
        missing_commands,
        print_commands,
        roster_commands,
        safety_commands,
        table_card_commands,
    )

    parser = argparse.ArgumentParser(
        prog="registration",
        description="Workshop front desk. Without a command, opens the window.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: REGISTRATION_DATABASE or the data folder)",
    )
    parser.add_argument("--event", type=int, metavar="ID", help="event id (default: the latest)")
    parser.add_argument(
        "--verbose", action="store_true", help="log other libraries' INFO lines and Qt's too"
    )
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    core_commands.register(subparsers)
    print_commands.register(subparsers)
    safety_commands.register(subparsers)
    group_commands.register(subparsers)
    missing_commands.register(subparsers)
    roster_commands.register(subparsers)
    certificate_commands.register(subparsers)
    table_card_commands.register(subparsers)
    return parser


def run(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    context = CommandContext(args=args, settings=settings or load_settings())
    try:
        return int(args.handler(args, context))
    except UserError as error:
        context.err.write(f"error: {error.message}\n")
        return EXIT_BAD_INPUT
    except EnvironmentProblem as error:
        context.err.write(f"error: {error.message}\n")
        if error.code in UNREACHABLE_CODES:
            return EXIT_UNREACHABLE
        return EXIT_BAD_INPUT if error.code in BAD_INPUT_PROBLEMS else EXIT_FAILURE
    except (OperationalError, InterfaceError) as error:  # no traceback, whatever the database
        if not _from_the_server(error):
            context.err.write(f"error: {environment_text(error)}\n")
            return EXIT_FAILURE
        detail = (str(error.orig).strip().splitlines() or [type(error).__name__])[0]
        context.err.write(f"error: the database cannot be reached: {detail}\n")
        return EXIT_UNREACHABLE
    except (OSError, DBAPIError, sqlite3.Error) as error:  # the machine, never a traceback
        context.err.write(f"error: {environment_text(error)}\n")
        return EXIT_FAILURE
    finally:
        context.close()


# A damaged database is refused like bad input: one line naming the backup, exit 2.
BAD_INPUT_PROBLEMS = frozenset({"database_damaged"})


def _from_the_server(error: DBAPIError) -> bool:
    """Connection trouble of a PostgreSQL server (psycopg), not a local SQLite file's."""
    return type(error.orig).__module__.startswith("psycopg")


def environment_text(error: BaseException) -> str:
    """One line about an environment error SQLAlchemy or the OS raised."""
    detail = getattr(error, "orig", None) or error
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}"
    return " ".join(str(detail).split())
