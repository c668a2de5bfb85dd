"""This desk's last 20 check-ins, newest first, each with its session; the selected one
can be undone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from registration.domain.badge_code import format_badge_code
from registration.domain.records import SessionInfo
from registration.services.checkin import RecentScan

KEEP = 20
SESSION_WIDTH = 110  # long session titles are cut; the tooltip has them whole
# The name gets the room; an undone scan is struck through, its reason in the tooltip
# (a column of its own squeezed names to "นาง…" on a 1366x768 laptop).
COLUMN_MODES = (
    QHeaderView.ResizeMode.ResizeToContents,
    QHeaderView.ResizeMode.Stretch,
    QHeaderView.ResizeMode.Interactive,
    QHeaderView.ResizeMode.ResizeToContents,
)


class RecentScans(QTreeWidget):
    def __init__(self, sessions: Sequence[SessionInfo] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = {s.id: s.title for s in sessions}
        self.setHeaderLabels(
            [self.tr("Time"), self.tr("Name"), self.tr("Session"), self.tr("Code")]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(COLUMN_MODES):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, SESSION_WIDTH)
        self._scans: list[RecentScan] = []

    def use_sessions(self, sessions: Sequence[SessionInfo]) -> None:
        """The event's sessions changed (added, renamed): each line names its session."""
        self._sessions = {s.id: s.title for s in sessions}
        self.set_scans(self._scans)

    def set_scans(self, scans: Sequence[RecentScan]) -> None:
        self._scans = list(scans)[:KEEP]
        self.clear()
        self.addTopLevelItems([self._item(scan) for scan in self._scans])

    def add(self, scan: RecentScan) -> None:
        self._scans.insert(0, scan)
        del self._scans[KEEP:]
        self.insertTopLevelItem(0, self._item(scan))
        while self.topLevelItemCount() > KEEP:
            self.takeTopLevelItem(KEEP)

    def replace(self, old: RecentScan, new: RecentScan) -> None:
        """The same check-in, changed (annulled). Found by identity: check-ins made while
        the server was away have no id yet (all 0)."""
        for n, shown in enumerate(self._scans):
            if shown is old:
                self._scans[n] = new
                self.takeTopLevelItem(n)
                self.insertTopLevelItem(n, self._item(new))
                return

    def scans(self) -> list[RecentScan]:
        return list(self._scans)

    def last_active(self) -> RecentScan | None:
        return next((s for s in self._scans if s.check_in.annulled_at is None), None)

    def selected(self) -> RecentScan | None:
        item = self.currentItem()
        row = self.indexOfTopLevelItem(item) if item is not None else -1
        return self._scans[row] if 0 <= row < len(self._scans) else None

    def _item(self, scan: RecentScan) -> QTreeWidgetItem:
        annulled = scan.check_in.annulled_at is not None
        item = QTreeWidgetItem(
            [
                f"{scan.check_in.checked_in_at:%H:%M:%S}",
                scan.participant.full_name,
                self._sessions.get(scan.check_in.session_id, ""),
                format_badge_code(scan.participant.badge_code),
            ]
        )
        for column in (1, 2):  # cut short on a small screen: whole in the tooltip
            item.setToolTip(column, item.text(column))
        if annulled:
            undone = self.tr("undone: {reason}").format(reason=scan.check_in.annul_reason)
            for column in range(len(COLUMN_MODES)):
                item.setForeground(column, QColor("#888888"))
                font = item.font(column)
                font.setStrikeOut(True)
                item.setFont(column, font)
                item.setToolTip(column, f"{item.text(column)}\n{undone}")
        return item
