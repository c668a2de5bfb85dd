"""Any text, of any length and alphabet, as a scan, a desk name or a participant field:
never a database error, and the same outcome on SQLite and on PostgreSQL.

PostgreSQL refuses a value longer than its column (DataError, the whole transaction
lost) and a NUL character; SQLite stores anything. The limits at the door make the
two behave the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select

from registration.domain.errors import UserError
from registration.services import checkin, events, registry
from registration.services.demo import load_demo_event
from registration.services.participant_input import ParticipantInput
from registration.storage import models
from registration.storage.database import Database
from registration.storage.migrate import open_database
from tests.conftest import POSTGRES_URL

Target = tuple[Database, int, int]  # database, event, session

TEXT_FIELDS = [f.name for f in fields(ParticipantInput) if f.type == "str"]
any_text = st.text(max_size=1200) | st.text(alphabet=st.characters(max_codepoint=31), max_size=900)


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Target]]:
    urls = [f"sqlite:///{tmp_path_factory.mktemp('limits') / 'registration.sqlite'}"]
    if POSTGRES_URL:
        engine = create_engine(POSTGRES_URL)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
        urls.append(POSTGRES_URL)
    found = []
    for url in urls:
        db = open_database(url)
        event = load_demo_event(db)
        found.append((db, event.id, events.list_sessions(db, event.id)[0].id))
    yield found
    for db, _, _ in found:
        db.dispose()


def _scan(target: Target, raw: str, desk: str) -> tuple[str, str]:
    db, _, session_id = target
    result = checkin.check_in(db, raw, session_id, desk)
    with db.read() as s:
        stored = s.scalars(
            select(models.FailedScan.raw_text).order_by(models.FailedScan.id.desc()).limit(1)
        ).first()
    return result.outcome.value, stored or ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=any_text, desk=any_text)
def test_any_scan_text_and_desk_name_is_recorded_the_same_on_both(
    targets: list[Target], raw: str, desk: str
) -> None:
    outcomes = {_scan(target, raw, desk) for target in targets}
    assert len(outcomes) == 1, outcomes


def _add(target: Target, data: ParticipantInput, desk: str) -> tuple[str, ...]:
    db, event_id, _ = target
    try:
        person = registry.add_participant(db, event_id, data, desk)
    except UserError as error:
        return ("refused", error.code, str(error.params.get("field", "")))
    stored = registry.get_participant(db, person.id)
    return ("added", *(str(getattr(stored, name)) for name in TEXT_FIELDS))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.fixed_dictionaries({name: any_text for name in TEXT_FIELDS}), desk=any_text)
def test_any_participant_text_is_stored_or_refused_the_same_on_both(
    targets: list[Target], values: dict[str, str], desk: str
) -> None:
    values["first_name"] = values["first_name"] or "ก"  # some examples get past the name check
    values["phone"] = ""  # phone and e-mail have formats of their own: these reach the database
    values["email"] = "a@b.co" if values["email"] else ""
    outcomes = {_add(target, ParticipantInput(**values), desk) for target in targets}
    assert len(outcomes) == 1, outcomes


def test_a_long_desk_name_and_a_scan_of_control_characters_fit(targets: list[Target]) -> None:
    """The two PostgreSQL failures as found by hand, kept as plain examples."""
    for target in targets:
        outcome, stored = _scan(target, "\x01" * 600, "Desk " + "ก" * 80)
        assert outcome == "not_a_badge_code" and len(stored) == 500
        assert stored.startswith("\\x01\\x01")


def test_the_limits_are_the_column_sizes(tmp_path: Path) -> None:
    from registration.domain import limits

    columns = models.Participant.__table__.columns
    for name, size in limits.PARTICIPANT_FIELDS.items():
        length = getattr(columns[name].type, "length", None)
        assert length in (size, None), name  # None: an unbounded text column
    assert models.CheckIn.__table__.columns["desk"].type.length == limits.DESK_NAME
    assert models.FailedScan.__table__.columns["raw_text"].type.length == limits.SCAN_TEXT
    assert models.CheckIn.__table__.columns["annul_reason"].type.length == limits.ANNUL_REASON
