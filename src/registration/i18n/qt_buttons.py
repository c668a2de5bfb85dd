"""Qt's own button texts, marked so that lupdate copies them into our Thai file.

Qt ships no Thai catalogue (there is no qtbase_th.qm), so without these the OK / Cancel
buttons of every message box and input dialog and the import wizard's Back / Next stay
English in a Thai window. Qt looks them up under its own contexts at run time, and our
installed translator answers. Nothing imports this module; lupdate only reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Standard buttons of QMessageBox, QInputDialog and QDialogButtonBox.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)

# QWizard: "&Next" without the arrow is the Windows (Aero) style.
WIZARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Next"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
)
