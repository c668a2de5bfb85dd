"""The user's place in a tree whose rows change: the row at the top of the view stays at
the top (or the next one still there, when it went), and the current and selected rows
stay so, found again by the key each item carries (not by row, which moves as people
leave the list)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

ANCHORS = 100  # rows from the top of the view that may become the top one


def _items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    root = tree.invisibleRootItem()
    groups = (root.child(g) for g in range(root.childCount()))
    for group in filter(None, groups):
        yield group
        yield from filter(None, (group.child(c) for c in range(group.childCount())))


def _shown_from_top(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """The rows in view, top first, then the rows below them."""
    item = tree.itemAt(QPoint(0, 0))
    while item is not None:
        yield item
        item = tree.itemBelow(item)


@contextmanager
def kept_place(tree: QTreeWidget, role: Qt.ItemDataRole) -> Iterator[None]:
    """Around a change of `tree`'s rows: the same rows on top, selected and current."""
    current = tree.currentItem()
    current_key = current.data(0, role) if current is not None else None
    selected = {item.data(0, role) for item in tree.selectedItems()}
    at_top = tree.verticalScrollBar().value() == 0
    anchors = [item.data(0, role) for item in islice(_shown_from_top(tree), ANCHORS)]
    left = tree.horizontalScrollBar().value()
    blocked = tree.blockSignals(True)  # no itemSelectionChanged storm while refilled
    try:
        yield
        by_key = {item.data(0, role): item for item in _items(tree)}
        tree.clearSelection()
        for key in selected:
            if key in by_key:
                by_key[key].setSelected(True)
        if current_key in by_key:
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            tree.setCurrentItem(by_key[current_key], 0, flag)
    finally:
        tree.blockSignals(blocked)
    anchor = next((by_key[key] for key in anchors if key in by_key), None)
    if anchor is not None and not at_top:
        tree.scrollToItem(anchor, QAbstractItemView.ScrollHint.PositionAtTop)
    tree.horizontalScrollBar().setValue(left)
