"""A desk at a breakout group's room: check people in to that group's session, and say
where someone of another group belongs ("กลุ่ม 2 · ห้อง 204"). Staff may count them here
anyway; such a check-in is logged as made at another group's desk.

Also the short group line a badge can carry.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import select

from registration.domain.enums import CheckInMethod
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.records import CheckInRecord, ParticipantRecord
from registration.domain.scan_entry import BadgeScan, read_scan
from registration.services import registry
from registration.services.checkin import CheckInResult, RecentScan
from registration.services.counted_anyway import CountedAnyway
from registration.services.desk_checkin import CheckInDesk, DeskCheckIn, EmbeddedDesk, Subject
from registration.services.groups import GroupInfo, get_set_model
from registration.services.sync.deadline import ServerCalls
from registration.services.sync.desk_store import DeskStore
from registration.services.sync.group_copy import copy_groups, saved_group, saved_group_of
from registration.storage import models
from registration.storage.database import Database

LOOKUP_DEADLINE_S = 0.04  # who someone is and their group, asked of a server per scan
_LOOKUPS = ServerCalls()


def group_label(name: str, room: str) -> str:
    """The line for a badge or a desk: "กลุ่ม 3 · ห้อง 204" (just the name without a room)."""
    return f"{name} · ห้อง {room}" if room else name


@dataclass(frozen=True)
class GroupDeskResult:
    check_in: CheckInResult | None  # None: not counted, they belong elsewhere
    belongs_to: GroupInfo | None  # their own group, when it is not this desk's
    counted_elsewhere: bool = False  # counted here although they belong elsewhere

    @property
    def where_they_belong(self) -> str:
        group = self.belongs_to
        return group_label(group.name, group.room) if group else ""


def group_of(db: Database, set_id: int, participant_id: int) -> GroupInfo | None:
    """The participant's group in a set (None when in no group)."""
    membership, group = models.GroupMembership, models.BreakoutGroup
    with db.read() as s:
        found = s.scalars(
            select(group)
            .join(membership, membership.group_id == group.id)
            .where(membership.set_id == set_id, membership.participant_id == participant_id)
        ).first()
        if found is None:
            return None
        return GroupInfo(
            found.id, found.set_id, found.position, found.name, found.room, found.facilitator, 0
        )


@dataclass(frozen=True)
class Elsewhere:
    """Someone scanned at a group's room who belongs to another group."""

    participant: ParticipantRecord
    group: GroupInfo

    @property
    def label(self) -> str:
        return group_label(self.group.name, self.group.room)


class GroupRoomDesk:
    """A desk at one breakout group's room, over the desk's own `CheckInDesk` (embedded
    or linked): the window and the command line check in through it like any desk.

    Ask `elsewhere` first: someone of another group is told where to go and counted
    only when staff choose to; `check_in` then logs the check-in as made at another
    group's desk.

    On a server, `copy` is the desk's own file: the groups are copied into it when the
    room is chosen, and while the server is away the room and who belongs where are
    read from it.
    """

    def __init__(
        self, inner: CheckInDesk, db: Database, group_id: int, copy: DeskStore | None = None
    ) -> None:
        self.inner, self.db, self.group_id, self.copy = inner, db, group_id, copy
        try:
            group = _group(db, group_id)
        except EnvironmentProblem:
            if copy is None or (group := saved_group(copy, group_id)) is None:
                raise
        if group is None:
            raise UserError("no_such_group", f"There is no group {group_id}.")
        if copy is not None:  # the room and its people are there for an offline start
            with suppress(EnvironmentProblem):
                copy_groups(db, _event_of(db, group.set_id), copy)
        self.set_id = group.set_id
        self.label = group_label(group.name, group.room)

    @property
    def desk(self) -> str:
        return self.inner.desk

    def elsewhere(self, subject: Subject | str) -> Elsewhere | None:
        """Who it is and their own group, when that is another one; None when it is this
        one, when they are in no group or unknown, or when the database cannot be asked
        (then the desk counts as any desk does)."""

        def look_up() -> tuple[ParticipantRecord | None, GroupInfo | None]:
            person = _person(self.db, subject)
            return person, group_of(self.db, self.set_id, person.id) if person else None

        try:  # on a server, never longer than a frame: a hung one is not waited for
            person, own = (
                look_up() if self.db.is_sqlite else _LOOKUPS.run(look_up, LOOKUP_DEADLINE_S)
            )
        except EnvironmentProblem:
            if self.copy is None:
                return None
            person, own = self._look_up_in_copy(self.copy, subject)
        if person is None or own is None or own.id == self.group_id:
            return None
        return Elsewhere(person, own)

    def _look_up_in_copy(
        self, copy: DeskStore, subject: Subject | str
    ) -> tuple[ParticipantRecord | None, GroupInfo | None]:
        """Who it is and their group, as the desk last copied them from the server."""
        code = _code(subject)
        person = copy.person_by_id(subject) if isinstance(subject, int) else None
        if code is not None:
            person = copy.person_by_code(code)
        return person, saved_group_of(copy, self.set_id, person.id) if person else None

    def check_in(
        self,
        subject: Subject,
        session_id: int,
        method: CheckInMethod = CheckInMethod.SCAN,
        anyway: CountedAnyway | None = None,
    ) -> DeskCheckIn:
        """Someone of another group is counted as such (`anyway`, found here unless given):
        the audit entry follows the check-in to the database of record, at once or when
        the desk's queued scan is sent."""
        if anyway is None and (other := self.elsewhere(subject)) is not None:
            anyway = CountedAnyway(self.group_id, other.group.id)
        return self.inner.check_in(subject, session_id, method, anyway)

    def annul(self, scan: RecentScan, reason: str) -> CheckInRecord:
        return self.inner.annul(scan, reason)


def _group(db: Database, group_id: int) -> GroupInfo | None:
    with db.read() as s:
        group = s.get(models.BreakoutGroup, group_id)
        if group is None:
            return None
        return GroupInfo(
            group.id, group.set_id, group.position, group.name, group.room, group.facilitator, 0
        )


def _event_of(db: Database, set_id: int) -> int:
    with db.read() as s:
        return get_set_model(s, set_id).event_id


def _code(subject: Subject | str) -> str | None:
    """The badge code to look up (None: a participant id, or a scan that is no code)."""
    if isinstance(subject, int):
        return None
    if isinstance(subject, BadgeScan):
        return subject.parsed.code if subject.parsed.valid else None
    return subject


def _person(db: Database, subject: Subject | str) -> ParticipantRecord | None:
    if isinstance(subject, int):
        try:
            return registry.get_participant(db, subject)
        except UserError:
            return None
    code = _code(subject)
    return registry.find_by_code(db, code) if code is not None else None


def check_in_at_group_desk(
    db: Database,
    code_or_participant: str | int,
    session_id: int,
    desk: str,
    desk_group_id: int,
    count_anyway: bool = False,
) -> GroupDeskResult:
    """Check in at the desk of one group: someone of another group is not counted unless
    `count_anyway` (staff chose to), and then the check-in is logged as such."""
    room = GroupRoomDesk(EmbeddedDesk(db, desk), db, desk_group_id)
    subject: Subject = (
        code_or_participant
        if isinstance(code_or_participant, int)
        else read_scan(code_or_participant)
    )
    other = room.elsewhere(subject)
    if other is not None and not count_anyway:
        return GroupDeskResult(None, other.group)
    result = room.check_in(subject, session_id).result
    own = other.group if other else None
    return GroupDeskResult(result, own, own is not None and result.counted)


def badge_group_lines(db: Database, set_id: int) -> dict[int, str]:
    """Participant id -> "กลุ่ม 3 · ห้อง 204" for everyone in a group of the set."""
    membership, group = models.GroupMembership, models.BreakoutGroup
    with db.read() as s:
        get_set_model(s, set_id)
        rows = s.execute(
            select(membership.participant_id, group.name, group.room)
            .join(group, group.id == membership.group_id)
            .where(membership.set_id == set_id)
        )
        return {pid: group_label(name, room) for pid, name, room in rows}
