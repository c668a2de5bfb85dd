"""Badges from the desk (a walk-in) or the participant list (selected rows): render, preview,
then print or save; the print is logged so reprints are visible."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from registration.domain.records import EventInfo, ParticipantRecord
from registration.jobs.printing import BadgeRequest, Made, badges_for, record_badges
from registration.ui.common.background import run_with_progress
from registration.ui.common.workers import Progress
from registration.ui.printing.pdf_preview import PdfPreviewDialog
from registration.ui.printing.printing_view import DEFAULT_LAYOUT
from registration.ui.printing.scratch import ScratchFolder

if TYPE_CHECKING:
    from collections.abc import Callable

    from registration.services.handle import Database


class BadgePrinter:
    """The window's badge printing hook, bound to a database, an event and a desk."""

    def __init__(
        self, db: Database, event: EventInfo, desk: str, layout: str = DEFAULT_LAYOUT
    ) -> None:
        self.db, self.event, self.desk, self.layout = db, event, desk, layout
        self._folder = ScratchFolder(self)
        self.last_pdf: Path | None = None
        self.last_made: Made | None = None

    def render(self, people: Sequence[ParticipantRecord], parent: QWidget | None) -> Path | None:
        out = self._folder.new_file("badges")

        def job(progress: Progress, cancelled: Callable[[], bool]) -> Made:
            request = BadgeRequest(layout=self.layout)
            return badges_for(self.event, people, request, out, self.desk, progress, cancelled)

        title = QCoreApplication.translate("BadgePrinter", "Preparing badges…")
        made = run_with_progress(parent, title, job)
        self.last_made = made if isinstance(made, Made) else None
        self.last_pdf = self.last_made.path if self.last_made else None
        return self.last_pdf

    def __call__(self, participants: Sequence[ParticipantRecord], parent: QWidget) -> None:
        path = self.render(participants, parent)
        made = self.last_made
        if path is None or made is None:
            return
        caption = QCoreApplication.translate("BadgePrinter", "{count} badge(s)").format(
            count=len(participants)
        )
        dialog = PdfPreviewDialog(path, "badges.pdf", caption, parent)
        dialog.preview.delivered.connect(
            lambda _kind: record_badges(self.db, self.event.id, made, self.layout, self.desk)
        )
        dialog.exec()
