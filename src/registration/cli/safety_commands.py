"""Keeping the data safe: backups (list, take, restore) and erasing an event's personal data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_BAD_INPUT, EXIT_OK, CommandContext
from registration.domain.errors import UserError
from registration.services import backups, events, purge
from registration.storage.backups import restore_backup
from registration.storage.database import sqlite_path


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("backups", help="list the backups of the embedded database")
    command.set_defaults(handler=run_backups)

    command = subparsers.add_parser("backup", help="back the embedded database up now")
    command.set_defaults(handler=run_backup)

    command = subparsers.add_parser(
        "restore", help="put a backup in place of the database (what is there is kept)"
    )
    command.add_argument("backup", type=Path)
    command.set_defaults(handler=run_restore)

    command = subparsers.add_parser(
        "purge", help="erase the personal data of an event after it (keeps the counts)"
    )
    command.add_argument("--event", dest="purge_event", type=int, required=True, metavar="ID")
    command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    command.set_defaults(handler=run_purge)


def run_backups(args: argparse.Namespace, ctx: CommandContext) -> int:
    for backup in backups.list_backups(ctx.settings.backups_folder()):
        ctx.out.write(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.path}\n")
    return EXIT_OK


def run_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    ctx.out.write(f"{backups.backup_now(ctx.db, ctx.settings.backups_folder())}\n")
    return EXIT_OK


def run_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Works on a damaged database too: it is not opened, only replaced (kept aside)."""
    db_file = sqlite_path(ctx.settings.database_url(args.database))
    if db_file is None:
        raise UserError(
            "backup_not_embedded", "Restore a server database on the server (pg_restore)."
        )
    kept = restore_backup(args.backup.resolve(), db_file, ctx.settings.backups_folder())
    ctx.out.write(f"restored {args.backup}; what was there is kept in {kept}\n")
    return EXIT_OK


def run_purge(args: argparse.Namespace, ctx: CommandContext) -> int:
    event_id = args.purge_event
    counts = purge.purge_counts(ctx.db, event_id)
    name = next((e.name for e in events.list_events(ctx.db) if e.id == event_id), "")
    summary = (
        f"event {event_id} ({name}): erase the names of {counts.participants} "
        f"participants, {counts.phones} phones, {counts.emails} e-mails, "
        f"{counts.organisations} organisations and {counts.failed_scans} scanned texts; "
        "the attendance counts stay"
    )
    if not args.yes:
        ctx.err.write(f"{summary}.\nType 'purge' to go on: ")
        ctx.err.flush()
        if input().strip() != "purge":
            ctx.err.write("nothing was erased\n")
            return EXIT_BAD_INPUT
    report = purge.purge_event(ctx.db, event_id, ctx.desk, ctx.settings.backups_folder())
    ctx.out.write(f"purged {summary}\n")
    if report.older_copies:
        ctx.out.write("these older copies still hold the personal data; delete them:\n")
        for path in report.older_copies:
            ctx.out.write(f"  {path}\n")
    return EXIT_OK
