"""The self-test in-process: it passes on a working installation, names what fails, and
never touches the user's data folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from registration import selftest
from registration.__main__ import main


@pytest.fixture(autouse=True)
def _application(qtbot: QtBot) -> None:
    """The self-test reuses a running Qt application; the suite's is a QApplication."""


def test_self_test_runs_every_step_and_says_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ok  ")[1].split(" (")[0] for line in lines[:-1]] == [
        title for title, _ in selftest.STEPS
    ]
    assert lines[-1].startswith("self-test ok")


def test_self_test_leaves_the_data_folder_alone() -> None:
    user_folder = Path(os.environ["REGISTRATION_DATA_DIR"])
    assert selftest.run_self_test(io.StringIO()) == 0
    assert os.environ["REGISTRATION_DATA_DIR"] == str(user_folder)
    assert not user_folder.exists() or list(user_folder.iterdir()) == []


def test_a_missing_thai_font_fails_and_names_the_step(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("registration.resources.RESOURCES", tmp_path)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    last = out.getvalue().splitlines()[-1]
    # The first step that needs the font fails: printing, or Qt if printing cached it earlier.
    assert last.startswith(("self-test failed: render a badge page", "self-test failed: load"))
    assert "Sarabun-Regular.ttf" in last


def test_a_wrong_check_in_outcome_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from registration.services import checkin

    real_check_in = checkin.check_in
    monkeypatch.setattr(
        checkin,
        "check_in",
        lambda db, code, session_id, desk: real_check_in(db, "no badge", session_id, desk),
    )
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "self-test failed: check in one code" in out.getvalue()


def test_self_test_leaves_no_window_or_timer_behind() -> None:
    """The main window's timers query the database; they must die with the temporary one."""
    from PySide6.QtWidgets import QApplication

    from registration.ui.main_window import MainWindow

    assert selftest.run_self_test(io.StringIO()) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert windows == []


def test_a_desk_without_qt_multimedia_passes_with_a_camera_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A USB scanner needs no camera: where Qt Multimedia cannot load (no libpulse0 on a bare
    Linux), the self-test warns about the camera and still passes."""
    import builtins

    real_import = builtins.__import__

    def no_multimedia(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    assert any(
        line.startswith("  warn  scan a badge with the camera decoder: Qt Multimedia")
        for line in lines
    )
    assert lines[-1].startswith("self-test ok") and lines[-1].endswith(", 1 warning)")
