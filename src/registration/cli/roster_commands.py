"""`roster`: the participant list grouped by province, issue area, cluster or breakout group."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.cli.missing_commands import wrote
from registration.jobs.lists import make_roster
from registration.services import events
from registration.services.roster import OPTIONAL_COLUMNS, RosterBy, RosterOptions

BY_CHOICES = {
    "province": RosterBy.PROVINCE,
    "issue-area": RosterBy.ISSUE_AREA,
    "cluster": RosterBy.CLUSTER,
    "group": RosterBy.GROUP,
}


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("roster", help="participant list (PDF, XLSX or CSV) by group")
    command.add_argument("--out", type=Path, required=True, metavar="FILE")
    command.add_argument("--by", choices=sorted(BY_CHOICES), default="province")
    command.add_argument(
        "--set", type=int, metavar="ID", dest="set_id", help="the group set, with --by group"
    )
    command.add_argument(
        "--columns",
        default="",
        metavar="LIST",
        help=f"extra columns, comma-separated: {','.join(OPTIONAL_COLUMNS)}",
    )
    command.add_argument(
        "--page-per-group",
        action="store_true",
        help="start every group on a new page (one for each facilitator)",
    )
    command.set_defaults(handler=run_roster)


def run_roster(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    options = RosterOptions(
        by=BY_CHOICES[args.by],
        columns=tuple(c.strip() for c in args.columns.split(",") if c.strip()),
        page_per_group=args.page_per_group,
        set_id=args.set_id,
    )
    ctx.out.write(wrote(make_roster(ctx.db, event.id, options, args.out, ctx.desk)) + "\n")
    return EXIT_OK
