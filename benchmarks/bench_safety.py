"""Figures for the checks that keep the data safe (issue: damaged databases, backups, PDPA).
Prints them; asserts nothing.

    .venv/bin/python benchmarks/bench_safety.py [--participants 10000]

- opening: the quick check that now runs first, beside opening without it (same file)
- a backup: the integrity check of the copy, beside taking the copy itself
- purge of every participant's personal data (one transaction, then VACUUM)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_core import seed

from registration.services import checkin, purge
from registration.storage import backups
from registration.storage.database import Database, create_database_engine
from registration.storage.integrity import check_file
from registration.storage.migrate import open_database


def timed(action: object, rounds: int = 5) -> float:
    """Median seconds of `rounds` calls."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return sorted(samples)[len(samples) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(f"sqlite:///{path}")
        event_id, sessions, codes = seed(db, args.participants)
        for code in codes[: args.participants // 2]:
            checkin.check_in(db, code, sessions[0], "Desk 1")
        db.dispose()
        size = path.stat().st_size / 1e6
        print(
            f"database: {args.participants} participants, {args.participants // 2} "
            f"check-ins, {size:.1f} MB"
        )

        def open_plain() -> None:
            engine = create_database_engine(f"sqlite:///{path}")
            Database(engine).dispose()

        plain = timed(open_plain)
        quick = timed(lambda: check_file(path))
        print(
            f"opening: quick_check {quick * 1000:.0f} ms  (yardstick: opening without it "
            f"{plain * 1000:.0f} ms)"
        )

        target = Path(folder) / "copy.sqlite"
        copy = timed(lambda: backups._sqlite_copy(path, target), rounds=3)
        full = timed(lambda: check_file(target, "integrity_check"), rounds=3)
        print(
            f"backup: integrity_check of the copy {full * 1000:.0f} ms  (yardstick: taking "
            f"the copy {copy * 1000:.0f} ms)"
        )

        db = open_database(f"sqlite:///{path}")
        start = time.perf_counter()
        report = purge.purge_event(db, event_id, "Desk 1")
        erased = time.perf_counter() - start
        db.dispose()
        print(
            f"purge: {report.counts.participants} participants erased in {erased:.2f} s "
            f"(yardstick: one backup copy {copy:.2f} s)"
        )


if __name__ == "__main__":
    main()
