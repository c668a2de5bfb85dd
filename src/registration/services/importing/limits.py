"""How much of a file an import reads before it refuses it, checked before allocating."""

from __future__ import annotations

from registration.domain.errors import UserError

MAX_FILE_BYTES = 100 * 2**20  # the file on disk
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELLS = 4_000_000  # the sheet's rectangle, as a spreadsheet reader allocates it
MAX_UNPACKED_BYTES = 256 * 2**20  # all parts of an XLSX/ODS zip, decompressed
MAX_SHARED_TEXT = 160 * 2**20  # shared strings times the cells that repeat them
MAX_ZIP_PARTS = 1_000


def too_big(code: str, name: str, what: str) -> UserError:
    return UserError(code, f"{name} is too big to import: {what}.", name=name, what=what)


def damaged(name: str, problem: str) -> UserError:
    """A file that is not what it claims to be; `problem` names what is wrong."""
    return UserError(
        "damaged_file",
        f"{name} is damaged ({problem}); nothing was imported.",
        name=name,
        problem=problem,
    )


def check_rows(rows: int, name: str) -> None:
    if rows > MAX_ROWS:
        raise too_big("too_many_rows", name, f"more than {MAX_ROWS:,} rows")


def check_columns(columns: int, name: str) -> None:
    if columns > MAX_COLUMNS:
        raise too_big("too_many_columns", name, f"more than {MAX_COLUMNS} columns")
