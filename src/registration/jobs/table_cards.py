"""Table name cards (ป้ายชื่อตั้งโต๊ะ) as a job: choose the speakers and guests (or badge
codes given), write the folded A4 tents."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord
from registration.jobs.printing import Made
from registration.services import registry
from registration.storage.database import Database

DEFAULT_ROLES = (Role.SPEAKER, Role.GUEST)


@dataclass(frozen=True)
class TableCardRequest:
    roles: Sequence[Role] = DEFAULT_ROLES
    codes: Sequence[str] = field(default_factory=tuple)  # these people instead of the roles
    with_event: bool = True


def select_for_table_cards(
    db: Database, event_id: int, request: TableCardRequest
) -> list[ParticipantRecord]:
    if request.codes:
        return [_by_code(db, code) for code in request.codes]
    roles = set(request.roles)
    return [
        p
        for p in registry.list_participants(db, event_id, include_cancelled=False)
        if p.role in roles and p.status is not ParticipantStatus.CANCELLED
    ]


def make_table_cards(
    db: Database,
    event: EventInfo,
    request: TableCardRequest,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    people = select_for_table_cards(db, event.id, request)
    return table_cards_for(event, people, request.with_event, out, desk, progress, cancel)


def table_cards_for(
    event: EventInfo,
    people: Iterable[ParticipantRecord],
    with_event: bool,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Made:
    """The cards of people already chosen; the name with prefix, position or organisation."""
    from registration.printing.table_card import TableCard, render_table_cards

    if out.suffix.lower() != ".pdf":
        raise UserError("not_pdf", f"The output file must end in .pdf: {out}")
    chosen = list(people)
    cards = [TableCard(p.full_name, p.position or p.organisation) for p in chosen]
    name = event.name if with_event else ""
    result = render_table_cards(out, cards, name, progress, cancel, desk)
    return Made(out, result.pages, result.items, participant_ids=[p.id for p in chosen])


def _by_code(db: Database, code: str) -> ParticipantRecord:
    person = registry.find_by_code(db, code)
    if person is None:
        raise UserError("unknown_code", f"No participant has the badge code {code}.")
    return person
