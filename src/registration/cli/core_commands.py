"""Core commands: demo, import, participants, sessions, checkin, annul, export."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from registration.cli import (
    EXIT_ALREADY_CHECKED_IN,
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_UNKNOWN_CODE,
    CommandContext,
    session_commands,
)
from registration.cli.lookups import resolve_issue_area, resolve_province
from registration.devices.wedge import clean_scanned_text
from registration.domain.badge_code import format_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import ParticipantRecord, offered
from registration.domain.scan_entry import read_scan
from registration.services import checkin, demo, events, export, importing, registry
from registration.services.desk_checkin import EmbeddedDesk

OUTCOME_EXIT = {
    CheckInOutcome.CHECKED_IN: EXIT_OK,
    CheckInOutcome.ALREADY_CHECKED_IN: EXIT_ALREADY_CHECKED_IN,
    CheckInOutcome.UNKNOWN_CODE: EXIT_UNKNOWN_CODE,
    CheckInOutcome.BAD_CHECK_CHARACTER: EXIT_UNKNOWN_CODE,
    CheckInOutcome.NOT_A_BADGE_CODE: EXIT_UNKNOWN_CODE,
    CheckInOutcome.CANCELLED_PARTICIPANT: EXIT_BAD_INPUT,
    CheckInOutcome.NO_SUCH_SESSION: EXIT_BAD_INPUT,
}


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("demo", help="load the demo event (once)")
    command.set_defaults(handler=run_demo)

    command = subparsers.add_parser("import", help="import participants from CSV or XLSX")
    command.add_argument("file", type=Path)
    command.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows and skip the rows with problems",
    )
    command.add_argument("--dry-run", action="store_true", help="only check the file")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_import)

    command = subparsers.add_parser("participants", help="list or search participants")
    command.add_argument("--province", help="province code, Thai or English name")
    command.add_argument("--issue-area", help="issue area key or name")
    command.add_argument("--search", help="part of a name, nickname, organisation or phone")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_participants)

    command = subparsers.add_parser("sessions", help="list, hide or show the event's sessions")
    command.add_argument("--json", action="store_true")
    command.add_argument("--all", action="store_true", help="hidden sessions too")
    command.set_defaults(handler=run_sessions)
    session_commands.register_actions(command)

    command = subparsers.add_parser("checkin", help="check a badge code in to a session")
    command.add_argument("code")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--desk")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_checkin)

    command = subparsers.add_parser("annul", help="undo a check-in, keeping it on record")
    command.add_argument("code")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--reason", required=True)
    command.add_argument("--desk")
    command.set_defaults(handler=run_annul)

    command = subparsers.add_parser("export", help="export attendance to .xlsx or .csv")
    command.add_argument("--out", type=Path, required=True)
    command.set_defaults(handler=run_export)


def participant_json(person: ParticipantRecord) -> dict[str, Any]:
    data = asdict(person)
    data["full_name"] = person.full_name
    return data


def run_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = demo.load_demo_event(ctx.db, ctx.desk)
    count = registry.count_participants(ctx.db, event.id)
    ctx.out.write(f"Demo event {event.id}: {event.name} ({count} participants)\n")
    return EXIT_OK


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    result = importing.import_participants(
        ctx.db,
        event.id,
        args.file,
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        desk=ctx.desk,
    )
    if args.json:
        ctx.print_json(asdict(result))
    for problem in result.problems:
        column = f" [{problem.column}]" if problem.column else ""
        ctx.err.write(f"row {problem.row}{column}: {problem.code}: {problem.message}\n")
    if args.dry_run:
        ctx.out.write(
            f"{args.file.name}: checked, {len(result.problems)} problem(s); "
            "nothing imported (dry run)\n"
        )
        return EXIT_BAD_INPUT if result.problems else EXIT_OK
    if result.problems and not args.skip_invalid:
        ctx.err.write("Nothing was imported. Fix the rows above or use --skip-invalid.\n")
        return EXIT_BAD_INPUT
    ctx.out.write(
        f"Imported {result.imported} participant(s); "
        f"skipped rows: {', '.join(map(str, result.skipped_rows)) or 'none'}\n"
    )
    return EXIT_OK


def run_participants(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    if args.search:
        people = registry.search(ctx.db, event.id, args.search, limit=100_000)
    else:
        people = registry.list_participants(ctx.db, event.id)
    if args.province:
        code = resolve_province(ctx, args.province)
        people = [p for p in people if p.province and p.province.code == code]
    if args.issue_area:
        area_id = resolve_issue_area(ctx, event.id, args.issue_area)
        people = [p for p in people if p.issue_area and p.issue_area.id == area_id]
    if args.json:
        ctx.print_json([participant_json(p) for p in people])
        return EXIT_OK
    for person in people:
        province = person.province.name_th if person.province else "-"
        area = person.issue_area.name_th if person.issue_area else person.role.value
        ctx.out.write(
            f"{format_badge_code(person.badge_code)}  {person.full_name}  "
            f"{province}  {area}  {person.status.value}\n"
        )
    ctx.err.write(f"{len(people)} participant(s)\n")
    return EXIT_OK


def run_sessions(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    every = events.list_sessions(ctx.db, event.id)
    sessions = every if args.all else offered(every)
    if len(sessions) < len(every):
        ctx.err.write(f"{len(every) - len(sessions)} hidden session(s) not listed (--all)\n")
    if args.json:
        ctx.print_json([asdict(s) for s in sessions])
        return EXIT_OK
    for session in sessions:
        hidden = f"  [hidden: {session.hidden_reason}]" if session.hidden else ""
        ctx.out.write(
            f"{session.id:>4}  {session.starts_at:%Y-%m-%d %H:%M}-{session.ends_at:%H:%M}"
            f"  {session.kind.value:<9} {session.title}{hidden}\n"
        )
    return EXIT_OK


SCAN = CheckInMethod.SCAN


def run_checkin(args: argparse.Namespace, ctx: CommandContext) -> int:
    # exactly what the window accepts as a scan (prefixes, controls removed), read once
    scanned = read_scan(clean_scanned_text(args.code))
    result = EmbeddedDesk(ctx.db, ctx.desk).check_in(scanned, args.session, SCAN).result
    if args.json:
        ctx.print_json(
            {
                "outcome": result.outcome.value,
                "participant": participant_json(result.participant) if result.participant else None,
                "check_in": asdict(result.check_in) if result.check_in else None,
            }
        )
    else:
        ctx.out.write(describe_check_in(result) + "\n")
    return OUTCOME_EXIT[result.outcome]


def describe_check_in(result: checkin.CheckInResult) -> str:
    who = result.participant.full_name if result.participant else ""
    first = result.check_in
    match result.outcome:
        case CheckInOutcome.CHECKED_IN:
            return f"checked in: {who}"
        case CheckInOutcome.ALREADY_CHECKED_IN if first is not None:
            return f"already checked in at {first.checked_in_at:%H:%M} by {first.desk}: {who}"
        case CheckInOutcome.BAD_CHECK_CHARACTER:
            return f"mistyped code (check character does not match): {result.raw_text}"
        case CheckInOutcome.NOT_A_BADGE_CODE:
            return f"not a badge code: {result.raw_text}"
        case CheckInOutcome.UNKNOWN_CODE:
            return f"unknown code: {result.raw_text}"
        case CheckInOutcome.CANCELLED_PARTICIPANT:
            return f"registration cancelled: {who}"
        case _:
            return f"no such session: {result.session_id}"


def run_annul(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = checkin.annul_by_code(ctx.db, args.code, args.session, args.reason, ctx.desk)
    ctx.out.write(f"check-in {record.id} undone: {record.annul_reason}\n")
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = export.export_attendance(ctx.db, args.event, args.out)
    ctx.out.write(f"Wrote {out}\n")
    return EXIT_OK
