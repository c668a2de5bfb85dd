"""Figures for several desks on one database (issue 6). Prints them; asserts nothing.

    .venv/bin/python benchmarks/bench_desks.py [--participants 100000] [--scans 2000]
        [--postgres URL|none] # 8 desks on that server (default $REGISTRATION_TEST_POSTGRES);
                              # the benchmark empties its public schema first
        [--skip-sqlite]
        [--restart-server]    # start a private PostgreSQL, stop it (immediate) mid-burst
                              # and start it again; needs Debian's postgresql package
        [--restart-port 55434]  # the private server's port
        [--paced-seconds 60]  # 0 leaves the paced run out

- 4 desk processes x 2,000 scans on one SQLite file; 8 on PostgreSQL; one scan in four
  a badge already scanned: throughput, p50/p99 latency, lost, doubled, errors
- the server gone for a few seconds in the middle of a burst: the same figures, plus
  how many scans waited in the desks' queues, how many conflicts the flush resolved and
  how long the desks took to send what still waited when their bursts ended, a scan
  (beside the yardstick of the same run: one desk alone, one transaction a scan)
- false greens: scans a desk showed as counted whose check-in did not count in the end
  (the later of two); each desk polls other desks' check-ins once a second, as the
  window does, so its copy knows who is in when the server goes
- paced: the same 8 desks each scanning as a fast real desk does (one badge about every
  300 ms, with jitter, for --paced-seconds): what the person at the desk feels
- CPU per scan: the desk processes' own CPU (every thread) and, when the server runs on
  this machine, its whole cluster's (use a server of the benchmark's own: other databases'
  work on it counts too); wall-clock figures swell when others load the machine, CPU per
  scan much less, and the yardstick's is beside it
- yardstick, same run: one desk calling the check-in service directly (no link)
- the change feed's poll and the desk's copy of the participant list with 100,000 people
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text

sys.path.insert(0, str(Path(__file__).parent))
from bench_core import seed

from registration.services import checkin
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.feed import changes_since, feed_start
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database

REPEATED = 0.25
PACE_S = 0.3  # a fast desk: one badge every 300 ms on average


@dataclass
class DeskReport:
    desk: str
    acknowledged: list[str]
    latencies: list[float]
    scanning_seconds: float
    outcomes: Counter[str]
    errors: int
    offline_scans: int
    left_in_queue: int
    flush_seconds: float = 0.0  # sending queued scans, not counted as scanning time
    waiting_at_end: int = 0  # queued scans not yet sent when the burst ended
    cpu_seconds: float = 0.0  # the desk process's CPU while it scanned (every thread)
    # counted from the desk's copy, shown as "not yet confirmed by the server"
    unconfirmed: list[str] = field(default_factory=list)


def plan_bursts(codes: list[str], desks: int, scans: int, rng: random.Random) -> list[list[str]]:
    """Each desk its own new badges plus one scan in four of any badge of any desk."""
    fresh = int(scans * (1 - REPEATED))
    pool = rng.sample(codes, desks * fresh)
    bursts = []
    for number in range(desks):
        burst = pool[number * fresh : (number + 1) * fresh] + rng.sample(pool, scans - fresh)
        rng.shuffle(burst)
        bursts.append(burst)
    return bursts


def process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class ServerCpu:
    """CPU seconds of the whole PostgreSQL cluster behind `db`, read from /proc: the
    postmaster's own and its reaped children's, plus its children alive now. None when
    the server is not on this machine (or not PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.postmaster: int | None = None
        if db.is_sqlite:
            return
        with db.read() as s:
            backend = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
        try:
            parent = int(_proc_stat(backend)[1])
            if Path(f"/proc/{parent}/exe").resolve().name in {"postgres", "postmaster"}:
                self.postmaster = parent
        except (OSError, ValueError):
            pass  # not on this machine

    def seconds(self) -> float | None:
        if self.postmaster is None:
            return None
        ticks = sum(int(field) for field in _proc_stat(self.postmaster)[11:15])
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    fields = _proc_stat(int(entry.name))
                except (OSError, IndexError):
                    continue
                if int(fields[1]) == self.postmaster:
                    ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")


def _proc_stat(pid: int) -> list[str]:
    """Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11:15] times."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


@dataclass
class CpuPerScan:
    desks: float  # ms a scan
    server: float | None

    def __str__(self) -> str:
        server = "n/a" if self.server is None else f"{self.server:.2f} ms"
        return f"desk {self.desks:.2f} ms + server {server}"


def keep_in_step(link: DeskLink, stop: threading.Event) -> None:
    """The window's one-second timer: send the queue, read other desks' check-ins."""
    while not stop.wait(1.0):
        try:
            link.flush()
            link.changes()
        except Exception as error:  # counted by the lost/doubled figures, not hidden
            print(f"  {link.desk}: keeping in step failed: {error!r}", file=sys.stderr)


def desk_process(
    url: str,
    store: Path,
    desk: str,
    event_id: int,
    session_id: int,
    codes: list[str],
    start: Any,
    done: Any,
    results: Any,
    pace: float | None = None,
) -> None:
    link = DeskLink(url, store, desk, event_id)
    link.refresh()
    stop = threading.Event()
    ticker = threading.Thread(target=keep_in_step, args=(link, stop), daemon=True)
    ticker.start()
    start.wait()
    report = DeskReport(desk, [], [], 0.0, Counter(), 0, 0, 0)
    rng = random.Random(desk)
    cpu = process_cpu()
    began = due = time.perf_counter()
    for code in codes:
        if pace is not None:  # a person at the desk: the next badge comes after a while
            due += rng.uniform(pace / 2, pace * 1.5)
            time.sleep(max(0.0, due - time.perf_counter()))
        t = time.perf_counter()
        try:
            scanned = link.check_in(code, session_id)
        except Exception:
            report.errors += 1
            continue
        report.latencies.append(time.perf_counter() - t)
        report.outcomes[scanned.result.outcome.value] += 1
        report.offline_scans += not scanned.online
        if scanned.result.counted:
            report.acknowledged.append(scanned.scan_id)
            if not scanned.confirmed:
                report.unconfirmed.append(scanned.scan_id)
    report.scanning_seconds = time.perf_counter() - began
    report.cpu_seconds = process_cpu() - cpu
    done.wait()  # every desk has scanned: the server's CPU is read now
    done.wait()  # ... and was read: the desk may close its connections
    stop.set()
    ticker.join()
    report.waiting_at_end = link.status().queued
    t = time.perf_counter()
    deadline = time.monotonic() + 120
    while link.flush().remaining and time.monotonic() < deadline:
        time.sleep(0.5)
    report.flush_seconds += time.perf_counter() - t
    report.left_in_queue = link.status().queued
    link.close()
    results.put(report)


def run_desks(
    url: str,
    folder: Path,
    event_id: int,
    session_id: int,
    bursts: list[list[str]],
    meanwhile: Callable[[], None] = lambda: None,
    pace: float | None = None,
    server: ServerCpu | None = None,
) -> tuple[list[DeskReport], float | None]:
    """The desks' reports, and the server's CPU seconds while they scanned (if known)."""
    context = multiprocessing.get_context("fork")
    start, done = context.Barrier(len(bursts) + 1), context.Barrier(len(bursts) + 1)
    results = context.Queue()
    processes = [
        context.Process(
            target=desk_process,
            args=(
                url,
                folder / f"desk{n}.sqlite",
                f"Desk {n}",
                event_id,
                session_id,
                burst,
                start,
                done,
                results,
                pace,
            ),
        )
        for n, burst in enumerate(bursts, start=1)
    ]
    for process in processes:
        process.start()
    start.wait()
    before = server.seconds() if server else None
    meanwhile()
    done.wait()
    after = server.seconds() if server else None
    done.wait()
    reports = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    return reports, None if before is None or after is None else after - before


def summarise(
    label: str,
    db: Database,
    session_id: int,
    reports: list[DeskReport],
    server_seconds: float | None = None,
    yardstick: CpuPerScan | None = None,
) -> None:
    with db.read() as s:
        rows = s.execute(
            select(
                models.CheckIn.participant_id, models.CheckIn.scan_id, models.CheckIn.annulled_at
            ).where(models.CheckIn.session_id == session_id)
        ).all()
    on_server = Counter(row.scan_id for row in rows)
    active = Counter(row.participant_id for row in rows if row.annulled_at is None)
    acknowledged = [scan_id for report in reports for scan_id in report.acknowledged]
    lost = sum(1 for scan_id in acknowledged if on_server[scan_id] == 0)
    annulled = {row.scan_id for row in rows if row.annulled_at is not None}
    unconfirmed = {scan_id for report in reports for scan_id in report.unconfirmed}
    lost_greens = [scan_id for scan_id in acknowledged if scan_id in annulled]
    false_greens = sum(1 for scan_id in lost_greens if scan_id not in unconfirmed)
    doubled = sum(n - 1 for n in on_server.values() if n > 1) + sum(
        n - 1 for n in active.values() if n > 1
    )
    latencies = sorted(t for report in reports for t in report.latencies)
    scans = sum(len(report.latencies) for report in reports)
    seconds = max(report.scanning_seconds for report in reports)
    outcomes: Counter[str] = sum((report.outcomes for report in reports), Counter())
    errors = sum(r.errors for r in reports) + sum(
        n for o, n in outcomes.items() if o not in {"checked_in", "already_checked_in"}
    )
    print(
        f"{label}: {scans} scans in {seconds:.1f} s = {scans / seconds:.0f} scans/s; latency "
        f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms; "
        f"lost {lost}, doubled {doubled}, errors {errors}; false greens {false_greens} "
        "(confirmed by the server, later set aside for an earlier offline scan of another desk)"
    )
    per_scan = CpuPerScan(
        sum(r.cpu_seconds for r in reports) / scans * 1000,
        None if server_seconds is None else server_seconds / scans * 1000,
    )
    beside = f" (yardstick: {yardstick})" if yardstick is not None else ""
    print(f"  CPU per scan: {per_scan}{beside}")
    reported = len(lost_greens) - false_greens
    print(
        f"  {len(unconfirmed)} greens shown as 'not yet confirmed by the server' (the server "
        f"did not answer within the desk's deadline, or was away); {reported} of them lost "
        "to another desk's earlier check-in and were reported to their desk"
    )
    offline = sum(r.offline_scans for r in reports)
    if offline:
        superseded = sum(1 for row in rows if row.annulled_at is not None)
        print(
            f"  {offline} scans made offline and queued; {superseded} check-ins kept annulled "
            f"as the later of two; left in queues {sum(r.left_in_queue for r in reports)}; "
            f"active check-ins {len(active)} for {len(set(acknowledged))} acknowledged scans; "
            f"sending the queues took up to {max(r.flush_seconds for r in reports):.1f} s a desk"
        )
        slowest = max(reports, key=lambda r: r.flush_seconds)
        per_scan = slowest.flush_seconds / max(1, slowest.waiting_at_end) * 1000
        print(
            f"  that desk had {slowest.waiting_at_end} scans waiting when its burst ended: "
            f"{per_scan:.2f} ms a scan sent (all 8 desks sending at once)"
        )


def bench_direct(db: Database, session_id: int, codes: list[str]) -> CpuPerScan:
    """The yardstick: one desk calling the check-in service itself, no link, no threads
    (as a queued scan was sent, one transaction each)."""
    latencies = []
    server = ServerCpu(db)
    cpu, server_cpu = process_cpu(), server.seconds()
    for code in codes:
        t = time.perf_counter()
        checkin.check_in(db, code, session_id, "Desk Y")
        latencies.append(time.perf_counter() - t)
    spent, server_end = process_cpu() - cpu, server.seconds()
    per_scan = CpuPerScan(
        spent / len(codes) * 1000,
        None
        if server_cpu is None or server_end is None
        else (server_end - server_cpu) / len(codes) * 1000,
    )
    latencies.sort()
    print(
        f"  yardstick, 1 desk calling the service directly, {len(codes)} scans: p50 "
        f"{statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms; CPU per scan {per_scan}"
    )
    return per_scan


def bench_feed(db: Database, event_id: int, session_id: int, codes: list[str]) -> None:
    cursor = feed_start(db)
    idle = []
    for _ in range(50):
        t = time.perf_counter()
        _, cursor = changes_since(db, event_id, cursor)
        idle.append(time.perf_counter() - t)
    busy = []
    spare = iter(codes[-500:])
    for _ in range(20):
        for _ in range(10):
            checkin.check_in(db, next(spare), session_id, "Desk F")
        t = time.perf_counter()
        found, cursor = changes_since(db, event_id, cursor)
        busy.append(time.perf_counter() - t)
        assert len(found) == 10
    print(
        f"change feed poll: nothing new median {statistics.median(idle) * 1000:.2f} ms; "
        f"10 new check-ins median {statistics.median(busy) * 1000:.2f} ms"
    )


def bench_copy(url: str, folder: Path, event_id: int, participants: int) -> None:
    link = DeskLink(url, folder / "copy.sqlite", "Desk C", event_id)
    t = time.perf_counter()
    copied = link.refresh()
    took = time.perf_counter() - t
    link.close()
    size = (folder / "copy.sqlite").stat().st_size / 1e6
    print(
        f"desk copy of the list: {copied} of {participants} people in {took:.1f} s, {size:.0f} MB"
    )


def seeded(url: str, participants: int) -> tuple[Database, int, list[int], list[str]]:
    db = open_database(url)
    t = time.perf_counter()
    event_id, session_ids, codes = seed(db, participants)
    print(f"  seeded {participants} participants in {time.perf_counter() - t:.1f} s")
    return db, event_id, session_ids, codes


def empty_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


class PrivatePostgres:
    """A throw-away PostgreSQL cluster on loopback, run as user postgres when we are root."""

    def __init__(self, folder: Path, port: int) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        if not bins:
            raise SystemExit("no PostgreSQL under /usr/lib/postgresql")
        self.bin, self.data, self.port = bins[-1], folder / "pg", port
        folder.mkdir(exist_ok=True)
        if os.getuid() == 0:
            os.chown(folder, *_postgres_ids())
        self._run(f"{self.bin}/initdb -D {self.data} -A trust -U postgres")
        self.start()
        self._run(f"{self.bin}/psql -h 127.0.0.1 -p {port} -U postgres -qc 'CREATE DATABASE bench'")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/bench"

    def _run(self, command: str) -> None:
        wrapped = ["su", "postgres", "-c", command] if os.getuid() == 0 else ["sh", "-c", command]
        subprocess.run(wrapped, check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        options = f"-k {self.data.parent} -h 127.0.0.1 -p {self.port}"
        self._run(f"{self.bin}/pg_ctl -D {self.data} -o '{options}' -l {self.data}.log -w start")

    def crash(self) -> None:
        """Every server process quits at once, no checkpoint: recovery on the next start."""
        self._run(f"{self.bin}/pg_ctl -D {self.data} -m immediate stop")

    def stop(self) -> None:
        self._run(f"{self.bin}/pg_ctl -D {self.data} -m fast stop")


def _postgres_ids() -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam("postgres")
    return entry.pw_uid, entry.pw_gid


def bench_sqlite(folder: Path, args: argparse.Namespace) -> None:
    url = f"sqlite:///{folder / 'shared.sqlite'}"
    print("one SQLite file, 4 desk processes:")
    db, event_id, (session_id, feed_session, *_), codes = seeded(url, args.participants)
    bursts = plan_bursts(codes, 4, args.scans, random.Random(4))
    reports, _ = run_desks(url, folder, event_id, session_id, bursts)
    summarise(f"  4 desks x {args.scans}", db, session_id, reports)
    bench_feed(db, event_id, feed_session, codes)
    bench_copy(url, folder, event_id, args.participants)
    db.dispose()


def bench_postgres(folder: Path, url: str, args: argparse.Namespace) -> None:
    print("PostgreSQL, 8 desk processes:")
    empty_postgres(url)
    db, event_id, (session_id, feed_session, direct_session, paced_session, *_), codes = seeded(
        url, args.participants
    )
    yardstick = bench_direct(db, direct_session, codes[:500])
    bursts = plan_bursts(codes, 8, args.scans, random.Random(8))
    reports, server = run_desks(url, folder, event_id, session_id, bursts, server=ServerCpu(db))
    label = f"  8 desks x {args.scans}, each scanning back to back"
    summarise(label, db, session_id, reports, server, yardstick)
    if args.paced_seconds:
        bench_paced(folder, url, db, event_id, paced_session, codes, args, yardstick)
    bench_feed(db, event_id, feed_session, codes)
    bench_copy(url, folder, event_id, args.participants)
    db.dispose()


def bench_paced(
    folder: Path,
    url: str,
    db: Database,
    event_id: int,
    session_id: int,
    codes: list[str],
    args: argparse.Namespace,
    yardstick: CpuPerScan,
) -> None:
    """8 desks at a person's pace, in a session of its own."""
    scans = int(args.paced_seconds / PACE_S)
    rng = random.Random(9)
    bursts = plan_bursts(codes, 8, scans, rng)
    (folder / "paced").mkdir()
    reports, server = run_desks(
        url, folder / "paced", event_id, session_id, bursts, pace=PACE_S, server=ServerCpu(db)
    )
    label = f"  8 desks x {scans}, each scanning every {PACE_S * 1000:.0f} ms or so (paced)"
    summarise(label, db, session_id, reports, server, yardstick)


def bench_restart(folder: Path, args: argparse.Namespace) -> None:
    print("private PostgreSQL stopped (immediate) mid-burst and started again, 8 desks:")
    server = PrivatePostgres(folder / "restart", port=args.restart_port)
    try:
        db, event_id, (session_id, direct_session, *_), codes = seeded(
            server.url, args.participants
        )
        yardstick = bench_direct(db, direct_session, codes[-500:])
        bursts = plan_bursts(codes, 8, args.scans, random.Random(5))

        def outage() -> None:
            time.sleep(2.0)
            server.crash()
            t = time.perf_counter()
            time.sleep(3.0)
            server.start()
            print(f"  server down for {time.perf_counter() - t:.1f} s")

        reports, _ = run_desks(server.url, folder / "restart", event_id, session_id, bursts, outage)
        db.dispose()
        db = open_database(server.url)
        summarise(f"  8 desks x {args.scans}", db, session_id, reports, yardstick=yardstick)
        db.dispose()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--postgres", default=os.environ.get("REGISTRATION_TEST_POSTGRES", ""))
    parser.add_argument("--restart-server", action="store_true")
    parser.add_argument("--restart-port", type=int, default=55434)
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--paced-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.chmod(folder, 0o755)
        if not args.skip_sqlite:
            (folder / "sqlite").mkdir()
            bench_sqlite(folder / "sqlite", args)
        if args.postgres == "none":
            pass
        elif args.postgres:
            (folder / "postgres").mkdir()
            bench_postgres(folder / "postgres", args.postgres, args)
        else:
            print("PostgreSQL: skipped (give --postgres URL or set REGISTRATION_TEST_POSTGRES)")
        if args.restart_server:
            bench_restart(folder, args)


if __name__ == "__main__":
    main()
