"""The Type column of Qt's own file dialog in the window's language.

Under Linux without a desktop's file chooser, Qt draws its own dialog; its Type column
reads the system's type names (shared-mime-info), which have no Thai ("Folder", "PDF
document" in a Thai window). The column is written here instead: folder, or the file's
extension ("ไฟล์ PDF").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileInfo,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

TYPE_COLUMN = 2  # QFileSystemModel: name, size, type, date modified


def type_in_words(info: QFileInfo) -> str:
    if info.isDir():
        return QCoreApplication.translate("FileTypes", "Folder")
    suffix = info.suffix()
    if not suffix:
        return QCoreApplication.translate("FileTypes", "File")
    return QCoreApplication.translate("FileTypes", "{kind} file").format(kind=suffix.upper())


class FileTypesInWords(QIdentityProxyModel):
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        source = self.sourceModel()
        if (
            index.column() == TYPE_COLUMN
            and role == Qt.ItemDataRole.DisplayRole
            and isinstance(source, QFileSystemModel)
        ):
            return type_in_words(source.fileInfo(self.mapToSource(index)))
        return super().data(index, role)


class FileDialogWords(QObject):
    """Gives every file dialog of the program the translated Type column as it opens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QFileDialog)
            and watched.proxyModel() is None
        ):
            watched.setProxyModel(FileTypesInWords(watched))
        return False


def translate_file_types(app: QApplication) -> FileDialogWords:
    words = FileDialogWords(app)
    app.installEventFilter(words)
    return words
