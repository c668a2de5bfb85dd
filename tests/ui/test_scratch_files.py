"""Previews hold participants' names: they are written in the data folder, owner-only, and
what a killed program left there is removed at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from registration.config import data_dir
from registration.ui.main_window import MainWindow
from registration.ui.printing.scratch import ScratchFolder, remove_leftovers


def test_a_badge_preview_is_written_in_the_data_folder_owner_only(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.printing.preview_badges.click()
    path = Path(window.printing.preview.path)
    assert path.is_relative_to(data_dir())
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_what_a_killed_program_left_is_removed_and_a_live_ones_is_kept(qtbot: QtBot) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip

    class Owner:
        pass

    owner = Owner()
    live = ScratchFolder(owner)
    left = live.path.parent / f"{dead.stdout.strip()}-print-x1"
    left.mkdir()
    (left / "badges-1.pdf").write_bytes(b"%PDF")

    assert remove_leftovers() == 1
    assert not left.exists() and live.path.exists()
    assert os.getpid() != int(dead.stdout)
