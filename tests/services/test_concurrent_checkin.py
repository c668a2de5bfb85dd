"""Two desk processes scanning the same badges at the same moment."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import func, select

from registration.domain.records import EventInfo
from registration.services import events, registry
from registration.storage import models
from registration.storage.database import Database

BADGES = 60


def _desk(url: str, desk: str, codes: list[str], session_id: int, start, results) -> None:
    from registration.services.checkin import check_in
    from registration.storage.migrate import open_database

    db = open_database(url)
    start.wait()
    outcomes = [check_in(db, code, session_id, desk).outcome.value for code in codes]
    db.dispose()
    results.put((desk, outcomes))


def test_two_processes_checking_in_the_same_codes_make_exactly_one_row_each(
    db: Database, db_url: str, demo_event: EventInfo
) -> None:
    codes = [p.badge_code for p in registry.list_participants(db, demo_event.id)[:BADGES]]
    session_id = events.list_sessions(db, demo_event.id)[0].id
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    desks = [
        context.Process(target=_desk, args=(db_url, name, codes, session_id, start, results))
        for name in ("Desk 1", "Desk 2")
    ]
    for process in desks:
        process.start()
    outcomes = dict(results.get(timeout=120) for _ in desks)
    for process in desks:
        process.join(timeout=60)
        assert process.exitcode == 0

    for first, second in zip(outcomes["Desk 1"], outcomes["Desk 2"], strict=True):
        assert sorted([first, second]) == ["already_checked_in", "checked_in"]
    with db.read() as s:
        rows = s.scalar(select(func.count()).select_from(models.CheckIn))
        failures = s.scalar(select(func.count()).select_from(models.FailedScan))
    assert rows == BADGES
    assert failures == 0
