"""An attendance export holds what the event's size needs, not every check-in at once.

The window exports every few minutes all day while check-ins keep coming; an export that
held all the rows it wrote raised the window's memory with each bigger export, for good
(Python and glibc keep what was freed for reuse).
"""

from __future__ import annotations

import gc
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

from registration.domain.enums import SessionKind
from registration.services.checkin import check_in
from registration.services.events import NewSession, create_event, list_sessions
from registration.services.export import export_attendance
from registration.services.participant_input import ParticipantInput
from registration.services.registry import add_participant
from registration.storage.database import Database

PEOPLE, SESSIONS = 200, 30
START = datetime(2019, 2, 9, 8, 0)


def _event(db: Database) -> tuple[int, list[str], list[int]]:
    event = create_event(
        db,
        "Memory",
        date(2019, 2, 9),
        date(2019, 2, 10),
        sessions=[
            NewSession(
                f"ช่วงที่ {n + 1}",
                START + timedelta(minutes=30 * n),
                START + timedelta(minutes=30 * n + 25),
                SessionKind.LECTURE,
            )
            for n in range(SESSIONS)
        ],
    )
    codes = [
        add_participant(
            db, event.id, ParticipantInput(first_name=f"สมชาย{n}", last_name="ใจดี")
        ).badge_code
        for n in range(PEOPLE)
    ]
    return event.id, codes, [s.id for s in list_sessions(db, event.id)]


def _peak_of_export(db: Database, event_id: int, out: Path) -> int:
    """Bytes the export needed above what was held before it."""
    gc.collect()  # what earlier tests left for the collector is not the export's
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        export_attendance(db, event_id, out)
        return tracemalloc.get_traced_memory()[1] - held
    finally:
        tracemalloc.stop()


def test_an_export_does_not_hold_every_check_in(db: Database, tmp_path: Path) -> None:
    event_id, codes, sessions = _event(db)
    for session in sessions[:4]:  # everybody has a check-in time already: 800 rows
        for code in codes:
            check_in(db, code, session, "Desk 1")
    export_attendance(db, event_id, tmp_path / "warm.xlsx")  # what loads once
    fewer = _peak_of_export(db, event_id, tmp_path / "fewer.xlsx")
    for session in sessions[4:]:  # 5,200 more check-ins of the same people: 6,000
        for code in codes:
            check_in(db, code, session, "Desk 1")

    more = _peak_of_export(db, event_id, tmp_path / "more.xlsx")

    # Held all at once, a check-in row took about 450 bytes (2.3 MB more here); the
    # contrast is large so that what else an export happens to allocate stays noise.
    assert (more - fewer) / 5200 < 100
