"""An empty database: offer the demo event, or create an event, before the window opens."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from registration.domain.enums import SessionKind
from registration.domain.errors import EnvironmentProblem, UserError
from registration.services import demo, events
from registration.services.desk import DatabaseHandle
from registration.ui.messages import describe_error


def has_event(db: DatabaseHandle) -> bool:
    return bool(events.list_events(db))


def offer_first_event(db: DatabaseHandle, desk: str) -> bool:
    """True when the database has an event (already, or made now); False if the user quit."""
    while not has_event(db):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("start_dialog", "Registration"),
            QCoreApplication.translate(
                "start_dialog",
                "This database has no event yet. Load the demo event (136 fictional participants) "
                "or create a new event?",
            ),
        )
        demo_button = box.addButton(
            QCoreApplication.translate("start_dialog", "Load the demo event"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        create_button = box.addButton(
            QCoreApplication.translate("start_dialog", "Create an event…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("start_dialog", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        try:
            if box.clickedButton() is demo_button:
                demo.load_demo_event(db, desk)
            elif box.clickedButton() is create_button:
                create_event(db, desk)
            else:
                return False
        except (UserError, EnvironmentProblem) as problem:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("start_dialog", "Registration"),
                describe_error(problem),
            )
    return True


def create_event(db: DatabaseHandle, desk: str) -> None:
    """A new event today with one all-day session; sessions and the list come next."""
    name, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("start_dialog", "New event"),
        QCoreApplication.translate("start_dialog", "Name of the event:"),
    )
    if not ok or not name.strip():
        return
    today = date.today()
    session = events.NewSession(
        title=QCoreApplication.translate("start_dialog", "Day 1"),
        starts_at=datetime.combine(today, time(8, 0)),
        ends_at=datetime.combine(today, time(17, 0)),
        kind=SessionKind.PLENARY,
    )
    events.create_event(db, name, today, today, sessions=[session], desk=desk)
