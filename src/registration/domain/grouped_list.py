"""A list of people in groups, as plain text: what a roster or a call list prints.

The services fill it (names, counts, Thai headings); the PDF and spreadsheet writers
only lay it out, so both files always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListColumn:
    heading: str
    weight: float  # share of the page width
    align: str = "left"  # left | centre | right


@dataclass(frozen=True)
class ListGroup:
    title: str  # e.g. "จังหวัดชัยนาท (7 คน)"
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class GroupedList:
    title: str
    lines: tuple[str, ...]  # under the title: event, date, place
    columns: tuple[ListColumn, ...]
    groups: tuple[ListGroup, ...]
    total: str  # the closing line, e.g. "รวมทั้งสิ้น 136 คน"
    page_per_group: bool = False
    landscape: bool = False
    pdf_title: str = "รายชื่อ"  # the PDF's title, in Thai; the event name is added to it
    event_name: str = ""

    @property
    def row_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)
