"""An empty database: offer the demo event, or create an event, before the window opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from registration.services import demo, events
from registration.services.handle import Database
from registration.ui.common.shown import shown_in
from registration.ui.event_setup.new_event_dialog import NewEventDialog


def has_event(db: Database) -> bool:
    return bool(events.list_events(db))


def offer_first_event(db: Database, desk: str) -> bool:
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
        if box.clickedButton() not in (demo_button, create_button):
            return False
        with shown_in(None, QCoreApplication.translate("start_dialog", "Registration")):
            if box.clickedButton() is demo_button:
                demo.load_demo_event(db, desk)
            else:
                create_event(db, desk)
    return True


def create_event(db: Database, desk: str) -> None:
    """Ask for the new event's name, venue and days, then make it with a session a day."""
    dialog = NewEventDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    new = dialog.value()
    events.create_event(
        db,
        new.name,
        new.starts_on,
        new.ends_on,
        venue=new.venue,
        sessions=new.sessions(),
        desk=desk,
    )
