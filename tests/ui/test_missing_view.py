"""The still-missing tab: follows check-ins from any desk, exports and prints a call list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from registration.ui.missing.missing_view import MissingView
from tests.printing.pdf_tools import loose, page_texts


def _names(view: MissingView) -> set[str]:
    tree = view.tree
    return {
        tree.topLevelItem(g).child(c).text(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    }


def test_a_check_in_at_another_desk_leaves_the_list_within_seconds(
    qtbot: QtBot, db: Database, demo_event: EventInfo, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
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
    first = view.tree.topLevelItem(0)
    assert first.text(0).startswith("กองเลขา")
    first.setExpanded(False)
    view.refresh()
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
    qapp, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """The Thai window names what is wrong with the place chosen, in Thai, with the path:
    the folder vanished (a USB stick pulled out) or a folder chosen as the file."""
    import re

    from registration.i18n import install_translator

    translator = install_translator(qapp, "th")
    try:
        window.tabs.setCurrentWidget(window.missing)
        view = window.missing
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


def test_the_longest_province_and_issue_area_show_whole(window: MainWindow) -> None:
    """At 1366x768 "พระนครศรีอยุธยา" read "พระนครศรีอ…" in the province column."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    view.refresh()
    for column in (3, 4):  # issue area, province
        assert view.tree.columnWidth(column) >= view.tree.sizeHintForColumn(column), column


def test_each_sessions_call_list_is_offered_its_own_file_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
        view.export_list()
    assert offered == [
        "call-list-session-1-2019-02-09-0900.xlsx",
        "call-list-session-3-2019-02-09-1300.xlsx",
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(offered)


def test_the_list_starts_right_under_the_counts(window: MainWindow) -> None:
    """The red line and the saved note stood on two lines of their own, empty most of
    the day: the list started two lines lower than it needed to."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.missing)
    view = window.missing
    view.refresh()
    assert view.problem.text() == "" and view.saved.text() == ""
    gap = view.tree.y() - view.summary.geometry().bottom()
    assert gap < view.summary.fontMetrics().height()
