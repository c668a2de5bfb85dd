"""A province or issue area typed on the command line, matched as the import matches it."""

from __future__ import annotations

from registration.cli import CommandContext
from registration.domain.errors import UserError
from registration.services import events
from registration.services.importing.resolving import IssueAreaResolver, ProvinceResolver


def resolve_province(ctx: CommandContext, text: str) -> str:
    """The province code for a Thai or English name, a code, or a near miss (with a hint)."""
    resolved = ProvinceResolver(events.list_provinces(ctx.db)).resolve(text)
    if resolved.value is None:
        hint = f" Did you mean {resolved.suggestion}?" if resolved.suggestion else ""
        raise UserError("unknown_province", f"Unknown province '{text}'.{hint}")
    return resolved.value.code


def resolve_issue_area(ctx: CommandContext, event_id: int, text: str) -> int:
    """The id of the event's issue area with that name or code."""
    resolved = IssueAreaResolver(events.list_issue_areas(ctx.db, event_id)).resolve(text)
    if resolved.value is None:
        raise UserError("unknown_issue_area", f"Unknown issue area '{text}'.")
    return resolved.value.id
