"""The program opened on a damaged database: restoring the offered backup says where the
damaged file, with what was recorded after the backup, is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from registration.app import open_checked_database
from registration.config import Settings
from registration.services import backups, checkin, registry
from registration.services.demo import load_demo_event
from registration.storage.migrate import open_database
from tests.storage.damage import damage_an_index


def test_restoring_at_start_names_the_file_that_keeps_the_later_check_ins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = tmp_path / "registration.sqlite"
    settings = Settings(desk="Desk 1", backups_dir=str(tmp_path / "backups"))
    db = open_database(f"sqlite:///{live}")
    event = load_demo_event(db)
    backups.backup_now(db, tmp_path / "backups")
    for person in registry.list_participants(db, event.id)[:3]:
        checkin.check_in(db, person.badge_code, 1, "Desk 1")
    db.dispose()
    damage_an_index(live)

    def restore_it(box: QMessageBox) -> int:  # the person presses "Restore the backup"
        restore = next(b for b in box.buttons() if b.text() == "&Restore the backup")
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore_it)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))

    reopened = open_checked_database(f"sqlite:///{live}", settings)
    reopened.dispose()

    [text] = told
    assert text.startswith("The backup is restored. The damaged database, with what was")
    kept = Path(text.rsplit(" is kept as ", 1)[1].rstrip("."))
    assert kept.exists() and kept != live
    good = backups.list_backups(tmp_path / "backups")[-1].path
    assert backups.recorded_since_in_file(kept, good) == backups.RecordedSince(3, 0)
