"""What a desk copies from the server: the event's participants and who counts as in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from registration.services.participant_query import participant_select
from registration.services.sync.person_copy import PERSON_COLUMNS
from registration.storage import models
from registration.storage.database import Database

ActiveCheckIn = tuple[int, int, datetime, str]  # participant, session, time, desk


def event_snapshot(
    db: Database, event_id: int
) -> tuple[list[Sequence[object]], list[ActiveCheckIn]]:
    """The event's people as rows of PERSON_COLUMNS, and the check-ins that count."""
    c = models.CheckIn
    query = participant_select().where(models.Participant.event_id == event_id)
    columns = query.selected_columns
    with db.read() as s:
        people: list[Sequence[object]] = list(
            s.execute(query.with_only_columns(*(columns[name] for name in PERSON_COLUMNS)))
        )
        check_ins = [
            (row.participant_id, row.session_id, row.checked_in_at, row.desk)
            for row in s.execute(
                select(c.participant_id, c.session_id, c.checked_in_at, c.desk)
                .join(models.Session, models.Session.id == c.session_id)
                .where(models.Session.event_id == event_id, c.annulled_at.is_(None))
            )
        ]
    return people, check_ins
