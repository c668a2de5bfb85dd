"""`table-cards`: folded name cards for the speakers' and guests' table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.domain.enums import Role
from registration.jobs.table_cards import TableCardRequest, make_table_cards
from registration.services import events


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("table-cards", help="folded table name cards (A4 tents)")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument(
        "--role", nargs="+", choices=[r.value for r in Role], default=["speaker", "guest"],
        help="whose cards (default: speakers and guests)",
    )  # fmt: skip
    command.add_argument("--codes", nargs="+", default=[], metavar="CODE",
                         help="these badge codes instead of the roles")  # fmt: skip
    command.add_argument("--no-event", action="store_true", help="leave the event name off")
    command.set_defaults(handler=run_table_cards)


def run_table_cards(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    request = TableCardRequest(
        tuple(Role(r) for r in args.role), tuple(args.codes), not args.no_event
    )
    made = make_table_cards(ctx.db, event, request, args.out, ctx.desk)
    ctx.out.write(f"Wrote {made.items} table card(s) to {args.out}\n")
    return EXIT_OK
