"""Qt's own file dialog, wide enough for its words in the window's font.

Qt sizes the places list for its first entry and the file list's columns for Latin
samples ("10/29/81 02:02PM"), and keeps the widths the last dialog had. In Thai, with the
window's font, "คอมพิวเตอร์" came out cut ("คอมพิว...") at 1366×768, and so would the
dates in words ("28 พ.ย. 2569 22:48"). Before the dialog shows, the places list gets the
width of its widest entry as its minimum, the size, type and date columns the width of
their widest words, and the dialog grows (within the screen) until the columns fit, or
on a small screen the names' column gives up what is still missing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView

MOST_OF_DIALOG = 1 / 3  # a long bookmarked folder name does not take the files' room
MOST_OF_SCREEN = 0.9
PADDING = 16  # a column's text from the next one
NAME_COLUMN = 0


def fit_file_dialog(dialog: QFileDialog, widest_words: dict[int, list[str]]) -> None:
    """`widest_words`: for a column of the file list, the longest texts it may show."""
    _widen_sidebar(dialog)
    files = dialog.findChild(QTreeView, "treeView")
    if files is None:
        return
    header = files.header()
    advance: Callable[[str], int] = files.fontMetrics().horizontalAdvance
    for column, words in widest_words.items():
        wanted = max(
            [header.sectionSizeFromContents(column).width()] + [advance(w) + PADDING for w in words]
        )
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
    _grow_to_fit(dialog, files, header)


def _widen_sidebar(dialog: QFileDialog) -> None:
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is None or sidebar.model() is None:
        return
    widest = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth()
    sidebar.setMinimumWidth(min(widest, int(dialog.width() * MOST_OF_DIALOG)))


def _grow_to_fit(dialog: QFileDialog, files: QTreeView, header: QHeaderView) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()  # the children's geometry for the dialog's present size
    short = header.length() - files.viewport().width()
    screen = dialog.screen().availableGeometry().width()
    if short <= 0:
        return
    dialog.resize(min(dialog.width() + short, int(screen * MOST_OF_SCREEN)), dialog.height())
    layout.activate()
    short = header.length() - files.viewport().width()
    if short > 0:  # a small screen: the names give up the rest
        name = header.sectionSize(NAME_COLUMN)
        header.resizeSection(NAME_COLUMN, max(name - short, header.minimumSectionSize()))
