"""Table name cards (ป้ายชื่อตั้งโต๊ะ) of the people ticked in the certificates tab: the
same folded A4 tents as `registration-cli table-cards`, written in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from registration.domain.records import EventInfo, ParticipantRecord
from registration.jobs.printing import Made
from registration.jobs.table_cards import table_cards_for
from registration.ui.groups.long_job import Outcome, in_background


def write_table_cards(
    parent: QWidget, event: EventInfo, people: Sequence[ParticipantRecord], desk: str
) -> tuple[Path, Outcome[Made]] | None:
    """Ask where, then write one card per person; None when the user chose no file."""
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("table_cards", "Save table name cards"),
        "table-cards.pdf",
        translate("table_cards", "PDF document (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    chosen = list(people)
    done = in_background(
        parent,
        translate("table_cards", "Writing table name cards…"),
        lambda progress, cancelled: table_cards_for(
            event, chosen, True, path, desk, progress, cancelled
        ),
    )
    return path, done
