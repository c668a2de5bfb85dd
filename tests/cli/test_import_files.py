"""The import command with hostile and damaged files: exit code 2, the problem named on
stderr, nothing imported, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_core_commands import Cli
from tests.services.test_importing_hostile import (
    bad_crc,
    broken_xml,
    far_cell_bomb,
    shared_string_bomb,
    truncated,
)

CASES = {
    "bad CRC": (bad_crc, "bad CRC"),
    "broken XML": (broken_xml, "broken XML"),
    "truncated zip": (truncated, "truncated"),
    "cell at the far corner": (far_cell_bomb, "too big to import"),
    "shared-string bomb": (shared_string_bomb, "too big to import"),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_hostile_or_damaged_file_exits_2_and_imports_nothing(
    cli: Cli,
    loaded: list[dict],
    tmp_path: Path,
    kind: str,
) -> None:
    make, words = CASES[kind]
    path = make(tmp_path / "list.xlsx")

    status, out, err = cli("import", str(path))

    assert status == 2 and words in err and "Traceback" not in err + out
    assert len(json.loads(cli("participants", "--json")[1])) == len(loaded)
