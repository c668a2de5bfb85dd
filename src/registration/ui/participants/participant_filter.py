"""Which participants a list shows: filter-as-you-type text plus the list's drop-down filters.

Plain Python over the in-memory list (no Qt), so 100,000 rows filter in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import ParticipantRecord
from registration.domain.thai_text import search_form
from registration.services.desk import ListedParticipant
from registration.services.participant_input import ParticipantInput
from registration.services.registry import duplicate_key

_PHONE_PUNCTUATION = str.maketrans("", "", " -().")


def query_form(text: str) -> str:
    """A phone number typed with dashes matches the stored digits; anything else its search form."""
    compact = text.translate(_PHONE_PUNCTUATION)
    return compact if compact.isdigit() else search_form(text)


@dataclass(frozen=True)
class ParticipantFilter:
    text: str = ""
    province_code: str | None = None
    issue_area_id: int | None = None
    role: Role | None = None
    status: ParticipantStatus | None = None
    checked_in_to: int | None = None  # a session id: only those checked in to it
    require_text: bool = False  # the desk's name search shows nobody until something is typed

    def apply(
        self,
        rows: Sequence[ListedParticipant],
        among: Sequence[int] | None = None,
        texts: Sequence[str] | None = None,
    ) -> list[int]:
        """Indexes into `rows` of the participants that pass, in the order of `rows`
        (or of `among`, when only those indexes need checking). `texts`, when given, is
        each row's search_text, kept by the caller: reading 100,000 attributes per
        keystroke costs more than the matching."""
        fragment = query_form(self.text)
        if not fragment and self.require_text:
            return []
        if not fragment:
            indexes = list(range(len(rows)) if among is None else among)
        elif texts is None:
            candidates = range(len(rows)) if among is None else among
            indexes = [i for i in candidates if fragment in rows[i].search_text]
        elif among is None:
            indexes = [i for i, text in enumerate(texts) if fragment in text]
        else:
            indexes = [i for i in among if fragment in texts[i]]
        if self._has_fields():
            indexes = [i for i in indexes if self._fields_match(rows[i])]
        return indexes

    def narrows(self, previous: ParticipantFilter) -> bool:
        """True when everyone this filter passes also passed `previous` (typing on)."""
        before = query_form(previous.text)
        if previous.require_text and not before:
            return False  # nobody was shown, yet not because nobody matched
        same_fields = replace(previous, text=self.text) == self
        return same_fields and before in query_form(self.text)

    def _has_fields(self) -> bool:
        return any(
            value is not None
            for value in (
                self.province_code,
                self.issue_area_id,
                self.role,
                self.status,
                self.checked_in_to,
            )
        )

    def _fields_match(self, row: ListedParticipant) -> bool:
        person = row.record
        if self.province_code is not None and (
            person.province is None or person.province.code != self.province_code
        ):
            return False
        if self.issue_area_id is not None and (
            person.issue_area is None or person.issue_area.id != self.issue_area_id
        ):
            return False
        if self.role is not None and person.role is not self.role:
            return False
        if self.status is not None and person.status is not self.status:
            return False
        return self.checked_in_to is None or self.checked_in_to in row.sessions


def find_duplicate(
    rows: Sequence[ListedParticipant], data: ParticipantInput
) -> ParticipantRecord | None:
    """Someone already listed with the same name (any spacing, tone order) and phone."""
    cleaned = data.cleaned()
    key = duplicate_key(cleaned.first_name, cleaned.last_name, cleaned.phone)
    name = search_form(cleaned.first_name + cleaned.last_name)
    for row in rows:
        person = row.record
        if person.phone != cleaned.phone or name not in row.search_text:
            continue
        if duplicate_key(person.first_name, person.last_name, person.phone) == key:
            return person
    return None
