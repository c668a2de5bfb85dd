"""The still-missing tab open during a rush: how long the window's thread stalls, and
whether the scans at another desk all land. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_missing_tab.py
        [--participants 1136] [--check-ins 200] [--gap-ms 60]
        [--url postgresql+psycopg://…]  # an empty database of the benchmark's own

Two windows on one SQLite file (or --url), each in its own process. The other desk's
window is scanned 200 badges at a rush rate (keys typed to its focus widget as a wedge
scanner types them, Enter at the end, one badge every --gap-ms); this window follows. Printed
for this window with the still-missing tab open and, as the yardstick of the same run,
with the tab closed (the desk tab shown):

- the window thread's longest stall (a 10 ms timer's longest gap), p99 and median
- how many of the other desk's scans were checked in
- whether the list ends up exactly the database's once the rush is over, and how long
  after the last scan it took

Run it on another checkout (PYTHONPATH=that/src) for the figures before a change.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGISTRATION_DATA_DIR", tempfile.mkdtemp(prefix="bench-missing-"))

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

import registration
from registration.app import application, build_main_window
from registration.config import Settings
from registration.services import registry
from registration.services.desk import session_arrivals
from registration.services.missing import MissingBy, missing_list
from registration.storage.database import Database
from registration.storage.migrate import open_database
from registration.ui.main_window import MainWindow

RUSH_DESK = "Desk 2"


class Stalls:
    """A 10 ms timer on the window's thread: the gaps between its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.gaps.append(self.clock.restart()))

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def summary(self) -> str:
        gaps = sorted(self.gaps)
        p99 = gaps[int(len(gaps) * 0.99)]
        return f"longest {gaps[-1]} ms, p99 {p99} ms, median {statistics.median(gaps):.0f} ms"


def rush(url: str, session_id: int, codes: list[str], gap_s: float) -> subprocess.Popen[str]:
    """Another desk's window, in its own process, scanning `codes` one every `gap_s`."""
    env = dict(os.environ, REGISTRATION_DATA_DIR=tempfile.mkdtemp(prefix="bench-missing-2-"))
    return subprocess.Popen(
        [sys.executable, __file__, "--child", url, str(session_id), str(gap_s), *codes],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def child(url: str, session_id: int, gap_s: float, codes: list[str]) -> None:
    """Types each code as a wedge scanner does, into whatever has the focus."""
    db = open_database(url)
    application()
    window = build_main_window(db, Settings(desk=RUSH_DESK))
    window.show()
    desk = window.desk
    desk.view.session.setCurrentIndex(desk.view.session.findData(session_id))
    wait(lambda: False, 1.0)
    print("ready", flush=True)
    for code in codes:
        for ch in code:
            key(QApplication.focusWidget() or window, Qt.Key.Key_unknown, ch)
        key(QApplication.focusWidget() or window, Qt.Key.Key_Return, "\r")
        wait(lambda: False, gap_s)
    wait(lambda: False, 1.0)
    print("done", flush=True)
    window.close()
    db.dispose()


def key(widget: QWidget, which: Qt.Key, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, which, Qt.KeyboardModifier.NoModifier, text))


def wait(condition: object, seconds: float) -> bool:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        QApplication.processEvents()
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False


def run(
    window: MainWindow,
    db: Database,
    url: str,
    session_id: int,
    tab_open: bool,
    codes: list[str],
    gap_s: float,
) -> None:
    view = window.missing
    window.tabs.setCurrentWidget(view if tab_open else window.desk.view)
    before = _count(db, session_id, RUSH_DESK)
    other = rush(url, session_id, codes, gap_s)
    assert other.stdout is not None
    while other.stdout.readline().strip() != "ready":  # its window is up
        pass
    wait(lambda: False, 1.0)  # the tab's first read, the window settled
    stalls = Stalls()
    stalls.start()
    while other.poll() is None:
        QApplication.processEvents()
        time.sleep(0.001)
    ended = time.monotonic()
    stalls.stop()
    landed = _count(db, session_id, RUSH_DESK) - before
    by = MissingBy.PROVINCE
    right = tab_open and wait(lambda: view.found == missing_list(db, session_id, by), 10.0)
    took = time.monotonic() - ended
    where = "tab open  " if tab_open else "tab closed"
    line = f"{where}: window thread {stalls.summary()}; scans at the other desk landed "
    line += f"{landed}/{len(codes)}"
    if tab_open:
        line += f"; list = database: {'yes' if right else 'NO'} ({took:.1f} s after the rush)"
    print(line, flush=True)


def _count(db: Database, session_id: int, desk: str) -> int:
    arrivals = session_arrivals(db, session_id)
    return sum(1 for _at, where in arrivals.values() if where == desk)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        url, session_id, gap_s, *codes = sys.argv[2:]
        child(url, int(session_id), float(gap_s), codes)
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=1136)
    parser.add_argument("--check-ins", type=int, default=200)
    parser.add_argument("--gap-ms", type=float, default=60)
    parser.add_argument("--url", help="an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_core import seed

    print(f"code: {Path(registration.__file__).parent}")
    path = Path(tempfile.mkdtemp(prefix="bench-missing-db-")) / "bench.sqlite"
    url = args.url or f"sqlite:///{path}"
    db = open_database(url)
    event_id, _sessions, _codes = seed(db, args.participants)
    codes = [p.badge_code for p in registry.list_participants(db, event_id)]
    application()
    window = build_main_window(db, Settings(desk="Desk 1"))
    window.resize(1366, 768)
    window.show()
    session_id = window.desk.session_id
    assert session_id is not None
    view = window.missing
    view.session.setCurrentIndex(view.session.findData(session_id))
    print(
        f"{args.participants} participants, {args.check_ins} badges "
        f"scanned at another desk's window one every {args.gap_ms:.0f} ms; session {session_id}"
    )
    n, gap_s = args.check_ins, args.gap_ms / 1000
    run(window, db, url, session_id, True, codes[:n], gap_s)
    run(window, db, url, session_id, False, codes[n : 2 * n], gap_s)
    window.close()
    db.dispose()
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
