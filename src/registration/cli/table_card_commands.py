"""`table-cards`: folded name cards for the speakers' and guests' table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.records import ParticipantRecord
from registration.printing.table_card import TableCard, render_table_cards
from registration.services import events, registry


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


def card_of(person: ParticipantRecord) -> TableCard:
    return TableCard(person.full_name, person.position or person.organisation)


def run_table_cards(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UserError("not_pdf", f"The output file must end in .pdf: {args.out}")
    event = events.get_event(ctx.db, args.event)
    if args.codes:
        people = []
        for code in args.codes:
            person = registry.find_by_code(ctx.db, code)
            if person is None:
                raise UserError("unknown_code", f"No participant has the badge code {code}.")
            people.append(person)
    else:
        roles = {Role(r) for r in args.role}
        people = [
            p
            for p in registry.list_participants(ctx.db, event.id, include_cancelled=False)
            if p.role in roles and p.status is not ParticipantStatus.CANCELLED
        ]
    result = render_table_cards(
        args.out, [card_of(p) for p in people], "" if args.no_event else event.name
    )
    ctx.out.write(f"Wrote {result.items} table card(s) to {args.out}\n")
    return EXIT_OK
