"""Commands that write PDF: badges, sign-in sheets, the attendance report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.cli.core_commands import _resolve_issue_area, _resolve_province
from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.printing.badges import render_badges
from registration.printing.layouts import DEFAULT_LAYOUT, LAYOUTS
from registration.printing.report import render_attendance_report
from registration.printing.signin_sheet import render_signin_sheet
from registration.services import events
from registration.services.badges import BadgeSelection, record_badge_print, select_for_badges
from registration.services.print_sources import report_source, signin_sheet_source


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("badges", help="print badges with QR codes to PDF")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument("--layout", choices=sorted(LAYOUTS), default=DEFAULT_LAYOUT)
    command.add_argument("--province", help="province code, Thai or English name")
    command.add_argument("--issue-area", help="issue area key or name")
    command.add_argument("--role", choices=[r.value for r in Role])
    command.add_argument("--codes", nargs="+", default=[], metavar="CODE", help="badge codes")
    command.add_argument(
        "--not-printed", action="store_true", help="only badges never printed before"
    )
    command.add_argument("--desk")
    command.set_defaults(handler=run_badges)

    command = subparsers.add_parser("signin-sheet", help="print a session's sign-in sheet")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument("--province", help="only the participants of one province")
    command.add_argument("--no-phone", action="store_true", help="leave the phone column out")
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
        province_code=_resolve_province(ctx, args.province) if args.province else None,
        issue_area_id=_resolve_issue_area(ctx, event.id, args.issue_area)
        if args.issue_area
        else None,
        role=Role(args.role) if args.role else None,
        codes=args.codes,
        not_printed=args.not_printed,
    )
    people = select_for_badges(ctx.db, event.id, selection)
    result = render_badges(out, event, people, args.layout)
    record_badge_print(ctx.db, event.id, [p.id for p in people], args.layout, ctx.desk)
    for warning in result.warnings:
        ctx.err.write(f"warning: {warning}\n")
    ctx.out.write(f"Wrote {result.items} badge(s) on {result.pages} page(s) to {out}\n")
    return EXIT_OK


def run_signin_sheet(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _pdf_path(args.out)
    province = _resolve_province(ctx, args.province) if args.province else None
    source = signin_sheet_source(ctx.db, args.session, province)
    result = render_signin_sheet(
        out,
        source.event,
        source.session,
        source.participants,
        source.check_in_times,
        source.province,
        with_phone=not args.no_phone,
    )
    ctx.out.write(f"Wrote {result.items} participant(s) on {result.pages} page(s) to {out}\n")
    return EXIT_OK


def run_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _pdf_path(args.out)
    source = report_source(ctx.db, args.event)
    result = render_attendance_report(
        out,
        source.event,
        source.sessions,
        source.provinces,
        source.issue_areas,
        source.checked_in,
        source.expected,
    )
    ctx.out.write(f"Wrote the attendance summary ({result.pages} page(s)) to {out}\n")
    return EXIT_OK
