"""What a desk copies from the server: the event's participants and who counts as in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from registration.domain.records import ParticipantRecord
from registration.services.participant_query import participant_select, record_from_row
from registration.storage import models
from registration.storage.database import Database

ActiveCheckIn = tuple[int, int, datetime, str]  # participant, session, time, desk


def event_snapshot(
    db: Database, event_id: int
) -> tuple[list[ParticipantRecord], list[ActiveCheckIn]]:
    c = models.CheckIn
    with db.read() as s:
        people = [
            record_from_row(row)
            for row in s.execute(
                participant_select().where(models.Participant.event_id == event_id)
            )
        ]
        check_ins = [
            (row.participant_id, row.session_id, row.checked_in_at, row.desk)
            for row in s.execute(
                select(c.participant_id, c.session_id, c.checked_in_at, c.desk)
                .join(models.Session, models.Session.id == c.session_id)
                .where(models.Session.event_id == event_id, c.annulled_at.is_(None))
            )
        ]
    return people, check_ins
