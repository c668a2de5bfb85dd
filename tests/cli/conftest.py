"""The command line on a database of the test's own; `loaded` with the demo event in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_support import load_demo
from tests.cli.test_core_commands import Cli


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "cli.sqlite", monkeypatch)


@pytest.fixture
def loaded(cli: Cli) -> list[dict]:
    return load_demo(cli)
