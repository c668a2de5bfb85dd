"""While a desk on a shared server works offline, every action that needs the server says
so in words (since when the desk is offline, and that nothing was lost) and changes
nothing; the still-missing list comes from the desk's copy and says so. No crash dialog,
and the window's thread never waits on the absent server."""

from __future__ import annotations

import re
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from registration.config import Settings, save_settings
from registration.services import events
from registration.services.certificates import RuleKind
from registration.services.groups import create_group_set, group_members, list_group_sets
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.ui.main_window import MainWindow
from registration.ui.missing import missing_view
from registration.ui.participants import participants_controller
from tests.throwaway_postgres import ABANDONED_CONNECTIONS, DemoServer
from tests.ui.server_desks import EventLoopGaps, server_window

pytestmark = ABANDONED_CONNECTIONS
Server = DemoServer
NEEDS_SERVER = re.compile(
    r"This needs the server, which cannot be reached: this desk works offline since "
    r"\d\d:\d\d\. Nothing was lost"
)


@pytest.fixture
def offline_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_server: Server,
) -> Iterator[tuple[MainWindow, list[str]]]:
    """A desk that was online (its copy made, a group set assigned), then lost its server.
    Yields the window and the texts of the message boxes it showed."""
    cluster, db, event = demo_server
    session = events.list_sessions(db, event.id)[3]
    made = create_group_set(db, event.id, "บ่าย", 3, session.id)
    assign_groups(db, made.id, AssignMode.MIXED)
    save_settings(Settings(desk="Desk 1"))
    window = server_window(qtbot, db)
    assert window.link_status is not None
    link = window.link_status.link
    window.tabs.setCurrentWidget(window.groups)
    qtbot.waitUntil(lambda: window.groups.group_set is not None, timeout=3000)
    certificates = window.certificates  # someone picked by hand, to write theirs
    window.tabs.setCurrentWidget(certificates)
    certificates.rule.setCurrentIndex(certificates.rule.findData(RuleKind.CHOSEN.value))
    qtbot.waitUntil(lambda: certificates.list.count() > 0, timeout=3000)
    certificates.list.item(0).setCheckState(Qt.CheckState.Checked)
    said: list[str] = []

    def box(_parent: QWidget | None, _title: str, text: str, *_args: object) -> int:
        said.append(text)
        return 0

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box)
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: crashes.append(exc))
    cluster.stop()
    qtbot.waitUntil(lambda: not link.online, timeout=3000)
    yield window, said
    assert crashes == [], [traceback.format_exception(*c) for c in crashes]  # type: ignore[misc]
    window.close()


def test_each_action_that_needs_the_server_says_so_offline_and_changes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_server: Server,
    offline_window: tuple[MainWindow, list[str]],
) -> None:
    cluster, db, event = demo_server
    window, said = offline_window
    gaps = EventLoopGaps()
    gaps.start()
    opened: list[str] = []
    monkeypatch.setattr(
        participants_controller.ImportWizard, "exec", lambda _w: opened.append("wizard")
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "out.pdf"), "")
    )

    window.participants.import_file()  # Import wizard
    assert opened == [] and NEEDS_SERVER.search(said.pop()), said

    setup = window.setup  # Event setup: the event, a session, an issue area
    setup.name.setText("ชื่อใหม่")
    setup.save_event.click()
    assert NEEDS_SERVER.search(setup.event_problem.text())
    setup.session_list.setCurrentRow(0)
    setup.title.setText("ช่วงใหม่")
    setup.save_session.click()
    assert NEEDS_SERVER.search(setup.session_problem.text())
    setup.area_list.setCurrentRow(0)
    setup.save_area.click()
    assert NEEDS_SERVER.search(setup.area_problem.text())

    groups = window.groups  # Groups: read from the copy, and it says so; assign, move
    window.tabs.setCurrentWidget(groups)
    groups.refresh()
    assert re.search(r"this desk's copy as of \d\d:\d\d", groups.problem.text())
    assert groups.sets.currentText() == "บ่าย" and groups.tree.topLevelItemCount() == 3
    assert "136 people in groups" in groups.status.text(), groups.status.text()
    groups.assign_button.click()
    assert NEEDS_SERVER.search(groups.problem.text())
    groups.problem.clear()
    assert groups.group_set is not None
    groups.move_participant(1, groups.group_set.groups[1].id)
    assert NEEDS_SERVER.search(groups.problem.text())

    window.certificates.write_certificates()  # Certificates
    assert NEEDS_SERVER.search(window.certificates.problem.text())
    assert not (tmp_path / "out.pdf").exists()

    window.settings_flow.purge()  # Erase personal data
    assert NEEDS_SERVER.search(said.pop()), said

    told: list[str] = []
    window.statusBar().messageChanged.connect(told.append)
    window.settings_flow.back_up_now()  # Back up
    assert any("works offline since" in t and "Nothing was lost" in t for t in told), told

    missing = window.missing  # Still missing: from the desk's copy, and it says so
    window.tabs.setCurrentWidget(missing)
    qtbot.waitUntil(lambda: "this desk's copy" in missing.problem.text(), timeout=3000)
    assert re.search(r"this desk's copy as of \d\d:\d\d", missing.problem.text())
    assert missing.tree.topLevelItemCount() > 0
    gaps.stop()
    assert gaps.longest_ms < 100, (gaps.longest_ms, gaps.stuck_in[:1])

    cluster.start()  # nothing changed on the server
    assert events.get_event(db, event.id).name == event.name
    assert events.list_sessions(db, event.id)[0].title != "ช่วงใหม่"
    [made] = list_group_sets(db, event.id)
    assert made.can_undo  # the one assignment, not a second
    assert {m.participant_id for m in group_members(db, made.id) if m.moved_by_hand} == set()


def test_the_still_missing_list_is_read_from_the_copy_off_the_window_thread(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    offline_window: tuple[MainWindow, list[str]],
) -> None:
    """Offline, the list comes from the desk's copy with its note, read on a pool thread;
    a refresh keeps the group the user closed and the person selected."""
    window, _said = offline_window
    read_on: list[str] = []
    real = missing_view.missing_here

    def spy(*args: object) -> object:
        read_on.append(threading.current_thread().name)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(missing_view, "missing_here", spy, raising=True)
    missing = window.missing
    window.tabs.setCurrentWidget(missing)
    qtbot.waitUntil(lambda: "this desk's copy" in missing.problem.text(), timeout=3000)
    qtbot.waitUntil(lambda: not missing.reading, timeout=3000)
    first = missing.tree.topLevelItem(0)
    first.setExpanded(False)
    person = missing.tree.topLevelItem(1).child(0)
    missing.tree.setCurrentItem(person)
    name = person.text(0)
    missing.refresh()
    qtbot.waitUntil(lambda: len(read_on) >= 2 and not missing.reading, timeout=3000)
    assert threading.main_thread().name not in read_on, read_on
    assert "this desk's copy" in missing.problem.text()
    assert not missing.tree.topLevelItem(0).isExpanded()
    assert [i.text(0) for i in missing.tree.selectedItems()] == [name]
