"""What "count anyway" at a group room costs a desk on a server. Prints; asserts nothing.

    .venv/bin/python benchmarks/bench_counted_anyway.py [--postgres URL]
        # URL: a database of the benchmark's own: its public schema is emptied first;
        # without it, a SQLite file in a temporary folder

The demo event (136 people) with the afternoon breakout in three groups; one desk link
stands at กลุ่ม 1's room. Everyone is scanned at every session; people of other groups
are counted anyway, so their check-in also writes the check_in_other_group entry.

- online: wall time of each scan at the desk (p50, p99) and how many missed the desk's
  50 ms deadline (shown "not yet confirmed"); yardstick, same run, interleaved: the
  plain scans of the room's own group
- an outage's queue: the same scans queued offline and sent when the server is back;
  time per scan sent, counted-anyway scans against plain ones in the same run
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select

from registration.domain.enums import CheckInMethod
from registration.domain.records import ParticipantRecord
from registration.domain.scan_entry import read_scan
from registration.services import events, registry
from registration.services.demo import load_demo_event
from registration.services.desk_checkin import LinkedDesk
from registration.services.groups import create_group_set, group_members
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.groups_desk import GroupRoomDesk
from registration.services.sync.desk_link import DeskLink
from registration.storage import models
from registration.storage.database import Database
from registration.storage.desk_file import CountedAnyway, QueuedScan
from registration.storage.migrate import open_database


def _empty(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def _ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"n={len(values)}, p50 {statistics.median(values):.2f} ms, p99 {p99:.2f} ms"


class Bench:
    def __init__(self, url: str, folder: Path) -> None:
        self.db: Database = open_database(url)
        event = load_demo_event(self.db)
        self.sessions = [s.id for s in events.list_sessions(self.db, event.id)]
        made = create_group_set(self.db, event.id, "บ่าย", 3, self.sessions[3], rooms=["201"])
        assign_groups(self.db, made.id, AssignMode.MIXED)
        self.here = made.groups[0].id
        self.group = {m.participant_id: m.group_id for m in group_members(self.db, made.id)}
        self.people: list[ParticipantRecord] = registry.list_participants(self.db, event.id)
        self.link = DeskLink(url, folder / "desk.sqlite", "Room 201", event.id)
        self.link.refresh()
        self.room = GroupRoomDesk(
            LinkedDesk(self.link, self.db), self.db, self.here, self.link.store
        )

    def online(self, sessions: list[int]) -> None:
        times: dict[bool, list[float]] = {True: [], False: []}
        missed = {True: 0, False: 0}
        for session_id in sessions:
            for person in self.people:
                anyway = self.group.get(person.id, self.here) != self.here
                started = time.perf_counter()
                done = self.room.check_in(read_scan(person.badge_code), session_id)
                times[anyway].append((time.perf_counter() - started) * 1000)
                missed[anyway] += not done.confirmed
        print(f"  online, counted anyway: {_ms(times[True])}; missed deadline {missed[True]}")
        print(f"  online, own group (yardstick): {_ms(times[False])}; missed {missed[False]}")

    def outage(self, sessions: list[int]) -> None:
        for anyway in (False, True):
            queued = 0
            for session_id in sessions:
                for person in self.people:
                    other = self.group.get(person.id, self.here)
                    if (other != self.here) != anyway:
                        continue
                    note = CountedAnyway(self.here, other) if anyway else None
                    scan = QueuedScan(
                        str(uuid.uuid4()), person.badge_code, session_id, "Room 201",
                        CheckInMethod.SCAN, datetime.now(), note,
                    )  # fmt: skip
                    self.link.store.enqueue(scan, person.id)
                    queued += 1
            started = time.perf_counter()
            sent = 0
            while self.link.store.queue_length():
                sent += self.link.flush().sent
            took = (time.perf_counter() - started) * 1000
            label = "counted anyway" if anyway else "own group (yardstick)"
            print(f"  queue sent, {label}: {sent} of {queued} in {took:.0f} ms,"
                  f" {took / max(sent, 1):.2f} ms a scan")  # fmt: skip

    def entries(self) -> int:
        with self.db.read() as s:
            return int(
                s.scalar(
                    select(func.count()).where(models.AuditEntry.action == "check_in_other_group")
                )
                or 0
            )

    def close(self) -> None:
        self.link.close()
        self.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = args.postgres or f"sqlite:///{folder / 'server.sqlite'}"
        if args.postgres:
            _empty(url)
        print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}")
        bench = Bench(url, folder)
        bench.outage(bench.sessions[:3])
        bench.online(bench.sessions[3:])
        expected = sum(g != bench.here for g in bench.group.values()) * len(bench.sessions)
        print(f"  check_in_other_group entries: {bench.entries()} (expected {expected})")
        bench.close()


if __name__ == "__main__":
    sys.exit(main())
