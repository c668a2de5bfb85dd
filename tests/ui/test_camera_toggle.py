"""No camera: the toggle says so and the desk goes on with the scanner."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from registration.ui.common.messages import Tone
from registration.ui.desk import camera_toggle
from registration.ui.desk.camera_toggle import CameraToggle
from registration.ui.desk.desk_controller import DeskController
from tests.ui.test_desk_scan import scan


def test_without_a_camera_the_toggle_is_off_and_says_why(
    qtbot: QtBot, desk_controller: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera_toggle, "camera_problem", lambda: "no camera found")
    toggle = CameraToggle(desk_controller)
    assert not desk_controller.view.camera.isEnabled()
    assert desk_controller.view.camera_status.text() == "Camera: no camera found"
    toggle.toggle()
    assert not desk_controller.view.camera.isChecked()
    person = desk_controller.participants.participants()[0].record
    scan(qtbot, desk_controller, person.badge_code)
    assert desk_controller.view.result.tone is Tone.OK


def test_a_code_seen_by_the_camera_checks_in_like_a_scan(
    qtbot: QtBot, desk_controller: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera_toggle, "camera_problem", lambda: None)
    toggle = CameraToggle(desk_controller)
    monkeypatch.setattr("registration.devices.camera.CameraScanner.start", lambda self: None)
    desk_controller.view.camera.setChecked(True)
    assert toggle.scanner is not None
    person = desk_controller.participants.participants()[0].record
    toggle.scanner.scanned.emit(person.badge_code)
    assert desk_controller.view.result.tone is Tone.OK
    assert desk_controller.view.result.name.text() == person.full_name
