"""Qt's own colour, file and print dialogs speak Thai in the Thai window (Qt ships no Thai)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
)

from registration.i18n import install_translator

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
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog) == []


def test_the_print_dialog_with_its_options(qtbot, thai) -> None:
    printer = QPrinter()  # kept: the dialog does not own it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QAbstractButton) if ">>" in b.text())
    options.click()
    assert english_left(dialog) == []
