"""The server hangs, stops, answers late; other desks check people in meanwhile.

What the person at the desk depends on: an answer within a frame, the truth about
whether the server confirmed it, "already checked in" for someone another desk
checked in, every check-in counted once, and an undo that works before and after
the scan reached the server.
"""

from __future__ import annotations

import select as io_select
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from registration.domain.enums import CheckInOutcome
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import EventInfo
from registration.services import events, registry
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.server_guard import GuardedServer
from registration.storage import models
from registration.storage.database import Database
from tests.services.sync_support import SCAN_WAIT_S, Network, desk_link
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer

pytestmark = ABANDONED_CONNECTIONS


def _rows(db: Database, session_id: int) -> list[tuple[int, str | None, str, bool]]:
    """(participant, scan id, desk, counts) of every check-in of the session."""
    c = models.CheckIn
    with db.read() as s:
        return [
            (row[0], row[1], row[2], row[3])
            for row in s.execute(
                select(c.participant_id, c.scan_id, c.desk, c.annulled_at.is_(None)).where(
                    c.session_id == session_id
                )
            )
        ]


def _tick(link: DeskLink) -> None:
    """What the window's worker does about once a second."""
    link.flush()
    link.changes()


def _until(condition: object, seconds: float = 10.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def test_an_answer_that_comes_after_the_deadline_and_the_queued_retry_count_once(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[0]
    link = DeskLink(network.url, tmp_path / "desk.sqlite", "Desk 1", demo_event.id, network.open)
    link.refresh()

    with db.write() as s:  # another transaction holds the person: the server keeps the scan
        s.execute(
            select(models.Participant.id)
            .where(models.Participant.id == person.id)
            .with_for_update()
        )
        started = time.monotonic()
        scanned = link.check_in(person.badge_code, session_id)
        # the deadline is 50 ms; the bound leaves a loaded core room for a scheduling
        # hiccup (105 ms seen under load)
        assert time.monotonic() - started < 0.25
    assert scanned.result.counted and scanned.queued and not scanned.confirmed
    _until(lambda: any(scan == scanned.scan_id for _, scan, _, _ in _rows(db, session_id)))
    link.flush()
    assert link.status().queued == 0
    assert _rows(db, session_id) == [(person.id, scanned.scan_id, "Desk 1", True)]
    link.close()


def test_other_desks_check_ins_reach_the_copy_so_an_offline_desk_says_already(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    other_network: Network,
    tmp_path: Path,
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    people = registry.list_participants(db, demo_event.id)[:5]
    desk_a = desk_link(network, tmp_path, "Desk A", demo_event)
    desk_b = desk_link(other_network, tmp_path, "Desk B", demo_event)
    for person in people:
        assert desk_b.check_in(person.badge_code, session_id).confirmed
    started = time.monotonic()
    _tick(desk_a)  # one poll of the window's one-second timer
    assert time.monotonic() - started < 2.0

    network.cut()  # the server is gone for desk A
    answers = [desk_a.check_in(person.badge_code, session_id) for person in people]

    assert not desk_a.online
    assert [a.result.outcome for a in answers] == [CheckInOutcome.ALREADY_CHECKED_IN] * 5
    assert {a.result.check_in.desk for a in answers if a.result.check_in} == {"Desk B"}
    assert desk_a.status().queued == 0
    desk_a.close()
    desk_b.close()


def test_an_offline_green_that_loses_is_reported_with_who_was_first(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    other_network: Network,
    tmp_path: Path,
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[2]
    desk_a = desk_link(network, tmp_path, "Desk A", demo_event)
    desk_b = desk_link(other_network, tmp_path, "Desk B", demo_event)
    network.cut()
    nine, five_past = datetime(2019, 2, 9, 9, 0), datetime(2019, 2, 9, 9, 5)
    assert desk_b.check_in(person.badge_code, session_id, now=nine).confirmed
    offline = desk_a.check_in(person.badge_code, session_id, now=five_past)
    assert offline.result.counted and not offline.confirmed  # the copy could not know

    network.restore()
    report = desk_a.flush()

    assert report.conflicts == 1 and report.remaining == 0
    [conflict] = desk_a.take_conflicts()
    assert (conflict.name, conflict.first_desk, conflict.first_at) == (
        person.full_name,
        "Desk B",
        nine,
    )
    assert not conflict.counted_here and conflict.scan_id == offline.scan_id
    assert desk_a.take_conflicts() == []  # said once
    assert sorted((desk, counts) for _, _, desk, counts in _rows(db, session_id)) == [
        ("Desk A", False),
        ("Desk B", True),
    ]
    desk_a.close()
    desk_b.close()


def test_a_confirmed_check_in_set_aside_for_an_earlier_offline_scan_is_told_to_its_desk(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    other_network: Network,
    tmp_path: Path,
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    person = registry.list_participants(db, demo_event.id)[4]
    desk_a = desk_link(network, tmp_path, "Desk A", demo_event)
    desk_b = desk_link(other_network, tmp_path, "Desk B", demo_event)
    three_past, five_past = datetime(2019, 2, 9, 9, 3), datetime(2019, 2, 9, 9, 5)
    network.cut()
    assert not desk_a.check_in(person.badge_code, session_id, now=three_past).confirmed
    assert desk_b.check_in(person.badge_code, session_id, now=five_past).confirmed
    network.restore()
    [here] = desk_a.flush().details
    assert here.counted_here and here.other_desk == "Desk B"  # A's earlier scan counts

    desk_b.changes()  # the window's next poll at desk B

    [told] = desk_b.take_conflicts()
    assert not told.counted_here and told.name == person.full_name
    assert (told.first_desk, told.first_at, told.here_at) == ("Desk A", three_past, five_past)
    desk_a.close()
    desk_b.close()


def test_an_offline_scan_is_undone_before_and_after_it_reaches_the_server(
    db: Database, demo_event: EventInfo, network: Network, tmp_path: Path
) -> None:
    session_id = events.list_sessions(db, demo_event.id)[0].id
    first, second, third = registry.list_participants(db, demo_event.id)[:3]
    link = desk_link(network, tmp_path, "Desk 1", demo_event)
    online = link.check_in(third.badge_code, session_id)
    network.cut()
    queued = link.check_in(first.badge_code, session_id)
    sent = link.check_in(second.badge_code, session_id)

    before = link.annul(queued.scan_id, "wrong badge")  # still in the queue
    assert not before.sent
    assert link.check_in(first.badge_code, session_id).result.outcome is (
        CheckInOutcome.CHECKED_IN  # undone here: no longer "already"
    )
    network.restore()
    link.flush()
    after = link.annul(sent.scan_id, "scanned for a friend")  # on the server now
    assert after.sent and after.check_in is not None
    network.cut()
    offline_undo = link.annul(online.scan_id, "wrong session")  # server away: waits
    assert not offline_undo.sent and link.status().undos_waiting == 1
    network.restore()
    link.flush()

    assert link.status().undos_waiting == 0
    counted = {(p, desk) for p, _, desk, counts in _rows(db, session_id) if counts}
    assert counted == {(first.id, "Desk 1")}  # the re-scan of `first` only
    assert queued.scan_id not in {scan for _, scan, _, _ in _rows(db, session_id)}
    with pytest.raises(UserError):
        link.annul("no-such-scan", "mistake")
    link.close()


def _first_session(server: DemoServer) -> int:
    _cluster, db, event = server
    return events.list_sessions(db, event.id)[0].id


def test_a_hung_server_answers_the_desk_within_a_frame_and_goes_offline_within_2_s(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    cluster, db, event = demo_server
    session_id = _first_session(demo_server)
    people = registry.list_participants(db, event.id)[:4]
    link = DeskLink(cluster.url, tmp_path / "desk.sqlite", "Desk 1", event.id)
    link.refresh()
    assert link.online

    with cluster.hanging():
        hung_at = time.monotonic()
        waits, answers = [], []
        for person in people:
            started = time.monotonic()
            answers.append(link.check_in(person.badge_code, session_id))
            waits.append(time.monotonic() - started)
        time.sleep(max(0.0, 1.0 - (time.monotonic() - hung_at)))  # the next tick, at worst
        _tick(link)
        offline_after = time.monotonic() - hung_at

    # The deadline is 50 ms; the bound leaves a loaded CI core room for one scheduling
    # hiccup (107 ms seen once). The window's own 100 ms frame is checked with an
    # event-loop timer in tests/ui/test_desk_server_faults.py.
    assert sorted(waits)[len(waits) // 2] < 0.1 and max(waits) < 0.25, waits
    assert all(a.result.counted and a.queued and not a.confirmed for a in answers)
    assert not link.online and offline_after < 2.0, offline_after
    _until(lambda: (_tick(link), link.online and link.status().queued == 0)[1], 15)
    rows = _rows(db, session_id)
    assert sorted(p for p, _, _, counts in rows if counts) == sorted(p.id for p in people)
    assert len(rows) == len(people)  # a late answer and its retry: one row
    link.close()


def test_a_stopped_server_then_started_again_drains_the_queue_without_a_restart(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    cluster, db, event = demo_server
    session_id = _first_session(demo_server)
    people = registry.list_participants(db, event.id)[:6]
    # a stopped server refuses at once: the frame deadline is not what this test is about
    link = DeskLink(
        cluster.url, tmp_path / "desk.sqlite", "Desk 1", event.id, scan_deadline=SCAN_WAIT_S
    )
    link.refresh()
    assert link.check_in(people[0].badge_code, session_id).confirmed

    cluster.stop()
    started = time.monotonic()
    offline = [link.check_in(p.badge_code, session_id) for p in people[1:]]
    assert time.monotonic() - started < 1.0
    assert link.check_in(people[0].badge_code, session_id).result.outcome is (
        CheckInOutcome.ALREADY_CHECKED_IN
    )
    _tick(link)
    assert not link.online and link.status().queued == 5
    assert link.status().offline_since is not None

    cluster.start()
    _until(lambda: (_tick(link), link.online and link.status().queued == 0)[1], 15)
    assert all(a.result.counted and not a.confirmed for a in offline)
    rows = _rows(db, session_id)
    assert sorted(p for p, _, _, counts in rows if counts) == sorted(p.id for p in people)
    link.close()


def test_the_first_scan_after_the_server_restarted_is_confirmed(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    """No scan met the stopped server: the desk's kept connection died unseen."""
    cluster, db, event = demo_server
    session_id = events.list_sessions(db, event.id)[0].id
    people = registry.list_participants(db, event.id)[:2]
    link = DeskLink(cluster.url, tmp_path / "desk.sqlite", "Desk 1", event.id)
    link.refresh()
    assert link.check_in(people[0].badge_code, session_id).confirmed
    cluster.stop()
    _until(lambda: (_tick(link), not link.online)[1], 15)
    cluster.start()
    _until(lambda: (_tick(link), link.online)[1], 15)
    assert link.check_in(people[1].badge_code, session_id).confirmed
    link.close()


DESK_SCRIPT = """
import sys
from pathlib import Path
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.server_guard import GuardedServer
url, store, event_id, session_id, code = sys.argv[1:]
link = DeskLink(url, Path(store), "Desk 1", int(event_id))
print("online" if link.online else "offline", flush=True)
sys.stdin.readline()  # the test hangs the server now
print(link.check_in(code, int(session_id)).queued, flush=True)
link.close()
"""


def _line_within(process: subprocess.Popen[str], seconds: float) -> str:
    """The process's next line of output, or "" if it says nothing in time."""
    assert process.stdout is not None
    ready, _, _ = io_select.select([process.stdout], [], [], seconds)
    return process.stdout.readline().strip() if ready else ""


def test_a_desk_closes_at_once_while_its_server_hangs(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    cluster, db, event = demo_server
    session_id = _first_session(demo_server)
    code = registry.list_participants(db, event.id)[0].badge_code
    argv = [cluster.url, str(tmp_path / "desk.sqlite"), str(event.id), str(session_id), code]
    desk = subprocess.Popen(
        [sys.executable, "-c", DESK_SCRIPT, *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert desk.stdin is not None
        assert _line_within(desk, 30) == "online"
        with cluster.hanging():
            started = time.monotonic()
            desk.stdin.write("go\n")
            desk.stdin.flush()
            assert desk.wait(timeout=10) == 0  # a call stuck on the server does not hold it
            closed_in = time.monotonic() - started
        assert _line_within(desk, 5) == "True"
        assert closed_in < 5
    finally:
        desk.kill()
        desk.wait(timeout=10)
        for stream in (desk.stdin, desk.stdout):
            if stream is not None:
                stream.close()


def test_the_windows_thread_gives_up_on_a_hung_server_on_a_connection_opened_before_it(
    demo_server: DemoServer,
) -> None:
    """The window's tabs read through the guard on its thread. The pool still held the
    connections the database was opened and the event read through; pinged on a hung
    server, such a connection kept the window waiting for good."""
    cluster, db, _event = demo_server
    guarded = GuardedServer(db.engine)  # the link has not noticed the hang yet
    rescued = threading.Event()
    problems: list[EnvironmentProblem] = []

    def rescue() -> None:  # ends the wait if the guard does not: the test fails, not stalls
        rescued.set()
        cluster.resume()

    watchdog = threading.Timer(15, rescue)
    with cluster.hanging():
        watchdog.start()
        started = time.monotonic()
        try:
            with guarded.read() as session:
                session.execute(text("SELECT 1"))
        except EnvironmentProblem as problem:
            problems.append(problem)
        finally:
            watchdog.cancel()
        waited = time.monotonic() - started

    assert not rescued.is_set(), "the window's thread waited on the hung server until rescued"
    assert [p.code for p in problems] == ["database_unreachable"]
    assert waited < 5, waited
    guarded.dispose()
