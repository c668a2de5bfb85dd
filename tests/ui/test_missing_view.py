"""The still-missing tab: follows check-ins from any desk, exports and prints a call list."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.missing import MissingBy, missing_list
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from registration.ui.missing import missing_view
from registration.ui.missing.missing_view import MissingView
from tests.printing.pdf_tools import loose, page_texts


def _names(view: MissingView) -> set[str]:
    tree = view.tree
    return {
        tree.topLevelItem(g).child(c).text(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    }


def settled(qtbot: QtBot, view: MissingView) -> None:
    """The list of the session and grouping chosen is shown and no read is running."""

    def done() -> bool:
        found = view.found
        asked = (view.session.currentData(), view.by.currentData())
        return not view.reading and found is not None and (found.session.id, found.by) == asked

    qtbot.waitUntil(done, timeout=5000)


def test_a_check_in_at_another_desk_leaves_the_list_within_seconds(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    session_id = view.session.currentData()
    person = registry.list_participants(db, demo_event.id, "TH-18")[0]
    assert person.full_name in _names(view)
    before = view.found.missing

    checkin.check_in(db, person.badge_code, session_id, desk="Desk 9")

    qtbot.waitUntil(lambda: person.full_name not in _names(view), timeout=3000)
    assert view.found.missing == before - 1
    assert f"{before - 1} of 136" in view.summary.text()
    chainat = next(
        view.tree.topLevelItem(i)
        for i in range(view.tree.topLevelItemCount())
        if view.tree.topLevelItem(i).text(0).startswith("ชัยนาท")
    )
    assert chainat.text(0) == "ชัยนาท: 6 missing of 7" and chainat.childCount() == 6


def test_grouped_by_issue_area_and_a_collapsed_group_stays_collapsed(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    view.by.setCurrentIndex(1)
    settled(qtbot, view)
    first = view.tree.topLevelItem(0)
    assert first.text(0).startswith("กองเลขา")
    first.setExpanded(False)
    view.refresh()
    settled(qtbot, view)
    assert not view.tree.topLevelItem(0).isExpanded()
    assert view.tree.topLevelItem(1).isExpanded()


def test_the_call_list_is_exported_where_the_user_says(
    qtbot: QtBot,
    db: Database,
    demo_event: EventInfo,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    settled(qtbot, window.missing)
    target = tmp_path / "call.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)")
    )
    window.missing.export_button.click()
    assert target.exists() and str(target) in window.missing.saved.text()
    text = " ".join(page_texts(target))
    session = events.get_session(db, window.missing.session.currentData())
    assert loose(session.title[:20]) in text
    assert loose("ยังไม่มาทั้งสิ้น 136 คน") in text


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv"])
def test_a_folder_that_vanished_or_a_folder_as_file_is_said_in_thai(
    qapp,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    """The Thai window names what is wrong with the place chosen, in Thai, with the path:
    the folder vanished (a USB stick pulled out) or a folder chosen as the file."""
    import re

    from registration.i18n import install_translator

    translator = install_translator(qapp, "th")
    try:
        window.tabs.setCurrentWidget(window.missing)
        view = window.missing
        settled(qtbot, view)
        gone = tmp_path / "usb" / f"call-list{suffix}"
        folder = tmp_path / f"a-folder{suffix}"
        folder.mkdir()
        for target, words in ((gone, "ไม่มีโฟลเดอร์"), (folder, "เป็นโฟลเดอร์")):
            monkeypatch.setattr(
                QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), "")
            )
            view.export_list()
            said = view.problem.text()
            assert words in said, said
            assert str(target.parent if target is gone else target) in said
            words_only = said.replace(str(target), "").replace(str(target.parent), "")
            assert not re.search(r"[A-Za-z]{4,}", words_only), said
        assert not (tmp_path / "usb").exists()
    finally:
        qapp.removeTranslator(translator)


def test_the_longest_province_and_issue_area_show_whole(qtbot: QtBot, window: MainWindow) -> None:
    """At 1366x768 "พระนครศรีอยุธยา" read "พระนครศรีอ…" in the province column."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    for column in (3, 4):  # issue area, province
        assert view.tree.columnWidth(column) >= view.tree.sizeHintForColumn(column), column


def test_each_sessions_call_list_is_offered_its_own_file_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both were offered "call-list.xlsx": the afternoon's list replaced the morning's."""
    offered: list[str] = []

    def chosen(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return str(tmp_path / "out" / name), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    for index in (0, 2):
        view.session.setCurrentIndex(index)
        settled(qtbot, view)
        view.export_list()
    assert offered == [
        "call-list-session-1-2019-02-09-0900.xlsx",
        "call-list-session-3-2019-02-09-1300.xlsx",
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(offered)


def test_the_list_starts_right_under_the_counts(qtbot: QtBot, window: MainWindow) -> None:
    """The red line and the saved note stood on two lines of their own, empty most of
    the day: the list started two lines lower than it needed to."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    assert view.problem.text() == "" and view.saved.text() == ""
    gap = view.tree.y() - view.summary.geometry().bottom()
    assert gap < view.summary.fontMetrics().height()


class SlowReads:
    """The view's reads, recorded; a read of a session in `held` waits until let go."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[int] = []
        self.ended: list[int] = []
        self.held: dict[int, threading.Event] = {}
        self.real = missing_view.missing_here
        monkeypatch.setattr(missing_view, "missing_here", self.read)

    def read(self, db: Database, session_id: int, by: MissingBy, *rest: object) -> object:
        self.started.append(session_id)
        gate = self.held.get(session_id)
        if gate is not None:
            gate.wait(5)  # never forever: a read on the window's thread would hang the test
        try:
            return self.real(db, session_id, by, *rest)  # type: ignore[arg-type]
        finally:
            self.ended.append(session_id)

    def hold(self, session_id: int) -> threading.Event:
        self.held[session_id] = threading.Event()
        return self.held[session_id]


def test_check_ins_arriving_during_a_read_are_read_once_more_and_all_leave_the_list(
    qtbot: QtBot,
    db: Database,
    demo_event: EventInfo,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    session_id = view.session.currentData()
    reads = SlowReads(monkeypatch)
    gate = reads.hold(session_id)
    view.refresh()  # a check-in arrived: the read runs while the desk goes on
    assert reads.ended == [], "the window's thread waited for the read"
    people = registry.list_participants(db, demo_event.id)[:5]
    for person in people:  # a rush: each check-in asks for the list again
        checkin.check_in(db, person.badge_code, session_id, desk="Desk 9")
        view.refresh()
    gate.set()
    settled(qtbot, view)
    assert len(reads.started) == 2  # the running read, and exactly one more
    expected = missing_list(db, session_id, MissingBy.PROVINCE)
    assert view.found == expected
    assert _names(view) == {p.participant.full_name for g in expected.groups for p in g.people}
    assert not _names(view) & {p.full_name for p in people}


def test_a_result_for_a_session_the_user_left_is_not_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    first, shown = view.session.currentData(), view.summary.text()
    second, third = view.session.itemData(1), view.session.itemData(2)
    assert first not in (second, third)
    reads = SlowReads(monkeypatch)
    left, chosen = reads.hold(second), reads.hold(third)
    view.session.setCurrentIndex(1)
    assert reads.ended == [], "the window's thread waited for the read"
    view.session.setCurrentIndex(2)  # changed while the second session is read
    assert not view.print_button.isEnabled() and not view.export_button.isEnabled()
    left.set()
    qtbot.waitUntil(lambda: reads.started[-1:] == [third], timeout=5000)
    assert view.found is not None and view.found.session.id == first  # second's dropped
    assert view.summary.text() == shown
    chosen.set()
    settled(qtbot, view)
    assert view.found.session.id == third and reads.ended == [second, third]
    assert view.print_button.isEnabled() and view.export_button.isEnabled()


@pytest.mark.parametrize("undone", [False, True])
def test_a_refresh_keeps_closed_groups_the_selection_and_the_scroll(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow, undone: bool
) -> None:
    """Someone above the user's place checked in (their row goes), or a check-in undone
    (they come back, and the tree is filled afresh)."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    tree = view.tree
    session_id = view.session.currentData()
    moving = tree.topLevelItem(0).child(0).text(0)  # above the user's place
    person = next(p for p in registry.list_participants(db, demo_event.id) if p.full_name == moving)
    made = checkin.check_in(db, person.badge_code, session_id, desk="Desk 9")
    if undone:
        view.refresh()
        qtbot.waitUntil(lambda: moving not in _names(view), timeout=5000)
    tree.topLevelItem(2).setExpanded(False)
    chosen = tree.topLevelItem(tree.topLevelItemCount() - 2).child(0)
    name = chosen.text(0)
    tree.setCurrentItem(chosen)
    scroll = tree.verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum() // 2)
    on_top = tree.itemAt(QPoint(0, 0)).text(0)
    if undone:
        checkin.annul(db, made.check_in.id, "wrong badge", desk="Desk 9")
    view.refresh()
    qtbot.waitUntil(lambda: (moving in _names(view)) is undone, timeout=5000)
    settled(qtbot, view)
    assert not tree.topLevelItem(2).isExpanded()
    assert tree.topLevelItem(3).isExpanded()
    assert [i.text(0) for i in tree.selectedItems()] == [name]
    assert tree.currentItem() is not None and tree.currentItem().text(0) == name
    assert tree.itemAt(QPoint(0, 0)).text(0) == on_top  # the same rows in view


def test_closing_the_window_during_a_read_is_clean(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    settled(qtbot, view)
    reads = SlowReads(monkeypatch)
    gate = reads.hold(view.session.currentData())
    view.refresh()
    shown = view.found
    window.tabs.setCurrentIndex(0)  # away from the tab mid-read
    window.close()
    gate.set()
    qtbot.waitUntil(lambda: len(reads.ended) == 1, timeout=5000)
    qtbot.wait(50)  # the result's delivery, dropped
    assert view.found is shown and reads.started == reads.ended
