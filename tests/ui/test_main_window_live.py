"""The window follows other desks, backs up, and offers the organiser's tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from registration.domain.enums import ParticipantStatus
from registration.domain.records import EventInfo
from registration.services import backups, checkin, events, registry
from registration.services.participant_input import ParticipantInput
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from registration.ui.settings.settings_dialog import backups_folder


def test_a_check_in_at_another_desk_shows_here_within_two_seconds(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    person = registry.list_participants(db, demo_event.id)[5]
    session = window.desk.session_id or events.list_sessions(db, demo_event.id)[0].id
    row = window.participant_rows.row_of(person.id)
    assert row is not None

    result = checkin.check_in(db, person.badge_code, session, desk="Desk 9")  # another process

    qtbot.waitUntil(
        lambda: session in window.participant_rows.participants()[row].sessions, timeout=2000
    )
    checkin.annul(db, result.check_in.id, "wrong person", desk="Desk 9")
    qtbot.waitUntil(
        lambda: session not in window.participant_rows.participants()[row].sessions, timeout=2000
    )


def test_a_walk_in_registered_at_another_desk_is_found_by_name_here(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    people = window.participant_rows
    before = people.rowCount()
    new = registry.add_participant(
        db,
        demo_event.id,
        ParticipantInput(prefix="นาง", first_name="บุญเรือน", last_name="มาสาย",
                         nickname="เรือน", status=ParticipantStatus.WALK_IN),
        desk="Desk 9",
    )  # fmt: skip

    qtbot.waitUntil(lambda: people.row_of(new.id) is not None, timeout=2000)
    assert people.rowCount() == before + 1
    window.desk.view.scan.setText("เรือน")  # the desk's name search
    window.desk.filter_matches()
    matches = window.desk.matches
    assert [matches.participant_at(r).record.id for r in range(matches.rowCount())] == [new.id]

    registry.cancel_participant(db, new.id, "Desk 9", "registered twice")
    row = people.row_of(new.id)
    qtbot.waitUntil(
        lambda: people.participants()[row].record.status is ParticipantStatus.CANCELLED,
        timeout=2000,
    )
    assert people.rowCount() == before + 1  # still listed, greyed


def test_the_attendance_tab_follows_other_desks_without_polling_itself(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    from registration.ui.attendance.attendance_model import FIRST_SESSION_COLUMN

    def total(column: int) -> object:
        model, raw = window.attendance.model, Qt.ItemDataRole.UserRole
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(raw) == "Total")
        return model.index(row, column).data(raw)

    with qtbot.waitSignal(window.attendance.refreshed, timeout=5000):
        window.tabs.setCurrentWidget(window.attendance)
    expected, checked_in = total(1), total(FIRST_SESSION_COLUMN)
    person = registry.list_participants(db, demo_event.id)[3]
    session = events.list_sessions(db, demo_event.id)[0].id

    checkin.check_in(db, person.badge_code, session, desk="Desk 9")
    qtbot.waitUntil(lambda: total(FIRST_SESSION_COLUMN) == checked_in + 1, timeout=3000)
    registry.add_participant(db, demo_event.id, ParticipantInput("มาใหม่", "ตอนบ่าย"), "Desk 9")
    qtbot.waitUntil(lambda: total(1) == expected + 1, timeout=3000)


def test_a_list_imported_at_another_desk_is_read_again_here(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow, tmp_path
) -> None:
    from registration.services import importing

    source = tmp_path / "late.csv"
    source.write_text("ชื่อ-สกุล,จังหวัด\nนายสมหมาย ตามมา,ชัยนาท\n", encoding="utf-8")
    before = window.participant_rows.rowCount()

    result = importing.import_participants(db, demo_event.id, source, desk="Desk 9")

    assert result.imported == 1
    qtbot.waitUntil(lambda: window.participant_rows.rowCount() == before + 1, timeout=3000)


def test_back_up_now_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Shift+B")

    action.trigger()

    [copy] = backups.list_backups(backups_folder(window.settings))
    assert str(copy.path) in window.statusBar().currentMessage()


def test_the_organiser_tabs_have_shortcuts(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Check-in desk",
        "Participants",
        "Attendance",
        "Printing",
        "Event setup",
        "Groups",
        "Still missing",
        "Certificates",
    ]
    by_key = {a.shortcut().toString(): a for a in window.actions()}
    by_key["F8"].trigger()
    assert window.tabs.currentWidget() is window.printing
    by_key["F11"].trigger()
    assert window.tabs.currentWidget() is window.missing
