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

# Labels of participant_query.participant_select(), in the order the desk's file keeps.
PERSON_COLUMNS = (
    "id",
    "event_id",
    "badge_code",
    "prefix",
    "first_name",
    "last_name",
    "nickname",
    "role",
    "status",
    "registered_at",
    "pr_code",
    "pr_name_th",
    "pr_name_en",
    "pr_region",
    "ia_id",
    "ia_key",
    "ia_name_th",
    "ia_name_en",
    "ia_kind",
    "ia_colour",
)
PEOPLE_TABLE = (
    "CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, badge_code TEXT NOT NULL UNIQUE, "
    + ", ".join(name for name in PERSON_COLUMNS if name not in {"id", "badge_code"})
    + ")"
)
INSERT_PERSON = (
    f"INSERT INTO people ({', '.join(PERSON_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(PERSON_COLUMNS))})"
)
SELECT_PERSON = f"SELECT {', '.join(PERSON_COLUMNS)} FROM people"
_REGISTERED_AT = PERSON_COLUMNS.index("registered_at")


def storable(row: Sequence[object]) -> tuple[object, ...]:
    """A server row (PERSON_COLUMNS) as SQLite stores it."""
    values = list(row)
    registered = values[_REGISTERED_AT]
    if isinstance(registered, datetime):
        values[_REGISTERED_AT] = registered.isoformat(sep=" ")
    return tuple(values)


def record_from_copy(row: Sequence[Any]) -> ParticipantRecord:
    """Contact details and notes stay on the server: the copy has none."""
    columns = dict(zip(PERSON_COLUMNS, row, strict=True))
    columns["registered_at"] = datetime.fromisoformat(columns["registered_at"])
    return record_from_mapping(columns)
