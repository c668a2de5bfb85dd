"""The log keeps the program's own lines; other libraries' chatter only with --verbose."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from registration.logging_setup import LOG_NAME, OwnInfoOnly


def run_cli(data: Path, *arguments: str) -> str:
    env = {**os.environ, "REGISTRATION_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-m", "registration", *arguments],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert "INFO" not in done.stderr
    return (data / LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.slow
def test_alembic_chatter_stays_out_of_the_log_unless_verbose(tmp_path: Path) -> None:
    quiet = run_cli(tmp_path / "quiet", "demo")
    assert "alembic" not in quiet
    verbose = run_cli(tmp_path / "verbose", "--verbose", "demo")
    assert "INFO alembic.runtime.migration: Running upgrade" in verbose


@pytest.mark.parametrize(
    ("name", "level", "kept"),
    [
        ("registration.storage.migrate", logging.INFO, True),
        ("registration", logging.INFO, True),
        ("registrations_other", logging.INFO, False),
        ("alembic.runtime.migration", logging.INFO, False),
        ("alembic.runtime.migration", logging.WARNING, True),
        ("sqlalchemy.engine", logging.ERROR, True),
    ],
)
def test_the_filter_keeps_own_info_and_others_warnings(name: str, level: int, kept: bool) -> None:
    record = logging.LogRecord(name, level, __file__, 1, "message", None, None)
    assert OwnInfoOnly().filter(record) is kept


def test_the_program_leaves_no_folder_in_the_home_folder(tmp_path: Path) -> None:
    """pythainlp made ~/pythainlp-data, empty, for every user who started the program."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "REGISTRATION_DATA_DIR": str(tmp_path / "data"), "HOME": str(home)}
    for name in ("PYTHAINLP_READ_ONLY", "PYTHAINLP_READ_MODE", "PYTHAINLP_DATA"):
        env.pop(name, None)
    subprocess.run(
        [sys.executable, "-m", "registration", "demo"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip

    assert list(home.iterdir()) == []
