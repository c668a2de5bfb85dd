"""Import use cases: preview (validate only) and import, all or nothing by default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.sql.compiler import SQLCompiler

from registration.domain.badge_code import new_badge_codes
from registration.domain.errors import UserError
from registration.services import audit
from registration.services.events import list_issue_areas
from registration.services.importing.columns import Mapping, guess_mapping
from registration.services.importing.reading import ImportTable, read_table
from registration.services.importing.validation import (
    ImportContext,
    RowProblem,
    ValidationReport,
    validate_rows,
)
from registration.services.reference import ensure_provinces
from registration.services.registry import duplicate_key, participant_values
from registration.services.to_records import province_info
from registration.storage import models
from registration.storage.database import Database
from registration.storage.search_index import indexed_in_bulk

Progress = Callable[[int, int], None]


_PARTICIPANTS = cast(Table, models.Participant.__table__)  # Core: no ORM bookkeeping per row


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back, nothing was imported."""


@dataclass(frozen=True)
class ImportPreview:
    table: ImportTable
    mapping: Mapping
    report: ValidationReport

    @property
    def problems(self) -> list[RowProblem]:
        return self.report.problems


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_rows: list[int]
    problems: list[RowProblem]
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems or bool(self.imported) or self.dry_run


def _context(db: Database, event_id: int) -> ImportContext:
    with db.write() as s:
        if s.get(models.Event, event_id) is None:
            raise UserError("no_such_event", f"There is no event {event_id}.")
        ensure_provinces(s)
        provinces = [province_info(p) for p in s.scalars(select(models.Province))]
        existing = s.execute(
            select(
                models.Participant.first_name,
                models.Participant.last_name,
                models.Participant.phone,
                models.Participant.badge_code,
            ).where(models.Participant.event_id == event_id)
        ).all()
    keys = {duplicate_key(first, last, phone): code for first, last, phone, code in existing}
    return ImportContext(provinces, list_issue_areas(db, event_id), keys)


def preview_import(
    db: Database,
    event_id: int,
    path: Path,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and validate the file; nothing is written."""
    table = read_table(path)
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    report = validate_rows(table, mapping, _context(db, event_id), progress)
    return ImportPreview(table, mapping, report)


def import_participants(
    db: Database,
    event_id: int,
    path: Path,
    skip_invalid: bool = False,
    dry_run: bool = False,
    mapping: Mapping | None = None,
    desk: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Import every row, or none when any row has a problem (unless `skip_invalid`)."""
    preview = preview_import(db, event_id, path, mapping, progress)
    report = preview.report
    skipped = sorted(report.invalid_rows)
    if dry_run or (report.problems and not skip_invalid) or _file_level(report):
        return ImportResult(0, skipped, report.problems, dry_run)
    now = datetime.now()
    codes = new_badge_codes(len(report.valid))
    with db.write() as s, indexed_in_bulk(s):
        connection = s.connection()
        statement: SQLCompiler | None = None
        batch: list[dict[str, object]] = []
        for done, ((_, data), code) in enumerate(zip(report.valid, codes, strict=True), 1):
            values = participant_values(data)
            values.update(event_id=event_id, badge_code=code, registered_at=now)
            batch.append(values)
            if len(batch) == 1000 or done == len(report.valid):
                if cancelled():
                    raise ImportCancelled()
                statement = statement or insert(_PARTICIPANTS).compile(
                    dialect=connection.dialect, column_keys=list(values)
                )
                _insert_many(connection, statement, batch)
                batch = []
                if progress:
                    progress(done, len(report.valid))
        audit.record(
            s,
            "import",
            "participant",
            None,
            desk,
            file=path.name,
            rows=len(report.valid),
            skipped=len(skipped),
        )
    return ImportResult(len(report.valid), skipped, report.problems)


def _insert_many(
    connection: Connection, statement: SQLCompiler, rows: list[dict[str, object]]
) -> None:
    """The compiled INSERT run as one driver executemany over tuples, each value through
    its column type's own bind processor: what SQLAlchemy would send, without its per-row
    parameter bookkeeping (a third of the insert's time). A driver with named parameters
    (PostgreSQL) takes the ordinary Core executemany."""
    keys = statement.positiontup
    if keys is None:
        connection.execute(insert(_PARTICIPANTS), rows)
        return
    dialect = connection.dialect
    processed = [
        (n, process)
        for n, key in enumerate(keys)
        if (process := _PARTICIPANTS.c[key].type.bind_processor(dialect)) is not None
    ]
    params: list[tuple[object, ...]] = []
    for row in rows:
        values = [row[key] for key in keys]
        for n, process in processed:
            if values[n] is not None:
                values[n] = process(values[n])
        params.append(tuple(values))
    connection.exec_driver_sql(str(statement), params)


def _file_level(report: ValidationReport) -> bool:
    return any(p.code == "no_name_column" for p in report.problems)
