"""Desk staff scan badges: the right panel, sound and focus after every Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from registration.domain.kedmanee import type_as_kedmanee
from registration.services import checkin, registry
from registration.ui.common.messages import Tone
from registration.ui.desk.desk_controller import DeskController
from tests.ui.conftest import SilentSounds
from tests.ui.keys import press, type_text


def scan(qtbot: QtBot, desk: DeskController, text: str) -> None:
    type_text(desk.view.scan, text)
    press(desk.view.scan, Qt.Key.Key_Return)


def first_person(desk: DeskController) -> registry.ParticipantRecord:
    return desk.participants.participants()[0].record


def test_a_scanned_badge_shows_green_with_the_name(
    qtbot: QtBot, desk_controller: DeskController, sounds: SilentSounds
) -> None:
    person = first_person(desk_controller)
    scan(qtbot, desk_controller, person.badge_code)
    panel = desk_controller.view.result
    assert panel.tone is Tone.OK
    assert panel.title.text() == "Checked in"
    assert panel.name.text() == person.full_name
    assert person.province is not None and person.province.name_th in panel.details.text()
    assert sounds.played == ["ok"]
    assert desk_controller.view.scan.text() == ""
    assert desk_controller.view.scan.hasFocus()
    assert desk_controller.view.recent.scans()[0].participant.id == person.id


def test_a_repeated_scan_shows_amber_with_the_first_time_and_desk(
    qtbot: QtBot, desk_controller: DeskController, sounds: SilentSounds
) -> None:
    person = first_person(desk_controller)
    session_id = desk_controller.session_id
    assert session_id is not None
    first = checkin.check_in(desk_controller.context.db, person.badge_code, session_id, "Desk 2")
    assert first.check_in is not None
    scan(qtbot, desk_controller, person.badge_code)
    panel = desk_controller.view.result
    assert panel.tone is Tone.REPEAT
    assert panel.title.text() == (
        f"Already checked in at {first.check_in.checked_in_at:%H:%M} by Desk 2"
    )
    assert sounds.played == ["repeat"]
    assert desk_controller.view.recent.scans() == []


def test_unknown_and_mistyped_codes_show_red(
    qtbot: QtBot, desk_controller: DeskController, sounds: SilentSounds
) -> None:
    code = first_person(desk_controller).badge_code
    scan(qtbot, desk_controller, "AAAA-AAAA-AAAA-AAAA")
    assert desk_controller.view.result.tone is Tone.ERROR
    unknown_or_mistyped = desk_controller.view.result.title.text()
    swapped = code[:-1] + ("A" if code[-1] != "A" else "B")
    scan(qtbot, desk_controller, swapped)
    assert desk_controller.view.result.title.text().startswith("Mistyped code")
    assert unknown_or_mistyped in ("Unknown code", "Mistyped code: scan again or search the name")
    assert sounds.played == ["error", "error"]
    assert desk_controller.view.scan.hasFocus()


def test_a_cancelled_participant_shows_red(qtbot: QtBot, desk_controller: DeskController) -> None:
    person = first_person(desk_controller)
    registry.cancel_participant(desk_controller.context.db, person.id)
    scan(qtbot, desk_controller, person.badge_code)
    assert desk_controller.view.result.tone is Tone.ERROR
    assert desk_controller.view.result.title.text() == "Cancelled participant"
    assert desk_controller.view.result.name.text() == person.full_name


def test_a_scan_typed_with_the_thai_layout_still_checks_in(
    qtbot: QtBot, desk_controller: DeskController
) -> None:
    person = first_person(desk_controller)
    scan(qtbot, desk_controller, type_as_kedmanee(person.badge_code))
    assert desk_controller.view.result.tone is Tone.OK
    assert desk_controller.view.result.name.text() == person.full_name


def test_counters_follow_check_ins(qtbot: QtBot, desk_controller: DeskController) -> None:
    counters = desk_controller.view.counters
    expected = len(desk_controller.participants.participants())
    assert counters.total.text() == f"Checked in: 0 / {expected}"
    person = first_person(desk_controller)
    assert person.province is not None
    counters.province.setCurrentIndex(counters.province.findData(person.province.code))
    before = counters.in_province.text()
    scan(qtbot, desk_controller, person.badge_code)
    assert counters.total.text() == f"Checked in: 1 / {expected}"
    assert int(counters.in_province.text().split(" / ")[0]) == int(before.split(" / ")[0]) + 1


def test_the_province_list_offers_the_provinces_people_come_from(
    qtbot: QtBot, desk_controller: DeskController
) -> None:
    """It offered all 77 provinces (กระบี่ … 0 / 0) for an event of 16."""
    counters = desk_controller.view.counters
    qtbot.waitUntil(lambda: counters.counts is not None)
    box, view = counters.province, counters.province.view()
    offered = {box.itemData(row) for row in range(1, box.count()) if not view.isRowHidden(row)}
    people = {
        p.record.province.code
        for p in desk_controller.participants.participants()
        if p.record.province is not None
    }
    assert offered == people
    assert 1 < len(offered) < box.count() - 1
