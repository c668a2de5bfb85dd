"""Attendance for the secretariat: an Excel workbook or a CSV file, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, JobCancelled, JobControl, Progress
from registration.services.events import get_event
from registration.services.export_csv import write_csv
from registration.services.export_data import (
    NO_PROVINCE,
    AttendanceData,
    event_dates,
    load_attendance,
    matrix_rows,
    session_heading,
)
from registration.services.export_files import write_atomically
from registration.storage.database import Database

REPORT_EVERY = 500  # rows between two progress reports (and two looks at cancel)
SUFFIXES = (".xlsx", ".csv")

__all__ = [
    "NO_PROVINCE",
    "AttendanceData",
    "ExportCancelled",
    "event_dates",
    "export_attendance",
    "load_attendance",
    "matrix_rows",
    "session_heading",
    "write_export",
]


class ExportCancelled(JobCancelled):
    def __init__(self) -> None:
        super().__init__("export_cancelled", "The export was cancelled; no file was written.")


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
    _check_suffix(out)
    data = load_attendance(db, get_event(db, event_id).id)
    return write_export(data, out, progress, cancelled)


def write_export(
    data: AttendanceData,
    out: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The export of `data` (perhaps only some participants) to .xlsx or .csv."""
    suffix = _check_suffix(out)
    rows = len(data.participants) + (len(data.check_ins) if suffix == ".xlsx" else 0)
    control = JobControl(rows, progress, cancelled, ExportCancelled, REPORT_EVERY)
    write: Callable[[Path, Path], None]
    if suffix == ".xlsx":
        from registration.services.export_xlsx import write_workbook

        def write(path: Path, scratch: Path) -> None:
            write_workbook(data, path, control.advance, scratch)
    else:

        def write(path: Path, scratch: Path) -> None:
            write_csv(data, path, control.advance)

    return write_atomically(out, write)


def _check_suffix(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("bad_output", f"Export to .xlsx or .csv, not '{out.suffix}'.")
    return suffix
