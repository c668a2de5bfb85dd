"""Hide a session people checked in to (it cannot be deleted) and show it again: the two
buttons under the session form, the question that asks why, and the line that says it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from registration.domain.errors import UserError
from registration.domain.records import SessionInfo
from registration.services import event_setup, events
from registration.ui.event_setup.hide_dialog import HideSessionDialog

if TYPE_CHECKING:
    from registration.services.handle import Database


class SessionHiding(QObject):
    done = Signal(int, str)  # the session hidden or shown again, and the sentence saying so
    refused = Signal(object)  # the UserError, for the view to say in its words

    def __init__(self, db: Database, desk: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self._desk, self._parent = db, desk, parent
        self.session: SessionInfo | None = None
        self.dialog: HideSessionDialog | None = None
        self.hide_button = QPushButton(self.tr("&Hide…"))
        self.hide_button.setObjectName("hide_session")
        self.show_button = QPushButton(self.tr("Sho&w again"))
        self.show_button.setObjectName("show_session")
        self.hide_button.clicked.connect(self.ask)
        self.show_button.clicked.connect(self.show_again)
        self.follow(None)

    def follow(self, session: SessionInfo | None) -> None:
        """The session chosen in the list (None: none): Hide or Show again, whichever fits."""
        self.session = session
        self.hide_button.setEnabled(session is not None and not session.hidden)
        self.show_button.setEnabled(session is not None and session.hidden)

    def note(self, session: SessionInfo) -> str:
        """Under the form, for a hidden session: since when, by whom, why."""
        return self.tr(
            "Hidden since {when} by {desk}: {reason}. Its check-ins still count in the "
            "exports, the report and the certificates."
        ).format(
            when=f"{session.hidden_at:%d/%m %H:%M}" if session.hidden_at else "",
            desk=session.hidden_by or "-",
            reason=session.hidden_reason,
        )

    def ask(self) -> None:
        session = self.session
        if session is None or session.hidden:
            return
        count = events.session_check_in_count(self.db, session.id)
        self.dialog = dialog = HideSessionDialog(session.title, count, self._parent)
        dialog.accepted.connect(lambda: self._hide(session, dialog.reason_text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal; the answer comes through `accepted`

    def _hide(self, session: SessionInfo, reason: str) -> None:
        try:
            event_setup.hide_session(self.db, session.id, reason, self._desk())
        except UserError as error:
            self.refused.emit(error)
            return
        self.done.emit(
            session.id,
            self.tr("Session hidden: the desk and the printing tab no longer offer it."),
        )

    def show_again(self) -> None:
        session = self.session
        if session is None or not session.hidden:
            return
        try:
            event_setup.show_session(self.db, session.id, self._desk())
        except UserError as error:
            self.refused.emit(error)
            return
        self.done.emit(
            session.id,
            self.tr("Session shown again: the desk and the printing tab offer it now."),
        )
