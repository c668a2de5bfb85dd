"""``registration --self-test``: prove that this installation works, without touching user data.

Runs every layer once inside a temporary folder (used as the data folder too): a
fresh SQLite database upgraded by the shipped migrations, the demo event, one
check-in, Thai word breaking, one badge page and one sign-in sheet through the
command line, and Qt with the bundled Thai font. Meant for a freshly built or
installed bundle, where a missing data file or library shows up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from registration.domain.enums import CheckInOutcome
from registration.storage.database import Database

OK_LINE = "self-test ok"
PDF_MAGIC = b"%PDF-"


class SelfTestFailure(Exception):
    """A step ran but its result was wrong."""


@dataclass
class SelfTestRun:
    """What the steps share: the temporary folder, the database and the demo's ids."""

    folder: Path
    db: Database | None = None
    event_id: int = 0
    session_id: int = 0
    badge_code: str = ""

    @property
    def url(self) -> str:
        return f"sqlite:///{(self.folder / 'self-test.sqlite').as_posix()}"

    @property
    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure("the database was not opened")
        return self.db


def open_fresh_database(run: SelfTestRun) -> None:
    from registration.storage.migrate import open_database

    run.db = open_database(run.url)


def load_demo(run: SelfTestRun) -> None:
    from registration.services import events, registry
    from registration.services.demo import load_demo_event

    event = load_demo_event(run.database, "self-test")
    people = registry.list_participants(run.database, event.id)
    sessions = events.list_sessions(run.database, event.id)
    if not people or not sessions:
        raise SelfTestFailure(f"demo has {len(people)} participants, {len(sessions)} sessions")
    run.event_id, run.session_id, run.badge_code = event.id, sessions[0].id, people[0].badge_code


def check_in_one_code(run: SelfTestRun) -> None:
    from registration.services.checkin import check_in

    first = check_in(run.database, run.badge_code, run.session_id, "self-test")
    second = check_in(run.database, run.badge_code, run.session_id, "self-test")
    outcomes = (first.outcome, second.outcome)
    if outcomes != (CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_CHECKED_IN):
        raise SelfTestFailure(f"check-in then re-scan gave {outcomes}")


def break_thai_words(run: SelfTestRun) -> None:
    """The dictionary tokeniser needs pythainlp's word list, which a bundle must carry."""
    from pythainlp.tokenize import word_tokenize

    words = word_tokenize("ร่วมพัฒนาระบบธรรมาภิบาล", engine="newmm")
    if "ธรรมาภิบาล" not in words:
        raise SelfTestFailure(f"Thai word breaking gave {words}")


def _run_command(arguments: list[str]) -> None:
    from registration.cli import run

    code = run(arguments)
    if code != 0:
        raise SelfTestFailure(f"command {arguments[2]} exited with {code}")


def _check_pdf(path: Path) -> None:
    if not path.is_file() or not path.read_bytes().startswith(PDF_MAGIC):
        raise SelfTestFailure(f"{path.name} is not a PDF")


def render_badge_page(run: SelfTestRun) -> None:
    out = run.folder / "badges.pdf"
    _run_command(["--database", run.url, "badges", "--out", str(out), "--codes", run.badge_code])
    _check_pdf(out)


def render_sign_in_sheet(run: SelfTestRun) -> None:
    out = run.folder / "sign-in-sheet.pdf"
    session = str(run.session_id)
    _run_command(["--database", run.url, "signin-sheet", "--session", session, "--out", str(out)])
    _check_pdf(out)


def start_qt_with_thai_font(run: SelfTestRun) -> None:
    """Qt's platform plugin loads and the bundled Sarabun font registers."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from registration.resources import resource_path

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Sarabun-Regular.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if "Sarabun" not in families:
        raise SelfTestFailure(f"the Thai font did not load (families: {families})")


Step = tuple[str, Callable[[SelfTestRun], None]]
CORE_STEPS: list[Step] = [
    ("open a fresh database", open_fresh_database),
    ("load the demo event", load_demo),
    ("check in one code", check_in_one_code),
    ("break Thai words", break_thai_words),
]
PRINT_STEPS: list[Step] = [
    ("render a badge page", render_badge_page),
    ("render a sign-in sheet", render_sign_in_sheet),
]
QT_STEPS: list[Step] = [("start Qt with the Thai font", start_qt_with_thai_font)]


def available_commands() -> set[str]:
    from registration.cli import build_parser

    return {
        name
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def self_test_steps() -> list[Step]:
    """Printing steps run once the print commands are part of the program."""
    has_printing = {"badges", "signin-sheet"} <= available_commands()
    return CORE_STEPS + (PRINT_STEPS if has_printing else []) + QT_STEPS


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
    """Run every step, report each one; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="registration-self-test-") as name:
        folder = Path(name)
        run = SelfTestRun(folder)
        try:
            with private_data_dir(folder):
                for title, step in self_test_steps():
                    step_started = time.perf_counter()
                    try:
                        step(run)
                    except Exception as error:  # report any failure, never a traceback
                        out.write(f"self-test failed: {title}: {type(error).__name__}: {error}\n")
                        return 1
                    elapsed = (time.perf_counter() - step_started) * 1000
                    out.write(f"  ok  {title} ({elapsed:.0f} ms)\n")
        finally:
            if run.db is not None:
                run.db.dispose()
    out.write(f"{OK_LINE} ({time.perf_counter() - started:.1f} s)\n")
    return 0
