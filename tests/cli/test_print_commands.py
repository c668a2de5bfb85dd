"""badges, signin-sheet and report from the command line: files, log, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from registration.cli import run
from tests.printing.pdf_tools import decoded_pages, loose, page_texts


class Cli:
    def __init__(self, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.database = str(db_path)
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        self.monkeypatch.setattr("sys.stdout", out)
        self.monkeypatch.setattr("sys.stderr", err)
        code = run(["--database", self.database, *argv])
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path / "cli.sqlite", monkeypatch)
    assert runner("demo")[0] == 0
    return runner


def _codes(cli: Cli, *filters: str) -> list[str]:
    return [p["badge_code"] for p in json.loads(cli("participants", "--json", *filters)[1])]


def test_badges_for_one_code_as_the_self_test_calls_it(cli: Cli, tmp_path: Path) -> None:
    code = _codes(cli)[3]
    out = tmp_path / "one.pdf"
    status, stdout, _ = cli("badges", "--out", str(out), "--codes", code)
    assert status == 0 and "Wrote 1 badge(s) on 1 page(s)" in stdout
    assert list(decoded_pages(out)) == [{code}]


def test_badges_of_a_province_then_only_the_not_yet_printed(cli: Cli, tmp_path: Path) -> None:
    first = _codes(cli)[0]
    assert cli("badges", "--out", str(tmp_path / "a.pdf"), "--codes", first)[0] == 0
    out = tmp_path / "ayutthaya.pdf"
    status, _, _ = cli("badges", "--out", str(out), "--province", "อยุธยา", "--layout", "a4-10")
    assert status == 0
    assert list(decoded_pages(out)) == [set(_codes(cli, "--province", "อยุธยา"))]
    status, stdout, _ = cli("badges", "--out", str(tmp_path / "rest.pdf"), "--not-printed")
    assert status == 0 and "Wrote 128 badge(s)" in stdout  # 136 - 1 - 7


def test_bad_badge_requests_exit_2_and_write_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    status, _, err = cli("badges", "--out", str(out), "--codes", "ABCD-EFGH")
    assert status == 2 and "Not a valid badge code" in err
    status, _, err = cli("badges", "--out", str(out), "--province", "Atlantis")
    assert status == 2 and "Unknown province" in err
    status, _, err = cli("badges", "--out", str(tmp_path / "x.txt"))
    assert status == 2 and ".pdf" in err
    status, _, err = cli("badges", "--out", str(tmp_path / "no" / "x.pdf"))
    assert status == 2 and "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cli.sqlite"]


def test_signin_sheet_for_a_session_and_province(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    status, stdout, _ = cli(
        "signin-sheet", "--session", "1", "--out", str(out), "--province", "อยุธยา"
    )
    assert status == 0 and "Wrote 7 participant(s) on 1 page(s)" in stdout
    assert loose("จังหวัดพระนครศรีอยุธยา") in page_texts(out)[0]
    status, _, err = cli("signin-sheet", "--session", "99", "--out", str(out))
    assert status == 2 and "no session 99" in err


def test_report(cli: Cli, tmp_path: Path) -> None:
    code = _codes(cli)[0]
    assert cli("checkin", code, "--session", "1")[0] == 0
    out = tmp_path / "report.pdf"
    status, stdout, _ = cli("report", "--out", str(out))
    assert status == 0 and "3 page(s)" in stdout
    assert loose("ลงทะเบียนทั้งหมด 136 คน") in page_texts(out)[0]
