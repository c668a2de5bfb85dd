"""`registration-cli groups …` as an organiser scripts it: create, assign, move, list, undo."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_core_commands import Cli
from tests.printing.pdf_tools import pdfium_texts


def test_create_assign_move_list_and_undo(cli: Cli, loaded: list[dict]) -> None:
    code, out, _ = cli(
        "groups",
        "create",
        "กลุ่มย่อย บ่าย",
        "--groups",
        "5",
        "--session",
        "4",
        "--rooms",
        "201",
        "202",
        "--json",
    )
    assert code == 0
    made = json.loads(out)
    assert [g["name"] for g in made["groups"]][:2] == ["กลุ่ม 1", "กลุ่ม 2"]
    set_id = str(made["id"])

    code, out, _ = cli("groups", "assign", "--set", set_id, "--mode", "cluster", "--json")
    assert code == 0
    assigned = json.loads(out)
    assert assigned["assigned"] == 136 and assigned["set"]["unassigned"] == 0

    person = loaded[0]
    code, out, _ = cli("groups", "move", person["badge_code"], "--set", set_id, "--group", "3")
    assert code == 0 and out.strip().endswith("-> กลุ่ม 3")

    code, out, _ = cli("groups", "assign", "--set", set_id, "--mode", "mixed", "--json")
    assert json.loads(out)["kept_by_hand"] == 1

    code, out, _ = cli("groups", "list", "--set", set_id, "--json")
    listing = json.loads(out)
    group3 = listing["set"]["groups"][2]["id"]
    mine = next(m for m in listing["members"] if m["participant_id"] == person["id"])
    assert mine["group_id"] == group3 and mine["moved_by_hand"]
    sizes = [g["size"] for g in listing["set"]["groups"]]
    assert max(sizes) - min(sizes) <= 1 and sum(sizes) == 136

    code, out, _ = cli("groups", "undo", "--set", set_id)
    assert code == 0 and "assigned by: cluster" in out
    code, out, _ = cli("groups", "list")
    assert code == 0 and "กลุ่มย่อย บ่าย" in out and "· 201" in out


def test_mistakes_exit_2_with_the_reason(cli: Cli, loaded: list[dict]) -> None:
    assert cli("groups", "create", "x", "--groups", "0")[0] == 2
    assert cli("groups", "create", "x", "--groups", "2")[0] == 0
    code, _, err = cli("groups", "move", "NOT-A-CODE", "--set", "1", "--group", "1")
    assert code == 2 and "badge code" in err
    code, _, err = cli("groups", "move", loaded[0]["badge_code"], "--set", "1", "--group", "9")
    assert code == 2 and "no group '9'" in err
    code, _, err = cli("groups", "undo", "--set", "1")
    assert code == 2 and "undo" in err
    assert cli("groups", "list", "--set", "77")[0] == 2


def test_clusters_are_listed_and_changed(cli: Cli, loaded: list[dict]) -> None:
    code, out, _ = cli("groups", "clusters", "--json")
    clusters = {c["province"]: c["cluster"] for c in json.loads(out)}
    assert code == 0 and clusters["สระบุรี"] == "upper-central-1"
    code, out, _ = cli("groups", "clusters", "--province", "สระบุรี", "--set-to", "ภาคกลางตอนบน")
    assert code == 0 and "ภาคกลางตอนบน\tTH-19\tสระบุรี" in out
    code, _, err = cli("groups", "clusters", "--set-to", "x")
    assert code == 2 and "--province" in err


def test_checkin_at_a_groups_desk(cli: Cli, loaded: list[dict]) -> None:
    cli("groups", "create", "บ่าย", "--groups", "2", "--session", "4", "--rooms", "201", "204")
    cli("groups", "assign", "--set", "1", "--mode", "mixed")
    _, out, _ = cli("groups", "list", "--set", "1", "--json")
    listing = json.loads(out)
    first, second = (g["id"] for g in listing["set"]["groups"])
    person = next(m for m in listing["members"] if m["group_id"] == second)
    code_of = {p["id"]: p["badge_code"] for p in loaded}
    code = code_of[person["participant_id"]]
    args = ["groups", "checkin", code, "--session", "4", "--group", str(first)]
    exit_code, out, _ = cli(*args)
    assert exit_code == 2 and out.strip() == "not counted: belongs to กลุ่ม 2 · ห้อง 204"
    exit_code, out, _ = cli(*args, "--anyway")
    assert exit_code == 0 and "counted here; belongs to กลุ่ม 2 · ห้อง 204" in out
    exit_code, out, _ = cli(*args, "--anyway")
    assert exit_code == 3  # already checked in


def test_badges_with_the_group_line_of_a_set(cli: Cli, loaded: list[dict], tmp_path: Path) -> None:
    _, out, _ = cli("groups", "create", "กลุ่มย่อย", "--groups", "3", "--rooms", "204",
                       "--json")  # fmt: skip
    set_id = str(json.loads(out)["id"])
    assert cli("groups", "assign", "--set", set_id, "--mode", "mixed")[0] == 0
    badge = tmp_path / "badges.pdf"
    status, _, _ = cli("badges", "--out", str(badge), "--group-set", set_id)
    assert status == 0
    text = "".join("".join(page.split()) for page in pdfium_texts(badge))
    assert text.count("กลุ่ม") == 136 and text.count("กลุ่ม1·ห้อง204") == 46  # 136 in 3
    status, _, err = cli("badges", "--out", str(tmp_path / "x.pdf"), "--group-set", "999")
    assert status == 2 and "999" in err and not (tmp_path / "x.pdf").exists()
