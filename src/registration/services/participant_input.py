"""What a person types for a participant, and the checks it must pass.

Shared by the add/edit dialog (inline, as the user types), the import and the
registry service, so a rule is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from registration.domain import limits
from registration.domain.enums import ParticipantStatus, Role
from registration.domain.phone import normalise_phone
from registration.domain.thai_text import clean_text

MAX_LENGTHS = limits.PARTICIPANT_FIELDS
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@lru_cache(maxsize=1 << 16)  # checking and then cleaning an import's row asks twice per cell
def stored_form(text: str) -> str:
    """A typed field as it is stored: tidied, no control characters."""
    return limits.without_controls(clean_text(text))


@dataclass(frozen=True)
class ParticipantInput:
    first_name: str
    last_name: str = ""
    prefix: str = ""
    nickname: str = ""
    province_code: str | None = None
    issue_area_id: int | None = None
    role: Role = Role.REPRESENTATIVE
    organisation: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    status: ParticipantStatus = ParticipantStatus.REGISTERED

    def cleaned(self) -> ParticipantInput:
        """Text fields tidied (NFC, no invisible characters), phone in digits when valid."""
        phone = normalise_phone(self.phone) if self.phone.strip() else ""
        changes: dict[str, Any] = {}
        for name in MAX_LENGTHS:
            value = getattr(self, name)
            if (tidy := stored_form(value)) != value:
                changes[name] = tidy
        if (phone := self.phone.strip() if phone is None else phone) != self.phone:
            changes["phone"] = phone
        return replace(self, **changes) if changes else self


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field: `code` is stable, `message` is English for logs and CLI."""

    field: str
    code: str
    message: str


def check_participant_input(data: ParticipantInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not stored_form(data.first_name):
        problems.append(FieldProblem("first_name", "missing_name", "The first name is missing."))
    for name, limit in MAX_LENGTHS.items():
        if len(stored_form(getattr(data, name))) > limit:  # NFC may lengthen
            problems.append(FieldProblem(name, "too_long", f"Longer than {limit} characters."))
    if data.phone.strip() and normalise_phone(data.phone) is None:
        problems.append(
            FieldProblem(
                "phone",
                "bad_phone",
                f"'{data.phone}' is not a Thai phone number (e.g. 081-234-5678).",
            )
        )
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        problems.append(
            FieldProblem("email", "bad_email", f"'{data.email}' is not an e-mail address.")
        )
    return problems
