"""Roster, call list, certificate and table card jobs: the one way down for the window and
the command line (select, render, record)."""

from __future__ import annotations

from pathlib import Path

import pytest

from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.domain.progress import JobCancelled
from registration.domain.records import EventInfo
from registration.jobs.certificates import make_certificates
from registration.jobs.lists import make_call_list, make_roster
from registration.jobs.printing import BadgeRequest, make_badges
from registration.jobs.table_cards import TableCardRequest, make_table_cards
from registration.printing.certificate import texts_for_event
from registration.services import events, registry
from registration.services.badges import BadgeSelection
from registration.services.certificates import certificate_log
from registration.services.groups import create_group_set
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.groups_desk import badge_group_lines
from registration.services.missing import missing_list
from registration.services.roster import RosterBy, RosterOptions
from registration.storage.database import Database
from tests.printing.pdf_tools import pdfium_texts, readers


def test_a_cancelled_certificate_job_leaves_no_file_and_no_number_given(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)[:3]
    texts = texts_for_event(demo_event, "สถาบันพัฒนาองค์กรชุมชน")
    out = tmp_path / "certificates.pdf"
    with pytest.raises(JobCancelled):
        make_certificates(db, demo_event, people, texts, out, "Desk 1", cancel=lambda: True)
    assert not out.exists()
    assert certificate_log(db, demo_event.id) == []
    made = make_certificates(db, demo_event, people, texts, out, "Desk 1")
    assert (made.pages, made.reprints) == (3, 0)
    assert [c.number for c in made.issued] == [1, 2, 3]
    texts_of_pages = pdfium_texts(out)
    assert "0001/2562" in texts_of_pages[0] and "0003/2562" in texts_of_pages[2]
    again = make_certificates(db, demo_event, people[::-1], texts, out, "Desk 2")
    assert [c.number for c in again.issued] == [3, 2, 1] and again.reprints == 3
    assert "0003/2562" in pdfium_texts(out)[0]  # a reprint keeps its number


def test_a_roster_and_a_call_list_are_written_by_the_file_suffix(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    options = RosterOptions(RosterBy.ISSUE_AREA)
    pdf = make_roster(db, demo_event.id, options, tmp_path / "roster.pdf", "Desk 1")
    xlsx = make_roster(db, demo_event.id, options, tmp_path / "roster.xlsx")
    assert pdf.items == xlsx.items == 136 and pdf.pages >= 1 and xlsx.path.exists()
    with pytest.raises(UserError) as caught:
        make_roster(db, demo_event.id, options, tmp_path / "roster.doc")
    assert caught.value.code == "bad_output_type"
    session = events.list_sessions(db, demo_event.id)[0]
    calls = make_call_list(missing_list(db, session.id), tmp_path / "calls.csv")
    assert calls.items == 136


def test_table_cards_for_badge_codes_or_roles(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)[:2]
    request = TableCardRequest(codes=tuple(p.badge_code for p in people))
    made = make_table_cards(db, demo_event, request, tmp_path / "cards.pdf")
    assert made.items == made.pages == 2 and made.participant_ids == [p.id for p in people]
    with pytest.raises(UserError) as caught:
        make_table_cards(db, demo_event, TableCardRequest(codes=("NOPE",)), tmp_path / "x.pdf")
    assert caught.value.code == "unknown_code"
    secretariat = make_table_cards(
        db, demo_event, TableCardRequest(roles=(Role.SECRETARIAT,)), tmp_path / "s.pdf"
    )
    expected = [p.id for p in registry.list_participants(db, demo_event.id)
                if p.role is Role.SECRETARIAT]  # fmt: skip
    assert secretariat.participant_ids == expected and expected


@pytest.mark.parametrize("layout", ["a4-8", "label-62"])
def test_badges_carry_each_persons_group_and_room_when_asked(
    db: Database, demo_event: EventInfo, tmp_path: Path, layout: str
) -> None:
    made_set = create_group_set(db, demo_event.id, "กลุ่มย่อย บ่าย", 4, rooms=["201", "204"])
    assign_groups(db, made_set.id, AssignMode.MIXED)
    lines = badge_group_lines(db, made_set.id)
    request = BadgeRequest(BadgeSelection(province_code="TH-14"), layout, group_set_id=made_set.id)
    made = make_badges(db, demo_event, request, tmp_path / "badges.pdf")
    assert made.items == 7
    people = {p.id: p for p in registry.list_participants(db, demo_event.id)}
    for reader, pages in readers(made.path).items():
        text = "".join("".join(page.split()) for page in pages)
        for pid in made.participant_ids:
            line = "".join(lines[pid].split())
            assert line in text, (reader, lines[pid])
            assert "".join(people[pid].last_name.split()) in text, reader
    assert {lines[pid] for pid in made.participant_ids} <= {
        "กลุ่ม 1 · ห้อง 201", "กลุ่ม 2 · ห้อง 204", "กลุ่ม 3", "กลุ่ม 4"
    }  # fmt: skip
    plain = make_badges(db, demo_event, BadgeRequest(request.selection, layout), tmp_path / "p.pdf")
    assert "กลุ่ม" not in "".join(pdfium_texts(plain.path))  # an option, off by default
