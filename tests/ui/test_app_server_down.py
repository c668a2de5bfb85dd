"""Starting a desk while its server does not answer: a plain message, never a crash."""

from __future__ import annotations

import argparse
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from registration import app
from registration.config import Settings, data_dir, save_settings

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/registration"  # nothing listens


def test_the_first_start_on_a_server_that_is_down_says_what_is_wrong_and_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_settings(Settings(desk="Desk 1"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    started = time.monotonic()

    code = app.run_window(argparse.Namespace(database=UNREACHABLE))

    assert code == 1
    assert time.monotonic() - started < 5
    [text] = shown
    assert "127.0.0.1:1 does not answer" in text
    assert "switched on" in text and "--database" in text
    assert "saved while the server was away" not in text  # nothing saved yet


def test_a_desk_with_saved_check_ins_is_told_they_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(desk="Desk 1"))
    (data_dir() / app.DESK_FILE).write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    app.run_window(argparse.Namespace(database=UNREACHABLE))

    assert "saved while the server was away are kept" in shown[0]
