"""`certificates`: certificates of attendance for everyone who meets a rule."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.domain.errors import UserError
from registration.jobs.certificates import make_certificates
from registration.printing.certificate import Signatory, texts_for_event
from registration.services import events, registry
from registration.services.certificates import (
    CertificateRule,
    RuleKind,
    certificate_number,
    eligible,
)


def register(subparsers: Any) -> None:
    command = subparsers.add_parser("certificates", help="certificates of attendance (PDF)")
    command.add_argument("--out", type=Path, metavar="FILE.pdf")
    rule = command.add_mutually_exclusive_group(required=True)
    rule.add_argument("--min-sessions", type=int, metavar="N", help="attended N sessions or more")
    rule.add_argument(
        "--day",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="attended every session of that day",
    )
    rule.add_argument("--codes", nargs="+", metavar="CODE", help="these badge codes only")
    command.add_argument("--issuer", default="", help="the issuing organisation, first line")
    command.add_argument(
        "--attended",
        default="ได้เข้าร่วมการประชุมเชิงปฏิบัติการ",
        help="the sentence before the event name",
    )
    command.add_argument(
        "--signatory",
        action="append",
        default=[],
        metavar="NAME|POSITION[|IMAGE]",
        help="one or two signatories; IMAGE is a PNG or JPEG signature",
    )
    command.add_argument("--logo", type=Path, help="PNG or JPEG logo at the top")
    command.add_argument(
        "--given-on",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="date of issue (default: the last day of the event)",
    )
    command.add_argument("--list", action="store_true", help="only list who qualifies")
    command.add_argument("--json", action="store_true")
    command.add_argument("--desk")
    command.set_defaults(handler=run_certificates)


def _signatory(text: str) -> Signatory:
    parts = [p.strip() for p in text.split("|")]
    if len(parts) not in (2, 3) or not parts[0]:
        raise UserError("bad_signatory", f"A signatory is NAME|POSITION[|IMAGE], not '{text}'.")
    return Signatory(parts[0], parts[1], Path(parts[2]) if len(parts) == 3 and parts[2] else None)


def _rule(args: argparse.Namespace, ctx: CommandContext) -> CertificateRule:
    if args.min_sessions is not None:
        return CertificateRule(RuleKind.MIN_SESSIONS, sessions=args.min_sessions)
    if args.day is not None:
        return CertificateRule(RuleKind.FULL_DAY, day=args.day)
    ids = []
    for code in args.codes:
        person = registry.find_by_code(ctx.db, code)
        if person is None:
            raise UserError("unknown_code", f"No participant has the badge code {code}.")
        ids.append(person.id)
    return CertificateRule(RuleKind.CHOSEN, participant_ids=tuple(ids))


def run_certificates(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    people = eligible(ctx.db, event.id, _rule(args, ctx))
    if args.list or args.out is None:
        if args.json:
            ctx.print_json([{"id": p.id, "full_name": p.full_name} for p in people])
        else:
            for person in people:
                ctx.out.write(f"{person.full_name}\n")
            ctx.err.write(f"{len(people)} participant(s) qualify\n")
        return EXIT_OK
    if args.out.suffix.lower() != ".pdf":
        raise UserError("not_pdf", f"The output file must end in .pdf: {args.out}")
    texts = texts_for_event(
        event,
        args.issuer,
        [_signatory(s) for s in args.signatory],
        args.logo,
        args.attended,
        args.given_on,
    )
    made = make_certificates(ctx.db, event, people, texts, args.out, ctx.desk)
    if args.json:
        ctx.print_json(
            [
                {
                    "id": c.participant.id,
                    "full_name": c.participant.full_name,
                    "number": certificate_number(c.number, event.starts_on),
                    "printed_count": c.printed_count,
                }
                for c in made.issued
            ]
        )
    for warning in made.warnings:
        ctx.err.write(f"warning: {warning}\n")
    ctx.err.write(f"Wrote {made.pages} certificate(s) to {args.out} ({made.reprints} reprint(s))\n")
    return EXIT_OK
