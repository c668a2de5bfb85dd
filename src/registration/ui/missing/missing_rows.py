"""The still-missing tree's rows: filled afresh, or only shrunk when people just left.

During a rush every check-in takes one person out of a list of a thousand; building
the whole tree again cost the window's thread 50-100 ms each time. When the new list
is the shown one less some people (same session, grouping, groups and details), their
rows are taken out and the group titles rewritten: the rest, with the user's place,
stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from registration.services.missing import MissingGroup, MissingList, MissingPerson

KEY_ROLE = Qt.ItemDataRole.UserRole  # a group's key, a person's participant id
Title = Callable[[MissingGroup], str]


def fill(tree: QTreeWidget, found: MissingList, title: Title, collapsed: set[str]) -> None:
    """Build the whole tree, then hand it to the view at once: added group by group, the
    view laid its rows out again for each (25-45 ms for 136 people, 2 ms at once)."""
    tree.clear()
    items = []
    for group in found.groups:
        item = QTreeWidgetItem([title(group)])
        item.setData(0, KEY_ROLE, group.key)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.addChildren([_row(missing) for missing in group.people])
        items.append(item)
    tree.addTopLevelItems(items)
    for item, group in zip(items, found.groups, strict=True):
        item.setFirstColumnSpanned(True)
        item.setExpanded(group.key not in collapsed and bool(group.people))
    for column in range(1, tree.columnCount()):  # grown to their longest text only
        needed = tree.sizeHintForColumn(column)
        if tree.columnWidth(column) < needed:
            tree.setColumnWidth(column, needed)


def _row(missing: MissingPerson) -> QTreeWidgetItem:
    person, contact = missing.participant, missing.contact
    row = QTreeWidgetItem(
        [
            person.full_name,
            person.nickname,
            person.phone,
            person.issue_area.name_th if person.issue_area else "",
            person.province.name_th if person.province else "",
            f"{contact.name} {contact.phone}".strip() if contact else "",
        ]
    )
    row.setData(0, KEY_ROLE, person.id)
    return row


def shrink(tree: QTreeWidget, shown: MissingList, found: MissingList, title: Title) -> bool:
    """Take out the rows of the people who left; False (nothing done) if `found` is more
    than the shown list less some people: then it must be filled afresh."""
    if not _only_left(shown, found) or tree.topLevelItemCount() != len(found.groups):
        return False
    for index, group in enumerate(found.groups):
        item = tree.topLevelItem(index)
        assert item is not None
        staying = {missing.participant.id for missing in group.people}
        for row in reversed(range(item.childCount())):
            child = item.child(row)
            if child is not None and child.data(0, KEY_ROLE) not in staying:
                item.takeChild(row)
        item.setText(0, title(group))
    return True


def _only_left(shown: MissingList, found: MissingList) -> bool:
    if (shown.event, shown.session, shown.by) != (found.event, found.session, found.by):
        return False
    if [g.key for g in shown.groups] != [g.key for g in found.groups]:
        return False
    for before, after in zip(shown.groups, found.groups, strict=True):
        staying = {missing.participant.id for missing in after.people}
        if [m for m in before.people if m.participant.id in staying] != list(after.people):
            return False  # someone came back, was added or changed
    return True
