"""Figures for the settings list's background checks of the backups. Prints them; asserts
nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_backup_checks.py [--mb 200]

- the check of a big copy (default 200 MB), beside a small one (the demo event, 0.4 MB)
  and beside reading the big file once
- the window's longest stall while the list checks the big copy in the background,
  beside the same stretch with nothing to check and beside the check run on the window's
  own thread (what checking without a worker would cost)
- closing the dialog mid-check: how long the worker thread goes on afterwards

The big copy is the demo event's backup with annulled check-ins added by SQL until it
reaches the size (rows a long day of scans and undos would leave; not through the
services, which would take an hour for 200 MB).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGISTRATION_DATA_DIR", tempfile.mkdtemp(prefix="bench-checks-"))

from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from registration.app import application
from registration.config import Settings
from registration.services import backups
from registration.services.demo import load_demo_event
from registration.storage.backups import take_backup
from registration.storage.migrate import open_database
from registration.ui.settings.backup_checks import CheckedBackups
from registration.ui.settings.settings_dialog import SettingsDialog

ROW_BYTES = 285  # one added check-in with its index entries, measured


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def timed(action: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return sorted(samples)[len(samples) // 2]


def copies(folder: Path, megabytes: int) -> tuple[Path, Path]:
    """A small backup (the demo event) and a big one, in two folders."""
    db = open_database(f"sqlite:///{folder / 'live.sqlite'}")
    load_demo_event(db)
    db.dispose()
    small = take_backup(folder / "live.sqlite", folder / "small")
    big = take_backup(folder / "live.sqlite", folder / "big")
    rows = megabytes * 1_000_000 // ROW_BYTES
    connection = sqlite3.connect(big)
    with connection:
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO check_ins (participant_id, session_id, checked_in_at, desk, method, "
            "annulled_at, annul_reason, scan_id) "
            "SELECT 1 + i % 136, 1 + i % 8, '2019-02-09 09:00:00', 'Desk ' || (i % 9), 'scan', "
            "'2019-02-09 09:01:00', 'สแกนซ้ำ ' || hex(randomblob(40)), "
            "lower(hex(randomblob(16))) FROM n",
            (rows,),
        )
    connection.close()
    return small, big


def read_once(path: Path) -> None:
    with path.open("rb") as file:
        while file.read(1 << 20):
            pass


class StallMeter:
    """The longest gap between two ticks of a 10 ms timer on the window's thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def run_until(app: QApplication, done: Callable[[], bool], limit_s: float = 120) -> float:
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < limit_s:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        small, big = copies(Path(scratch), args.mb)
        sizes = small.stat().st_size / 1e6, big.stat().st_size / 1e6
        print(f"copies: small {sizes[0]:.1f} MB, big {sizes[1]:.0f} MB")
        small_s = timed(lambda: backups.check_restorable(small), 5)
        read_s = timed(lambda: read_once(big), 3)
        big_s = timed(lambda: backups.check_restorable(big), 3)
        print(
            f"check: big copy {ms(big_s)}  (yardsticks: small copy {ms(small_s)}, "
            f"reading the big file once {ms(read_s)})"
        )

        meter = StallMeter()
        meter.start()
        run_until(app, lambda: False, limit_s=big_s)
        idle = meter.stop()
        dialog = SettingsDialog(Settings(backups_dir=str(big.parent)), checked=CheckedBackups())
        meter.start()
        dialog.show()
        took = run_until(
            app,
            lambda: (
                "—" in dialog.backup_list.item(0).text()
                and "…" not in dialog.backup_list.item(0).text()
            ),
        )
        background = meter.stop()
        meter.start()
        QTimer.singleShot(0, lambda: backups.check_restorable(big))  # as a check without a worker
        run_until(app, lambda: False, limit_s=big_s * 1.5)
        on_gui = meter.stop()
        print(
            f"window's longest stall while the list checks the big copy ({ms(took)} until "
            f"marked): {background} ms  (yardsticks: nothing to check {idle} ms; the check on "
            f"the window's thread {on_gui} ms)"
        )
        dialog.reject()

        dialog = SettingsDialog(Settings(backups_dir=str(big.parent)), checked=CheckedBackups())
        dialog.show()
        run_until(app, lambda: QThreadPool.globalInstance().activeThreadCount() > 0, 5)
        run_until(app, lambda: False, limit_s=big_s / 3)  # a third of the way through
        start = time.perf_counter()
        dialog.reject()
        QThreadPool.globalInstance().waitForDone()
        print(
            f"closing mid-check: the worker ends {ms(time.perf_counter() - start)} after "
            f"(yardstick: the rest of the check, ~{ms(big_s * 2 / 3)})"
        )


if __name__ == "__main__":
    sys.exit(main())
