"""`registration-cli missing`: the list, its JSON and the call list files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.cli_support import load_demo
from tests.cli.test_core_commands import Cli
from tests.printing.pdf_tools import loose, page_texts


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "cli.sqlite", monkeypatch)


@pytest.fixture
def loaded(cli: Cli) -> list[dict]:
    return load_demo(cli)


def test_missing_counts_follow_check_ins(cli: Cli, loaded: list[dict]) -> None:
    for person in loaded[:10]:
        assert cli("checkin", person["badge_code"], "--session", "1")[0] == 0
    code, out, _ = cli("missing", "--session", "1", "--json")
    assert code == 0
    found = json.loads(out)
    assert (found["registered"], found["checked_in"], found["missing"]) == (136, 10, 126)
    listed = {p["id"] for g in found["groups"] for p in g["people"]}
    assert listed.isdisjoint({p["id"] for p in loaded[:10]}) and len(listed) == 126
    code, out, _ = cli("missing", "--session", "1", "--by", "issue-area")
    assert code == 0 and out.strip().endswith("126 missing of 136 registered (10 checked in)")


def test_call_list_as_pdf_xlsx_and_csv(
    cli: Cli,
    loaded: list[dict],
    tmp_path: Path,
) -> None:
    pdf, xlsx, csv = tmp_path / "call.pdf", tmp_path / "call.xlsx", tmp_path / "call.csv"
    for out in (pdf, xlsx, csv):
        code, _, err = cli("missing", "--session", "2", "--out", str(out))
        assert code == 0 and str(out) in err
    text = " ".join(page_texts(pdf))
    assert loose("รายชื่อผู้ที่ยังไม่มาลงทะเบียน") in text
    assert loose("ยังไม่มาทั้งสิ้น 136 คน") in text
    assert loose(loaded[0]["first_name"]) in text
    book = load_workbook(xlsx, read_only=True)
    try:
        values = [c for row in book.active.iter_rows(values_only=True) for c in row if c]
    finally:
        book.close()
    assert "จังหวัดชัยนาท: ยังไม่มา 7 จาก 7 คน" in values
    assert all(isinstance(v, str) for v in values)
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("กลุ่ม,ที่,ชื่อ-สกุล") and len(lines) == 137


def test_bad_session_or_file_type_exits_2(cli: Cli, loaded: list[dict]) -> None:
    code, _, err = cli("missing", "--session", "99")
    assert code == 2 and "no session 99" in err
    code, _, err = cli("missing", "--session", "1", "--out", "list.docx")
    assert code == 2 and ".pdf, .xlsx or .csv" in err


def test_roster_by_group_with_columns_and_a_page_per_group(cli: Cli, tmp_path: Path) -> None:
    load_demo(cli)
    cli("groups", "create", "บ่าย", "--groups", "4")
    cli("groups", "assign", "--set", "1", "--mode", "mixed")
    out = tmp_path / "roster.pdf"
    code, stdout, _ = cli(
        "roster", "--out", str(out), "--by", "group", "--set", "1",
        "--columns", "nickname,phone", "--page-per-group",
    )  # fmt: skip
    assert code == 0 and "136 row(s)" in stdout
    on_page = [
        [n for n in range(1, 5) if loose(f"กลุ่ม {n} (34 คน)") in page] for page in page_texts(out)
    ]
    assert all(len(groups) == 1 for groups in on_page)  # never two groups on one page
    assert sorted({groups[0] for groups in on_page}) == [1, 2, 3, 4]
    code, _, err = cli("roster", "--out", str(out), "--columns", "salary")
    assert code == 2 and "salary" in err
