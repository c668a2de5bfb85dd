"""Who came: counts per session × province × issue area, and the check-in matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select

from registration.domain.enums import ParticipantStatus
from registration.storage import models
from registration.storage.database import Database

GroupKey = tuple[str | None, int | None]  # (province code, issue area id)


@dataclass(frozen=True)
class AttendanceCounts:
    """`checked_in[(session_id, province, issue_area)]` and `expected[(province, issue_area)]`.

    Expected counts every participant who is not cancelled; check-ins count once
    per person and session, annulled ones not at all.
    """

    checked_in: dict[tuple[int, str | None, int | None], int]
    expected: dict[GroupKey, int]

    def session_total(self, session_id: int) -> int:
        return sum(n for (sid, _, _), n in self.checked_in.items() if sid == session_id)

    def session_province(self, session_id: int, province: str | None) -> int:
        return sum(
            n
            for (sid, code, _), n in self.checked_in.items()
            if sid == session_id and code == province
        )

    def session_issue_area(self, session_id: int, issue_area_id: int | None) -> int:
        return sum(
            n
            for (sid, _, area), n in self.checked_in.items()
            if sid == session_id and area == issue_area_id
        )

    @property
    def expected_total(self) -> int:
        return sum(self.expected.values())

    def expected_province(self, province: str | None) -> int:
        return sum(n for (code, _), n in self.expected.items() if code == province)

    def expected_issue_area(self, issue_area_id: int | None) -> int:
        return sum(n for (_, area), n in self.expected.items() if area == issue_area_id)


def attendance_counts(db: Database, event_id: int) -> AttendanceCounts:
    person = models.Participant
    with db.read() as s:
        checked = s.execute(
            select(
                models.CheckIn.session_id, person.province_code, person.issue_area_id, func.count()
            )
            .join(person, person.id == models.CheckIn.participant_id)
            .where(person.event_id == event_id, models.CheckIn.annulled_at.is_(None))
            .group_by(models.CheckIn.session_id, person.province_code, person.issue_area_id)
        ).all()
        expected = s.execute(
            select(person.province_code, person.issue_area_id, func.count())
            .where(person.event_id == event_id, person.status != ParticipantStatus.CANCELLED.value)
            .group_by(person.province_code, person.issue_area_id)
        ).all()
    return AttendanceCounts(
        checked_in={(sid, code, area): n for sid, code, area, n in checked},
        expected=Counter({(code, area): n for code, area, n in expected}),
    )


class CheckInRow(NamedTuple):
    """One active or annulled check-in, flattened for exports (a tuple: 100,000 of them
    are made in a third of the time frozen dataclasses take)."""

    participant_id: int
    session_id: int
    checked_in_at: datetime
    desk: str
    method: str
    annulled_at: datetime | None
    annul_reason: str


def check_in_rows(db: Database, event_id: int) -> list[CheckInRow]:
    """Every check-in of the event in time order, read as plain rows (an export of
    100,000 of them through ORM objects took seconds)."""
    return list(iter_check_in_rows(db, event_id))


def iter_check_in_rows(
    db: Database, event_id: int, up_to_id: int | None = None, batch: int = 500
) -> Generator[CheckInRow, None, None]:
    """The same rows (those with an id up to `up_to_id`, if given), read `batch` at a time
    inside one read transaction: a caller that writes them out as they come never holds
    them all. Held all at once they took about 450 bytes a row in small objects, which
    Python and glibc keep for reuse once freed: every bigger export raised the window's
    memory for good."""
    check_in = models.CheckIn
    query = (
        select(
            check_in.participant_id,
            check_in.session_id,
            check_in.checked_in_at,
            check_in.desk,
            check_in.method,
            check_in.annulled_at,
            check_in.annul_reason,
        )
        .join(models.Session)
        .where(models.Session.event_id == event_id)
        .order_by(check_in.checked_in_at, check_in.id)
    )
    if up_to_id is not None:
        query = query.where(check_in.id <= up_to_id)
    with db.read() as s:
        rows = s.connection().execution_options(yield_per=batch).execute(query)  # Core rows
        try:
            for part in rows.partitions():
                yield from map(CheckInRow._make, part)
        finally:  # also when the caller stops early (a cancelled export): a server's cursor
            rows.close()


def newest_check_in_id(db: Database, event_id: int) -> int:
    """0 when the event has no check-in yet."""
    with db.read() as s:
        newest = s.scalar(
            select(func.max(models.CheckIn.id))
            .join(models.Session)
            .where(models.Session.event_id == event_id)
        )
    return int(newest or 0)
