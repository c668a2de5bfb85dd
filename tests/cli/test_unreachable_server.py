"""A command against a server that is down or hung: one line and exit code 5, quickly."""

from __future__ import annotations

import subprocess
import sys
import time

from registration.cli import EXIT_UNREACHABLE
from registration.services.demo import load_demo_event
from registration.storage.migrate import open_database
from tests.throwaway_postgres import ThrowawayPostgres, own_postgres  # noqa: F401

DOWN = "postgresql+psycopg://postgres@127.0.0.1:1/registration"  # nothing listens


def _cli(*argv: str) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "registration", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stderr, time.monotonic() - started


def test_a_server_that_is_down_is_one_line_and_exit_code_5() -> None:
    code, err, _ = _cli("--database", DOWN, "sessions")

    assert code == EXIT_UNREACHABLE == 5
    assert err.startswith("error: The database cannot be reached:")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_hung_server_gives_up_within_seconds(
    own_postgres: ThrowawayPostgres,  # noqa: F811
) -> None:
    db = open_database(own_postgres.url)
    load_demo_event(db)
    db.dispose()
    own_postgres.hang()

    code, err, took = _cli("--database", own_postgres.url, "sessions")

    assert code == EXIT_UNREACHABLE, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert took < 10
