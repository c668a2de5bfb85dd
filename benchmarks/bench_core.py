"""Figures for the core services (issue: the core). Prints them; asserts nothing.

    .venv/bin/python benchmarks/bench_core.py [--participants 100000]

- check_in() service call vs a raw sqlite3 INSERT+COMMIT with the same pragmas, same run
- search for a Thai fragment over all participants (median)
- import of a 10,000-row XLSX vs an openpyxl read-only read and a bare python-calamine
  read of the same file
- XLSX export of 10,000 participants x 12 sessions vs a bare XlsxWriter loop writing the
  same cells
- the 136-person demo event: export, import
- hostile files (time and peak memory, each in a child process): a 3.9 MB row bomb, a
  shared-string bomb, a 50 MB CSV
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import insert, select

from registration.domain.badge_code import new_badge_code, parse_badge_code
from registration.domain.enums import SessionKind
from registration.services import checkin, events, export, importing, registry
from registration.services.events import NewSession
from registration.services.fictional_people import fictional_people
from registration.services.participant_input import ParticipantInput
from registration.services.reference import read_data_file
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database

PARTS = ["check-in", "search", "import", "export", "demo", "hostile"]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' file makers
PROVINCES = [row["iso_code"] for row in read_data_file("codi_central_west.csv")]


def seed(db: Database, participants: int, sessions: int = 12) -> tuple[int, list[int], list[str]]:
    start = datetime(2019, 2, 9, 8, 0)
    event = events.create_event(
        db,
        "Benchmark",
        date(2019, 2, 9),
        date(2019, 2, 10),
        provinces=[(code, "") for code in PROVINCES],
        sessions=[
            NewSession(
                f"ช่วงที่ {i + 1}",
                start + timedelta(hours=i),
                start + timedelta(hours=i, minutes=50),
                SessionKind.LECTURE,
            )
            for i in range(sessions)
        ],
    )
    codes: list[str] = []
    rng = random.Random(1)
    with db.write() as s:
        batch = []
        for person in fictional_people(participants):
            data = ParticipantInput(
                prefix=person.prefix,
                first_name=person.first_name,
                last_name=person.last_name,
                nickname=person.nickname,
                phone=person.phone,
                province_code=rng.choice(PROVINCES),
                organisation="เครือข่ายองค์กรชุมชน",
            ).cleaned()
            values = registry.participant_values(data)
            code = new_badge_code()
            codes.append(code)
            values.update(event_id=event.id, badge_code=code, registered_at=start)
            batch.append(values)
            if len(batch) == 5000:
                s.execute(insert(models.Participant), batch)
                batch = []
        if batch:
            s.execute(insert(models.Participant), batch)
    session_ids = [s.id for s in events.list_sessions(db, event.id)]
    return event.id, session_ids, codes


def per_call_ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95)]
    return f"median {statistics.median(ordered) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms"


RAW_LOOKUP = (
    "SELECT p.id, p.event_id, p.badge_code, p.prefix, p.first_name, p.last_name, p.nickname,"
    " p.role, p.organisation, p.position, p.phone, p.email, p.note, p.status, p.registered_at,"
    " pr.code, pr.name_th, pr.name_en, pr.region, ia.id, ia.key, ia.name_th, ia.name_en,"
    " ia.kind, ia.colour FROM participants p"
    " LEFT JOIN provinces pr ON pr.code = p.province_code"
    " LEFT JOIN issue_areas ia ON ia.id = p.issue_area_id WHERE p.badge_code = ?"
)
RAW_INSERT = (
    "INSERT INTO check_ins (participant_id, session_id, checked_in_at, desk, method,"
    " annul_reason, scan_id) VALUES (?, ?, ?, ?, ?, '', NULL)"
    " ON CONFLICT (participant_id, session_id) WHERE annulled_at IS NULL DO NOTHING RETURNING id"
)


def bench_check_in(
    db: Database, path: Path, session_ids: list[int], codes: list[str], n: int
) -> None:
    """The service against a bare INSERT+COMMIT (the issue's yardstick) and against
    hand-written sqlite3 doing the service's database work: parse the code, look the
    person up, insert unless already in, commit (the floor for any implementation)."""
    picked = random.Random(2).sample(codes, 2 * n)
    service: list[float] = []
    for code in picked[:n]:
        t = time.perf_counter()
        result = checkin.check_in(db, code, session_ids[0], "Desk 1")
        service.append(time.perf_counter() - t)
        assert result.counted
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "busy_timeout = 15000",
        "journal_mode = WAL",
        "synchronous = NORMAL",
        "foreign_keys = ON",
    ):
        raw.execute(f"PRAGMA {pragma}")
    ids = [row[0] for row in raw.execute("SELECT id FROM participants LIMIT ?", (n,))]
    bare: list[float] = []
    for participant_id in ids:
        t = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO check_ins (participant_id, session_id, checked_in_at, desk, method,"
            " annul_reason) VALUES (?, ?, ?, ?, ?, '')",
            (participant_id, session_ids[1], datetime.now().isoformat(" "), "Desk 1", "scan"),
        )
        raw.execute("COMMIT")
        bare.append(time.perf_counter() - t)
    same_work: list[float] = []
    for code in picked[n:]:
        t = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        person = raw.execute(RAW_LOOKUP, (parse_badge_code(code).code,)).fetchone()
        now = datetime.now().isoformat(" ")
        raw.execute(RAW_INSERT, (person[0], session_ids[2], now, "Desk 1", "scan")).fetchone()
        raw.execute("COMMIT")
        same_work.append(time.perf_counter() - t)
    raw.close()
    median = statistics.median
    print(f"check_in service  ({n} calls): {per_call_ms(service)}")
    print(f"raw INSERT+COMMIT ({n} calls): {per_call_ms(bare)}")
    print(
        f"raw lookup+INSERT+COMMIT, the service's work by hand ({n} calls): "
        f"{per_call_ms(same_work)}"
    )
    print(
        f"check_in / raw INSERT+COMMIT, medians: {median(service) / median(bare):.2f}x"
        "  (goal <= 1.5x)"
    )
    print(
        f"raw lookup+INSERT+COMMIT / raw INSERT+COMMIT: {median(same_work) / median(bare):.2f}x;"
        f" check_in / raw lookup+INSERT+COMMIT: {median(service) / median(same_work):.2f}x"
    )


def bench_search(db: Database, event_id: int) -> None:
    fragments = ["ปิ่นทอง", "สมชาย", "น้ำใส", "ทดลองดี", "เกียรติ", "ญาณิศา", "ตุ๊ก", "จำลองศรี"]
    timings: list[float] = []
    hits = 0
    for _ in range(5):
        for fragment in fragments:
            t = time.perf_counter()
            hits += len(registry.search(db, event_id, fragment))
            timings.append(time.perf_counter() - t)
    print(
        f"search Thai fragment ({len(timings)} queries, <=200 results each): "
        f"{per_call_ms(timings)}  (goal median < 30 ms)"
    )


def make_xlsx(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("รายชื่อ")
    sheet.append(["ลำดับ", "ชื่อ-สกุล", "ชื่อเล่น", "จังหวัด", "หน่วยงาน", "เบอร์โทร", "อีเมล"])
    names = [row["name_th"] for row in read_data_file("codi_central_west.csv")]
    for number, person in enumerate(fictional_people(rows, seed=7), start=1):
        sheet.append(
            [
                number,
                f"{person.prefix}{person.first_name} {person.last_name}{number}",
                person.nickname,
                names[number % len(names)],
                "เครือข่ายองค์กรชุมชน",
                f"09{number:08d}",
                f"person{number}@example.org",
            ]
        )
    workbook.save(path)


def seconds(samples: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in samples)


def bench_import(folder: Path, rows: int, rounds: int = 5) -> None:
    """Alternating rounds, each an openpyxl read, a bare python-calamine read, then our
    import of the same file, and the median of each round's own ratios: this shared
    machine's speed swings by a factor of two from one minute to the next."""
    path = folder / "participants.xlsx"
    make_xlsx(path, rows)
    reads: list[float] = []
    bare: list[float] = []
    imports: list[float] = []
    floors: list[float] = []
    for round_number in range(rounds):
        t = time.perf_counter()
        workbook = load_workbook(path, read_only=True)
        read_rows = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
        reads.append(time.perf_counter() - t)
        t = time.perf_counter()
        book = CalamineWorkbook.from_path(str(path))
        assert len(book.get_sheet_by_index(0).to_python()) == read_rows
        book.close()
        bare.append(time.perf_counter() - t)
        db = open_database(f"sqlite:///{folder / f'import-{round_number}.sqlite'}")
        event_id = seed(db, 0)[0]
        t = time.perf_counter()
        result = importing.import_participants(db, event_id, path)
        imports.append(time.perf_counter() - t)
        assert result.imported == rows, result.problems[:3]
        db.dispose()
        floors.append(bare[-1] + raw_insert(folder, round_number))
    to_openpyxl = statistics.median(a / b for a, b in zip(imports, reads, strict=True))
    to_calamine = statistics.median(a / b for a, b in zip(imports, bare, strict=True))
    print(
        f"import {rows}-row XLSX: {statistics.median(imports):.2f} s; openpyxl read-only "
        f"read of it: {statistics.median(reads):.2f} s, ratio {to_openpyxl:.2f}x (goal <= 1.0x); "
        f"bare python-calamine read: {statistics.median(bare):.3f} s, ratio {to_calamine:.2f}x "
        f"(goal <= 3x). Rounds: ours {seconds(imports)}, openpyxl {seconds(reads)}, "
        f"calamine {seconds(bare)}"
    )
    to_floor = statistics.median(a / b for a, b in zip(imports, floors, strict=True))
    print(
        f"  the floor, calamine read + sqlite3 writing the same rows and their search index "
        f"with no Python per row: {statistics.median(floors):.2f} s = "
        f"{statistics.median(a / b for a, b in zip(floors, bare, strict=True)):.2f}x the bare "
        f"read; our import is {to_floor:.2f}x this floor"
    )


def raw_insert(folder: Path, round_number: int) -> float:
    """The database part of an import with nothing in Python per row: the rows the
    import wrote, prepared beforehand, written by sqlite3 into an empty event the way the
    import does (one transaction, the search index filled in one statement)."""
    source = sqlite3.connect(folder / f"import-{round_number}.sqlite")
    columns = [row[1] for row in source.execute("PRAGMA table_info(participants)")][1:]
    prepared = source.execute(f"SELECT {', '.join(columns)} FROM participants").fetchall()
    trigger = source.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'participant_search_insert'").fetchone()
    source.close()
    target_db = open_database(f"sqlite:///{folder / f'floor-{round_number}.sqlite'}")
    seed(target_db, 0)
    target_db.dispose()
    target = sqlite3.connect(folder / f"floor-{round_number}.sqlite", isolation_level=None)
    target.execute("PRAGMA synchronous = NORMAL")
    marks = ", ".join("?" for _ in columns)
    started = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    if trigger:
        target.execute("DROP TRIGGER participant_search_insert")
    target.executemany(
        f"INSERT INTO participants ({', '.join(columns)}) VALUES ({marks})", prepared)
    if trigger:
        target.execute("INSERT INTO participant_search(rowid, search_text)"
                       " SELECT id, search_text FROM participants")
        target.execute(trigger[0])
    target.execute("COMMIT")
    took = time.perf_counter() - started
    target.close()
    return took


def bench_export(folder: Path, participants: int, sessions: int) -> None:
    db = open_database(f"sqlite:///{folder / 'export.sqlite'}")
    event_id, session_ids, _codes = seed(db, participants, sessions)
    seed_check_ins(db, event_id, session_ids, 0.8)
    total: list[float] = []
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(3):
        t = time.perf_counter()
        export.export_attendance(db, event_id, folder / "attendance.xlsx")
        total.append(time.perf_counter() - t)
        data = export.load_attendance(db, event_id)
        t = time.perf_counter()
        export.write_export(data, folder / "attendance.xlsx")
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare_xlsxwriter(data, folder / "bare.xlsx")
        bare.append(time.perf_counter() - t)
    ratio = statistics.median(a / b for a, b in zip(ours, bare, strict=True))
    print(
        f"XLSX export {participants} x {sessions} (80% attendance): "
        f"{statistics.median(total):.2f} s from the database (goal < 5 s); writing alone "
        f"{statistics.median(ours):.2f} s; a bare XlsxWriter loop writing the same cells: "
        f"{statistics.median(bare):.2f} s; ratio {ratio:.2f}x (goal <= 1.3x). Rounds: "
        f"total {seconds(total)}, writing {seconds(ours)}, bare {seconds(bare)}"
    )
    db.dispose()


def seed_check_ins(db: Database, event_id: int, session_ids: list[int], share: float) -> None:
    """`share` of the people checked in to each session, written in bulk (the check_in
    service, one transaction each, took minutes for 96,000 and is measured elsewhere)."""
    rng = random.Random(3)
    start = datetime(2019, 2, 9, 8, 0)
    with db.write() as s:
        ids = list(s.scalars(select(models.Participant.id)
                             .where(models.Participant.event_id == event_id)))
        for hour, session_id in enumerate(session_ids):
            s.execute(insert(models.CheckIn), [
                {"participant_id": pid, "session_id": session_id, "desk": "Desk 1",
                 "method": "scan", "annul_reason": "",
                 "checked_in_at": start + timedelta(hours=hour, seconds=rng.randrange(3000))}
                for pid in rng.sample(ids, int(len(ids) * share))
            ])


def bare_xlsxwriter(data: export.AttendanceData, path: Path) -> None:
    """The yardstick: the same cells of the same types (text, numbers, times, date-times),
    written with no layout, subtotals, formats or progress."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sessions = len(data.sessions)
    for line, row in enumerate(export.matrix_rows(data)):
        for column, value in enumerate(row):
            if not value:
                continue
            if line and 6 <= column < 6 + sessions:
                hours, minutes = value.split(":")
                sheet.write_number(line, column, (int(hours) * 60 + int(minutes)) / 1440)
            else:
                sheet.write_string(line, column, value)
    people = {p.id: (p.badge_code, p.full_name, p.province.name_th if p.province else "")
              for p in data.participants}
    headings = {s.id: export.session_heading(s) for s in data.sessions}
    raw = book.add_worksheet()
    for line, check_in in enumerate(data.check_ins, start=1):
        raw.write_datetime(line, 0, check_in.checked_in_at)
        texts = (headings[check_in.session_id], *people[check_in.participant_id],
                 check_in.desk, check_in.method)
        for column, value in enumerate(texts, start=1):
            if value:
                raw.write_string(line, column, value)
        if check_in.annulled_at is not None:
            raw.write_datetime(line, 7, check_in.annulled_at)
            raw.write_string(line, 8, check_in.annul_reason)
    book.close()


def bench_demo(folder: Path) -> None:
    """The 136-person demo event: export to XLSX and CSV, import of its 136 rows."""
    from registration.services import demo

    db = open_database(f"sqlite:///{folder / 'demo.sqlite'}")
    event_id = demo.load_demo_event(db).id
    for suffix in (".xlsx", ".csv"):
        took = []
        for _ in range(5):
            t = time.perf_counter()
            export.export_attendance(db, event_id, folder / f"demo{suffix}")
            took.append(time.perf_counter() - t)
        print(f"demo event export {suffix}: {statistics.median(took) * 1000:.0f} ms "
              "(goal < 100 ms)")
    path = folder / "demo-people.xlsx"
    make_xlsx(path, 136)
    took = []
    for n in range(5):
        target = open_database(f"sqlite:///{folder / f'demo-import-{n}.sqlite'}")
        target_event = seed(target, 0)[0]
        t = time.perf_counter()
        importing.import_participants(target, target_event, path)
        took.append(time.perf_counter() - t)
        target.dispose()
    print(f"demo event import of 136 XLSX rows: {statistics.median(took) * 1000:.0f} ms "
          "(goal < 100 ms)")
    db.dispose()


def lying_row_bomb(path: Path) -> Path:
    """The same rows, in a sheet whose zip entry declares 1,000 bytes."""
    from tests.services.test_importing_hostile import lying_size_bomb

    return lying_size_bomb(path, rows=11_500_000)


HOSTILE_CHILD = """
import json, resource, sys, time
from pathlib import Path
from registration.domain.errors import UserError
from registration.services.importing.reading import read_table
started = time.perf_counter()
try:
    outcome = f"read {len(read_table(Path(sys.argv[1])).rows)} rows"
except UserError as error:
    outcome = error.code
took = time.perf_counter() - started
try:  # this process's own high-water mark (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([outcome, took, peak]))
"""


def bench_hostile(folder: Path) -> None:
    """Each file read in a child process; its own baseline is a child reading a tiny CSV."""
    from tests.services.spreadsheet_files import write_xlsx_parts

    def cell(n: int, kind: str = 'inlineStr"><is><t>x</t></is>') -> str:
        return f'<row r="{n}"><c r="A{n}" t="{kind}</c></row>'

    files = {
        "row bomb (11.5 M rows)": write_xlsx_parts(
            folder / "rows.xlsx", ("<row><c><v>1</v></c></row>" * 1000 for _ in range(11_500)),
            level=9),
        "row bomb lying about its size": lying_row_bomb(folder / "lying.xlsx"),
        "shared-string bomb": write_xlsx_parts(
            folder / "sst.xlsx", (cell(n, 's"><v>0</v>') for n in range(1, 190_000)),
            ["ก" * 30_000]),
        "50 MB CSV": folder / "big.csv",
        "tiny CSV (baseline)": folder / "tiny.csv",
    }
    with files["50 MB CSV"].open("w", encoding="utf-8") as handle:
        handle.write("ชื่อ-สกุล,จังหวัด,เบอร์โทร\n")
        while handle.tell() < 50 * 2**20:
            handle.write("นายสมชาย ใจดี,พระนครศรีอยุธยา,0812345678\n" * 1000)
    files["tiny CSV (baseline)"].write_text("ชื่อ-สกุล\nนายสมชาย ใจดี\n", encoding="utf-8")
    for label, path in files.items():
        done = subprocess.run([sys.executable, "-c", HOSTILE_CHILD, str(path)],
                              capture_output=True, text=True, check=True)
        outcome, took, peak = json.loads(done.stdout)
        size = path.stat().st_size / 2**20
        print(f"{label}, {size:.1f} MB: {outcome} in {took:.2f} s, peak {peak:.0f} MB "
              "(goal: within 10 s and 300 MB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument(
        "--only", nargs="+", choices=PARTS, default=PARTS, help="measure just these figures"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "bench.sqlite"
        if {"check-in", "search"} & set(args.only):
            db = open_database(f"sqlite:///{path}")
            t = time.perf_counter()
            event_id, session_ids, codes = seed(db, args.participants)
            print(
                f"seeded {args.participants} participants, 12 sessions in "
                f"{time.perf_counter() - t:.1f} s"
            )
            if "check-in" in args.only:
                bench_check_in(db, path, session_ids, codes, args.calls)
            if "search" in args.only:
                bench_search(db, event_id)
            db.dispose()
        if "import" in args.only:
            bench_import(folder, args.import_rows)
        if "export" in args.only:
            bench_export(folder, 10_000, 12)
        if "demo" in args.only:
            bench_demo(folder)
        if "hostile" in args.only:
            bench_hostile(folder)


if __name__ == "__main__":
    main()
