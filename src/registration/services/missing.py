"""Who is still missing from a session: registered, not cancelled, not checked in.

Grouped by province or issue area, each person with their phone and their province's
secretariat member (กองเลขา) to call; counts per group. Read in one transaction, so the
counts and the names agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import EventInfo, ParticipantRecord, SessionInfo
from registration.domain.thai_text import thai_sort_key
from registration.services.events import session_row
from registration.services.participant_query import participant_select, record_from_row
from registration.services.to_records import event_info, session_info
from registration.storage import models
from registration.storage.database import Database

NO_PROVINCE = "ไม่ระบุจังหวัด"
NO_ISSUE_AREA = "ไม่ระบุประเด็นงาน"


class MissingBy(StrEnum):
    PROVINCE = "province"
    ISSUE_AREA = "issue_area"


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str


@dataclass(frozen=True)
class MissingPerson:
    participant: ParticipantRecord
    contact: Contact | None  # their province's secretariat member, if any (not themselves)


@dataclass(frozen=True)
class MissingGroup:
    key: str  # province code or issue area key; "" for people without one
    title: str
    registered: int
    checked_in: int
    people: tuple[MissingPerson, ...]  # Thai dictionary order

    @property
    def missing(self) -> int:
        return self.registered - self.checked_in


@dataclass(frozen=True)
class MissingList:
    event: EventInfo
    session: SessionInfo
    by: MissingBy
    groups: tuple[MissingGroup, ...]  # groups with nobody missing are kept, for the counts

    @property
    def registered(self) -> int:
        return sum(g.registered for g in self.groups)

    @property
    def checked_in(self) -> int:
        return sum(g.checked_in for g in self.groups)

    @property
    def missing(self) -> int:
        return self.registered - self.checked_in


def _grouping(by: MissingBy) -> Callable[[ParticipantRecord], tuple[str, str]]:
    def province(p: ParticipantRecord) -> tuple[str, str]:
        return (p.province.code, p.province.name_th) if p.province else ("", NO_PROVINCE)

    def issue_area(p: ParticipantRecord) -> tuple[str, str]:
        return (p.issue_area.key, p.issue_area.name_th) if p.issue_area else ("", NO_ISSUE_AREA)

    return province if by is MissingBy.PROVINCE else issue_area


def missing_list(db: Database, session_id: int, by: MissingBy = MissingBy.PROVINCE) -> MissingList:
    person = models.Participant
    with db.read() as s:
        session = session_row(s, session_id)
        event = event_info(session.event)
        rows = s.execute(
            participant_select()
            .where(
                person.event_id == session.event_id,
                person.status != ParticipantStatus.CANCELLED.value,
            )
            .order_by(person.sort_key, person.id)
        )
        people = [record_from_row(row) for row in rows]
        checked = set(
            s.scalars(
                select(models.CheckIn.participant_id).where(
                    models.CheckIn.session_id == session_id, models.CheckIn.annulled_at.is_(None)
                )
            )
        )
        info = session_info(session)
    return missing_from(event, info, people, checked, by)


def missing_from(
    event: EventInfo,
    info: SessionInfo,
    people: list[ParticipantRecord],
    checked: set[int],
    by: MissingBy = MissingBy.PROVINCE,
) -> MissingList:
    """The list from who is registered (not cancelled, in Thai order) and who is in; the
    desk's copy makes it this way while the server is away."""
    contacts = _secretariat(people)
    key_of = _grouping(by)
    titles: dict[str, str] = {}
    registered: dict[str, int] = defaultdict(int)
    arrived: dict[str, int] = defaultdict(int)
    missing: dict[str, list[MissingPerson]] = defaultdict(list)
    for p in people:
        key, titles[key] = key_of(p)
        registered[key] += 1
        if p.id in checked:
            arrived[key] += 1
            continue
        contact = contacts.get(p.province.code) if p.province else None
        if contact is not None and contact[0] == p.id:
            contact = None  # the secretariat member is the one missing
        missing[key].append(MissingPerson(p, contact[1] if contact else None))
    order = sorted(titles, key=lambda k: (k == "", thai_sort_key(titles[k])))
    groups = tuple(
        MissingGroup(k, titles[k], registered[k], arrived[k], tuple(missing[k])) for k in order
    )
    return MissingList(event, info, by, groups)


def _secretariat(people: list[ParticipantRecord]) -> dict[str, tuple[int, Contact]]:
    """Province code -> (id, contact) of its first secretariat member in Thai order."""
    found: dict[str, tuple[int, Contact]] = {}
    for p in people:
        if p.role is Role.SECRETARIAT and p.province and p.province.code not in found:
            found[p.province.code] = (p.id, Contact(p.full_name, p.phone))
    return found
