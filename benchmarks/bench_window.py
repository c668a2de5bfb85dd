"""Figures for the window (issue: the window). Prints them; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py [--participants 100000]

- Enter of a scanned code to the result panel repainted, p95 (goal <= 30 ms)
- filter-as-you-type in the participant list, per keystroke incl. repaint, median (goal <= 16 ms)
- cold start (new process) to a usable window over that database (goal <= 2 s)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGISTRATION_DATA_DIR", tempfile.mkdtemp(prefix="bench-window-"))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from registration.app import application, build_main_window
from registration.config import Settings
from registration.storage.migrate import open_database
from registration.ui.main_window import MainWindow


def ms(seconds: float) -> float:
    return seconds * 1000


def type_key(widget: QWidget, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(widget, event)


def press_enter(widget: QWidget) -> None:
    """Enter as a key event (QTest.keyClick leaks a reference to None in PySide6 6.12)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        QApplication.sendEvent(widget, event)


def bench_scans(window: MainWindow, codes: list[str], scans: int) -> None:
    """Mostly people not yet in for the desk's session (a reused database would otherwise
    give repeats, which skip the work a new check-in does), every 7th a repeat, every 5th
    an unknown code."""
    desk = window.desk
    rng = random.Random(2)
    session = desk.session_id
    not_in = {row.record.badge_code for row in window.participants.participants()
              if session not in row.sessions}
    fresh = rng.sample([code for code in codes if code in not_in], scans)
    done: list[str] = []
    samples: list[float] = []
    for n in range(scans):
        if n % 5 == 0:
            code = "K7QM-3HXR-9T2W-APQZ"
        elif n % 7 == 0 and done:
            code = rng.choice(done)
        else:
            code = fresh.pop()
            done.append(code)
        desk.view.scan.setText(code)
        QApplication.processEvents()
        started = time.perf_counter()
        press_enter(desk.view.scan)
        desk.view.result.repaint()
        samples.append(time.perf_counter() - started)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95)]
    print(
        f"Enter -> result panel: p95 {ms(p95):.1f} ms, median {ms(statistics.median(samples)):.1f}"
        f" ms, max {ms(samples[-1]):.1f} ms ({scans} scans, {len(done)} of them new check-ins)"
    )


def bench_filter(window: MainWindow) -> None:
    window.show_participants()
    view = window.participants.view
    table = view.table
    samples: list[float] = []
    filtering: list[float] = []
    for word in ("สมชาย", "ใจดี", "pin", "0812", "นางสาว"):
        view.search.clear()
        QApplication.processEvents()
        for ch in word:
            started = time.perf_counter()
            type_key(view.search, ch)
            filtered = time.perf_counter()
            table.viewport().repaint()
            samples.append(time.perf_counter() - started)
            filtering.append(filtered - started)
    print(
        f"filter-as-you-type: median {ms(statistics.median(samples)):.1f} ms per keystroke "
        f"incl. repaint (filter alone {ms(statistics.median(filtering)):.1f} ms), "
        f"max {ms(max(samples)):.1f} ms ({len(samples)} keystrokes, "
        f"{window.participant_rows.rowCount()} participants)"
    )
    started = time.perf_counter()
    for _ in range(5):
        table.viewport().repaint()
    print(f"  repainting the unchanged table: {ms((time.perf_counter() - started) / 5):.1f} ms")
    print(f"  Qt's own model (C++) repainting the same cells: {ms(qt_floor(table)):.1f} ms")
    view.search.clear()


def qt_floor(table: QTableView, repaints: int = 20) -> float:
    """A QStandardItemModel holding the texts the table shows, in a view of the same size
    and settings: what Qt alone needs to paint them, no Python in the loop."""
    source = table.model()
    rows = min(source.rowCount(), 80)
    model = QStandardItemModel(rows, source.columnCount())
    for row in range(rows):
        for column in range(source.columnCount()):
            model.setItem(row, column, QStandardItem(source.index(row, column).data() or ""))
    twin = QTableView()
    twin.setModel(model)
    twin.setWordWrap(False)
    twin.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    twin.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    twin.horizontalHeader().setStretchLastSection(True)
    for column in range(source.columnCount()):
        twin.setColumnWidth(column, table.columnWidth(column))
    twin.resize(table.size())
    twin.show()
    QApplication.processEvents()
    twin.viewport().repaint()
    started = time.perf_counter()
    for _ in range(repaints):
        twin.viewport().repaint()
    took = (time.perf_counter() - started) / repaints
    twin.close()
    return took


def bench_cold_start(url: str, runs: int = 5) -> None:
    """New processes as a user starts them: bytecode caches on (pip and the installer
    write them; the first, untimed run writes any missing), the file cache warm."""
    child = [sys.executable, str(Path(__file__).with_name("cold_start_child.py")), url]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    usable, loaded = [], []
    for run in range(runs + 1):
        spawned = time.time()
        out = subprocess.run(
            [*child, str(spawned)], capture_output=True, text=True, check=True, env=env
        )
        if run == 0:
            continue
        first, second = out.stdout.strip().splitlines()[-1].split()
        usable.append(float(first))
        loaded.append(float(second))
    print(
        f"cold start to a usable window (desk scans): median {statistics.median(usable):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in usable)}); participant list loaded after "
        f"{statistics.median(loaded):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--database", help="reuse a seeded SQLite file")
    parser.add_argument("--skip-cold-start", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_core import seed  # not at the top: the cold-start child would import openpyxl

    path = Path(args.database or Path(tempfile.mkdtemp()) / "bench.sqlite")
    url = f"sqlite:///{path}"
    db = open_database(url)
    if args.database and path.exists() and db.engine.url.database and _seeded(db):
        codes = _codes(db)
    else:
        started = time.perf_counter()
        _event, _sessions, codes = seed(db, args.participants)
        print(f"seeded {len(codes)} participants in {time.perf_counter() - started:.0f} s: {path}")
    application()
    window = build_main_window(db, Settings(desk="Desk 1"))
    window.resize(1280, 860)
    window.show()
    QApplication.processEvents()
    bench_scans(window, codes, args.scans)
    bench_filter(window)
    window.close()
    db.dispose()
    if not args.skip_cold_start:
        bench_cold_start(url)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def _seeded(db: object) -> bool:
    from registration.services import events

    return bool(events.list_events(db))  # type: ignore[arg-type]


def _codes(db: object) -> list[str]:
    from registration.services import desk, events

    event = events.get_event(db)  # type: ignore[arg-type]
    return [p.record.badge_code for p in desk.listed_participants(db, event.id)]  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
