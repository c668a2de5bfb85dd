"""One place turns a user's or the environment's problem into what the window shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from registration.domain.errors import EnvironmentProblem, UserError
from registration.services.events import list_issue_areas, list_provinces, list_sessions
from registration.ui.attendance.attendance_view import AttendanceView
from registration.ui.common.shown import problem_text, shown_in


def test_a_problem_goes_to_the_red_line_and_a_success_clears_it(qtbot) -> None:
    line = QLabel()
    with shown_in(line) as attempt:
        raise UserError("missing_name", "no name")
    assert attempt.failed
    assert line.text() == "The first name is missing."

    with shown_in(line) as attempt:
        pass
    assert not attempt.failed
    assert line.text() == ""


def test_over_a_widget_the_problem_is_a_warning_box_with_the_title(qtbot, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes: list[tuple[object, ...]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a))

    with shown_in(parent, "Walk-in") as attempt:
        raise EnvironmentProblem("database_locked", "locked")

    assert attempt.failed
    assert boxes == [(parent, "Walk-in", "The database is busy with another desk; try again.")]


def test_a_bug_is_not_swallowed(qtbot) -> None:
    with pytest.raises(ZeroDivisionError), shown_in(QLabel()):
        _ = 1 / 0


def test_a_background_failure_reads_in_words() -> None:
    assert problem_text(EnvironmentProblem("disk_full", "ENOSPC")) == (
        "The disk is full or failing."
    )
    assert problem_text(ValueError("odd")) == "odd"


def test_a_report_that_cannot_be_written_is_said_in_the_window_s_words(
    qtbot, db, demo_event, tmp_path: Path, monkeypatch
) -> None:
    """Before, the box showed the error's English text, never the translated one."""

    def refuse(_path: Path) -> Path:
        raise EnvironmentProblem("disk_full", "[Errno 28] No space left on device")

    view = AttendanceView(
        db,
        demo_event.id,
        list_sessions(db, demo_event.id),
        list_provinces(db),
        list_issue_areas(db, demo_event.id),
        refuse,
    )
    qtbot.addWidget(view)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "summary.pdf"), "")
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))

    view.export_pdf.click()

    assert warned == ["The disk is full or failing."]
