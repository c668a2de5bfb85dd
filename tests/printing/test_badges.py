"""Badges decode back to their codes, long names never cover the QR, bad input is refused."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import replace
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.domain.records import EventInfo
from registration.printing.badges import render_badges
from registration.printing.jobs import PrintCancelled
from registration.printing.layouts import LAYOUTS
from registration.services import registry
from registration.storage.database import Database
from tests.printing.pdf_tools import decoded_pages, loose, page_texts
from tests.printing.people import EVENT, long_named_people, person


def _assert_every_code_decodes(out: Path, codes: list[str], per_page: int) -> None:
    pages = list(decoded_pages(out))
    expected = [set(codes[i : i + per_page]) for i in range(0, len(codes), per_page)]
    assert pages == expected


@pytest.mark.slow
def test_all_136_demo_badges_decode_to_their_participants_codes(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)
    assert len(people) == 136
    out = tmp_path / "badges.pdf"
    result = render_badges(out, demo_event, people, "a4-8")
    assert (result.pages, result.items, result.warnings) == (17, 136, [])
    _assert_every_code_decodes(out, [p.badge_code for p in people], 8)


@pytest.mark.slow
def test_the_500_longest_of_10000_long_thai_names_never_break_a_qr_code(tmp_path: Path) -> None:
    # The full 10,000 run with decoding is in benchmarks/bench_printing.py.
    people = long_named_people(10_000)[:500]
    out = tmp_path / "long.pdf"
    result = render_badges(out, EVENT, people, "a4-10")
    assert result.warnings == []
    _assert_every_code_decodes(out, [p.badge_code for p in people], 10)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_prints_names_and_decodable_codes(layout: str, tmp_path: Path) -> None:
    people = [person(number=n) for n in range(1, 4)] + long_named_people(3)
    out = tmp_path / f"{layout}.pdf"
    render_badges(out, EVENT, people, layout)
    per_page = LAYOUTS[layout].per_page
    _assert_every_code_decodes(out, [p.badge_code for p in people], per_page)
    text = "".join(page_texts(out))
    assert loose("นางสาวปิ่นแก้ว สมมติที่หนึ่ง") in text


def test_a_300_character_name_is_cut_short_with_a_warning_and_the_qr_still_reads(
    tmp_path: Path,
) -> None:
    giant = person(first_name="ปิ่น" * 50, last_name="น้ำทิพย์" * 25)
    assert len(giant.full_name) > 300
    out = tmp_path / "giant.pdf"
    result = render_badges(out, EVENT, [giant], "a4-8")
    assert len(result.warnings) == 1 and "name_cut" in result.warnings[0]
    assert "ปิ่น" not in result.warnings[0]  # warnings name the code, not the person
    _assert_every_code_decodes(out, [giant.badge_code], 8)


def test_emoji_are_left_out_with_a_warning_and_mixed_names_print(tmp_path: Path) -> None:
    emoji = person(first_name="สมชาย😀", last_name="Smith ใจดี")
    out = tmp_path / "emoji.pdf"
    result = render_badges(out, EVENT, [emoji], "a6")
    assert result.warnings == [
        f"{emoji.badge_code[:4]}-{emoji.badge_code[4:8]}-{emoji.badge_code[8:12]}-"
        f"{emoji.badge_code[12:]}: characters_dropped: "
        "left out characters the font cannot print: 😀"
    ]
    assert loose("สมชาย Smith ใจดี") in page_texts(out)[0]


def test_an_empty_selection_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(UserError) as raised:
        render_badges(out, EVENT, [], "a4-8")
    assert raised.value.code == "empty_selection"
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_or_missing_folder_is_refused_with_a_clear_message(
    tmp_path: Path,
) -> None:
    # /proc takes no new files, even for root (a chmod'ed folder would not stop root).
    with pytest.raises(UserError) as raised:
        render_badges(Path("/proc/badges.pdf"), EVENT, [person()], "a4-8")
    assert raised.value.code == "cannot_write"
    assert "/proc" in raised.value.message
    with pytest.raises(UserError) as missing:
        render_badges(tmp_path / "nowhere" / "b.pdf", EVENT, [person()], "a4-8")
    assert missing.value.code == "no_such_folder"
    with pytest.raises(UserError) as folder:
        render_badges(tmp_path, EVENT, [person()], "a4-8")
    assert folder.value.code == "output_is_folder"
    assert list(tmp_path.iterdir()) == []


def test_cancelling_leaves_the_previous_file_untouched_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    out.write_bytes(b"previous print")
    people = [replace(person(), id=n, badge_code=person().badge_code) for n in range(20)]
    seen: list[tuple[int, int]] = []
    with pytest.raises(PrintCancelled):
        render_badges(
            out,
            EVENT,
            people,
            "a4-8",
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) >= 1,
        )
    assert seen == [(8, 20)]
    assert out.read_bytes() == b"previous print"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    people = [person(number=n) for n in range(10)]
    started = time.perf_counter()
    render_badges(
        tmp_path / "b.pdf", EVENT, people, "a4-8", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(8, 10), (10, 10)]
    assert time.perf_counter() - started < 10


def test_a_hand_typed_colour_that_is_no_colour_prints_grey(tmp_path: Path) -> None:
    odd = person()
    odd = replace(odd, issue_area=replace(odd.issue_area, colour="blue-ish"))
    out = tmp_path / "grey.pdf"
    render_badges(out, EVENT, [odd], "a6")
    assert list(decoded_pages(out)) == [{odd.badge_code}]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_saved_pdf_follows_the_users_umask_not_the_temporary_files_0600(tmp_path: Path) -> None:
    """Saved PDFs are for sharing; only the program's own files (database, log) are private."""
    out = tmp_path / "badges.pdf"
    previous = os.umask(0o022)
    try:
        render_badges(out, EVENT, [person("ปิ่นทอง")], "a4-8")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
