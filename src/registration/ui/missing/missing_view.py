"""Who is still missing from a session, live: the window refreshes it as check-ins arrive
from any desk while it is shown. Printable, and exportable as a call list.

The list is read off the window's thread (1,136 people take 100 ms or more to read), so
a scanner at the desk never waits on it; the tree keeps the user's place on refresh."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from registration.domain.records import SessionInfo, offered
from registration.jobs.lists import make_call_list
from registration.services.events import current_session
from registration.services.missing import MissingBy, MissingGroup, MissingList
from registration.services.sync.deadline import ServerCalls
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.offline_reads import missing_here
from registration.ui.common.latest_read import LatestRead
from registration.ui.common.messages import copy_note
from registration.ui.common.problem_label import problem_label
from registration.ui.common.shown import Problem
from registration.ui.event_setup.event_changes import refill, session_items
from registration.ui.groups.groups_messages import group_error_text
from registration.ui.groups.list_names import call_list_file_name
from registration.ui.groups.long_job import in_background
from registration.ui.missing.missing_rows import KEY_ROLE, fill, shrink
from registration.ui.missing.tree_place import kept_place
from registration.ui.printing.pdf_preview import PdfPreviewDialog
from registration.ui.printing.scratch import ScratchFolder

if TYPE_CHECKING:
    from registration.services.handle import Database

Asked = tuple[int, MissingBy]  # session id, grouping


class MissingView(QWidget):
    def __init__(
        self,
        db: Database,
        sessions: list[SessionInfo],
        parent: QWidget | None = None,
        link: DeskLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.link = db, link
        self._calls = None if db.is_sqlite else ServerCalls()  # reads of a server end in time
        self.found: MissingList | None = None  # the list as shown
        self._reads = LatestRead(self._read, self._asked, self)
        self._reads.loaded.connect(self._loaded)
        self._reads.failed.connect(self._failed)
        self.session = QComboBox()
        for session in offered(sessions):
            self.session.addItem(f"{session.starts_at:%d/%m %H:%M} {session.title}", session.id)
        now = current_session(offered(sessions), datetime.now())
        if now is not None:
            self.session.setCurrentIndex(self.session.findData(now.id))
        self.by = QComboBox()
        self.by.addItem(self.tr("By province"), MissingBy.PROVINCE.value)
        self.by.addItem(self.tr("By issue area"), MissingBy.ISSUE_AREA.value)
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Export call list…"))
        top = QHBoxLayout()
        for widget in (self.session, self.by, self.print_button, self.export_button):
            top.addWidget(widget)
        top.setStretch(0, 1)
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.problem = problem_label()
        self.saved = QLabel()
        self.tree = QTreeWidget()
        self.tree.setUniformRowHeights(True)  # one line each: no row measured to lay out
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Nickname"),
                self.tr("Phone"),
                self.tr("Issue area"),
                self.tr("Province"),
                self.tr("Secretariat to call"),
            ]
        )
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(3, 200)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        notes = QHBoxLayout()  # one line: two empty lines cost the list 2 rows at 1366x768
        notes.addWidget(self.summary)
        notes.addWidget(self.problem, 1)
        notes.addWidget(self.saved)
        layout.addLayout(notes)
        layout.addWidget(self.tree, 1)
        for choice in (self.session, self.by):
            choice.currentIndexChanged.connect(self._sync_buttons)
            choice.currentIndexChanged.connect(self.refresh)
        self._collapsed: set[str] = set()  # groups the user closed stay closed on refresh
        self.tree.itemCollapsed.connect(lambda i: self._collapsed.add(i.data(0, KEY_ROLE)))
        self.tree.itemExpanded.connect(lambda i: self._collapsed.discard(i.data(0, KEY_ROLE)))
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_list)
        self._sync_buttons()

    def use_sessions(self, sessions: list[SessionInfo]) -> None:
        """The event's sessions changed: the list follows, the chosen one stays if it exists."""
        refill(self.session, session_items(sessions))
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the list in the background; asked again meanwhile, read once more after."""
        self._reads.request()

    @property
    def reading(self) -> bool:
        """A read is running or asked for: the list shown may be about to change."""
        return self._reads.running

    def stop(self) -> None:
        """The window is closing: a read still running is dropped when it ends."""
        self._reads.stop()
        if self._calls is not None:
            self._calls.close()

    def _asked(self) -> Asked | None:
        session_id = self.session.currentData()
        return None if session_id is None else (int(session_id), MissingBy(self.by.currentData()))

    def _read(self, asked: Asked) -> tuple[MissingList, datetime | None]:
        """On a pool thread: from the server, or the desk's copy while it is away."""
        session_id, by = asked
        return missing_here(self.db, session_id, by, self.link, self._calls)

    def _loaded(self, read: tuple[MissingList, datetime | None]) -> None:
        found, copied_at = read
        if found != self.found:
            self._show(found)
        self._sync_buttons()
        if copied_at is not None:
            self.problem.setText(copy_note(copied_at))  # offline: as far as this desk knows
        else:
            self.problem.clear()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Problem):
            self.problem.setText(group_error_text(error))
        else:  # a bug, logged by the worker: said, and the next change tries again
            self.problem.setText(str(error))

    def _shown_is_asked(self) -> bool:
        found = self.found
        return found is not None and (found.session.id, found.by) == self._asked()

    def _sync_buttons(self) -> None:
        """Print and export only the list of the session and grouping chosen, once shown."""
        for button in (self.print_button, self.export_button):
            button.setEnabled(self._shown_is_asked())

    def _show(self, found: MissingList) -> None:
        self.summary.setText(
            self.tr("Still missing: {missing} of {registered} ({arrived} checked in)").format(
                missing=found.missing, registered=found.registered, arrived=found.checked_in
            )
        )
        shown = self.found
        with kept_place(self.tree, KEY_ROLE):
            if shown is None or not shrink(self.tree, shown, found, self._title):
                fill(self.tree, found, self._title, self._collapsed)
        self.found = found

    def _title(self, group: MissingGroup) -> str:
        return self.tr("{title}: {missing} missing of {registered}").format(
            title=group.title, missing=group.missing, registered=group.registered
        )

    def print_list(self) -> None:
        if not self._shown_is_asked():
            return
        with ScratchFolder(self, "missing-") as folder:
            path = folder.new_file("missing")
            if not self._write(path):
                return
            PdfPreviewDialog(path, "missing.pdf", self.summary.text(), self).exec()

    def export_list(self) -> None:
        if not self._shown_is_asked() or self.found is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export call list"),
            call_list_file_name(self.found.session),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv);;PDF document (*.pdf)"),
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".xlsx")
        if not self._write(path):
            return
        self.saved.setText(self.tr("Saved {path}").format(path=str(path)))

    def _write(self, path: Path) -> bool:
        """The list as shown, written in the background; a refusal or Cancel is said."""
        found = self.found
        assert found is not None
        done = in_background(
            self,
            self.tr("Writing the list…"),
            lambda progress, cancelled: make_call_list(
                found, path, progress=progress, cancel=cancelled
            ),
        )
        self.problem.setText(done.said(self.tr("Cancelled: nothing was written.")))
        return done.result is not None
