"""The command line, as a script or an organiser runs it: output, JSON and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from registration.cli import run
from registration.domain.kedmanee import type_as_kedmanee


class Cli:
    def __init__(self, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("REGISTRATION_DATABASE", str(db_path))
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        self.monkeypatch.setattr("sys.stdout", out)
        self.monkeypatch.setattr("sys.stderr", err)
        code = run(list(argv))
        return code, out.getvalue(), err.getvalue()


def test_demo_then_sessions_as_json(cli: Cli, loaded) -> None:
    assert len(loaded) == 136
    code, out, _ = cli("sessions", "--json")
    sessions = json.loads(out)
    assert code == 0 and len(sessions) == 7
    assert sessions[0]["starts_at"].startswith("2019-02-09 09:00")


def test_checkin_exit_codes(cli: Cli, loaded) -> None:
    code = loaded[0]["badge_code"]
    assert cli("checkin", code, "--session", "1", "--desk", "Desk 1")[0] == 0
    status, out, _ = cli("checkin", code, "--session", "1", "--desk", "Desk 2")
    assert status == 3 and "by Desk 1" in out
    typo = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert cli("checkin", typo, "--session", "1")[0] == 4
    assert cli("checkin", "ZZZZ", "--session", "1")[0] == 4
    assert cli("checkin", loaded[1]["badge_code"], "--session", "99")[0] == 2


def test_checkin_json_and_a_thai_layout_scan(cli: Cli, loaded) -> None:
    status, out, _ = cli(
        "checkin", type_as_kedmanee(loaded[2]["badge_code"]), "--session", "2", "--json"
    )
    result = json.loads(out)
    assert status == 0
    assert result["outcome"] == "checked_in"
    assert result["participant"]["badge_code"] == loaded[2]["badge_code"]


def test_annul_then_check_in_again(cli: Cli, loaded) -> None:
    code = loaded[0]["badge_code"]
    cli("checkin", code, "--session", "1")
    assert cli("annul", code, "--session", "1", "--reason", "wrong badge")[0] == 0
    assert cli("checkin", code, "--session", "1")[0] == 0
    status, _, err = cli("annul", code, "--session", "2", "--reason", "x")
    assert status == 2 and "not checked in" in err


def test_participants_filters(cli: Cli, loaded) -> None:
    code, out, _ = cli("participants", "--province", "อยุธยา", "--json")
    people = json.loads(out)
    assert code == 0 and len(people) == 7
    assert {p["province"]["code"] for p in people} == {"TH-14"}
    code, out, _ = cli("participants", "--issue-area", "welfare", "--json")
    assert {p["issue_area"]["key"] for p in json.loads(out)} == {"welfare"}
    status, _, err = cli("participants", "--province", "ราชบุร")
    assert status == 2 and "ราชบุรี" in err


def test_import_bad_file_changes_nothing_and_names_the_row(cli: Cli, loaded, tmp_path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "ชื่อ-สกุล,จังหวัด,เบอร์โทร\nนายทดลอง ตัวอย่าง,ราชบุรี,0812345670\n"
        "นางสาวสมมติ ทดลอง,ไม่มีจังหวัดนี้,0812345671\n",
        encoding="utf-8",
    )
    status, _, err = cli("import", str(sheet))
    assert status == 2
    assert "row 3 [จังหวัด]: unknown_province" in err
    assert len(json.loads(cli("participants", "--json")[1])) == 136
    status, out, _ = cli("import", str(sheet), "--skip-invalid")
    assert status == 0 and "Imported 1" in out and "skipped rows: 3" in out
    assert len(json.loads(cli("participants", "--json")[1])) == 137


def test_import_a_missing_file_is_bad_input(cli: Cli, loaded, tmp_path) -> None:
    status, _, err = cli("import", str(tmp_path / "nope.xlsx"))
    assert status == 2 and "Cannot read" in err


def test_export_writes_the_workbook(cli: Cli, loaded, tmp_path) -> None:
    out = tmp_path / "attendance.xlsx"
    assert cli("export", "--out", str(out))[0] == 0
    assert out.stat().st_size > 0
    status, _, err = cli("export", "--out", str(tmp_path / "no-such-folder" / "a.xlsx"))
    assert status == 2 and "does not exist" in err


def test_commands_on_an_empty_database_say_what_to_do(cli: Cli) -> None:
    status, _, err = cli("sessions")
    assert status == 2 and "load the demo" in err
