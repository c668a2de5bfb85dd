"""The command line on damaged, read-only and erased databases: one line, a known exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from registration.services import attendance, events
from registration.storage.migrate import open_database
from tests.cli.test_core_commands import Cli
from tests.storage.damage import damage_an_index
from tests.storage.test_damaged_and_read_only import _deny_writing


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite"


@pytest.fixture
def cli(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(db_file, monkeypatch)


@pytest.fixture
def codes(cli: Cli) -> list[str]:
    assert cli("demo")[0] == 0
    return [p["badge_code"] for p in json.loads(cli("participants", "--json")[1])]


@pytest.mark.parametrize(
    "scanned",
    ["]Q1{code}", "\x02{code}\r\n", "\u200f{code}", "\x02]Q1{code}\r\n"],
    ids=["aim-prefix", "stx-crlf", "rlm", "all"],
)
def test_checkin_accepts_what_a_scanner_types(cli: Cli, codes: list[str], scanned: str) -> None:
    code, out, err = cli("checkin", scanned.format(code=codes[0]), "--session", "1")

    assert (code, err) == (0, "")
    assert out.startswith("checked in:")


def test_a_damaged_database_gives_one_line_and_the_way_back(
    cli: Cli, codes: list[str], db_file: Path
) -> None:
    assert cli("checkin", codes[0], "--session", "1")[0] == 0
    status, out, _ = cli("backup")
    assert status == 0
    good = Path(out.strip())
    damage_an_index(db_file)

    status, _, err = cli("checkin", codes[1], "--session", "1")

    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and f"restore {good}" in err

    status, _, err = cli("restore", str(good))
    assert (status, err) == (0, "")
    assert cli("checkin", codes[0], "--session", "1")[0] == 3  # the backup's check-in is back
    assert cli("checkin", codes[1], "--session", "1")[0] == 0
    [aside] = [
        p
        for p in db_file.parent.glob("cli.sqlite.damaged-*")
        if p.name[-4:] not in ("-wal", "-shm")
    ]
    status, out, _ = cli("purge", "--event", "1", "--yes")  # the copy kept aside holds names
    assert status == 0 and f"  {aside}\n" in out and f"  {good}\n" in out


def test_an_environment_problem_is_one_line_without_a_traceback(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")

    status, _, err = cli("--database", str(blocker / "db.sqlite"), "sessions")

    assert status == 1
    assert err.startswith("error: ") and err.count("\n") == 1


def test_purge_erases_personal_data_and_keeps_the_counts(
    cli: Cli, codes: list[str], db_file: Path
) -> None:
    for session in ("1", "2"):
        for badge in codes[:30]:
            assert cli("checkin", badge, "--session", session)[0] == 0
    cli("checkin", "\x02NOT-A-CODE-0812345678", "--session", "1")  # a failed scan, kept raw
    assert cli("backup")[0] == 0
    before = _counts(db_file)
    first = json.loads(cli("participants", "--json")[1])[0]
    raw = db_file.read_bytes() + _wal(db_file)
    assert first["first_name"].encode() in raw and b"0812345678" in raw

    status, out, err = cli("purge", "--event", "1", "--yes")

    assert (status, err) == (0, "")
    assert "136 participants" in out and "e-mails" in out
    assert _counts(db_file) == before  # the attendance report comes out the same
    people = json.loads(cli("participants", "--json")[1])
    assert all(p["phone"] == "" and p["organisation"] == "" for p in people)
    assert {p["full_name"] for p in people}.isdisjoint({first["full_name"]})
    raw = db_file.read_bytes() + _wal(db_file)
    assert first["first_name"].encode() not in raw  # not left in free pages or the index
    assert b"0812345678" not in raw
    assert "still hold the personal data" in out


def _wal(db_file: Path) -> bytes:
    wal = Path(f"{db_file}-wal")
    return wal.read_bytes() if wal.exists() else b""


def _counts(db_file: Path) -> object:
    db = open_database(f"sqlite:///{db_file}")
    try:
        event = events.list_events(db)[0]
        counts = attendance.attendance_counts(db, event.id)
        return counts.checked_in, counts.expected
    finally:
        db.dispose()


def test_purge_asks_before_erasing(
    cli: Cli, codes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("builtins.input", lambda: "no")

    status, _, err = cli("purge", "--event", "1")

    assert status == 2
    assert "136 participants" in err and "nothing was erased" in err
    assert json.loads(cli("participants", "--json")[1])[0]["phone"] != ""


def test_a_read_only_database_prints_and_refuses_a_check_in(
    cli: Cli, codes: list[str], db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_writing(monkeypatch, db_file)

    assert cli("badges", "--out", str(tmp_path / "badges.pdf"))[0] == 0  # looking and printing
    assert (tmp_path / "badges.pdf").read_bytes().startswith(b"%PDF")
    status, _, err = cli("checkin", codes[0], "--session", "1")

    assert status == 1
    assert "read-only" in err and err.count("\n") == 1
