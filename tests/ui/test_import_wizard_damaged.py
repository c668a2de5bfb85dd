"""A damaged spreadsheet in the import wizard: the preview says which file and what is
wrong, offers nothing to import, and the list is unchanged."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from registration.services import registry
from registration.ui.common.context import WindowContext
from registration.ui.participants.import_wizard import ImportWizard
from tests.services.test_importing_hostile import GOOD, bad_crc


def test_a_damaged_workbook_is_named_in_the_preview(
    qtbot: QtBot, context: WindowContext, tmp_path: Path
) -> None:
    path = bad_crc(tmp_path / "รายชื่อ.xlsx")
    assert GOOD  # the same rows import from the undamaged file (see the service tests)
    before = registry.count_participants(context.db, context.event.id)
    wizard = ImportWizard(context.db, context.event.id, "Desk 1")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))

    wizard.next()
    summary = wizard.preview_page.summary
    qtbot.waitUntil(lambda: "damaged" in summary.text(), timeout=10_000)

    assert summary.text() == (
        "รายชื่อ.xlsx is damaged (bad CRC: the file was corrupted); nothing was imported."
    )
    assert not wizard.preview_page.isComplete()
    assert registry.count_participants(context.db, context.event.id) == before
