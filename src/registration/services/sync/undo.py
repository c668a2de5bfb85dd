"""Undoing a desk's scan on the server, found by the desk's id for the scan.

The desk knows its scans by that id whether the server answered at once or the scan
waited in its queue (the check-in id only exists on the server), so an undo works the
same before and after the scan was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from registration.domain.records import CheckInRecord
from registration.services import checkin
from registration.services.to_records import check_in_record
from registration.storage import models
from registration.storage.database import Database


@dataclass(frozen=True)
class UndoResult:
    """What became of an undo.

    `sent`: the server has it (False: it waits in the desk's file and is sent with
    the queue). `check_in`: the check-in the server annulled, when it answered and
    had one.
    """

    scan_id: str
    sent: bool
    check_in: CheckInRecord | None = None


def annul_scan(
    db: Database, scan_id: str, reason: str, desk: str, now: datetime
) -> CheckInRecord | None:
    """Annul the check-in this scan made; None when the server has none.

    A check-in annulled already (by another undo, or as the later of two when the
    queue was sent) is left as it is: undoing twice changes nothing.
    """
    with db.read() as s:
        row = s.scalars(select(models.CheckIn).where(models.CheckIn.scan_id == scan_id)).first()
        if row is None:
            return None
        found = check_in_record(row)
    if found.annulled_at is not None:
        return found
    return checkin.annul(db, found.id, reason, desk, now)
