"""Name search check-in, undo with a reason, walk-in registration, the scan focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from registration.domain.enums import CheckInMethod, ParticipantStatus
from registration.services import checkin, registry
from registration.ui.common.messages import Tone
from registration.ui.desk.desk_controller import DeskController
from registration.ui.participants.participant_dialog import ParticipantDialog
from tests.ui.conftest import BadgeRecorder
from tests.ui.keys import press, type_text
from tests.ui.test_desk_scan import scan


def answer_reason(monkeypatch: pytest.MonkeyPatch, reason: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def get_text(parent: object, title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return reason, ok

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_typing_a_name_filters_and_enter_checks_in_by_search(
    qtbot: QtBot, desk_controller: DeskController
) -> None:
    person = next(
        p.record for p in desk_controller.participants.participants() if p.record.nickname
    )
    type_text(desk_controller.view.scan, person.first_name + person.last_name[:2])
    qtbot.waitUntil(lambda: desk_controller.matches.rowCount() > 0)
    names = [
        desk_controller.matches.participant_at(row).record.id
        for row in range(desk_controller.matches.rowCount())
    ]
    assert person.id in names
    while (
        desk_controller.matches.participant_at(
            desk_controller.view.matches.currentIndex().row()
        ).record.id
        != person.id
    ):
        press(desk_controller.view.scan, Qt.Key.Key_Down)
    press(desk_controller.view.scan, Qt.Key.Key_Return)
    assert desk_controller.view.result.tone is Tone.OK
    assert desk_controller.view.result.name.text() == person.full_name
    recent = checkin.recent_check_ins(desk_controller.context.db, "Desk 1")
    assert [r.check_in.method for r in recent] == [CheckInMethod.SEARCH]
    assert desk_controller.view.scan.hasFocus()


def test_a_nickname_typed_in_latin_or_thai_finds_the_person(
    qtbot: QtBot, desk_controller: DeskController
) -> None:
    person = next(
        p.record for p in desk_controller.participants.participants() if p.record.nickname
    )
    type_text(desk_controller.view.scan, person.nickname)
    qtbot.waitUntil(lambda: desk_controller.matches.rowCount() > 0)
    found = {
        desk_controller.matches.participant_at(row).record.id
        for row in range(desk_controller.matches.rowCount())
    }
    assert person.id in found


def test_undo_asks_a_reason_and_annuls_the_last_check_in(
    qtbot: QtBot, desk_controller: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = desk_controller.participants.participants()[0].record
    scan(qtbot, desk_controller, person.badge_code)
    asked = answer_reason(monkeypatch, "scanned the wrong badge")
    desk_controller.undo_last()
    assert person.full_name in asked[0]
    recent = checkin.recent_check_ins(desk_controller.context.db, "Desk 1")
    assert recent[0].check_in.annul_reason == "scanned the wrong badge"
    assert desk_controller.view.counters.total.text().startswith("Checked in: 0 /")
    assert desk_controller.view.recent.last_active() is None
    scan(qtbot, desk_controller, person.badge_code)
    assert desk_controller.view.result.tone is Tone.OK  # counts again after the undo


def test_undo_without_a_reason_changes_nothing(
    qtbot: QtBot, desk_controller: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = desk_controller.participants.participants()[0].record
    scan(qtbot, desk_controller, person.badge_code)
    answer_reason(monkeypatch, "   ")
    desk_controller.undo_last()
    assert desk_controller.view.result.tone is Tone.ERROR
    assert desk_controller.view.result.title.text() == "Give a reason for undoing the check-in."
    recent = checkin.recent_check_ins(desk_controller.context.db, "Desk 1")
    assert recent[0].check_in.annulled_at is None


def test_a_walk_in_is_registered_checked_in_and_sent_to_print(
    qtbot: QtBot,
    desk_controller: DeskController,
    monkeypatch: pytest.MonkeyPatch,
    printed: BadgeRecorder,
) -> None:

    def fill_in(dialog: ParticipantDialog) -> int:
        form = dialog.form
        assert not dialog.ok_button.isEnabled()  # no name yet
        type_text(form.edits["phone"], "12")
        assert form.problems["phone"].isVisibleTo(dialog)
        form.edits["phone"].clear()
        type_text(form.edits["phone"], "081-234-5678")
        assert not form.problems["phone"].isVisibleTo(dialog)
        type_text(form.edits["first_name"], "Somsri")
        type_text(form.edits["last_name"], "Walkin")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    before = len(desk_controller.participants.participants())
    desk_controller.walk_in()
    assert desk_controller.view.result.tone is Tone.OK
    assert desk_controller.view.result.name.text() == "Somsri Walkin"
    assert printed.names == ["Somsri Walkin"]
    assert len(desk_controller.participants.participants()) == before + 1
    added = desk_controller.participants.participants()[-1]
    assert added.record.status is ParticipantStatus.WALK_IN
    assert added.sessions == {desk_controller.session_id}
    recent = checkin.recent_check_ins(desk_controller.context.db, "Desk 1")
    assert recent[0].check_in.method is CheckInMethod.WALK_IN


def test_a_walk_in_who_is_already_registered_gets_a_duplicate_warning(
    qtbot: QtBot, desk_controller: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = desk_controller.participants.participants()[0].record
    warned: list[str] = []

    def refuse(parent: object, title: str, text: str, *args: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)

    def fill_in(dialog: ParticipantDialog) -> int:
        dialog.form.edits["first_name"].setText(person.first_name)
        dialog.form.edits["last_name"].setText(person.last_name)
        dialog.form.edits["phone"].setText(person.phone)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", fill_in)
    before = registry.count_participants(desk_controller.context.db, person.event_id)
    desk_controller.walk_in()
    assert warned and person.badge_code in warned[0]
    assert registry.count_participants(desk_controller.context.db, person.event_id) == before
