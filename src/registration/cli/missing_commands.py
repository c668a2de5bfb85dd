"""`missing`: who has not checked in to a session yet, as text, JSON, PDF or a call list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.jobs.lists import make_call_list
from registration.jobs.printing import Made
from registration.services.missing import MissingBy, MissingList, missing_list


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("missing", help="who has not checked in to a session yet")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument(
        "--by", choices=["province", "issue-area"], default="province", help="grouping"
    )
    command.add_argument(
        "--out", type=Path, metavar="FILE", help="write a call list: .pdf, .xlsx or .csv"
    )
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_missing)


def wrote(made: Made) -> str:
    """What a list job wrote, for the user."""
    if made.pages:
        return f"Wrote {made.items} row(s) on {made.pages} page(s) to {made.path}"
    return f"Wrote {made.items} row(s) to {made.path}"


def missing_json(found: MissingList) -> dict[str, Any]:
    return {
        "session_id": found.session.id,
        "by": found.by.value,
        "registered": found.registered,
        "checked_in": found.checked_in,
        "missing": found.missing,
        "groups": [
            {
                "key": g.key,
                "title": g.title,
                "registered": g.registered,
                "checked_in": g.checked_in,
                "missing": g.missing,
                "people": [
                    {
                        "id": m.participant.id,
                        "badge_code": m.participant.badge_code,
                        "full_name": m.participant.full_name,
                        "nickname": m.participant.nickname,
                        "phone": m.participant.phone,
                        "province": m.participant.province.name_th
                        if m.participant.province
                        else None,
                        "issue_area": m.participant.issue_area.name_th
                        if m.participant.issue_area
                        else None,
                        "contact": {"name": m.contact.name, "phone": m.contact.phone}
                        if m.contact
                        else None,
                    }
                    for m in g.people
                ],
            }
            for g in found.groups
        ],
    }


def run_missing(args: argparse.Namespace, ctx: CommandContext) -> int:
    by = MissingBy.PROVINCE if args.by == "province" else MissingBy.ISSUE_AREA
    found = missing_list(ctx.db, args.session, by)
    if args.out is not None:
        ctx.err.write(wrote(make_call_list(found, args.out, ctx.desk)) + "\n")
    if args.json:
        ctx.print_json(missing_json(found))
        return EXIT_OK
    for group in found.groups:
        ctx.out.write(f"{group.title}: {group.missing} missing of {group.registered}\n")
        for missing in group.people:
            person = missing.participant
            contact = (
                f"  (call {missing.contact.name} {missing.contact.phone})"
                if (missing.contact)
                else ""
            )
            ctx.out.write(f"  {person.full_name}  {person.phone or '-'}{contact}\n")
    ctx.out.write(
        f"{found.missing} missing of {found.registered} registered "
        f"({found.checked_in} checked in)\n"
    )
    return EXIT_OK
