"""Qt's own file dialog in the Thai window: dates in the Buddhist Era and sizes in Thai
whatever the machine's locale, and every name and column whole."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import suppress
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListView,
    QSplitter,
    QTreeView,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.records import EventInfo
from registration.i18n import install_translator
from registration.storage.database import Database
from registration.ui.common.file_types import translate_file_types
from registration.ui.common.fonts import install_thai_font
from tests.ui.keys import focused, press_key, type_text

BEFORE_THE_WORKSHOP = datetime(2019, 2, 8, 16, 45)  # a file's time, in the machine's zone
NAME, SIZE, TYPE, DATE = range(4)


@pytest.fixture
def thai_window_language(qapp: QApplication) -> Iterator[None]:
    """The Thai translator, the bundled font and the program's file dialog words, as the
    program's start installs them."""
    font = qapp.font()
    translator = install_translator(qapp, "th")
    assert translator is not None
    install_thai_font(qapp)
    words = translate_file_types(qapp)
    yield
    qapp.removeEventFilter(words)
    qapp.removeTranslator(translator)
    qapp.setFont(font)


@pytest.fixture
def english_file_words(qapp: QApplication) -> Iterator[None]:
    words = translate_file_types(qapp)
    yield
    qapp.removeEventFilter(words)


def a_folder_with_an_export(folder: Path) -> Path:
    (folder / "sheets").mkdir()
    sheet = folder / "attendance-ayutthaya.xlsx"
    sheet.write_bytes(b"x" * 1500)
    moment = BEFORE_THE_WORKSHOP.timestamp()
    os.utime(sheet, (moment, moment))
    return sheet


def listed_row(files: QTreeView, name: str) -> list[str]:
    model, root = files.model(), files.rootIndex()
    for row in range(model.rowCount(root)):
        if model.index(row, NAME, root).data() == name:
            return [str(model.index(row, column, root).data()) for column in range(4)]
    raise AssertionError(f"{name} is not listed")


def cut_columns(files: QTreeView) -> list[int]:
    """The columns whose text is wider than the column, or that run past the view."""
    header, model, root = files.header(), files.model(), files.rootIndex()
    metrics = files.fontMetrics()
    cut = [
        column
        for column in (SIZE, TYPE, DATE)
        for row in range(model.rowCount(root))
        if metrics.horizontalAdvance(str(model.index(row, column, root).data()))
        > header.sectionSize(column)
    ]
    if header.length() > files.viewport().width():
        cut.append(-1)
    return cut


def cut_places(dialog: QFileDialog) -> list[str]:
    sidebar = dialog.findChild(QListView, "sidebar")
    model = sidebar.model()
    return [
        str(model.index(row, 0).data())
        for row in range(model.rowCount())
        if sidebar.visualRect(model.index(row, 0)).width()
        < sidebar.sizeHintForIndex(model.index(row, 0)).width()
    ]


def test_the_export_dialog_reads_thai_dates_and_sizes_then_saves_where_typed(
    qtbot: QtBot,
    db: Database,
    demo_event: EventInfo,
    thai_window_language: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The machine has no Thai locale (tests run under LANG=en): the dialog's date column
    still reads in Thai with the Buddhist-Era year, as the rest of the window does."""
    a_folder_with_an_export(tmp_path)
    monkeypatch.chdir(tmp_path)  # the export dialog opens where the program runs
    window = build_main_window(db, Settings(desk="Desk 3"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        files = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) == 2)
        seen["sheet"] = listed_row(files, "attendance-ayutthaya.xlsx")
        seen["folder"] = listed_row(files, "sheets")
        with suppress(WaitTimeout):  # fitted once laid out, a turn of the loop after showing
            qtbot.waitUntil(lambda: cut_columns(files) == [], timeout=2000)
        seen["cut columns"] = cut_columns(files)
        seen["cut places"] = cut_places(dialog)
        seen["header"] = [
            str(files.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(4)
        ]
        focused().selectAll()  # type: ignore[attr-defined]  # the name field has the focus
        type_text(focused(), "วันแรก")
        press_key(Qt.Key.Key_Return)

    QTimer.singleShot(0, in_the_dialog)
    press_key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert seen["sheet"] == [
        "attendance-ayutthaya.xlsx",
        "1.46 KiB",
        "ไฟล์ XLSX",
        "8 ก.พ. 2562 16:45",
    ]
    assert seen["folder"][1:3] == ["", "โฟลเดอร์"]  # type: ignore[index]
    assert seen["header"] == ["ชื่อ", "ขนาด", "ชนิด", "วันที่แก้ไข"]
    assert seen["cut columns"] == [] and seen["cut places"] == []
    assert (tmp_path / "วันแรก.xlsx").stat().st_size > 0


def test_sizes_in_thai_words(qtbot: QtBot, thai_window_language: None, tmp_path: Path) -> None:
    (tmp_path / "tiny.csv").write_bytes(b"a,b\r\n1,2")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    files = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) == 1)

    assert listed_row(files, "tiny.csv")[SIZE] == "8 ไบต์"  # "8 bytes" under LANG=en


def test_a_sidebar_left_narrow_by_the_last_dialog_shows_คอมพิวเตอร์_whole(
    qtbot: QtBot, thai_window_language: None, tmp_path: Path
) -> None:
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    splitter = dialog.findChild(QSplitter, "splitter")
    splitter.setSizes([90, 560])  # as Qt restores the width a dialog was closed with

    dialog.show()
    qtbot.waitExposed(dialog)

    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar.model().index(0, 0).data() == "คอมพิวเตอร์"
    assert cut_places(dialog) == []


def test_english_dates_name_the_month(
    qtbot: QtBot, english_file_words: None, tmp_path: Path
) -> None:
    """Not the machine's locale either ("8 2 2019 16:45" under the C locale)."""
    a_folder_with_an_export(tmp_path)
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    files = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) == 2)

    sheet = listed_row(files, "attendance-ayutthaya.xlsx")
    assert sheet[1:] == ["1.46 KiB", "XLSX file", "8 Feb 2019 16:45"]
