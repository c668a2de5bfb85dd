"""An event setup change reaches the Groups, Still missing and Certificates tabs at once."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from registration.domain.enums import CheckInMethod
from registration.services.checkin import check_in
from registration.services.registry import list_participants
from registration.ui.main_window import MainWindow
from tests.ui.keys import type_text


def _add_session_in_setup(window: MainWindow, title: str) -> int:
    setup = window.setup
    window.tabs.setCurrentWidget(setup)
    setup.new_session.click()
    setup.title.setFocus()
    type_text(setup.title, title)
    setup.save_session.click()
    return next(s.id for s in setup.sessions if s.title == title)


def test_a_session_added_in_setup_can_own_a_new_group_set_at_once(
    qtbot, window: MainWindow
) -> None:
    groups = window.groups
    window.tabs.setCurrentWidget(groups)
    groups.session.setCurrentIndex(1)
    chosen = groups.session.currentData()

    session_id = _add_session_in_setup(window, "Afternoon breakout")

    index = groups.session.findData(session_id)
    assert index >= 0
    assert groups.session.itemText(index).endswith("Afternoon breakout")
    assert groups.session.currentData() == chosen  # what was chosen stays chosen


def test_a_session_added_in_setup_is_in_the_still_missing_list_at_once(
    qtbot, window: MainWindow
) -> None:
    session_id = _add_session_in_setup(window, "Evening plenary")
    missing = window.missing
    window.tabs.setCurrentWidget(missing)

    index = missing.session.findData(session_id)
    assert index >= 0
    assert missing.session.itemText(index).endswith("Evening plenary")
    db, event_id = window.context.db, window.context.event.id
    person = list_participants(db, event_id)[0]
    check_in(db, person.badge_code, session_id, "Desk 3", CheckInMethod.SCAN)
    missing.session.setCurrentIndex(index)

    registered = len(list_participants(db, event_id, include_cancelled=False))
    qtbot.waitUntil(  # read in the background
        lambda: missing.found is not None and missing.found.session.id == session_id,
        timeout=5000,
    )
    assert (missing.found.registered, missing.found.checked_in) == (registered, 1)


def test_a_renamed_longer_event_is_on_the_next_certificate(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    setup = window.setup
    event = window.context.event
    later = event.ends_on + timedelta(days=1)
    setup.name.setText("Community finance forum")
    setup.ends_on.setDate(QDate(later.year, later.month, later.day))
    setup.save_event.click()

    certificates = window.certificates
    window.tabs.setCurrentWidget(certificates)
    assert certificates.day.findData(later.isoformat()) >= 0
    certificates.rule.setCurrentIndex(certificates.rule.findData("chosen"))
    certificates.list.item(0).setCheckState(Qt.CheckState.Checked)
    saved = tmp_path / "certificates.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    certificates.print_button.click()

    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Community finance forum" in text


def test_a_walk_in_badge_after_a_rename_carries_the_new_event_name(
    qtbot, window: MainWindow
) -> None:
    window.setup.name.setText("Provincial assembly")
    window.setup.save_event.click()

    walk_in = window.context.print_walk_in
    assert walk_in.event.name == "Provincial assembly"  # type: ignore[union-attr]
