"""Figures for breakout groups, the still-missing list and rosters. Prints; asserts nothing.

    .venv/bin/python benchmarks/bench_groups.py [--participants 10000] [--groups 50]

Each figure stands beside a yardstick measured in the same run on the same database:
- assign_groups (cluster, mixed) vs list_participants (reading everyone once)
- missing_list vs list_participants
- roster PDF by province vs the sign-in sheet of the same people (the existing table path)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_core import PROVINCES, seed

from registration.printing.roster import render_roster
from registration.printing.signin_sheet import render_signin_sheet
from registration.services import checkin, events, registry
from registration.services.groups import create_group_set
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.services.groups_clusters import set_cluster
from registration.services.missing import missing_list
from registration.services.reference import read_data_file
from registration.services.roster import RosterOptions, roster
from registration.storage.migrate import open_database


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--groups", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(f"sqlite:///{path}")
        event_id, session_ids, codes = seed(db, args.participants)
        clusters = {r["iso_code"]: r["cluster"] for r in read_data_file("codi_central_west.csv")}
        for code in PROVINCES:
            set_cluster(db, event_id, code, clusters[code])
        for code in codes[::2]:
            checkin.check_in(db, code, session_ids[0], "Desk 1")
        n = args.participants
        read_all = timed(lambda: registry.list_participants(db, event_id))
        print(f"{n} participants; yardstick list_participants: {read_all * 1000:.0f} ms")
        group_set = create_group_set(db, event_id, "bench", args.groups)
        for mode in (AssignMode.CLUSTER, AssignMode.MIXED):
            took = timed(lambda mode=mode: assign_groups(db, group_set.id, mode))
            print(
                f"assign_groups {mode.value:8} into {args.groups} groups: {took * 1000:.0f} ms"
                f"  ({took / read_all:.1f}x the yardstick)"
            )
        took = timed(lambda: missing_list(db, session_ids[0]))
        print(f"missing_list: {took * 1000:.0f} ms  ({took / read_all:.1f}x the yardstick)")
        out = Path(folder) / "roster.pdf"
        document = roster(db, event_id, RosterOptions())
        pdf = timed(lambda: render_roster(out, document))
        people = registry.list_participants(db, event_id)
        event = events.get_event(db, event_id)
        session = events.get_session(db, session_ids[0])
        sheet = timed(lambda: render_signin_sheet(Path(folder) / "s.pdf", event, session, people))
        print(f"roster PDF: {pdf:.2f} s; yardstick sign-in sheet of the same people: {sheet:.2f} s")
        db.dispose()


if __name__ == "__main__":
    main()
