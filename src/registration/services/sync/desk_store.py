"""The desk's own file as the desk link uses it: participant records from the copy."""

from __future__ import annotations

from registration.domain.records import ParticipantRecord
from registration.services.sync.person_copy import record_from_copy
from registration.storage.desk_file import DeskFile


class DeskStore(DeskFile):
    """One desk's file (storage/desk_file.py) that answers with participant records."""

    def person_by_code(self, code: str) -> ParticipantRecord | None:
        row = self.person_row_by_code(code)
        return record_from_copy(row) if row else None

    def person_by_id(self, participant_id: int) -> ParticipantRecord | None:
        row = self.person_row_by_id(participant_id)
        return record_from_copy(row) if row else None
