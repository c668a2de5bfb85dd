"""The desk keeps counting after a long job's progress dialog: the next scan is not lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from registration.services import registry
from registration.services.attendance import check_in_rows
from registration.ui.common import background
from registration.ui.main_window import MainWindow
from tests.ui.keys import press_key, scan_like_scanner

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_scan_right_after_an_export_counts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "attendance.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)  # the dialog shows, as for 10,000
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.view.scan)

    press_key(Qt.Key.Key_E, CTRL_SHIFT)  # File > Export attendance
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    person = registry.list_participants(window.context.db, window.context.event.id)[0]
    scan_like_scanner(person.badge_code)
    rows = check_in_rows(window.context.db, window.context.event.id)
    assert [r.participant_id for r in rows if r.annulled_at is None] == [person.id]
    assert QApplication.focusWidget() is window.desk.view.scan
