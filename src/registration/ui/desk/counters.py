"""Live counters: checked in / expected for the session, overall and for one province."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QWidget

from registration.domain.records import ProvinceInfo
from registration.domain.thai_text import thai_sort_key
from registration.services.desk import SessionCounts


class Counters(QWidget):
    def __init__(self, provinces: Sequence[ProvinceInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(self)
        self.province = QComboBox(self)
        self.province.setObjectName("counter_province")
        self.province.addItem(self.tr("(choose a province)"), None)
        for province in sorted(provinces, key=lambda p: thai_sort_key(p.name_th)):
            self.province.addItem(province.name_th, province.code)
        self.in_province = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addStretch(1)
        layout.addWidget(self.province)
        layout.addWidget(self.in_province)
        self.counts: SessionCounts | None = None
        self.session: int | None = None
        self.changes = 0  # check-ins counted here since the desk started
        self.province.currentIndexChanged.connect(self._show)

    def set_counts(self, counts: SessionCounts, session_id: int) -> None:
        self.counts, self.session = counts, session_id
        self._offer_provinces_with_people(counts)
        self._show()

    def _offer_provinces_with_people(self, counts: SessionCounts) -> None:
        """The list offers the event's provinces, not all 77 (the chosen one stays)."""
        view, model = self.province.view(), self.province.model()
        assert isinstance(model, QStandardItemModel) and isinstance(view, QListView)
        chosen = self.province.currentIndex()
        for row in range(1, self.province.count()):
            unused = row != chosen and not counts.expected[self.province.itemData(row)]
            view.setRowHidden(row, unused)
            item = model.item(row)
            if item is not None:
                item.setEnabled(not unused)  # the arrows on the closed box skip it too

    def add(self, province_code: str | None, change: int) -> None:
        """One more (or one fewer) check-in, without asking the database again."""
        self.changes += 1
        if self.counts is not None:
            self.counts.checked_in[province_code] += change
            self._show()

    def _show(self) -> None:
        counts = self.counts
        if counts is None:
            return
        checked, expected = counts.checked_in.total(), counts.expected.total()
        self.total.setText(self.tr("Checked in: {n} / {m}").format(n=checked, m=expected))
        code = self.province.currentData()
        if code is None:
            self.in_province.setText("")
            return
        self.in_province.setText(f"{counts.checked_in[code]} / {counts.expected[code]}")
