"""One participant as the desk's copy keeps it: what the check-in screen shows.

Rows go straight from the server's query into the desk's file, column for column
(copying 100,000 people is a few seconds, not a minute); contact details and
notes stay on the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from registration.domain.records import ParticipantRecord
from registration.services.participant_query import record_from_mapping
from registration.storage.desk_file import PERSON_COLUMNS, storable

__all__ = ["PERSON_COLUMNS", "record_from_copy", "storable"]


def record_from_copy(row: Sequence[Any]) -> ParticipantRecord:
    """Contact details and notes stay on the server: the copy has none."""
    columns = dict(zip(PERSON_COLUMNS, row, strict=True))
    columns["registered_at"] = datetime.fromisoformat(columns["registered_at"])
    return record_from_mapping(columns)
