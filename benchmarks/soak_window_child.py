"""The window of the soak run (bench_soak.py): one real main window over the database for
the whole run, scanning badges into whatever has the focus, taking a backup every minute
and exporting attendance every few minutes, as a desk does on a long day.

    python benchmarks/soak_window_child.py URL REPORT.json --seconds 600 [--idle 30]

First it stays idle for `--idle` seconds (the yardstick: what an open window grows by
itself, polling the change feed, from the end of a first backup and export that run at
once), then scans until `--seconds` are over. It writes a JSON report: every
acknowledged check-in (participant, session, check-in id), the backups taken, the
exports written, RSS samples (scans so far, bytes), and where the memory is at each
sample and around each export (memory_probe.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
import traceback
import tracemalloc
from array import array
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from memory_probe import snapshot
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from registration.app import application, build_main_window
from registration.config import Settings
from registration.services import desk
from registration.services.desk_checkin import DeskCheckIn
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database
from registration.ui.attendance.attendance_view import export_with_progress

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def send(widget: QWidget, key: Qt.Key, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scan(code: str, fallback: QWidget) -> bool:
    """A wedge scanner: the code's keys, then Enter, into whatever has the focus.

    False when nothing had the focus (the keys would go nowhere): staff click into the
    scan field then, as `fallback` does here.
    """
    focused = QApplication.focusWidget() is not None
    if not focused:
        fallback.activateWindow()
        fallback.setFocus()
    for ch in code:
        send(QApplication.focusWidget() or fallback, Qt.Key.Key_unknown, ch)
    send(QApplication.focusWidget() or fallback, Qt.Key.Key_Return, "\r")
    return focused


def _count_errors() -> list[str]:
    """An exception in a slot (Qt prints it and goes on) is counted: the run then fails
    instead of reporting figures of a window that did not do its work. The first one is
    printed."""
    errors: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        if not errors:
            traceback.print_exception(kind, error, trace)
        errors.append(kind.__name__)

    sys.excepthook = hook
    return errors


def _export(
    window: QWidget, db: Database, event_id: int, path: Path, traced: bool
) -> tuple[int, int | None, Path | None]:
    """(check-ins in the file, the most Python memory the export needed above what was
    held before it — None untraced —, the file written).

    Traced only where asked (the idle period and after the last sample): tracemalloc's
    own tables are allocated and freed during the export, and on the exports made while
    scanning they were counted as the window's growth."""
    with db.read() as session:  # the window's own engine: no second way into the file
        rows = int(session.scalar(select(func.count()).select_from(models.CheckIn)) or 0)
    if not traced:
        return rows, None, export_with_progress(window, db, event_id, path)
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        written = export_with_progress(window, db, event_id, path)
        peak = tracemalloc.get_traced_memory()[1] - held
    finally:
        tracemalloc.stop()
    return rows, peak, written


def run(
    url: str,
    report: Path,
    seconds: float,
    idle: float,
    scan_ms: int,
    backup_every: float,
    export_every: float,
) -> None:
    errors = _count_errors()
    app = application()
    db = open_database(url)
    window = build_main_window(db, Settings(desk="Soak window"))
    window.show()
    app.processEvents()
    controller = window.desk
    event_id = window.context.event.id
    codes = [p.record.badge_code for p in desk.listed_participants(db, event_id)]
    sessions = [s.id for s in window.context.sessions]
    # (participant, session, check-in id) flat in machine integers: a list of tuples grew
    # the window under test by 150 bytes a check-in, a megabyte per 10,000 scans
    acks = array("q")
    shown = controller.show_result

    def acknowledged(done: DeskCheckIn) -> None:
        shown(done)
        result = done.result
        if result.counted and result.check_in is not None:
            acks.extend((result.check_in.participant_id, result.session_id, result.check_in.id))

    controller.show_result = acknowledged  # type: ignore[method-assign]
    out: dict[str, Any] = {
        "rss": [],
        "detail": [],
        "backups": [],
        "exports": [],
        "export_peaks": [],
        "scans": 0,
    }
    rng = random.Random(7)
    started = time.monotonic()
    # A backup and an export at once, inside the idle yardstick: what they load the first
    # time (the workbook writer, the backup's copy) is not counted as growth per scan.
    next_backup, next_export, next_sample = started, started, 0.0

    def pump(until: float) -> None:
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.002)

    def export(traced: bool) -> None:
        path = report.with_name(f"export-{len(out['exports'])}.xlsx")
        rows, peak, written = _export(window, db, event_id, path, traced)
        if peak is not None:
            out["export_peaks"].append([rows, peak])
        out["exports"].append(str(written) if written else None)

    scans = 0
    while (now := time.monotonic()) < started + seconds:
        if now >= next_sample:
            gc.collect()
            out["rss"].append([round(now - started, 1), scans, rss()])
            out["detail"].append([round(now - started, 1), scans, "sample", snapshot()])
            next_sample = now + 5
        if now >= next_backup:
            path = window.backups.back_up()
            out["backups"].append(str(path) if path else None)
            next_backup += backup_every
        if now >= next_export:
            gc.collect()
            before = rss()
            out["detail"].append([round(now - started, 1), scans, "before export", snapshot()])
            # the first one, in the idle period, twice: the second is the traced baseline
            # without what the first loads once (the workbook writer)
            for _ in range(1 if out["exports"] else 2):
                export(traced=now - started < idle)
            gc.collect()
            out["detail"].append([round(now - started, 1), scans, "after export", snapshot()])
            if now - started >= idle:  # RSS the export itself added while scanning went on
                out.setdefault("export_steps", []).append(rss() - before)
            elif "warm" not in out:  # the idle yardstick starts once the first ones are done
                out["warm"] = [round(time.monotonic() - started, 1), scans, rss()]
            next_export += export_every
        if now - started < idle:
            pump(now + 0.2)
            continue
        if scans % 200 == 0:  # staff move on to the next session now and then
            session = controller.view.session
            session.setCurrentIndex(session.findData(sessions[(scans // 200) % len(sessions)]))
            window.show_desk()
            controller.view.scan.setFocus()
        code = rng.choice(codes) if scans % 20 else "K7QM-3HXR-9T2W-APQZ"  # some mistyped
        if not scan(code, controller.view.scan):
            out["unfocused"] = out.get("unfocused", 0) + 1
        scans += 1
        pump(time.monotonic() + scan_ms / 1000)
    gc.collect()
    out["rss"].append([round(time.monotonic() - started, 1), scans, rss()])
    export(traced=True)  # the biggest export's peak, after the last sample
    triples = [acks[n : n + 3].tolist() for n in range(0, len(acks), 3)]
    out.update(scans=scans, acks=triples, idle=idle, seconds=seconds, errors=len(errors))
    report.write_text(json.dumps(out))
    window.close()
    app.processEvents()
    db.dispose()
    if errors:
        raise SystemExit(f"{len(errors)} exceptions in the window's slots")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("report", type=Path)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--idle", type=float, default=30)
    parser.add_argument("--scan-ms", type=int, default=40)
    parser.add_argument("--backup-every", type=float, default=60)
    parser.add_argument("--export-every", type=float, default=180)
    args = parser.parse_args()
    run(
        args.url,
        args.report,
        args.seconds,
        args.idle,
        args.scan_ms,
        args.backup_every,
        args.export_every,
    )


if __name__ == "__main__":
    main()
