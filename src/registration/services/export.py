"""Attendance for the secretariat: an Excel workbook or a CSV file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, JobCancelled, JobControl, Progress
from registration.domain.records import EventInfo, ParticipantRecord, SessionInfo
from registration.domain.thai_dates import format_date, format_date_range
from registration.domain.thai_text import thai_sort_key
from registration.services.attendance import CheckInRow, check_in_rows
from registration.services.events import get_event, list_sessions
from registration.services.registry import list_participants
from registration.storage.database import Database

NO_PROVINCE = "ไม่ระบุจังหวัด"
REPORT_EVERY = 500  # rows between two progress reports (and two looks at cancel)


class ExportCancelled(JobCancelled):
    def __init__(self) -> None:
        super().__init__("export_cancelled", "The export was cancelled; no file was written.")


@dataclass(frozen=True)
class AttendanceData:
    event: EventInfo
    sessions: list[SessionInfo]
    participants: list[ParticipantRecord]  # grouped by province, Thai order within
    times: dict[tuple[int, int], str]  # (participant id, session id) -> "HH:MM"
    check_ins: list[CheckInRow]


def load_attendance(db: Database, event_id: int) -> AttendanceData:
    event = get_event(db, event_id)
    people = list_participants(db, event_id)
    people.sort(key=lambda p: thai_sort_key(p.province.name_th) if p.province else "\uffff")
    rows = check_in_rows(db, event_id)
    times = {
        (r.participant_id, r.session_id): f"{r.checked_in_at:%H:%M}"
        for r in rows
        if r.annulled_at is None
    }
    return AttendanceData(event, list_sessions(db, event_id), people, times, rows)


def session_heading(session: SessionInfo) -> str:
    day = format_date(session.starts_at.date(), short=True)
    return f"{day} {session.starts_at:%H:%M} {session.title}"


def _group_label(person: ParticipantRecord) -> str:
    if person.issue_area:
        return person.issue_area.name_th
    return person.role.value


def matrix_rows(data: AttendanceData) -> Iterator[list[str]]:
    """Header then one row per participant: who, where, and the time of each check-in."""
    yield [
        "ลำดับ",
        "รหัสบัตร",
        "ชื่อ-สกุล",
        "จังหวัด",
        "ประเด็นงาน/บทบาท",
        "องค์กร",
        *(session_heading(s) for s in data.sessions),
        "จำนวนช่วงที่เข้าร่วม",
    ]
    for number, person in enumerate(data.participants, start=1):
        times = [data.times.get((person.id, s.id), "") for s in data.sessions]
        yield [
            str(number),
            person.badge_code,
            person.full_name,
            person.province.name_th if person.province else NO_PROVINCE,
            _group_label(person),
            person.organisation,
            *times,
            str(sum(1 for t in times if t)),
        ]


def export_attendance(
    db: Database,
    event_id: int | None,
    out: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write .xlsx or .csv (by the file's suffix) through a temporary file, then rename.

    `progress` hears (rows written, rows in all); once `cancelled()` is true the export
    stops with ExportCancelled and leaves no file behind.
    """
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError("bad_output", f"Export to .xlsx or .csv, not '{out.suffix}'.")
    data = load_attendance(db, get_event(db, event_id).id)
    rows = len(data.participants) + (len(data.check_ins) if suffix == ".xlsx" else 0)
    control = JobControl(rows, progress, cancelled, ExportCancelled, REPORT_EVERY)
    return _write_atomically(out, lambda tmp: _writers[suffix](data, tmp, control))


def _write_csv(data: AttendanceData, path: Path, control: JobControl) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        rows = matrix_rows(data)
        writer.writerow(next(rows))
        for row in rows:
            writer.writerow(row)
            control.advance()


def _write_xlsx(data: AttendanceData, path: Path, control: JobControl) -> None:
    from registration.services.export_xlsx import write_workbook

    write_workbook(data, path, control.advance)


_writers: dict[str, Callable[[AttendanceData, Path, JobControl], None]] = {
    ".csv": _write_csv,
    ".xlsx": _write_xlsx,
}


def _write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("bad_output", f"The folder {folder} does not exist.")
    try:
        handle, name = tempfile.mkstemp(prefix=".export-", suffix=out.suffix, dir=folder)
    except OSError as error:
        raise UserError("bad_output", f"Cannot write in {folder}: {error.strerror}.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError("bad_output", f"Cannot write {out}: {error.strerror}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out


def event_dates(event: EventInfo) -> str:
    return format_date_range(event.starts_on, event.ends_on)
