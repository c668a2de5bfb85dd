"""The moves by hand made in this tab, newest last, so Ctrl+Z can put people back.

A digit typed while the list has the focus moves the selected person at once: a stray key
must be as easy to take back as it was to press. Each move remembers where the person was
and whether they had been placed by hand; an automatic assignment (or its undo) replaces
every membership, so it forgets them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from registration.services.groups import GroupMember


@dataclass(frozen=True)
class Move:
    set_id: int
    participant_id: int
    full_name: str
    from_group: int | None  # None: they were in no group
    was_by_hand: bool
    to_group: int | None = None  # where the move put them


class MoveHistory:
    def __init__(self) -> None:
        self._moves: list[Move] = []

    def before_move(self, set_id: int, participant_id: int, members: Sequence[GroupMember]) -> Move:
        """Where the person is now, as the set was last shown."""
        member = next((m for m in members if m.participant_id == participant_id), None)
        if member is None:
            return Move(set_id, participant_id, "", None, False)
        return Move(set_id, participant_id, member.full_name, member.group_id, member.moved_by_hand)

    def add(self, move: Move, to_group: int) -> None:
        self._moves.append(replace(move, to_group=to_group))

    def take_last(self, set_id: int) -> Move | None:
        """The newest move of this set, taken off the list; None if there is none."""
        for index in range(len(self._moves) - 1, -1, -1):
            if self._moves[index].set_id == set_id:
                return self._moves.pop(index)
        return None

    def forget(self, set_id: int) -> None:
        self._moves = [m for m in self._moves if m.set_id != set_id]
