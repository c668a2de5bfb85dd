"""`missing`, `roster` and `certificates` from the command line: lists, files, numbers."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.cli_support import load_demo
from tests.cli.test_core_commands import Cli
from tests.printing.pdf_tools import loose, page_texts


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


def test_certificates_from_the_command_line_keep_their_numbers(cli: Cli, tmp_path: Path) -> None:
    people = load_demo(cli)
    for person in people[:3]:
        for session in ("1", "2"):
            assert cli("checkin", person["badge_code"], "--session", session)[0] == 0
    code, out, _ = cli("certificates", "--min-sessions", "2", "--list", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    out_pdf = tmp_path / "cert.pdf"
    args = ["certificates", "--min-sessions", "2", "--out", str(out_pdf), "--json",
            "--issuer", "สถาบันพัฒนาองค์กรชุมชน", "--signatory", "นายก ข|ผู้อำนวยการ"]  # fmt: skip
    code, out, err = cli(*args)
    first = json.loads(out)
    assert code == 0 and [c["number"] for c in first] == ["0001/2562", "0002/2562", "0003/2562"]
    assert "0 reprint(s)" in err
    assert cli("checkin", people[3]["badge_code"], "--session", "1")[0] == 0
    assert cli("checkin", people[3]["badge_code"], "--session", "2")[0] == 0
    code, out, err = cli(*args)
    again = {c["id"]: c["number"] for c in json.loads(out)}
    assert all(again[c["id"]] == c["number"] for c in first)
    assert again[people[3]["id"]] == "0004/2562" and "3 reprint(s)" in err
    texts = page_texts(out_pdf)
    assert len(texts) == 4 and "0004/2562" in " ".join(texts)


def test_a_bad_logo_gives_no_numbers(cli: Cli, tmp_path: Path) -> None:
    people = load_demo(cli)
    cli("checkin", people[0]["badge_code"], "--session", "1")
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    out_pdf = tmp_path / "cert.pdf"
    code, _, err = cli(
        "certificates", "--codes", people[0]["badge_code"], "--out", str(out_pdf),
        "--logo", str(bad),
    )  # fmt: skip
    assert code == 2 and "not a PNG or JPEG" in err and not out_pdf.exists()
    code, out, _ = cli("certificates", "--codes", people[0]["badge_code"], "--out",
                       str(out_pdf), "--json")  # fmt: skip
    assert json.loads(out)[0]["number"] == "0001/2562"


def test_table_cards_for_chosen_people_or_roles(cli: Cli, tmp_path: Path) -> None:
    people = load_demo(cli)
    out = tmp_path / "cards.pdf"
    code, _, err = cli("table-cards", "--out", str(out))
    assert code == 2 and "Nobody" in err  # the demo has no speakers or guests
    code, stdout, _ = cli("table-cards", "--out", str(out), "--codes", people[0]["badge_code"],
                          people[1]["badge_code"])  # fmt: skip
    assert code == 0 and "2 table card(s)" in stdout
    code, stdout, _ = cli("table-cards", "--out", str(out), "--role", "staff", "--no-event")
    assert code == 0 and "24 table card(s)" in stdout
    assert len(page_texts(out)) == 24
