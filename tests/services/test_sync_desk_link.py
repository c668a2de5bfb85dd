"""A desk that loses the server keeps checking people in, and nothing is lost or doubled."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from registration.domain.enums import CheckInOutcome
from registration.domain.errors import EnvironmentProblem
from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.participant_input import ParticipantInput
from registration.services.sync import desk_link as desk_link_module
from registration.services.sync.desk_link import DeskLink, with_timeouts
from registration.services.sync.server_scan import ServerScans
from registration.storage import models
from registration.storage.database import Database
from tests.services.sync_support import SCAN_WAIT_S, Network, desk_link, flush_all


def _server_rows(db: Database, session_id: int) -> list[tuple[int, str | None]]:
    with db.read() as s:
        return [
            (row.participant_id, row.scan_id)
            for row in s.execute(
                select(models.CheckIn.participant_id, models.CheckIn.scan_id).where(
                    models.CheckIn.session_id == session_id, models.CheckIn.annulled_at.is_(None)
                )
            )
        ]


def test_the_network_drops_mid_burst_and_every_acknowledged_scan_arrives_once(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    codes = [p.badge_code for p in registry.list_participants(db, demo_event.id)]
    rng = random.Random(6)
    burst = codes[:90] + rng.sample(codes[:90], 30)  # one scan in four a repeat
    rng.shuffle(burst)
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    acknowledged: dict[str, str] = {}  # scan id -> code, for every scan that counted
    for number, code in enumerate(burst):
        if number == 40:
            network.cut()
        if number == 80:
            network.restore()
            assert link.flush().remaining == 0
        scanned = link.check_in(code, session_id)
        assert scanned.online == (not 40 <= number < 80)
        assert scanned.result.outcome in {
            CheckInOutcome.CHECKED_IN,
            CheckInOutcome.ALREADY_CHECKED_IN,
        }
        if scanned.result.counted:
            acknowledged[scanned.scan_id] = code
    rows = _server_rows(db, session_id)
    assert len(acknowledged) == 90  # each person counted once, at the desk too
    assert sorted(scan_id for _, scan_id in rows) == sorted(acknowledged)
    assert len({person for person, _ in rows}) == 90
    link.close()


def test_the_desk_says_it_is_offline_and_how_many_scans_wait(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    people = registry.list_participants(db, demo_event.id)[:3]
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    assert link.status().online and link.status().queued == 0
    network.cut()
    for person in people:
        link.check_in(person.badge_code, session_id)
    again = link.check_in(people[0].badge_code.lower(), session_id)  # same badge, same desk
    assert again.result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert not again.queued
    status = link.status()
    assert (status.online, status.queued) == (False, 3)
    assert status.problem
    assert link.flush().sent == 0  # still cut: nothing sent, nothing lost
    network.restore()
    report = link.flush()
    assert (report.sent, report.remaining) == (3, 0)
    assert link.status().online
    assert len(_server_rows(db, session_id)) == 3
    link.close()


def test_a_desk_that_starts_without_the_server_works_from_its_last_copy(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[0]
    desk_link(network, tmp_path, "Desk 1", demo_event).close()  # copied the list earlier
    network.cut()
    link = DeskLink(network.url, tmp_path / "Desk 1.sqlite", "Desk 1", demo_event.id, network.open)
    scanned = link.check_in(person.badge_code, session_id)
    assert not link.online
    assert scanned.result.counted and scanned.queued
    assert scanned.result.participant is not None
    assert scanned.result.participant.full_name == person.full_name
    assert scanned.result.participant.phone == ""  # the desk's copy keeps no phone numbers
    network.restore()
    assert flush_all(link).sent == 1
    assert _server_rows(db, session_id) == [(person.id, scanned.scan_id)]
    link.close()


def test_two_desks_one_offline_the_earlier_check_in_counts_on_both(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[0]
    first = desk_link(network, tmp_path, "Desk 1", demo_event)
    second = DeskLink(  # direct, not through the network the test cuts
        network.db_url, tmp_path / "d2.sqlite", "Desk 2", demo_event.id, scan_deadline=SCAN_WAIT_S
    )
    network.cut()  # only desk 1's way to the server
    offline = first.check_in(person.badge_code, session_id)
    online = second.check_in(person.badge_code, session_id)
    assert offline.result.counted and online.result.counted  # neither could know
    network.restore()
    assert flush_all(first).conflicts == 1
    seen = [(c.kind.value, c.check_in.desk) for c in second.changes()]
    assert seen == [("annulled", "Desk 2"), ("checked_in", "Desk 1")]
    assert _server_rows(db, session_id) == [(person.id, offline.scan_id)]
    first.close()
    second.close()


def test_a_walk_in_registered_after_the_last_copy_is_queued_and_counted_later(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    walk_in = registry.add_participant(db, demo_event.id, ParticipantInput("ปิ่นทอง", "ใจดี"))
    network.cut()
    scanned = link.check_in(walk_in.badge_code, session_id)
    assert scanned.result.outcome is CheckInOutcome.UNKNOWN_CODE  # not in this desk's copy
    assert scanned.queued
    network.restore()
    assert flush_all(link).sent == 1
    assert _server_rows(db, session_id) == [(walk_in.id, scanned.scan_id)]
    link.close()


def test_postgresql_urls_get_short_timeouts_and_others_stay_as_they_are() -> None:
    url = with_timeouts("postgresql+psycopg://desk@10.0.0.5/registration")
    assert "connect_timeout=3" in url and "tcp_user_timeout=3000" in url
    assert (
        with_timeouts("postgresql+psycopg://h/db?connect_timeout=9").count("connect_timeout=9") == 1
    )
    assert with_timeouts("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_a_check_in_whose_answer_was_lost_is_queued_and_still_counts_once(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server committed, then the connection died before the desk heard back."""
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[0]
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    committed = ServerScans.check_in

    def commit_then_lose_the_answer(*args: Any, **kwargs: Any) -> checkin.CheckInResult:
        committed(*args, **kwargs)
        raise EnvironmentProblem("database_unreachable", "connection lost")

    monkeypatch.setattr(ServerScans, "check_in", commit_then_lose_the_answer)
    scanned = link.check_in(person.badge_code, session_id)
    monkeypatch.setattr(ServerScans, "check_in", committed)
    assert scanned.result.counted and scanned.queued and not scanned.online
    report = link.flush()
    assert (report.sent, report.conflicts, report.remaining) == (1, 0, 0)
    assert _server_rows(db, session_id) == [(person.id, scanned.scan_id)]
    link.close()


def test_the_network_drops_again_while_the_queue_is_sent(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    people = registry.list_participants(db, demo_event.id)[:10]
    inserts: list[str] = []
    cuts: list[str] = []

    def cut_in_the_second_batch(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO check_ins"):
            inserts.append(statement)  # a batch stores its new check-ins
        elif len(inserts) == 1 and not cuts and statement.startswith("SELECT check_ins.id"):
            cuts.append(statement)
            network.cut()  # the second batch has read and locked, not stored nor committed

    def open_server(url: str) -> Database:
        server = network.open(url)
        event.listen(server.engine, "before_cursor_execute", cut_in_the_second_batch)
        return server

    link = DeskLink(network.url, tmp_path / "d1.sqlite", "Desk 1", demo_event.id, open_server)
    link.refresh()
    network.cut()
    queued = [link.check_in(person.badge_code, session_id).scan_id for person in people]
    network.restore()
    monkeypatch.setattr(desk_link_module, "SEND_BATCH", 4)
    first = link.flush()
    assert (first.sent, first.remaining) == (4, 6)  # the first batch, all of it
    assert not link.online
    assert len(_server_rows(db, session_id)) == 4  # nothing of the batch cut short
    network.restore()
    second = link.flush()
    assert (second.sent, second.remaining) == (6, 0)
    assert sorted(scan_id for _, scan_id in _server_rows(db, session_id)) == sorted(queued)
    link.close()
