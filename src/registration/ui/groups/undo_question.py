"""Asking before an automatic assignment is undone.

Undo puts back the memberships the assignment replaced: everyone placed since, the moves
made by hand after it included, loses their group, and nothing redoes it. Ctrl+Shift+Z is
"redo" in many programs, so a habit must not empty a set: the question names what goes
back, and Enter or Esc keeps the groups.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from registration.services.groups import GroupMember, GroupSetInfo


def undo_confirmed(
    parent: QWidget, group_set: GroupSetInfo, members: Sequence[GroupMember]
) -> bool:
    """True when the user chose to undo; Enter, Esc and closing keep the groups."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("undo_question", "Undo assignment"))
    box.setText(
        QCoreApplication.translate(
            "undo_question",
            "Undo the last automatic assignment of “{set}”?\n\n"
            "The {people} people now in its groups go back to where they were before it "
            "(or to no group); {moved} of them were moved by hand. This cannot be redone.",
        ).format(
            set=group_set.name,
            people=len(members),
            moved=sum(m.moved_by_hand for m in members),
        )
    )
    undo = box.addButton(
        QCoreApplication.translate("undo_question", "Undo assignment"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("undo_question", "Keep the groups"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is undo
