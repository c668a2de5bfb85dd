"""Entry point: a subcommand runs headless; no subcommand opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from registration.logging_setup import install_logging

THAI_DATA_SETTINGS = ("PYTHAINLP_READ_ONLY", "PYTHAINLP_READ_MODE")  # the second: before 5.3


def leave_the_home_folder_alone() -> None:
    """pythainlp makes ~/pythainlp-data for corpora the moment it is imported; the program
    downloads none, so it asks pythainlp not to write and not to download (unless the user
    chose), as the bundle's runtime hook does."""
    if not any(name in os.environ for name in THAI_DATA_SETTINGS):
        os.environ["PYTHAINLP_READ_ONLY"] = "1"
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


def main(argv: Sequence[str] | None = None) -> int:
    leave_the_home_folder_alone()  # before anything imports pythainlp
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
