from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.records import EventInfo
from registration.domain.thai_text import name_sort_key
from registration.services import events, registry
from registration.services.participant_input import ParticipantInput
from registration.storage import models
from registration.storage.database import Database


@pytest.fixture
def event(db: Database) -> EventInfo:
    return events.create_event(db, "ทดสอบ", date(2019, 2, 9), date(2019, 2, 10))


def add(db: Database, event: EventInfo, first: str, last: str = "", **fields) -> int:
    data = ParticipantInput(first_name=first, last_name=last, **fields)
    return registry.add_participant(db, event.id, data, "Desk 1").id


def test_add_tidies_text_and_stores_phone_digits(db, event) -> None:
    data = ParticipantInput(
        prefix="นาย",
        first_name=" สม\u200bชาย ",
        last_name="ใจดี",
        phone="081 234 5678",
        province_code="TH-14",
    )
    person = registry.add_participant(db, event.id, data)
    assert (person.first_name, person.phone) == ("สมชาย", "0812345678")
    assert person.full_name == "นายสมชาย ใจดี"
    assert person.province is not None and person.province.name_en == "Phra Nakhon Si Ayutthaya"
    assert registry.find_by_code(db, person.badge_code.lower()) == person


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"first_name": " "}, "missing_name"),
        ({"first_name": "ก", "phone": "12"}, "bad_phone"),
        ({"first_name": "ก", "email": "a@b"}, "bad_email"),
        ({"first_name": "ก" * 201}, "too_long"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_nothing_is_stored(db, event, fields, code) -> None:
    with pytest.raises(UserError) as caught:
        registry.add_participant(db, event.id, ParticipantInput(**fields))
    assert caught.value.code == code
    assert registry.count_participants(db, event.id) == 0


def test_edit_changes_fields_and_keeps_the_badge_code(db, event) -> None:
    person_id = add(db, event, "สมชาย", "ใจดี")
    before = registry.get_participant(db, person_id)
    after = registry.edit_participant(
        db,
        person_id,
        ParticipantInput(first_name="สมชาย", last_name="ใจงาม", nickname="ชาย", role=Role.SPEAKER),
    )
    assert after.badge_code == before.badge_code
    assert (after.last_name, after.nickname, after.role) == ("ใจงาม", "ชาย", Role.SPEAKER)
    assert registry.search(db, event.id, "ใจงาม") == [after]
    with db.read() as s:
        actions = list(s.scalars(select(models.AuditEntry.action)))
    assert actions[-1] == "edit"


def test_cancel_keeps_the_person_on_record(db, event) -> None:
    person_id = add(db, event, "สมชาย")
    registry.cancel_participant(db, person_id, "Desk 1", "sick")
    person = registry.get_participant(db, person_id)
    assert person.status is ParticipantStatus.CANCELLED
    assert len(registry.list_participants(db, event.id)) == 1
    assert registry.list_participants(db, event.id, include_cancelled=False) == []


def test_a_cancellation_made_by_mistake_is_undone_to_the_status_before(db, event) -> None:
    walk_in = add(db, event, "มานี", status=ParticipantStatus.WALK_IN)
    registered = add(db, event, "ปิติ")
    for person_id in (walk_in, registered):
        registry.cancel_participant(db, person_id, "Desk 1", "wrong row")
    with pytest.raises(UserError) as again:
        registry.cancel_participant(db, walk_in, "Desk 1", "twice")
    assert again.value.code == "already_cancelled"

    assert registry.reinstate_participant(db, walk_in, "Desk 2").status is ParticipantStatus.WALK_IN
    assert registry.reinstate_participant(db, registered).status is ParticipantStatus.REGISTERED
    with pytest.raises(UserError) as not_cancelled:
        registry.reinstate_participant(db, registered)
    assert not_cancelled.value.code == "not_cancelled"
    with db.read() as s:
        actions = list(s.scalars(select(models.AuditEntry.action)))
    assert actions[-2:] == ["reinstate", "reinstate"]


def test_search_by_any_part_of_name_nickname_organisation_or_phone(db, event) -> None:
    somchai = add(
        db,
        event,
        "สมชาย",
        "ใจดี",
        prefix="นาย",
        nickname="ต้น",
        organisation="สภาองค์กรชุมชนตำบลบ้านใหม่",
        phone="0812345678",
    )
    add(db, event, "มาลัย", "ทองดี", phone="0899999999")
    for query in ("สมชาย", "ชาย ใจ", "ใจดี", "นายสมชาย", "ต้น", "บ้านใหม่", "081-234", "5678"):
        assert [p.id for p in registry.search(db, event.id, query)] == [somchai], query


def test_search_ignores_tone_mark_order_and_zero_width_characters(db, event) -> None:
    person_id = add(db, event, "น\u0e35\u0e48ง", "ทดลอง")  # นี่ง with vowel then tone
    assert [p.id for p in registry.search(db, event.id, "น\u0e48\u0e35ง")] == [person_id]
    assert [p.id for p in registry.search(db, event.id, "ทด\u200bลอง")] == [person_id]


def test_lists_and_search_results_come_in_thai_dictionary_order(db, event) -> None:
    names = ["ไพโรจน์", "กมล", "เกียรติ", "สมชาย", "ใจดี", "ขวัญ", "แก้ว"]
    for name in names:
        add(db, event, name, "ทดลอง")
    listed = [p.first_name for p in registry.list_participants(db, event.id)]
    assert listed == sorted(names, key=lambda n: name_sort_key(n, "ทดลอง"))
    assert listed[:3] == ["กมล", "เกียรติ", "แก้ว"]
    assert [p.first_name for p in registry.search(db, event.id, "ทดลอง")] == listed


def test_a_search_with_more_hits_than_one_query_takes_keeps_them_all_in_order(
    db, event, monkeypatch
) -> None:
    """The command line asks for up to 100,000 hits: records are read in chunks (a database
    takes only so many values in one IN list) and come back in Thai order all the same."""
    names = ["ไพโรจน์", "กมล", "เกียรติ", "สมชาย", "ใจดี", "ขวัญ", "แก้ว"]
    for name in names:
        add(db, event, name, "ทดลองค้น")
    monkeypatch.setattr(registry, "RECORDS_PER_QUERY", 3)

    found = registry.search(db, event.id, "ทดลองค้น", limit=100_000)

    assert [p.first_name for p in found] == sorted(names, key=lambda n: name_sort_key(n, "ทดลองค้น"))
    assert [p.first_name for p in registry.search(db, event.id, "ทดลองค้น", limit=4)] == [
        p.first_name for p in found[:4]
    ]


def test_current_session_by_the_clock(db, demo_event) -> None:
    sessions = events.list_sessions(db, demo_event.id)
    at = events.current_session
    assert at(sessions, datetime(2019, 2, 9, 10, 0)) == sessions[1]
    assert at(sessions, datetime(2019, 2, 9, 12, 30)) == sessions[2]  # lunch: the next one
    assert at(sessions, datetime(2019, 2, 9, 7, 0)) == sessions[0]
    assert at(sessions, datetime(2019, 2, 10, 18, 0)) == sessions[-1]
    assert at([], datetime(2019, 2, 9)) is None


@pytest.mark.parametrize("query", ["ปิ่นทอง", "ตัวอย่าง", "ปิ่", "ญู", "08", "0800", "เครือข่าย"])
def test_indexed_search_finds_what_a_full_scan_finds(db, demo_event, query) -> None:
    assert db.has_search_index == db.is_sqlite  # PostgreSQL scans with strpos
    indexed = registry.search(db, demo_event.id, query)
    db.has_search_index = False
    scanned = registry.search(db, demo_event.id, query)
    assert indexed == scanned
    assert indexed  # every query here matches someone in the demo
