"""A desk process killed (SIGKILL) in the middle of a burst, 20 times over.

Every check-in it acknowledged, which it does only after the commit, is on disk:
on the shared database when it was online, in its own queue file when it was
not, and that queue reaches the server exactly once. Both files stay intact.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from registration.domain.records import EventInfo
from registration.services import demo, events, registry
from registration.services.sync.desk_link import DeskLink
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database
from tests.services.sync_support import Network, desk_processes

KILLS = 20
SCANS_PER_ROUND = 6


@pytest.fixture
def server(db_path: Path) -> Iterator[tuple[Database, EventInfo]]:
    db = open_database(f"sqlite:///{db_path}")
    yield db, demo.load_demo_event(db)
    db.dispose()


def _scanning_desk(
    network: Network, store: Path, event_id: int, session_id: int, codes: list[str], acks: Any
) -> None:
    link = DeskLink(network.url, store, "Desk K", event_id, network.open)
    for code in codes:
        scanned = link.check_in(code, session_id)
        if scanned.result.counted:
            acks.send((scanned.scan_id, scanned.online))


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _server_scan_ids(db: Database) -> list[str]:
    with db.read() as s:
        return [i for i in s.scalars(select(models.CheckIn.scan_id)) if i is not None]


@pytest.mark.slow
def test_a_desk_killed_mid_burst_keeps_every_check_in_it_acknowledged(
    server: tuple[Database, EventInfo], db_path: Path, tmp_path: Path
) -> None:
    db, event = server
    session_id = events.list_sessions(db, event.id)[0].id
    codes = [p.badge_code for p in registry.list_participants(db, event.id)]
    store = tmp_path / "desk-k.sqlite"
    network = Network(f"sqlite:///{db_path}")
    copying = DeskLink(network.url, store, "Desk K", event.id, network.open)
    assert copying.refresh() == len(codes)
    copying.close()
    rng = random.Random(20)
    context = desk_processes()
    acknowledged: dict[str, bool] = {}  # scan id -> acknowledged online
    for round_number in range(KILLS):
        offline = round_number % 2 == 1
        network.is_cut = offline  # the child starts without the server
        first = round_number * SCANS_PER_ROUND
        burst = codes[first : first + SCANS_PER_ROUND] * 100  # repeats keep it busy
        receiving, sending = context.Pipe(duplex=False)
        desk = context.Process(
            target=_scanning_desk, args=(network, store, event.id, session_id, burst, sending)
        )
        desk.start()
        sending.close()
        for _ in range(rng.randint(1, SCANS_PER_ROUND - 1)):
            assert receiving.poll(30)
            scan_id, online = receiving.recv()
            acknowledged[scan_id] = online
        desk.kill()  # SIGKILL (TerminateProcess on Windows): no clean-up at all
        desk.join(timeout=30)
        assert desk.exitcode not in (0, None)  # killed mid-burst, not finished
        while receiving.poll(0):  # acknowledged before the kill landed
            try:
                scan_id, online = receiving.recv()
            except EOFError:
                break
            acknowledged[scan_id] = online

        assert _integrity(db_path) == "ok"
        assert _integrity(store) == "ok"
        on_server = set(_server_scan_ids(db))
        link = DeskLink(network.url, store, "Desk K", event.id, network.open)
        queued = link.store.queued_scan_ids()
        link.close()
        assert {s for s, online in acknowledged.items() if online} <= on_server
        assert {s for s, online in acknowledged.items() if not online} <= queued

    assert sum(not online for online in acknowledged.values()) >= KILLS // 2
    network.is_cut = False
    link = DeskLink(network.url, store, "Desk K", event.id, network.open)
    assert link.flush().remaining == 0
    link.close()
    on_server = _server_scan_ids(db)
    assert len(on_server) == len(set(on_server))
    assert set(acknowledged) <= set(on_server)
