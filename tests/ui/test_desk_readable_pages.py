"""Pages the desk staff read besides the desk: the import mapping and the attendance table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from registration.domain.records import EventInfo
from registration.services.events import list_issue_areas, list_provinces, list_sessions
from registration.storage.database import Database
from registration.ui.attendance.attendance_view import AttendanceView
from registration.ui.common.context import WindowContext
from registration.ui.participants.import_wizard import ImportWizard


def test_the_mapping_page_names_the_fields_in_words_and_shows_its_headers_whole(
    qtbot: QtBot, context: WindowContext, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("ชื่อ,นามสกุล\nสมปอง,ใจงาม\n", encoding="utf-8")
    wizard = ImportWizard(context.db, context.event.id, "Desk 1")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    with qtbot.waitSignal(wizard.preview_page.preview_ready, timeout=10_000):
        wizard.next()
    page = wizard.preview_page
    fields = [page.mapping.item(n, 0).text() for n in range(page.mapping.rowCount())]
    assert "First name" in fields and "first_name" not in fields
    assert page.summary.text() == "1 row ready, 0 rows with problems"
    header = page.mapping.horizontalHeader()
    title = page.mapping.horizontalHeaderItem(1).text()
    assert header.sectionSize(1) >= QFontMetrics(header.font()).horizontalAdvance(title)


def test_the_attendance_table_fills_a_wide_screen(
    qtbot: QtBot, db: Database, demo_event: EventInfo
) -> None:
    view = AttendanceView(
        db, demo_event.id, list_sessions(db, demo_event.id), list_provinces(db),
        list_issue_areas(db, demo_event.id), lambda *_args: None,
    )  # fmt: skip
    qtbot.addWidget(view)
    view.resize(1900, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() >= view.table.viewport().width() - 2)
