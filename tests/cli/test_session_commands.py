"""`sessions hide` / `sessions show`, as an organiser at a terminal runs them: a hidden
session leaves the list (`--all` shows it, with its reason), its check-ins stay in the
export, and the exit codes say what happened."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.test_core_commands import Cli


def _listed_ids(cli: Cli, *extra: str) -> list[int]:
    code, out, _ = cli("sessions", "--json", *extra)
    assert code == 0
    return [s["id"] for s in json.loads(out)]


def test_hide_and_show_a_session_with_check_ins(cli: Cli, loaded, tmp_path: Path) -> None:
    assert cli("checkin", loaded[0]["badge_code"], "--session", "1")[0] == 0

    code, out, _ = cli("sessions", "hide", "1", "--reason", "ซ้ำกับรอบบ่าย", "--desk", "Desk 9")

    assert code == 0 and "ซ้ำกับรอบบ่าย" in out
    assert 1 not in _listed_ids(cli)
    code, text, err = cli("sessions")
    assert code == 0 and "1 hidden session(s) not listed" in err
    code, text, _ = cli("sessions", "--all")
    assert "[hidden: ซ้ำกับรอบบ่าย]" in text.splitlines()[0]
    code, out, _ = cli("sessions", "--json", "--all")
    first = json.loads(out)[0]
    assert (first["id"], first["hidden_by"], first["hidden_reason"]) == (1, "Desk 9", "ซ้ำกับรอบบ่าย")
    out_file = tmp_path / "attendance.csv"
    assert cli("export", "--out", str(out_file))[0] == 0
    header, *rows = list(csv.reader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    column = next(i for i, text in enumerate(header) if "ซ่อนไว้: ซ้ำกับรอบบ่าย" in text)
    assert sum(1 for row in rows if row[column]) == 1

    code, out, _ = cli("sessions", "show", "1")

    assert code == 0 and "offered again" in out
    assert _listed_ids(cli)[0] == 1


def test_refusals_exit_2_and_change_nothing(cli: Cli, loaded) -> None:
    code, _, err = cli("sessions", "hide", "1", "--reason", "  ")
    assert code == 2 and "why" in err
    code, _, err = cli("sessions", "show", "1")
    assert code == 2 and "not hidden" in err
    assert cli("sessions", "hide", "99", "--reason", "x")[0] == 2
    assert cli("sessions", "hide", "1", "--reason", "first")[0] == 0
    code, _, err = cli("sessions", "hide", "1", "--reason", "second")
    assert code == 2 and "already hidden: first" in err
    with pytest.raises(SystemExit) as stopped:
        cli("sessions", "hide", "1")  # --reason is required
    assert stopped.value.code == 2
