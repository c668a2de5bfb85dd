"""The change feed: what one desk does shows on every other desk's next poll."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import insert

from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.events import NewSession
from registration.services.participant_input import ParticipantInput
from registration.services.sync.feed import ChangeKind, changes_since, feed_start
from registration.services.sync.id_mark import GAP_SECONDS, IdMark
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database


@pytest.fixture
def other_desk(db: Database, db_url: str) -> Iterator[Database]:
    """A second desk: its own connection to the same file or server."""
    second = open_database(db_url)
    yield second
    second.dispose()


def _first_session(db: Database, event: EventInfo) -> int:
    return events.list_sessions(db, event.id)[0].id


def test_a_check_in_at_desk_a_shows_at_desk_b_within_two_seconds(
    db: Database, other_desk: Database, demo_event: EventInfo
) -> None:
    session_id = _first_session(db, demo_event)
    person = registry.list_participants(db, demo_event.id)[0]
    cursor = feed_start(other_desk)
    checked = checkin.check_in(db, person.badge_code, session_id, "Desk A")
    assert checked.check_in is not None
    started = time.monotonic()
    seen = []
    while not seen and time.monotonic() - started < 2.0:
        seen, cursor = changes_since(other_desk, demo_event.id, cursor)
        time.sleep(0.05 if not seen else 0)
    assert [(c.kind, c.check_in.id, c.check_in.desk) for c in seen] == [
        (ChangeKind.CHECKED_IN, checked.check_in.id, "Desk A")
    ]
    assert changes_since(other_desk, demo_event.id, cursor)[0] == []  # each change once


def test_an_undo_shows_as_annulled_also_when_the_poll_sees_the_check_in_first_undone(
    db: Database, other_desk: Database, demo_event: EventInfo
) -> None:
    session_id = _first_session(db, demo_event)
    first, second = registry.list_participants(db, demo_event.id)[:2]
    cursor = feed_start(other_desk)
    kept = checkin.check_in(db, first.badge_code, session_id, "Desk A").check_in
    assert kept is not None
    seen, cursor = changes_since(other_desk, demo_event.id, cursor)
    assert [c.kind for c in seen] == [ChangeKind.CHECKED_IN]

    checkin.annul(db, kept.id, "wrong person", desk="Desk A")
    brief = checkin.check_in(db, second.badge_code, session_id, "Desk A").check_in
    assert brief is not None
    checkin.annul(db, brief.id, "scanned by mistake", desk="Desk A")
    seen, cursor = changes_since(other_desk, demo_event.id, cursor)
    assert [(c.kind, c.check_in.id) for c in seen] == [
        (ChangeKind.ANNULLED, brief.id),
        (ChangeKind.ANNULLED, kept.id),
    ]
    assert seen[1].check_in.annul_reason == "wrong person"
    assert changes_since(other_desk, demo_event.id, cursor)[0] == []


def test_the_feed_starts_now_and_ignores_earlier_check_ins(
    db: Database, demo_event: EventInfo
) -> None:
    session_id = _first_session(db, demo_event)
    people = registry.list_participants(db, demo_event.id)
    checkin.check_in(db, people[0].badge_code, session_id, "Desk A")
    cursor = feed_start(db)
    checkin.check_in(db, people[1].badge_code, session_id, "Desk B")
    seen, _ = changes_since(db, demo_event.id, cursor)
    assert [c.check_in.participant_id for c in seen] == [people[1].id]


def test_a_poll_shows_only_its_own_event(db: Database, demo_event: EventInfo) -> None:
    other = events.create_event(
        db,
        "อบรมอีกงาน",
        date(2019, 3, 1),
        date(2019, 3, 1),
        sessions=[NewSession("เปิดงาน", datetime(2019, 3, 1, 9), datetime(2019, 3, 1, 10))],
    )
    guest = registry.add_participant(db, other.id, ParticipantInput("สมศรี", "ทดลองดี"))
    cursor = feed_start(db)
    checkin.check_in(db, guest.badge_code, events.list_sessions(db, other.id)[0].id, "Desk 9")
    demo_changes, demo_cursor = changes_since(db, demo_event.id, cursor)
    other_changes, _ = changes_since(db, other.id, cursor)
    assert demo_changes == []
    assert [c.check_in.participant_id for c in other_changes] == [guest.id]
    assert demo_cursor.check_ins.last > cursor.check_ins.last  # read past it all the same


def test_a_check_in_committed_after_a_later_one_is_still_delivered(
    db: Database, other_desk: Database, demo_event: EventInfo
) -> None:
    """On PostgreSQL desk A can take id n, desk B id n+1 and commit first."""
    session_id = _first_session(db, demo_event)
    slow_person, quick_person = registry.list_participants(db, demo_event.id)[:2]
    cursor = feed_start(other_desk)
    seen: list[int] = []
    with db.engine.begin() as slow_desk:
        slow_desk.execute(
            insert(models.CheckIn).values(
                participant_id=slow_person.id,
                session_id=session_id,
                checked_in_at=datetime(2019, 2, 9, 9, 0),
                desk="Desk A",
                method="scan",
                annul_reason="",
            )
        )
        if not db.is_sqlite:  # one SQLite file has one writer at a time: B waits for A
            checkin.check_in(other_desk, quick_person.badge_code, session_id, "Desk B")
            found, cursor = changes_since(other_desk, demo_event.id, cursor)
            seen += [c.check_in.participant_id for c in found]
    if db.is_sqlite:
        checkin.check_in(other_desk, quick_person.badge_code, session_id, "Desk B")
    found, cursor = changes_since(other_desk, demo_event.id, cursor)
    seen += [c.check_in.participant_id for c in found]
    assert sorted(seen) == sorted([slow_person.id, quick_person.id])


def test_a_poll_asks_again_for_ids_it_skipped_and_gives_up_on_them_later() -> None:
    """PostgreSQL can commit id 4 before id 3; a burnt id (a repeat scan) never comes."""
    mark = IdMark().advance([1, 2, 4], now=100.0)
    assert mark.last == 4
    assert [gap for gap, _ in mark.gaps] == [3]
    assert mark.advance([3, 5], now=101.0) == IdMark(5, ())
    assert mark.advance([], now=100.0 + GAP_SECONDS + 1) == IdMark(4, ())
    assert mark.advance([], now=101.0).gaps == mark.gaps


def test_people_added_changed_or_imported_at_one_desk_reach_the_others(
    db: Database, other_desk: Database, demo_event: EventInfo, tmp_path
) -> None:
    """Only the event's own people, as they are now; an import is named, not listed."""
    from registration.domain.enums import ParticipantStatus
    from registration.services import importing
    from registration.services.sync.feed import feed_update

    elsewhere = events.create_event(db, "อบรมอีกงาน", date(2019, 3, 1), date(2019, 3, 1))
    cursor = feed_start(other_desk)
    walk_in = registry.add_participant(db, demo_event.id, ParticipantInput("บุญเรือน", "มาสาย"))
    registry.add_participant(db, elsewhere.id, ParticipantInput("สมศรี", "งานอื่น"))
    registry.cancel_participant(db, walk_in.id, "Desk A", "twice")

    update = feed_update(other_desk, demo_event.id, cursor)

    assert [(p.id, p.status) for p in update.participants] == [
        (walk_in.id, ParticipantStatus.CANCELLED)
    ]
    assert update.imported_by == [] and update.check_ins == []
    listing = tmp_path / "late.csv"
    listing.write_text("ชื่อ-สกุล\nนายสมหมาย ตามมา\n", encoding="utf-8")
    importing.import_participants(db, demo_event.id, listing, desk="Desk A")
    later = feed_update(other_desk, demo_event.id, update.cursor)
    assert later.imported_by == ["Desk A"] and later.participants == []


def test_an_event_edited_at_one_desk_tells_the_others_to_read_it_again(
    db: Database, other_desk: Database, demo_event: EventInfo
) -> None:
    from registration.services import event_setup
    from registration.services.sync.feed import feed_update

    cursor = feed_start(other_desk)
    assert not feed_update(other_desk, demo_event.id, cursor).event_changed
    events.add_session(
        db,
        demo_event.id,
        NewSession("ปิดงาน", datetime(2019, 2, 10, 16), datetime(2019, 2, 10, 17)),
        desk="Desk A",
    )

    update = feed_update(other_desk, demo_event.id, cursor)

    assert update.event_changed
    assert not feed_update(other_desk, demo_event.id, update.cursor).event_changed
    area = events.list_issue_areas(db, demo_event.id)[0]
    event_setup.update_issue_area(db, area.id, "ใหม่", "", "#123456", "Desk A")
    assert feed_update(other_desk, demo_event.id, update.cursor).event_changed
