"""Nothing in the window's process may pull the write-ahead log from under another desk.

SQLite's locks on a file are POSIX locks, which belong to the process: closing ANY
descriptor of the database file drops them all, and a second copy of the SQLite library
in the process does not know the first one's locks. Either lets another process that
closes its connection believe it is alone, checkpoint and delete the -wal that this
window still writes into (its check-ins then never reach the file).
"""

from __future__ import annotations

import builtins
import io
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from registration.services import export
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from registration.ui.settings.settings_dialog import SettingsDialog
from tests.ui.keys import press

SQLITE_MARK = b"SQLite format 3\x00"  # the header string every SQLite engine carries


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_one_sqlite_library_in_the_window_process(window: MainWindow) -> None:
    window.camera.toggle()  # the camera loads the multimedia libraries too
    window.camera.toggle()
    with open("/proc/self/maps", encoding="utf-8") as maps:
        libraries = {line.split()[-1] for line in maps if ".so" in line.split()[-1]}
    engines = []
    for library in sorted(libraries):
        try:
            if SQLITE_MARK in Path(library).read_bytes():
                engines.append(library)
        except OSError:
            continue
    assert len(engines) == 1, engines


def test_the_window_never_opens_the_database_file_itself(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert db.path is not None
    guarded = {str(db.path), f"{db.path}-wal", f"{db.path}-shm"}
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watch(path: object) -> None:
        if isinstance(path, str | os.PathLike) and os.fspath(path) in guarded:
            opened.append(str(os.fspath(path)))

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        watch(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    def guarded_os_open(path: object, *args: object, **kwargs: object) -> int:
        watch(path)
        return real_os_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)

    person = window.participant_rows.participants()[0].record
    window.desk.view.scan.setText(person.badge_code)
    press(window.desk.view.scan, Qt.Key.Key_Return)  # a check-in
    assert window.backups.back_up() is not None  # a verified backup
    export.export_attendance(db, window.context.event.id, tmp_path / "attendance.csv")
    dialog = SettingsDialog(window.settings, window)  # lists and checks the backups
    qtbot.addWidget(dialog)
    dialog.recorded_since = window.backups.recorded_since
    since = dialog.recorded_since(dialog.backup_list.item(0).data(Qt.ItemDataRole.UserRole))
    assert since is not None and since.nothing
    Path(tmp_path / "control.txt").write_text("x")  # the guard sees pathlib's opens
    assert opened == []
    assert Path(db.path).read_bytes().startswith(SQLITE_MARK)
    assert opened == [str(db.path)]  # ...so it would have seen one of the database
    opened.clear()

    assert opened == []
