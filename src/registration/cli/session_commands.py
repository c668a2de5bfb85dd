"""`sessions hide ID --reason TEXT` and `sessions show ID`: a session people checked in to
cannot be deleted; hidden, no desk, sheet or list offers it, and its check-ins still count."""

from __future__ import annotations

import argparse
from typing import Any

from registration.cli import EXIT_OK, CommandContext
from registration.services import event_setup


def register_actions(sessions: argparse.ArgumentParser) -> None:
    """Under `sessions` (which alone lists them)."""
    actions = sessions.add_subparsers(dest="session_action", metavar="ACTION")
    command: Any = actions.add_parser("hide", help="stop offering a session; keep its check-ins")
    command.add_argument("session", type=int, metavar="ID")
    command.add_argument("--reason", required=True, help="why (shown to every desk)")
    command.add_argument("--desk")
    command.set_defaults(handler=run_hide)
    command = actions.add_parser("show", help="offer a hidden session again")
    command.add_argument("session", type=int, metavar="ID")
    command.add_argument("--desk")
    command.set_defaults(handler=run_show)


def run_hide(args: argparse.Namespace, ctx: CommandContext) -> int:
    session = event_setup.hide_session(ctx.db, args.session, args.reason, ctx.desk)
    ctx.out.write(f"session {session.id} hidden: {session.title} ({session.hidden_reason})\n")
    return EXIT_OK


def run_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    session = event_setup.show_session(ctx.db, args.session, ctx.desk)
    ctx.out.write(f"session {session.id} offered again: {session.title}\n")
    return EXIT_OK
