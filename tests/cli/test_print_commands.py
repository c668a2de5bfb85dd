"""badges, signin-sheet and report from the command line: files, log, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from registration.cli import run
from tests.printing.pdf_tools import decoded_pages, loose, page_texts, pdfium_texts


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


def test_the_day_sheet_has_a_signature_column_per_session_and_the_totals(
    cli: Cli, tmp_path: Path
) -> None:
    first = _codes(cli)[:3]
    for code in first:
        assert cli("checkin", "--session", "1", code)[0] == 0
    out = tmp_path / "day.pdf"
    status, stdout, _ = cli(
        "signin-sheet", "--day", "2019-02-09", "--out", str(out), "--province", "อยุธยา",
        "--walk-in-rows", "3",
    )  # fmt: skip
    assert status == 0 and "Wrote 7 participant(s) on 1 page(s)" in stdout
    text = pdfium_texts(out)[0]
    for heading in ("ลงชื่อเช้า 09:00 น.", "ลงชื่อเช้า 09:30 น.", "ลงชื่อบ่าย 13:00 น."):
        assert heading in text
    assert "ผู้ลงทะเบียนทั้งหมด 7 คน" in text
    assert "10" in text.split() and "11" not in text.split()  # 7 people and 3 blank rows


def test_walk_in_rows_are_checked_and_a_day_without_sessions_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    status, _, err = cli(
        "signin-sheet", "--session", "1", "--out", str(out), "--walk-in-rows", "-1"
    )
    assert status == 2 and "0 to 200" in err
    status, _, err = cli("signin-sheet", "--day", "2019-03-01", "--out", str(out))
    assert status == 2 and not out.exists()


def test_monochrome_badges_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    code = _codes(cli)[0]
    out = tmp_path / "label.pdf"
    status, _, _ = cli(
        "badges", "--out", str(out), "--codes", code, "--layout", "label-62", "--monochrome"
    )
    assert status == 0 and list(decoded_pages(out)) == [{code}]


def test_the_layout_choices_are_the_printing_layouts() -> None:
    from registration.cli.print_commands import LAYOUT_CHOICES
    from registration.jobs.printing import DEFAULT_LAYOUT as JOBS_DEFAULT
    from registration.printing.layouts import DEFAULT_LAYOUT, LAYOUTS

    assert tuple(sorted(LAYOUTS)) == LAYOUT_CHOICES and JOBS_DEFAULT == DEFAULT_LAYOUT
