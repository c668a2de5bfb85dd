"""The Size, Type and Date Modified columns of Qt's own file dialog in the window's language.

Under Linux without a desktop's file chooser, Qt draws its own dialog; its Type column
reads the system's type names (shared-mime-info), which have no Thai ("Folder", "PDF
document" in a Thai window), and its sizes and dates follow the machine's locale
(`QLocale.system()`: "8 bytes", "1 12 2026 22:46" where th_TH is not installed, and a
Christian year even where it is). The columns are written here instead: folder, or the
file's extension ("ไฟล์ PDF"); "8 ไบต์"; "1 ธ.ค. 2569 22:46", the Buddhist Era as in the
rest of the window. Sorting still uses Qt's own values.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileInfo,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from registration.domain.thai_dates import format_moment
from registration.i18n import current_language
from registration.ui.common.file_dialog_fit import fit_file_dialog

SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3  # QFileSystemModel's, after the name
MONTHS = range(1, 13)


def type_in_words(info: QFileInfo) -> str:
    if info.isDir():
        return QCoreApplication.translate("FileTypes", "Folder")
    suffix = info.suffix()
    if not suffix:
        return QCoreApplication.translate("FileTypes", "File")
    return QCoreApplication.translate("FileTypes", "{kind} file").format(kind=suffix.upper())


def size_in_words(size: int) -> str:
    """Qt's own wording of a size, in the window's language rather than the machine's."""
    if current_language() == "th":
        locale = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.formattedDataSize(size)


def modified_in_words(info: QFileInfo) -> str:
    moment = info.lastModified()  # the machine's time zone, as Qt shows it
    day, time = moment.date(), moment.time()
    shown = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return format_moment(shown, current_language())


def widest_words() -> dict[int, list[str]]:
    """What the size, type and date columns may have to show, at their widest."""
    sizes = [size_in_words(size) for size in (999, 1_048_000, 999_999_999)]
    types = [
        QCoreApplication.translate("FileTypes", "Folder"),
        QCoreApplication.translate("FileTypes", "{kind} file").format(kind="XLSX"),
    ]
    days = [
        format_moment(datetime(2026, month, 28, 22, 48), current_language()) for month in MONTHS
    ]
    return {SIZE_COLUMN: sizes, TYPE_COLUMN: types, DATE_COLUMN: days}


class FileColumnsInWords(QIdentityProxyModel):
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        source = self.sourceModel()
        column = index.column()
        if (
            role != Qt.ItemDataRole.DisplayRole
            or column not in (SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN)
            or not isinstance(source, QFileSystemModel)
        ):
            return super().data(index, role)
        info = source.fileInfo(self.mapToSource(index))
        if column == TYPE_COLUMN:
            return type_in_words(info)
        if column == DATE_COLUMN:
            return modified_in_words(info)
        if info.isFile():
            return size_in_words(info.size())
        return super().data(index, role)  # a folder has no size


class FileDialogWords(QObject):
    """Gives every file dialog of the program its columns in words and a sidebar wide
    enough for its names, as it opens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            if watched.proxyModel() is None:
                watched.setProxyModel(FileColumnsInWords(watched))
            fit_file_dialog(watched, widest_words())
        return False


def translate_file_types(app: QApplication) -> FileDialogWords:
    words = FileDialogWords(app)
    app.installEventFilter(words)
    return words
