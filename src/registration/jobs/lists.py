"""Rosters and the still-missing call list as jobs: select, then write PDF, XLSX or CSV
by the file's suffix. The window and `registration-cli roster` / `missing` both call these.

reportlab is imported when a PDF is written, not when the window starts.
"""

from __future__ import annotations

from pathlib import Path

from registration.domain.errors import UserError
from registration.domain.grouped_list import GroupedList
from registration.domain.progress import CancelCheck, Progress
from registration.jobs.printing import Made
from registration.services.missing import MissingList
from registration.services.missing_export import call_list
from registration.services.roster import RosterOptions, roster
from registration.services.roster_files import SPREADSHEET_SUFFIXES, write_grouped_list
from registration.storage.database import Database

SUFFIXES = (".pdf", *SPREADSHEET_SUFFIXES)


def write_list(
    document: GroupedList,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """The grouped list as a PDF or a spreadsheet, chosen by the file's suffix."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from registration.printing.roster import render_roster

        result = render_roster(out, document, None, progress, cancel, desk)
        return Made(out, result.pages, result.items)
    if suffix in SPREADSHEET_SUFFIXES:
        write_grouped_list(document, out)
        return Made(out, 0, document.row_count)
    raise UserError(
        "bad_output_type", f"The file must end in .pdf, .xlsx or .csv: {out}", path=str(out)
    )


def make_roster(
    db: Database,
    event_id: int,
    options: RosterOptions,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """The participant list grouped as `options` says, in Thai dictionary order."""
    return write_list(roster(db, event_id, options), out, desk, progress, cancel)


def make_call_list(
    found: MissingList,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """Who is still missing, as the list the secretariat phones from.

    Takes the list already read (`services.missing.missing_list`), so the file says
    exactly what the window or the command line has just shown.
    """
    return write_list(call_list(found), out, desk, progress, cancel)
