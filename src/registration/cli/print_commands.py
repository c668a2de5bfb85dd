"""Commands that write PDF: badges, sign-in sheets (per session or per day), the
attendance report. Each one runs the print job the window runs too."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.cli.lookups import resolve_issue_area, resolve_province
from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.jobs.printing import (
    DEFAULT_LAYOUT,
    WALK_IN_ROWS,
    BadgeRequest,
    SheetRequest,
    make_report,
    make_signin_sheet,
    print_badges,
)
from registration.services import events
from registration.services.badges import BadgeSelection

# The printing layer's layouts (printing.layouts.LAYOUTS), named here so that `--help`
# does not load reportlab; a test keeps the two equal.
LAYOUT_CHOICES = ("a4-10", "a4-8", "a6", "label-62")


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("badges", help="print badges with QR codes to PDF")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument("--layout", choices=LAYOUT_CHOICES, default=DEFAULT_LAYOUT)
    command.add_argument("--province", help="province code, Thai or English name")
    command.add_argument("--issue-area", help="issue area key or name")
    command.add_argument("--role", choices=[r.value for r in Role])
    command.add_argument("--codes", nargs="+", default=[], metavar="CODE", help="badge codes")
    command.add_argument(
        "--not-printed", action="store_true", help="only badges never printed before"
    )
    command.add_argument(
        "--monochrome",
        action="store_true",
        help="outline the colour band, for 1-bit thermal label printers",
    )
    command.add_argument("--desk")
    command.add_argument(
        "--group-set", type=int, metavar="ID",
        help="print each person's breakout group of this set (group and room)",
    )  # fmt: skip
    command.set_defaults(handler=run_badges)

    command = subparsers.add_parser(
        "signin-sheet", help="print a session's sign-in sheet, or a day's (--day)"
    )
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, metavar="ID")
    which.add_argument(
        "--day",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="one row per person, a signature column per session of that day",
    )
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument("--province", help="only the participants of one province")
    command.add_argument("--no-phone", action="store_true", help="leave the phone column out")
    command.add_argument(
        "--walk-in-rows",
        type=int,
        default=WALK_IN_ROWS,
        metavar="N",
        help=f"blank numbered rows for walk-ins at the end (default {WALK_IN_ROWS})",
    )
    command.set_defaults(handler=run_signin_sheet)

    command = subparsers.add_parser("report", help="print the attendance summary")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.set_defaults(handler=run_report)


def _pdf_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise UserError("not_pdf", f"The output file must end in .pdf: {path}")
    return path


def run_badges(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _pdf_path(args.out)
    event = events.get_event(ctx.db, args.event)
    selection = BadgeSelection(
        province_code=resolve_province(ctx, args.province) if args.province else None,
        issue_area_id=resolve_issue_area(ctx, event.id, args.issue_area)
        if args.issue_area
        else None,
        role=Role(args.role) if args.role else None,
        codes=args.codes,
        not_printed=args.not_printed,
    )
    request = BadgeRequest(selection, args.layout, args.monochrome, args.group_set)
    made = print_badges(ctx.db, event, request, out, ctx.desk)
    for warning in made.warnings:
        ctx.err.write(f"warning: {warning}\n")
    ctx.out.write(f"Wrote {made.items} badge(s) on {made.pages} page(s) to {out}\n")
    return EXIT_OK


def run_signin_sheet(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _pdf_path(args.out)
    if args.walk_in_rows < 0 or args.walk_in_rows > 200:
        raise UserError("bad_walk_in_rows", "--walk-in-rows takes a number from 0 to 200.")
    request = SheetRequest(
        session_id=args.session,
        day=args.day,
        province_code=resolve_province(ctx, args.province) if args.province else None,
        with_phone=not args.no_phone,
        walk_in_rows=args.walk_in_rows,
    )
    made = make_signin_sheet(ctx.db, args.event, request, out, ctx.desk)
    for warning in made.warnings:
        ctx.err.write(f"warning: {warning}\n")
    ctx.out.write(f"Wrote {made.items} participant(s) on {made.pages} page(s) to {out}\n")
    return EXIT_OK


def run_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _pdf_path(args.out)
    made = make_report(ctx.db, args.event, out, ctx.desk)
    ctx.out.write(f"Wrote the attendance summary ({made.pages} page(s)) to {out}\n")
    return EXIT_OK
