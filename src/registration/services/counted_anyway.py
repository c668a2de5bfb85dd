"""The audit entry of a check-in that staff at a breakout group's room counted for someone
of another group: "check_in_other_group", with the room's group and the person's own.

Written once per check-in, wherever the check-in was decided: at once by a desk whose
database answered, or on the server when a desk's queued scan is sent, which may happen
more than once when a send is cut short.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from registration.services import audit
from registration.services.checkin import CheckInResult
from registration.storage import models
from registration.storage.database import Database
from registration.storage.desk_file import CountedAnyway

ACTION = "check_in_other_group"

__all__ = ["ACTION", "CountedAnyway", "note_counted_anyway", "record_counted_anyway"]


def record_counted_anyway(
    s: OrmSession,
    result: CheckInResult,
    desk: str,
    anyway: CountedAnyway | None,
    at: datetime | None = None,
) -> bool:
    """Add the entry for a scan counted anyway whose check-in counts, unless that check-in
    has it already; False when nothing was added (not counted anyway, not counted, had it).

    The check-in's row is locked first (on SQLite the writer holds the file's lock), so
    two sends of the same scan at once still write one entry.
    """
    check_in_id = _needs_entry(result, anyway)
    if check_in_id is None or anyway is None:
        return False
    s.execute(select(models.CheckIn.id).where(models.CheckIn.id == check_in_id).with_for_update())
    entry = models.AuditEntry
    noted = s.scalar(
        select(entry.id)
        .where(entry.action == ACTION, entry.entity == "check_in", entry.entity_id == check_in_id)
        .limit(1)
    )
    if noted is not None:
        return False
    audit.record(
        s, ACTION, "check_in", check_in_id, desk, at=at,
        desk_group=anyway.desk_group, belongs_to=anyway.belongs_to,
    )  # fmt: skip
    return True


def note_counted_anyway(
    db: Database,
    result: CheckInResult,
    desk: str,
    anyway: CountedAnyway | None,
    at: datetime | None = None,
) -> bool:
    """`record_counted_anyway` in a transaction of its own (none when nothing to add)."""
    if _needs_entry(result, anyway) is None:
        return False
    with db.write() as s:
        return record_counted_anyway(s, result, desk, anyway, at)


def _needs_entry(result: CheckInResult, anyway: CountedAnyway | None) -> int | None:
    """The id of the check-in that needs the entry: counted anyway, and it counts."""
    counted = result.check_in if result.counted else None
    return counted.id if anyway is not None and counted is not None else None
