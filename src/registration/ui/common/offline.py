"""Actions that need the shared server, on a desk that works offline on its own copy."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from registration.services.sync.desk_link import DeskLink
from registration.ui.common.messages import needs_server_text


def refused_offline(link: DeskLink | None, parent: QWidget | None, title: str) -> bool:
    """True, and said in a box, when the desk works offline: the action is not begun."""
    if link is None or link.answering:
        return False
    QMessageBox.information(parent, title, needs_server_text(link.offline_since))
    return True
