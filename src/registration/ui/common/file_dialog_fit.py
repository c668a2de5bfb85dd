"""Qt's own file dialog, wide enough for its words in the window's font.

Qt sizes the places list for its first entry and the file list's columns for Latin
samples ("10/29/81 02:02PM"), and keeps the widths the last dialog had. In Thai, with the
window's font, "คอมพิวเตอร์" came out cut ("คอมพิว...") at 1366×768, and so would the
dates in words ("28 พ.ย. 2569 22:48"). As the dialog shows, the places list gets the
width of its widest entry as its minimum; once it is laid out, the size, type and date
columns get the width of their widest words and the dialog grows (within the screen)
until the columns fit beside a scroll bar, or on a small screen the names' column gives
up what is still missing.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QStyle, QTreeView

MOST_OF_DIALOG = 1 / 3  # a long bookmarked folder name does not take the files' room
MOST_OF_SCREEN = 0.9
PADDING = 16  # a column's text from the next one
NAME_COLUMN = 0


def fit_file_dialog(dialog: QFileDialog, widest_words: dict[int, list[str]]) -> None:
    """`widest_words`: for a column of the file list, the longest texts it may show.
    Called as the dialog shows; the columns are fitted once it is laid out."""
    _widen_sidebar(dialog)
    QTimer.singleShot(0, dialog, lambda: _fit_columns(dialog, widest_words))


def _widen_sidebar(dialog: QFileDialog) -> None:
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is None or sidebar.model() is None:
        return
    widest = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth()
    sidebar.setMinimumWidth(min(widest, int(dialog.width() * MOST_OF_DIALOG)))


def _fit_columns(dialog: QFileDialog, widest_words: dict[int, list[str]]) -> None:
    files = dialog.findChild(QTreeView, "treeView")
    if files is None:
        return
    header = files.header()
    for column, words in widest_words.items():
        wanted = max(
            [header.sectionSizeFromContents(column).width()]
            + [files.fontMetrics().horizontalAdvance(w) + PADDING for w in words]
        )
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
    short = _short_of_room(files, header)
    if short <= 0:
        return
    screen = dialog.screen().availableGeometry().width()
    before = dialog.width()
    dialog.resize(min(before + short, int(screen * MOST_OF_SCREEN)), dialog.height())
    dialog.move(dialog.x() - (dialog.width() - before) // 2, dialog.y())  # still centred
    short = _short_of_room(files, header)
    if short > 0:  # a small screen: the names give up the rest
        name = header.sectionSize(NAME_COLUMN)
        header.resizeSection(NAME_COLUMN, max(name - short, header.minimumSectionSize()))


def _short_of_room(files: QTreeView, header: QHeaderView) -> int:
    """How many pixels the columns lack, with room for the scroll bar a long folder brings."""
    scroll_bar = 0
    if not files.verticalScrollBar().isVisible():
        scroll_bar = files.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, files)
    return header.length() + scroll_bar - files.viewport().width()
