"""The import wizard: mapping found, every problem by row, all-or-nothing or skip invalid."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from registration.services import registry
from registration.ui.common.context import WindowContext
from registration.ui.participants.import_wizard import ImportWizard

CSV = (
    "ชื่อ,นามสกุล,จังหวัด,โทรศัพท์\nสมปอง,ใจงาม,ชัยนาท,081-111-2222\nสมศรี,ดีงาม,ชัยนาท,12\nมานี,มีนา,อ่างทอง,\n"
)


@pytest.fixture
def wizard(qtbot: QtBot, context: WindowContext, tmp_path: Path) -> ImportWizard:
    path = tmp_path / "list.csv"
    path.write_text(CSV, encoding="utf-8")
    wizard = ImportWizard(context.db, context.event.id, "Desk 1")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.isComplete()
    with qtbot.waitSignal(wizard.preview_page.preview_ready, timeout=10_000):
        wizard.next()
    return wizard


def test_the_preview_shows_the_mapping_and_each_problem_by_row(wizard: ImportWizard) -> None:
    page = wizard.preview_page
    assert page.problems.rowCount() == 1
    assert page.problems.item(0, 0).text() == "3"
    assert page.problems.item(0, 1).text() == "โทรศัพท์"
    assert page.summary.text() == "2 rows ready, 1 row with problems"
    assert page.chosen_mapping() == {"first_name": 0, "last_name": 1, "province": 2, "phone": 3}
    combo = page.mapping.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and combo.currentText() == "(not in the file)"


def test_all_or_nothing_imports_nothing_while_a_row_is_wrong(
    qtbot: QtBot, wizard: ImportWizard, context: WindowContext
) -> None:
    before = registry.count_participants(context.db, context.event.id)
    wizard.next()
    page = wizard.import_page
    page.start_button.click()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.outcome.text() == "Nothing imported: 1 row with problems."
    assert registry.count_participants(context.db, context.event.id) == before


def test_skip_invalid_imports_the_good_rows_with_progress(
    qtbot: QtBot, wizard: ImportWizard, context: WindowContext
) -> None:
    before = registry.count_participants(context.db, context.event.id)
    wizard.next()
    page = wizard.import_page
    page.skip_invalid.setChecked(True)
    with qtbot.waitSignal(page.imported, timeout=10_000):
        page.start_button.click()
    assert page.outcome.text() == "2 participants imported, 1 row skipped."
    assert page.progress.value() == page.progress.maximum()
    assert registry.count_participants(context.db, context.event.id) == before + 2
    assert registry.search(context.db, context.event.id, "สมปอง")[0].last_name == "ใจงาม"


def test_stopping_a_long_import_imports_nothing(
    qtbot: QtBot, context: WindowContext, tmp_path: Path
) -> None:
    path = tmp_path / "long.csv"
    rows = [f"คนที่{n},ทดสอบ{n},ชัยนาท,08{n:08d}" for n in range(2500)]
    path.write_text("ชื่อ,นามสกุล,จังหวัด,โทรศัพท์\n" + "\n".join(rows), encoding="utf-8")
    wizard = ImportWizard(context.db, context.event.id, "Desk 1")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    with qtbot.waitSignal(wizard.preview_page.preview_ready, timeout=20_000):
        wizard.next()
    wizard.next()
    page = wizard.import_page
    before = registry.count_participants(context.db, context.event.id)
    page.start_button.click()
    page.cancel_button.click()  # while the rows are still being checked
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=20_000)
    assert page.outcome.text() == "Import cancelled: nothing was imported."
    assert registry.count_participants(context.db, context.event.id) == before
