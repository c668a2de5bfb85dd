"""A session people checked in to cannot be deleted: it is hidden with a reason instead.
Hidden, it is no longer offered, yet its check-ins stay in the export, the report and the
certificates; shown again, it is offered again. Every desk hears of it through the feed."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from registration.domain.errors import UserError
from registration.domain.records import EventInfo, SessionInfo, offered
from registration.services import audit, checkin, event_setup, events, registry
from registration.services.certificates import CertificateRule, RuleKind, eligible
from registration.services.export import export_attendance
from registration.services.print_sources import day_sheet_source, report_source
from registration.services.sync.feed import feed_start, feed_update
from registration.storage.database import Database

MORNING = datetime(2019, 2, 9, 10, 30)


def _checked_in_first_session(db: Database, event: EventInfo, people: int = 3) -> SessionInfo:
    session = events.list_sessions(db, event.id)[0]
    for person in registry.list_participants(db, event.id)[:people]:
        checkin.check_in(db, person.badge_code, session.id, "Desk 1", now=MORNING)
    return session


def test_hiding_keeps_when_where_and_why_and_showing_offers_it_again(
    db: Database, demo_event: EventInfo
) -> None:
    session = _checked_in_first_session(db, demo_event)
    at = datetime(2019, 2, 9, 11, 5)

    hidden = event_setup.hide_session(db, session.id, "  ซ้ำกับรอบบ่าย ", "Desk 2", now=at)

    assert (hidden.hidden_at, hidden.hidden_by, hidden.hidden_reason) == (
        at,
        "Desk 2",
        "ซ้ำกับรอบบ่าย",
    )
    listed = events.list_sessions(db, demo_event.id)
    assert listed[0] == hidden  # still listed (event setup, exports) ...
    assert session.id not in [s.id for s in offered(listed)]  # ... but not offered
    assert events.session_check_in_count(db, session.id) == 3
    with db.read() as s:
        assert audit.last_detail(s, "hide", "session", session.id) == {"reason": "ซ้ำกับรอบบ่าย"}

    shown = event_setup.show_session(db, session.id, "Desk 2")

    assert not shown.hidden and shown.hidden_reason == "" and shown.hidden_by == ""
    assert shown == session
    assert session.id in [s.id for s in offered(events.list_sessions(db, demo_event.id))]


@pytest.mark.parametrize(
    ("reason", "code"),
    [("", "missing_hide_reason"), ("  \t", "missing_hide_reason"), ("x" * 501, "too_long")],
)
def test_a_hide_without_a_fitting_reason_is_refused(
    db: Database, demo_event: EventInfo, reason: str, code: str
) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    with pytest.raises(UserError) as refused:
        event_setup.hide_session(db, session.id, reason, "Desk 1")
    assert refused.value.code == code
    assert events.get_session(db, session.id) == session


def test_hiding_twice_or_showing_a_shown_session_is_said(
    db: Database, demo_event: EventInfo
) -> None:
    session = events.list_sessions(db, demo_event.id)[0]
    with pytest.raises(UserError) as not_hidden:
        event_setup.show_session(db, session.id)
    event_setup.hide_session(db, session.id, "first reason")
    with pytest.raises(UserError) as twice:
        event_setup.hide_session(db, session.id, "second reason")
    assert (not_hidden.value.code, twice.value.code) == ("session_not_hidden", "session_hidden")
    assert events.get_session(db, session.id).hidden_reason == "first reason"
    with pytest.raises(UserError) as missing:
        event_setup.hide_session(db, 99_999, "why")
    assert missing.value.code == "no_such_session"


def test_the_export_and_the_report_keep_a_hidden_sessions_check_ins_and_say_why(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    session = _checked_in_first_session(db, demo_event)
    event_setup.hide_session(db, session.id, "รอบซ้ำ", "Desk 1")

    out = export_attendance(db, demo_event.id, tmp_path / "attendance.csv")

    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    column = next(i for i, text in enumerate(header) if session.title in text)
    assert header[column].endswith(f"{session.title} (ซ่อนไว้: รอบซ้ำ)")
    assert sum(1 for row in rows[1:] if row[column] == "10:30") == 3
    report = report_source(db, demo_event.id)
    assert session.id in [s.id for s in report.sessions]
    assert sum(n for (sid, _, _), n in report.checked_in.items() if sid == session.id) == 3


def test_certificates_count_a_hidden_sessions_check_ins_but_a_full_day_needs_only_the_offered(
    db: Database, demo_event: EventInfo
) -> None:
    day_one = [
        s for s in events.list_sessions(db, demo_event.id) if s.starts_at.date() == date(2019, 2, 9)
    ]
    person = registry.list_participants(db, demo_event.id)[0]
    for session in day_one[:-1]:  # all of day one but its last session
        checkin.check_in(db, person.badge_code, session.id, "Desk 1")
    full_day = CertificateRule(RuleKind.FULL_DAY, day=date(2019, 2, 9))
    assert person.id not in [p.id for p in eligible(db, demo_event.id, full_day)]

    event_setup.hide_session(db, day_one[-1].id, "ยกเลิก วิทยากรไม่มา", "Desk 1")
    event_setup.hide_session(db, day_one[0].id, "ย้ายไปรวมกับรอบถัดไป", "Desk 1")

    assert person.id in [p.id for p in eligible(db, demo_event.id, full_day)]
    enough = CertificateRule(RuleKind.MIN_SESSIONS, sessions=len(day_one) - 1)
    assert person.id in [p.id for p in eligible(db, demo_event.id, enough)]
    sheet = day_sheet_source(db, demo_event.id, date(2019, 2, 9))
    assert [s.id for s in sheet.sessions] == [s.id for s in day_one[1:-1]]


def test_hiding_and_showing_tell_every_desk_through_the_feed(
    db: Database, db_url: str, demo_event: EventInfo
) -> None:
    from registration.storage.migrate import open_database

    other = open_database(db_url)
    try:
        session = events.list_sessions(db, demo_event.id)[0]
        cursor = feed_start(other)
        event_setup.hide_session(db, session.id, "why", "Desk A")
        update = feed_update(other, demo_event.id, cursor)
        assert update.event_changed
        assert events.list_sessions(other, demo_event.id)[0].hidden
        event_setup.show_session(db, session.id, "Desk A")
        assert feed_update(other, demo_event.id, update.cursor).event_changed
    finally:
        other.dispose()


def test_a_desk_starting_offline_knows_which_sessions_are_hidden(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    from registration.services.sync.window_start import (
        read_window_start,
        save_window_start,
        saved_window_start,
    )
    from registration.storage.desk_file import DeskFile

    session = events.list_sessions(db, demo_event.id)[1]
    event_setup.hide_session(db, session.id, "ซ้ำ", "Desk 1", now=datetime(2019, 2, 9, 8))
    store = DeskFile(tmp_path / "desk.sqlite")
    try:
        save_window_start(store, read_window_start(db, demo_event.id))
        kept = saved_window_start(store)
    finally:
        store.close()

    assert kept is not None
    assert kept.sessions == events.list_sessions(db, demo_event.id)
    assert [s.id for s in offered(kept.sessions)] == [
        s.id for s in kept.sessions if s.id != session.id
    ]
