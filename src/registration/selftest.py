"""``registration --self-test``: prove that this installation works, without touching user data.

Runs every layer once inside a temporary folder (used as the data folder too): a
fresh SQLite database upgraded by the shipped migrations, the demo event, one
check-in, Thai word breaking, one badge page and one sign-in sheet through the
command line, Qt with the bundled Thai font and its multimedia backend (camera
scanning), and the main window shown and closed. Meant for a freshly built or
installed bundle, where a missing data file or library shows up here first.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
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
    """Run a command line command quietly; its output is shown only when it fails."""
    from registration.cli import run

    output = io.StringIO()
    with redirect_stdout(output), redirect_stderr(output):
        code = run(arguments)
    if code != 0:
        raise SelfTestFailure(f"command {arguments[2]} exited with {code}: {output.getvalue()}")


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


def _qt_application() -> None:
    """The window's QApplication; offscreen only where there is no display at all."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from registration.app import application

    application()


def load_thai_font_in_qt(run: SelfTestRun) -> None:
    from PySide6.QtGui import QFontDatabase

    from registration.resources import resource_path

    _qt_application()
    for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if "Sarabun" not in families:
            raise SelfTestFailure(f"Qt did not load the Thai font {name}")


def load_qt_multimedia(run: SelfTestRun) -> None:
    """The camera scanner needs Qt's FFmpeg backend; without it Qt only warns on stderr."""
    from PySide6.QtMultimedia import QMediaFormat

    _qt_application()
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        raise SelfTestFailure("no Qt multimedia backend: the camera scanner cannot work")


def open_main_window(run: SelfTestRun) -> None:
    """Show the desk's main window over the demo event, let it paint once, close it."""
    from PySide6.QtWidgets import QApplication

    from registration.app import build_main_window
    from registration.config import Settings

    _qt_application()
    window = build_main_window(run.database, Settings(desk="self-test"))
    window.show()
    QApplication.processEvents()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


Step = tuple[str, Callable[[SelfTestRun], None]]
STEPS: list[Step] = [
    ("open a fresh database", open_fresh_database),
    ("load the demo event", load_demo),
    ("check in one code", check_in_one_code),
    ("break Thai words", break_thai_words),
    ("render a badge page", render_badge_page),
    ("render a sign-in sheet", render_sign_in_sheet),
    ("load the Thai font in Qt", load_thai_font_in_qt),
    ("load Qt multimedia", load_qt_multimedia),
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
    """Run every step, report each one; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="registration-self-test-") as name:
        folder = Path(name)
        run = SelfTestRun(folder)
        try:
            with private_data_dir(folder):
                for title, step in STEPS:
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
