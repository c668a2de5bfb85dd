"""The user's place in a tree that is filled afresh: scroll position, current and
selected rows, found again by the key each item carries (not by row, which moves as
people leave the list)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def _items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    root = tree.invisibleRootItem()
    groups = (root.child(g) for g in range(root.childCount()))
    for group in filter(None, groups):
        yield group
        yield from filter(None, (group.child(c) for c in range(group.childCount())))


@contextmanager
def kept_place(tree: QTreeWidget, role: Qt.ItemDataRole) -> Iterator[None]:
    """Around a refill of `tree`: the same rows selected and current, the same scroll."""
    current = tree.currentItem()
    current_key = current.data(0, role) if current is not None else None
    selected = {item.data(0, role) for item in tree.selectedItems()}
    vertical, horizontal = tree.verticalScrollBar(), tree.horizontalScrollBar()
    top, left = vertical.value(), horizontal.value()
    blocked = tree.blockSignals(True)  # no itemSelectionChanged storm while refilled
    try:
        yield
        by_key = {item.data(0, role): item for item in _items(tree)}
        for key in selected:
            if key in by_key:
                by_key[key].setSelected(True)
        if current_key in by_key:
            tree.setCurrentItem(by_key[current_key], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
    finally:
        tree.blockSignals(blocked)
    tree.doItemsLayout()  # the scroll range fits the new rows before the value is set
    vertical.setValue(top)
    horizontal.setValue(left)
