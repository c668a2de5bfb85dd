"""An unexpected error is logged and shown politely, with details to copy."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QGuiApplication

from registration.ui.common.crash_dialog import CrashDialog, install_excepthook


def test_an_unexpected_error_is_logged_with_its_traceback_and_shown(caplog, tmp_path) -> None:
    shown: list[str] = []
    previous = install_excepthook(tmp_path / "registration.log", show=shown.append)
    try:
        try:
            raise ValueError("a bug")
        except ValueError as error:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous

    assert shown and "ValueError: a bug" in shown[0] and "Traceback" in shown[0]
    assert any("unexpected error" in r.message and r.exc_info for r in caplog.records)


def test_a_failing_dialog_still_leaves_the_error_in_the_log(caplog, tmp_path) -> None:
    def broken_dialog(details: str) -> None:
        raise RuntimeError("no screen")

    previous = install_excepthook(None, show=broken_dialog)
    try:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(ValueError, ValueError("a bug"), None)
    finally:
        sys.excepthook = previous

    messages = [r.getMessage() for r in caplog.records]
    assert "unexpected error" in messages and "could not show the error dialog" in messages


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot, tmp_path) -> None:
    dialog = CrashDialog("Traceback …\nValueError: a bug", tmp_path / "registration.log")
    qtbot.addWidget(dialog)

    dialog.copy_button.click()

    assert QGuiApplication.clipboard().text().endswith("ValueError: a bug")
    assert "registration.log" in dialog.message.text()
