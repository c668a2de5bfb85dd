"""Composition root of the window: settings -> database -> services -> main window."""

from __future__ import annotations

import argparse
import sys


def run_window(args: argparse.Namespace) -> int:
    """Until the window exists, say so clearly and point at the commands."""
    sys.stderr.write(
        "The registration window is not available in this version yet.\n"
        "Use the commands instead, for example:\n"
        "  registration demo\n  registration participants\n  registration --help\n"
    )
    return 1
