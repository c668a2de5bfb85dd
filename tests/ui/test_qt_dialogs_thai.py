"""Qt's own colour, file and print dialogs speak Thai in the Thai window (Qt ships no Thai)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeView,
)

from registration.i18n import install_translator
from registration.ui.common.file_types import translate_file_types

# What may stay in Latin letters: formats, units and the values a dialog shows.
LATIN_ALLOWED = re.compile(
    r"HTML|PDF|pdf|\(&?[A-Za-z]\)|&[A-Za-z]|/[\w/.-]*|\.\.\.|[A-Z]\d|mm|in|pt"
)
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def thai(qapp: QCoreApplication) -> Iterator[None]:
    translator = install_translator(qapp, "th")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


def english_left(dialog: QDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.title() for w in dialog.findChildren(QGroupBox) if w.isVisible()]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(n) for n in range(tabs.count())]
    for header in dialog.findChildren(QHeaderView):
        model = header.model()
        if header.isVisible() and model is not None:
            texts += [
                str(model.headerData(n, header.orientation()) or "") for n in range(header.count())
            ]
    return [t for t in texts if ENGLISH_WORD.search(LATIN_ALLOWED.sub("", t))]


def test_the_colour_dialog(qtbot, thai) -> None:
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog) == []


def test_the_file_dialog(qtbot, thai, tmp_path) -> None:
    (tmp_path / "sheets").mkdir()  # a folder and a PDF listed: their Type column too
    (tmp_path / "badges-ayutthaya.pdf").write_bytes(b"%PDF-1.4")
    words = translate_file_types(QApplication.instance())  # as the program's start does
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        files = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) == 2)
        assert english_left(dialog) == []
        model, root = files.model(), files.rootIndex()
        types = {str(model.index(row, 2, root).data()) for row in range(2)}
        assert types == {"ไฟล์ PDF", "โฟลเดอร์"}
    finally:
        QApplication.instance().removeEventFilter(words)


def test_the_print_dialog_with_its_options(qtbot, thai) -> None:
    printer = QPrinter()  # kept: the dialog does not own it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QAbstractButton) if ">>" in b.text())
    options.click()
    assert english_left(dialog) == []
