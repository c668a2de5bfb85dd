"""The desk's own copy belongs to the server and event it was copied from: a desk whose
settings now point at another server does not start on that copy while the server is
down (it says whose copy it is and what to do), and online it sets the other server's
file aside, whole, instead of sending that server's scans to this one. The same server
named another way (localhost for 127.0.0.1) is the same server."""

from __future__ import annotations

import argparse
import os
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from registration import app
from registration.app import DESK_FILE, build_main_window
from registration.config import Settings, data_dir
from registration.services import registry
from registration.services.attendance import attendance_counts
from registration.services.sync.desk_origin import (
    CopyOrigin,
    origin_of,
    record_origin,
    recorded_origin,
)
from registration.storage.desk_file import DeskFile
from registration.ui.main_window import MainWindow
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer
from tests.ui.server_desks import scan
from tests.ui.test_desk_starts_offline import _a_day_online, _start_window

pytestmark = ABANDONED_CONNECTIONS
Server = DemoServer
ELSEWHERE = CopyOrigin("10.0.0.9", 5432, "regional", 7, "อบรมภาคเหนือ")


def _copy_made_elsewhere() -> None:
    store = DeskFile(data_dir() / DESK_FILE)
    try:
        record_origin(store, ELSEWHERE)
    finally:
        store.close()


def test_the_desk_file_records_its_server_and_event_but_no_password(
    qtbot: QtBot,
    demo_server: Server,
) -> None:
    cluster, db, event = demo_server
    _a_day_online(qtbot, db)

    store = DeskFile(data_dir() / DESK_FILE)
    kept = recorded_origin(store)
    store.close()
    url = origin_of(cluster.url)
    assert kept == CopyOrigin(url.host, url.port, url.database, event.id, event.name)
    with open(data_dir() / DESK_FILE, "rb") as raw:
        assert b"password" not in raw.read().lower()


def test_a_copy_of_another_server_is_not_opened_while_this_one_is_down(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: Server,
) -> None:
    cluster, db, _event = demo_server
    _a_day_online(qtbot, db)
    _copy_made_elsewhere()
    db.dispose()
    cluster.stop()
    said: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QApplication, "exec", lambda _app: pytest.fail("the window opened"))

    code = app.run_window(argparse.Namespace(database=cluster.url))

    assert code == 1
    [text] = said
    assert "another server, 10.0.0.9:5432/regional (event “อบรมภาคเหนือ”)" in text
    assert f"not opened as a copy of {origin_of(cluster.url).server}" in text
    assert "Nothing was lost" in text
    assert "are sent when the server answers again" not in text  # not to this server
    store = DeskFile(data_dir() / DESK_FILE)
    assert recorded_origin(store) == ELSEWHERE  # left as it was
    store.close()


def test_online_another_servers_file_is_set_aside_whole_and_a_new_one_begun(
    qtbot: QtBot,
    demo_server: Server,
) -> None:
    cluster, db, event = demo_server
    _a_day_online(qtbot, db)
    _copy_made_elsewhere()
    before = sorted(os.listdir(data_dir()))

    window = build_main_window(db, Settings(desk="Desk 1"))
    qtbot.addWidget(window)
    said = window.statusBar().currentMessage()
    window.close()

    [kept] = [name for name in os.listdir(data_dir()) if name not in before]
    assert kept.startswith("desk-queue-10-0-0-9-5432-regional-")
    assert said == (
        f"This desk's copy of another server was kept as {kept}; nothing in it was sent to "
        "this server."
    )
    store = DeskFile(data_dir() / kept)
    assert recorded_origin(store) == ELSEWHERE
    assert store.all_people_rows()  # the old copy is whole
    store.close()
    store = DeskFile(data_dir() / DESK_FILE)
    assert recorded_origin(store) == origin_of(cluster.url, event.id, event.name)
    store.close()


def test_a_desk_whose_server_address_was_retyped_keeps_its_copy_and_sends_its_queue(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: Server,
) -> None:
    """Yesterday 127.0.0.1 with the psycopg driver named, today localhost without it: one
    server. The desk starts on its copy while it is down and sends its scans to it."""
    cluster, db, event = demo_server
    person = registry.list_participants(db, event.id)[0]
    _a_day_online(qtbot, db)
    db.dispose()
    cluster.stop()
    retyped = cluster.url.replace("postgresql+psycopg://", "postgresql://").replace(
        "@127.0.0.1:", "@localhost:"
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, _t, text: pytest.fail(f"not started: {text}")
    )
    seen: dict[str, Any] = {}

    def scenario(window: MainWindow) -> None:
        link = window.context.link
        assert link is not None and window.link_status is not None
        qtbot.waitUntil(lambda: "Offline since" in window.link_status.label.text(), timeout=3000)
        window.activateWindow()
        window.desk.view.scan.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.view.scan, timeout=3000)
        scan(qtbot, person)
        seen["offline"] = (window.desk.view.result.title.text(), link.status().queued)
        seen["session"] = window.desk.session_id
        cluster.start()
        qtbot.waitUntil(lambda: link.online and link.status().queued == 0, timeout=20_000)
        seen["said"] = window.statusBar().currentMessage()

    code, _opened, _forced = _start_window(monkeypatch, retyped, scenario)

    assert code == 0
    title, queued = seen["offline"]
    assert queued == 1 and "not yet confirmed" in title
    assert "another server" not in seen["said"]
    assert not [name for name in os.listdir(data_dir()) if name.startswith("desk-queue-")]
    assert attendance_counts(db, event.id).session_total(seen["session"]) == 1
