"""A desk at a breakout group's room: check people in to that group's session, and say
where someone of another group belongs ("กลุ่ม 2 · ห้อง 204"). Staff may count them here
anyway; such a check-in is logged as made at another group's desk.

Also the short group line a badge can carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from registration.domain.errors import UserError
from registration.services import audit, checkin, registry
from registration.services.checkin import CheckInResult
from registration.services.groups import GroupInfo, get_set_model
from registration.storage import models
from registration.storage.database import Database


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


def check_in_at_group_desk(
    db: Database,
    code_or_participant: str | int,
    session_id: int,
    desk: str,
    desk_group_id: int,
    count_anyway: bool = False,
    now: datetime | None = None,
) -> GroupDeskResult:
    """Check in at the desk of one group: someone of another group is not counted unless
    `count_anyway` (staff chose to), and then the check-in is logged as such."""
    with db.read() as s:
        desk_group = s.get(models.BreakoutGroup, desk_group_id)
        if desk_group is None:
            raise UserError("no_such_group", f"There is no group {desk_group_id}.")
        set_id = get_set_model(s, desk_group.set_id).id
    person = (
        registry.get_participant(db, code_or_participant)
        if isinstance(code_or_participant, int)
        else registry.find_by_code(db, code_or_participant)
    )
    own = group_of(db, set_id, person.id) if person is not None else None
    elsewhere = own is not None and own.id != desk_group_id
    if elsewhere and not count_anyway:
        return GroupDeskResult(None, own)
    result = checkin.check_in(db, code_or_participant, session_id, desk, now=now)
    if elsewhere and result.counted and result.check_in is not None and own is not None:
        with db.write() as s:
            audit.record(
                s, "check_in_other_group", "check_in", result.check_in.id, desk, at=now,
                desk_group=desk_group_id, belongs_to=own.id,
            )  # fmt: skip
    return GroupDeskResult(result, own if elsewhere else None, elsewhere and result.counted)


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
