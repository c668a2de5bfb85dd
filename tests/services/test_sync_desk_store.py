"""The desk's own file: its copy of the list and its queue of scans."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from registration.domain.enums import CheckInMethod
from registration.domain.records import EventInfo
from registration.services import registry
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.queued_scan import QueuedScan
from registration.services.sync.snapshot import event_snapshot
from registration.storage.database import Database

NINE = datetime(2019, 2, 9, 9, 0)


def _scan(scan_id: str, code: str, minute: int) -> QueuedScan:
    return QueuedScan(scan_id, code, 1, "Desk 1", CheckInMethod.SCAN, NINE.replace(minute=minute))


def test_the_copy_shows_who_it_is_but_keeps_no_contact_details(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    person = registry.list_participants(db, demo_event.id)[0]
    person = registry.get_participant(db, person.id)
    store = DeskStore(tmp_path / "desk.sqlite")
    people, check_ins = event_snapshot(db, demo_event.id)
    assert store.replace_people(people, check_ins, NINE) == 136
    copied = store.person_by_code(person.badge_code)
    assert copied is not None
    assert (copied.full_name, copied.province, copied.issue_area, copied.role) == (
        person.full_name,
        person.province,
        person.issue_area,
        person.role,
    )
    assert (copied.phone, copied.email, copied.note) == ("", "", "")
    assert store.person_by_id(person.id) == copied
    assert store.refreshed_at() == NINE
    store.close()


def test_queued_scans_wait_oldest_first_and_leave_the_count_when_sent(tmp_path: Path) -> None:
    store = DeskStore(tmp_path / "desk.sqlite")
    store.enqueue(_scan("b", "CODE-B", 7), 2)
    store.enqueue(_scan("a", "CODE-A", 3), 1)
    assert [scan.scan_id for scan in store.pending()] == ["a", "b"]
    assert store.queue_length() == 2
    store.mark_sent([("a", "checked_in")], NINE)
    assert [scan.scan_id for scan in store.pending()] == ["b"]
    assert store.queued_scan_ids() == {"a", "b"}  # sent scans are kept, marked
    store.close()
    reopened = DeskStore(tmp_path / "desk.sqlite")
    assert reopened.queue_length() == 1
    reopened.close()


def test_a_fresh_copy_of_the_list_still_knows_the_scans_waiting_to_be_sent(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    person = registry.list_participants(db, demo_event.id)[0]
    store = DeskStore(tmp_path / "desk.sqlite")
    store.enqueue(_scan("a", person.badge_code, 3), person.id)
    store.replace_people(event_snapshot(db, demo_event.id)[0], [], NINE)
    assert store.known_check_in(person.id, 1) == (NINE.replace(minute=3), "Desk 1")
    store.close()


def test_undoing_a_later_repeat_keeps_the_check_in_that_counts(tmp_path: Path) -> None:
    store = DeskStore(tmp_path / "desk.sqlite")
    first, later = NINE.replace(minute=1), NINE.replace(minute=8)
    store.remember([(7, 1, first, "Desk 1", True)])
    store.remember([(7, 1, later, "Desk 3", False)])  # stored annulled as the later of two
    assert store.known_check_in(7, 1) == (first, "Desk 1")
    store.remember([(7, 1, first, "Desk 1", False)])  # the one that counted, undone
    assert store.known_check_in(7, 1) is None
    store.close()
