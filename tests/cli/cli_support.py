"""The command line as these tests drive it: the demo loaded through `demo`."""

from __future__ import annotations

import json

from tests.cli.test_core_commands import Cli


def load_demo(cli: Cli) -> list[dict]:
    """The demo event's participants as `participants --json` lists them."""
    assert cli("demo")[0] == 0
    code, out, _ = cli("participants", "--json")
    assert code == 0
    loaded: list[dict] = json.loads(out)
    return loaded
