"""The steps of the self-test that need no window: database, demo, check-in, Thai, PDF."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from registration.domain.enums import CheckInOutcome
from registration.storage.database import Database

PDF_MAGIC = b"%PDF-"


class SelfTestFailure(Exception):
    """A step ran but its result was wrong."""


class SelfTestWarning(Exception):
    """An optional part cannot work here (the camera without Qt Multimedia); the rest can."""


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
