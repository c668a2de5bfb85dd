"""``registration --self-test``: prove that this installation works, without touching user data.

Runs every layer once inside a temporary folder (used as the data folder too): a
fresh SQLite database upgraded by the shipped migrations, the demo event, one
check-in, Thai word breaking, one badge page and one sign-in sheet through the
command line, Qt with the bundled Thai font and translations, a badge QR read by
the camera decoder (Qt multimedia backend, zxing-cpp), and the main window shown
and closed. Meant for
a freshly built or installed bundle, where a missing data file or library shows up
here first.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from registration.selftest_qt import (
    load_thai_font_in_qt,
    load_translations,
    open_main_window,
    scan_badge_with_camera_decoder,
)
from registration.selftest_steps import (
    SelfTestRun,
    SelfTestWarning,
    break_thai_words,
    check_in_one_code,
    load_demo,
    open_fresh_database,
    render_badge_page,
    render_sign_in_sheet,
)

OK_LINE = "self-test ok"

Step = tuple[str, Callable[[SelfTestRun], None]]
STEPS: list[Step] = [
    ("open a fresh database", open_fresh_database),
    ("load the demo event", load_demo),
    ("check in one code", check_in_one_code),
    ("break Thai words", break_thai_words),
    ("render a badge page", render_badge_page),
    ("render a sign-in sheet", render_sign_in_sheet),
    ("load the Thai font in Qt", load_thai_font_in_qt),
    ("load the translations", load_translations),
    ("scan a badge with the camera decoder", scan_badge_with_camera_decoder),
    ("open the main window", open_main_window),
]


@contextmanager
def private_data_dir(folder: Path) -> Iterator[None]:
    """Point settings, logs and the default database at ``folder`` while the test runs."""
    previous = os.environ.get("REGISTRATION_DATA_DIR")
    os.environ["REGISTRATION_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["REGISTRATION_DATA_DIR"]
        else:
            os.environ["REGISTRATION_DATA_DIR"] = previous


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, report each one; 0 when all pass (warnings allowed), 1 at the first
    failure."""
    out = out or sys.stdout or io.StringIO()  # a Windows program without console has none
    started = time.perf_counter()
    warnings = 0
    with tempfile.TemporaryDirectory(prefix="registration-self-test-") as name:
        folder = Path(name)
        run = SelfTestRun(folder)
        try:
            with private_data_dir(folder):
                for title, step in STEPS:
                    step_started = time.perf_counter()
                    try:
                        step(run)
                    except SelfTestWarning as warning:
                        out.write(f"  warn  {title}: {warning}\n")
                        warnings += 1
                        continue
                    except Exception as error:  # report any failure, never a traceback
                        out.write(f"self-test failed: {title}: {type(error).__name__}: {error}\n")
                        return 1
                    elapsed = (time.perf_counter() - step_started) * 1000
                    out.write(f"  ok  {title} ({elapsed:.0f} ms)\n")
        finally:
            if run.db is not None:
                run.db.dispose()
    noted = f", {warnings} warning{'s' if warnings > 1 else ''}" if warnings else ""
    out.write(f"{OK_LINE} ({time.perf_counter() - started:.1f} s{noted})\n")
    return 0
