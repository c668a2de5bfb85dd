"""A desk at a breakout group's room counts someone of another group anyway while the
server is away: the queued scan carries it, and when the queue is sent the server gets
the same audit entry as an online check-in ("check_in_other_group"), exactly once."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.records import EventInfo, ParticipantRecord
from registration.domain.scan_entry import read_scan
from registration.services import checkin, events, registry
from registration.services.counted_anyway import ACTION
from registration.services.desk_checkin import LinkedDesk
from registration.services.groups import GroupSetInfo, create_group_set, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.groups_desk import GroupRoomDesk
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.queued_scan import QueuedScan, apply_queued_scan
from registration.storage import models
from registration.storage.database import Database
from registration.storage.desk_file import CountedAnyway
from tests.services.sync_support import SCAN_WAIT_S, Network, desk_link, flush_all

OLD_DESK_FILE = Path(__file__).parents[1] / "data" / "desk_file_0_before_counted_anyway.sqlite"


@dataclass(frozen=True)
class Room:
    """The afternoon breakout; the desk stands at กลุ่ม 1's room (201)."""

    made: GroupSetInfo
    session_id: int
    here: int  # this room's group
    elsewhere: int  # another group
    stranger: ParticipantRecord  # belongs to `elsewhere`
    own: ParticipantRecord  # belongs here


@pytest.fixture
def room(db: Database, demo_event: EventInfo) -> Room:
    session = events.list_sessions(db, demo_event.id)[3]
    made = create_group_set(db, demo_event.id, "บ่าย", 3, session.id, rooms=["201", "204"])
    assign_groups(db, made.id, AssignMode.MIXED)
    where = {m.participant_id: m.group_id for m in group_members(db, made.id)}
    people = registry.list_participants(db, demo_event.id)
    here, elsewhere = made.groups[0].id, made.groups[1].id
    stranger = next(p for p in people if where[p.id] == elsewhere)
    own = next(p for p in people if where[p.id] == here)
    return Room(made, session.id, here, elsewhere, stranger, own)


def _room_desk(link: DeskLink, db: Database, room: Room) -> GroupRoomDesk:
    return GroupRoomDesk(LinkedDesk(link, db), db, room.here, link.store)


def _entries(db: Database) -> list[tuple[int | None, str, datetime, dict[str, Any]]]:
    """(check-in, desk, when, detail) of every "counted at another group's room" entry."""
    entry = models.AuditEntry
    with db.read() as s:
        rows = s.execute(
            select(entry.entity_id, entry.desk, entry.at, entry.detail)
            .where(entry.action == "check_in_other_group", entry.entity == "check_in")
            .order_by(entry.id)
        ).all()
    return [(check_in, desk, at, json.loads(detail)) for check_in, desk, at, detail in rows]


def _counted_id(db: Database, person: ParticipantRecord, session_id: int) -> int:
    with db.read() as s:
        return s.scalars(
            select(models.CheckIn.id).where(
                models.CheckIn.participant_id == person.id,
                models.CheckIn.session_id == session_id,
                models.CheckIn.annulled_at.is_(None),
            )
        ).one()


def test_a_scan_counted_anyway_offline_is_queued_with_its_groups_and_audited_once_sent(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path, room: Room
) -> None:
    link = desk_link(network, tmp_path, "Room 201", demo_event)
    desk = _room_desk(link, db, room)
    network.cut()

    assert desk.elsewhere(read_scan(room.stranger.badge_code)) is not None  # from the copy
    done = desk.check_in(read_scan(room.stranger.badge_code), room.session_id)
    desk.check_in(read_scan(room.own.badge_code), room.session_id)  # their own room: no entry

    assert done.result.counted and done.queued and not done.confirmed
    [queued, plain] = link.store.pending()
    assert queued.anyway == CountedAnyway(room.here, room.elsewhere) and plain.anyway is None
    assert _entries(db) == []
    network.restore()
    assert flush_all(link).remaining == 0
    flush_all(link)  # nothing left to send: nothing written again

    assert _entries(db) == [
        (
            _counted_id(db, room.stranger, room.session_id),
            "Room 201",
            queued.scanned_at,  # when staff counted them, not when the server heard of it
            {"desk_group": room.here, "belongs_to": room.elsewhere},
        )
    ]
    link.close()


class DropsAtTheEntry:
    """The way to the server, whose connection drops once, as the desk's send writes the
    "counted at another group's room" entry: after the check-in's statement, before
    the commit."""

    def __init__(self, network: Network) -> None:
        self.network, self.dropped = network, 0

    def open(self, url: str) -> Database:
        server = self.network.open(url)
        event.listen(server.engine, "before_cursor_execute", self._drop_once)
        return server

    def _drop_once(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        writes_entry = "INSERT INTO audit_entries" in statement and ACTION in str(params)
        if writes_entry and not self.dropped:
            self.dropped += 1
            raise OperationalError(statement, params, Exception("server closed the connection"))


def test_a_send_cut_short_at_the_audit_entry_writes_it_once_when_sent_again(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path, room: Room
) -> None:
    way = DropsAtTheEntry(network)
    link = DeskLink(network.url, tmp_path / "desk.sqlite", "Room 201", demo_event.id, way.open)
    link.refresh()
    network.cut()
    _room_desk(link, db, room).check_in(read_scan(room.stranger.badge_code), room.session_id)
    network.restore()

    deadline = time.monotonic() + 10  # a loaded machine may miss a poll's deadline first
    while not way.dropped and time.monotonic() < deadline:
        cut_short = link.flush()
    assert way.dropped == 1 and (cut_short.sent, cut_short.remaining) == (0, 1)  # goes again
    assert flush_all(link).remaining == 0

    assert [check_in for check_in, *_ in _entries(db)] == [
        _counted_id(db, room.stranger, room.session_id)
    ]
    link.close()


def _queued(person: ParticipantRecord, room: Room, scan_id: str, minute: int) -> QueuedScan:
    return QueuedScan(
        scan_id, person.badge_code, room.session_id, "Room 201", CheckInMethod.SCAN,
        datetime(2019, 2, 9, 13, minute), CountedAnyway(room.here, room.elsewhere),
    )  # fmt: skip


def test_a_scan_sent_again_after_its_entry_was_written_adds_none(
    db: Database, demo_event: EventInfo, room: Room
) -> None:
    """The server has the check-in and its entry, but the desk never heard back."""
    scan = _queued(room.stranger, room, "scan-1", 5)
    assert apply_queued_scan(db, scan).result.counted
    again = apply_queued_scan(db, scan)

    assert again.resent and again.result.counted
    assert len(_entries(db)) == 1


def test_no_entry_when_the_queued_scan_turns_out_not_counted(
    db: Database, demo_event: EventInfo, room: Room
) -> None:
    """Another desk had checked them in earlier: this desk's offline check-in is set aside."""
    earlier = datetime(2019, 2, 9, 13, 1)
    checkin.check_in(db, room.stranger.badge_code, room.session_id, "Room 204", now=earlier)
    applied = apply_queued_scan(db, _queued(room.stranger, room, "scan-1", 5))

    assert applied.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert _entries(db) == []


def test_an_earlier_offline_scan_that_replaces_a_later_check_in_gets_its_entry(
    db: Database, demo_event: EventInfo, room: Room
) -> None:
    later = datetime(2019, 2, 9, 13, 30)
    checkin.check_in(db, room.stranger.badge_code, room.session_id, "Room 204", now=later)
    applied = apply_queued_scan(db, _queued(room.stranger, room, "scan-1", 5))

    assert applied.result.counted and applied.superseded is not None
    assert [check_in for check_in, *_ in _entries(db)] == [
        _counted_id(db, room.stranger, room.session_id)
    ]


def test_online_the_desk_link_writes_the_entry_with_the_check_in(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path, room: Room
) -> None:
    link = desk_link(network, tmp_path, "Room 201", demo_event)
    done = _room_desk(link, db, room).check_in(read_scan(room.stranger.badge_code), room.session_id)

    assert done.confirmed and done.result.check_in is not None
    [(check_in, desk, _at, detail)] = _entries(db)
    assert (check_in, desk) == (done.result.check_in.id, "Room 201")
    assert detail == {"desk_group": room.here, "belongs_to": room.elsewhere}
    link.close()


def test_a_desk_file_made_before_scans_carried_it_opens_and_sends(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path, room: Room
) -> None:
    """The saved file was made by the desk link of the code before this change: a copy of
    the demo list and two scans queued offline by name search (session 1, Desk 9)."""
    path = tmp_path / "Desk 9.sqlite"
    shutil.copyfile(OLD_DESK_FILE, path)
    link = DeskLink(network.url, path, "Desk 9", demo_event.id, network.open, SCAN_WAIT_S)
    waiting = {scan.scan_id for scan in link.store.pending()}
    assert len(waiting) == 2 and all(scan.anyway is None for scan in link.store.pending())

    assert flush_all(link).remaining == 0
    with db.read() as s:
        sent = s.scalars(
            select(models.CheckIn.scan_id).where(
                models.CheckIn.desk == "Desk 9", models.CheckIn.annulled_at.is_(None)
            )
        ).all()
    assert set(sent) == waiting and _entries(db) == []

    network.cut()  # the old file takes a scan counted anyway, and sends it
    _room_desk(link, db, room).check_in(read_scan(room.stranger.badge_code), room.session_id)
    network.restore()
    assert flush_all(link).remaining == 0
    assert [check_in for check_in, *_ in _entries(db)] == [
        _counted_id(db, room.stranger, room.session_id)
    ]
    link.close()


def test_a_server_that_answers_too_late_gets_one_entry_from_both_ways(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path, room: Room
) -> None:
    """The desk stops waiting and queues the scan; the server still counts it and writes
    the entry; the queued scan, sent later, finds both."""
    link = desk_link(network, tmp_path, "Room 201", demo_event)
    link.scan_deadline = 0.0
    done = _room_desk(link, db, room).check_in(read_scan(room.stranger.badge_code), room.session_id)
    assert done.queued and not done.confirmed
    deadline = time.monotonic() + 10
    while not _entries(db) and time.monotonic() < deadline:  # the server's late answer
        time.sleep(0.05)

    assert flush_all(link).remaining == 0
    assert [check_in for check_in, *_ in _entries(db)] == [
        _counted_id(db, room.stranger, room.session_id)
    ]
    link.close()
