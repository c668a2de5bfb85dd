"""A long day held (soak run). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_soak.py [--minutes 20] [--participants 3000]

One window stays open for the whole run and scans badges (soak_window_child.py), taking a
backup every minute and exporting attendance every few minutes, while two other processes
check people in through the command line (soak_cli_child.py) and a `sqlite3` process
reads the same file. At the end:

- every acknowledged check-in (window and command line) is in the file exactly once;
- `PRAGMA integrity_check` of the database is "ok", and so is every backup's;
- the window's memory grew by at most 5 MB per 10,000 scans (the slope of its RSS over
  the scans, fitted through a sample every 5 seconds while scanning; the end-to-end
  growth, what the exports and what the time between them added, the idle yardstick's
  growth from the end of the first backup and export, and where the memory went are
  printed beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memory_probe import in_mb

HERE = Path(__file__).parent
MB = 1024 * 1024
GOAL_MB_PER_10K = 5.0


@dataclass(frozen=True)
class SoakResult:
    seconds: float
    window_scans: int
    window_acknowledged: int  # check-ins the window showed as counted
    acknowledged: int
    lost: int  # acknowledged but not in the file
    doubled: int  # in the file more than once as active
    integrity: str
    backups: int
    bad_backups: list[str]
    exports: int
    idle_growth_mb: float
    scan_growth_mb: float
    mb_per_10k_scans: float
    # the slope of RSS over scans, fitted through every sample taken while scanning: the
    # trim after each export makes RSS a saw (down at each export, back up by the next
    # backup), and the end-to-end figure depends on where on the saw the run ends
    trend_mb_per_10k_scans: float
    export_steps_mb: float  # part of scan_growth_mb: RSS added during the exports themselves
    reader_queries: int
    where: dict[str, int]  # memory_probe figures, end of the idle period to the end
    export_peaks: list[list[int]]  # per export: check-ins in the file, its Python peak bytes

    @property
    def export_peak_mb(self) -> float:
        """The most Python memory an export needed, the first one (which also loads the
        workbook writer) aside."""
        return max(peak for _rows, peak in self.export_peaks[1:]) / MB

    @property
    def export_peak_per_check_in(self) -> float:
        """Bytes an export's peak of Python memory grew by per check-in added to the file,
        from the second export (the first also loads the workbook writer) to the last."""
        (rows_1, peak_1), (rows_n, peak_n) = self.export_peaks[1], self.export_peaks[-1]
        return (peak_n - peak_1) / (rows_n - rows_1) if rows_n > rows_1 else 0.0

    @property
    def mb_per_10k_scans_between_exports(self) -> float:
        scanned = self.scan_growth_mb - self.export_steps_mb
        return scanned * self.mb_per_10k_scans / self.scan_growth_mb if self.scan_growth_mb else 0

    @property
    def held(self) -> bool:
        return (
            self.lost == 0
            and self.doubled == 0
            and self.integrity == "ok"
            and not self.bad_backups
            and self.trend_mb_per_10k_scans <= GOAL_MB_PER_10K
        )


def integrity(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def seed(
    path: Path, participants: int, sessions: int, checked_in: float = 0.0
) -> tuple[list[str], list[int]]:
    """The event, and `checked_in` (a share) of the people already in every session."""
    sys.path.insert(0, str(HERE))
    from bench_core import seed as seed_database
    from bench_core import seed_check_ins

    from registration.storage.migrate import open_database

    db = open_database(f"sqlite:///{path}")
    event_id, session_ids, codes = seed_database(db, participants, sessions)
    if checked_in:
        seed_check_ins(db, event_id, session_ids, checked_in)
    db.dispose()
    return codes, session_ids


def reader(path: Path, seconds: float) -> subprocess.Popen[str]:
    """A `sqlite3` shell that keeps asking how many are checked in, twice a second."""
    query = "SELECT count(*) FROM check_ins WHERE annulled_at IS NULL;"
    script = (
        f"end=$((SECONDS+{int(seconds)})); n=0; while [ $SECONDS -lt $end ]; do "
        f"sqlite3 -readonly -cmd '.timeout 5000' '{path}' '{query}' >/dev/null "
        "&& n=$((n+1)); sleep 0.5; "
        "done; echo $n"
    )
    return subprocess.Popen(["bash", "-c", script], stdout=subprocess.PIPE, text=True)


def in_file(path: Path, acks: list[list[int]]) -> tuple[int, int]:
    """(lost, doubled) of the acknowledged check-ins, read from the file itself."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = dict(connection.execute("SELECT id, annulled_at IS NULL FROM check_ins"))
        active = connection.execute(
            "SELECT participant_id, session_id, count(*) FROM check_ins "
            "WHERE annulled_at IS NULL GROUP BY participant_id, session_id"
        ).fetchall()
    counts = {(p, s): n for p, s, n in active}
    lost = sum(1 for _p, _s, check_in_id in acks if not rows.get(check_in_id))
    doubled = sum(1 for n in counts.values() if n > 1)
    return lost, doubled


def growth(samples: list[list[float]], idle: float, warm: list[float]) -> tuple[float, float, int]:
    """(idle growth MB, scanning growth MB, scans): RSS from the end of the first backup
    and export (`warm`: what they load once is not growth) to the end of the idle period,
    and from there to the end."""
    idle_end = max((s for s in samples if s[0] <= idle), key=lambda s: s[0])
    last = samples[-1]
    return ((idle_end[2] - warm[2]) / MB, (last[2] - idle_end[2]) / MB, int(last[1] - idle_end[1]))


def trend(samples: list[list[float]], idle: float) -> float:
    """MB per 10,000 scans: the least-squares slope of RSS over scans while scanning."""
    scanning = [s for s in samples if s[0] > idle]
    if len({s[1] for s in scanning}) < 2:
        return 0.0
    fit = statistics.linear_regression([s[1] for s in scanning], [s[2] for s in scanning])
    return fit.slope * 10_000 / MB


def where_it_went(detail: list[list[Any]], idle: float) -> dict[str, int]:
    """How each memory_probe figure changed from the end of the idle period to the last
    sample (counts for arenas and threads, bytes for the rest)."""
    samples = [d for d in detail if d[2] == "sample"]
    start = max((d for d in samples if d[0] <= idle), key=lambda d: d[0])[3]
    end = samples[-1][3]
    return {name: end[name] - start.get(name, 0) for name in end}


def soak(
    folder: Path,
    seconds: float,
    participants: int = 3000,
    sessions: int = 12,
    idle: float = 30,
    scan_ms: int = 40,
    backup_every: float = 60,
    export_every: float = 180,
    cli_pause_ms: int = 100,
    checked_in: float = 0.0,
) -> SoakResult:
    database = folder / "soak.sqlite"
    codes, session_ids = seed(database, participants, sessions, checked_in)
    url = f"sqlite:///{database}"
    env = {
        **os.environ,
        "REGISTRATION_DATA_DIR": str(folder / "data"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    started = time.monotonic()
    window = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "soak_window_child.py"),
            url,
            str(folder / "window.json"),
            "--seconds",
            str(seconds),
            "--idle",
            str(idle),
            "--scan-ms",
            str(scan_ms),
            "--backup-every",
            str(backup_every),
            "--export-every",
            str(export_every),
        ],
        env=env,
    )
    sample = codes[: min(len(codes), 2000)]
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                str(HERE / "soak_cli_child.py"),
                url,
                f"CLI {n}",
                str(folder / f"cli-{n}.json"),
                ",".join(map(str, session_ids)),
                *sample,
                "--seconds",
                str(seconds),
                "--pause-ms",
                str(cli_pause_ms),
            ],
            env=env,
        )
        for n in (1, 2)
    ]
    queries = reader(database, seconds)
    for process in (window, *desks):
        if process.wait(timeout=seconds + 600) != 0:
            raise RuntimeError(f"{process.args[1]} failed with {process.returncode}")
    reader_queries = int((queries.communicate(timeout=60)[0] or "0").strip() or 0)
    took = time.monotonic() - started
    report = json.loads((folder / "window.json").read_text())
    acks = report["acks"] + [
        a for n in (1, 2) for a in json.loads((folder / f"cli-{n}.json").read_text())["acks"]
    ]
    lost, doubled = in_file(database, acks)
    backups = [Path(p) for p in report["backups"] if p]
    bad = [p.name for p in backups if integrity(p) != "ok"]
    bad += ["(a backup failed)"] * sum(1 for p in report["backups"] if not p)
    idle_mb, scan_mb, scans = growth(report["rss"], report["idle"], report["warm"])
    return SoakResult(
        seconds=took,
        window_scans=report["scans"],
        window_acknowledged=len(report["acks"]),
        acknowledged=len(acks),
        lost=lost,
        doubled=doubled,
        integrity=integrity(database),
        backups=len(backups),
        bad_backups=bad,
        exports=sum(1 for p in report["exports"] if p),
        idle_growth_mb=idle_mb,
        scan_growth_mb=scan_mb,
        mb_per_10k_scans=scan_mb * 10_000 / max(scans, 1),
        trend_mb_per_10k_scans=trend(report["rss"], report["idle"]),
        export_steps_mb=sum(report.get("export_steps", [])) / MB,
        reader_queries=reader_queries,
        where=where_it_went(report["detail"], report["idle"]),
        export_peaks=report["export_peaks"],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--participants", type=int, default=3000)
    parser.add_argument("--idle", type=float, default=60, help="yardstick seconds, no scans")
    parser.add_argument("--scan-ms", type=int, default=40, help="pause between window scans")
    parser.add_argument("--keep", type=Path, help="a folder to keep the files and reports in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        r = soak(folder, args.minutes * 60, args.participants, idle=args.idle, scan_ms=args.scan_ms)
    print(
        f"soak: {r.seconds / 60:.1f} min, {r.window_scans} scans in the window, "
        f"{r.acknowledged} check-ins acknowledged ({r.window_acknowledged} by the window, "
        "the rest by 2 command-line desks)"
    )
    print(
        f"  check-ins lost: {r.lost}, counted twice: {r.doubled}; integrity_check: "
        f"{r.integrity}; backups {r.backups}, damaged {len(r.bad_backups)}; "
        f"exports {r.exports}; sqlite3 reader queries {r.reader_queries}"
    )
    print(
        f"  window RSS: {r.trend_mb_per_10k_scans:.1f} MB per 10,000 scans, the trend while "
        f"scanning (goal <= {GOAL_MB_PER_10K:.0f}); end minus start {r.scan_growth_mb:+.1f} MB "
        f"= {r.mb_per_10k_scans:.1f} MB per 10,000 scans; yardstick, the same window idle "
        f"for {args.idle:.0f} s: {r.idle_growth_mb:+.1f} MB"
    )
    print(
        f"  of the end-minus-start: during the exports taken while scanning "
        f"{r.export_steps_mb:+.1f} MB, between exports "
        f"{r.mb_per_10k_scans_between_exports:.1f} MB per 10,000 scans"
    )
    (rows_1, peak_1), (rows_n, peak_n) = r.export_peaks[1], r.export_peaks[-1]
    print(
        f"  an export's peak of Python memory: {peak_1 / MB:.1f} MB at {rows_1} check-ins, "
        f"{peak_n / MB:.1f} MB at {rows_n} ({r.export_peak_per_check_in:.0f} bytes more "
        "per check-in)"
    )
    print(f"  where the scanning growth is: {in_mb(r.where)}")
    print(
        f"  held: {'yes' if r.held else 'NO'}; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
