"""The attendance view: counts per session and group, live refresh, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from registration.services.checkin import check_in
from registration.services.events import list_issue_areas, list_provinces, list_sessions
from registration.services.registry import list_participants
from registration.ui.attendance.attendance_model import FIRST_SESSION_COLUMN
from registration.ui.attendance.attendance_table import GroupBy
from registration.ui.attendance.attendance_view import AttendanceView


@pytest.fixture
def view(qtbot, db, demo_event):
    widget = AttendanceView(
        db,
        demo_event.id,
        list_sessions(db, demo_event.id),
        list_provinces(db),
        list_issue_areas(db, demo_event.id),
    )
    qtbot.addWidget(widget)
    return widget


def cell(view: AttendanceView, label: str, column: int) -> object:
    model = view.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == label:
            return model.index(row, column).data(Qt.ItemDataRole.UserRole)
    raise AssertionError(f"no row {label}")


def test_counts_appear_per_province_and_issue_area_and_follow_new_check_ins(
    qtbot, db, demo_event, view
) -> None:
    people = list_participants(db, demo_event.id)
    opening = list_sessions(db, demo_event.id)[0]
    person = next(p for p in people if p.province and p.issue_area)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.show()
    assert cell(view, "Total", FIRST_SESSION_COLUMN) == 0

    check_in(db, person.badge_code, opening.id, desk="Desk 2")  # as another desk would
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.refresh()

    assert cell(view, "Total", FIRST_SESSION_COLUMN) == 1
    assert cell(view, person.province.name_th, FIRST_SESSION_COLUMN) == 1
    expected = sum(1 for p in people if p.province == person.province)
    assert cell(view, person.province.name_th, 1) == expected
    view.group_by.setCurrentIndex(view.group_by.findData(GroupBy.ISSUE_AREA))
    assert cell(view, person.issue_area.name_th, FIRST_SESSION_COLUMN) == 1
    text = view.model.index(0, FIRST_SESSION_COLUMN).data()
    assert "%" in text or text == "0"


def test_export_through_the_save_dialog(qtbot, db, view, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "attendance"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))

    view.export_xlsx.click()

    assert (tmp_path / "attendance.xlsx").stat().st_size > 0
    assert shown and "attendance.xlsx" in shown[0]


def test_an_export_problem_is_a_message_not_a_crash(qtbot, db, view, tmp_path, monkeypatch):
    target = tmp_path / "no-such-folder" / "attendance.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))

    view.export_csv.click()

    assert warned and "does not exist" in warned[0]


def test_the_summary_pdf_is_written_through_the_save_dialog(
    qtbot, db, demo_event, tmp_path: Path, monkeypatch
) -> None:
    from registration.ui.printing.printing_view import write_attendance_summary

    widget = AttendanceView(
        db,
        demo_event.id,
        list_sessions(db, demo_event.id),
        list_provinces(db),
        list_issue_areas(db, demo_event.id),
        lambda path: write_attendance_summary(db, demo_event.id, path),
    )
    qtbot.addWidget(widget)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "summary.pdf"), "")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    widget.export_pdf.click()

    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_a_tab_first_shown_offline_says_why_it_cannot_count_and_claims_no_counts(
    qtbot, view, monkeypatch
) -> None:
    """Seen at 1366 pixels: "Cannot count: This needs the server…" ran under the export
    buttons, cut off mid-sentence, above a note saying "these counts are the server's from
    before it stopped answering" over an empty table."""
    from datetime import datetime

    from registration.domain.errors import DeskOffline
    from registration.ui.attendance import attendance_view

    def offline(*_args: object) -> None:
        raise DeskOffline(datetime.now())

    monkeypatch.setattr(attendance_view, "attendance_counts", offline)
    view.resize(1366, 660)
    view.show()
    view.set_offline(True, 1)
    label = view.summary
    qtbot.waitUntil(lambda: label.text().startswith("Cannot count: This needs the server"))

    assert view.counts is None and not view.offline_note.isVisible()
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    qtbot.waitUntil(
        lambda: (
            label.fontMetrics().boundingRect(label.contentsRect(), flags, label.text()).height()
            <= label.contentsRect().height()
        )
    )
    assert label.geometry().right() < view.export_xlsx.geometry().left()
