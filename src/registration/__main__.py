"""Entry point: a subcommand runs headless; no subcommand opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from registration.logging_setup import install_logging


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from registration.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.self_test:  # before logging: the self-test writes nothing to the user's folder
        from registration.selftest import run_self_test

        return run_self_test()
    install_logging(verbose=args.verbose)
    if args.command is None:
        from registration.app import run_window

        return run_window(args)
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
