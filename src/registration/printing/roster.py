"""Grouped participant lists as PDF: rosters (รายชื่อผู้เข้าร่วม) and the call list of
who is still missing.

Plain data in (a GroupedList): a title, lines under it, columns, and groups of rows.
Every group starts with its title and count; a group running over a page repeats its
title ("(ต่อ)") and the column headings; optionally every group starts a new page (one
page per facilitator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.errors import UserError
from registration.domain.grouped_list import GroupedList
from registration.domain.progress import CancelCheck, Progress
from registration.domain.thai_dates import format_date
from registration.printing.atomic import atomic_output
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR, printable, register_fonts
from registration.printing.jobs import PrintResult, print_control
from registration.printing.pdf_text import draw_text
from registration.printing.table import Column, RowLayout, draw_row, heading_row, layout_row
from registration.printing.text_box import LEADING, draw_lines, used_height
from registration.printing.thai_wrap import FittedText, wrap

MARGIN = 12 * mm
SIZE = 10.0
FOOTER = 10 * mm
GROUP_SHADE = (0.82, 0.88, 0.95)
HEADING_SHADE = (0.92, 0.92, 0.92)


@dataclass(frozen=True)
class _Block:
    kind: str  # group | heading | row | total
    row: RowLayout


def render_roster(
    out: Path,
    document: GroupedList,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    author: str = "",
) -> PrintResult:
    """Write the grouped list (all or nothing); returns pages and rows written.

    `author` is the desk printing it, for the PDF's metadata."""
    if not any(group.rows for group in document.groups):
        raise UserError("empty_selection", "Nobody to list: the document would be empty.")
    register_fonts()
    page = landscape(A4) if document.landscape else A4
    width = page[0] - 2 * MARGIN
    weights = sum(c.weight for c in document.columns)
    columns = [Column(c.heading, width * c.weight / weights, c.align) for c in document.columns]
    header = _header(document, width)
    room = page[1] - 2 * MARGIN - sum(used_height(f, font) for f, font in header) - 3 * mm - FOOTER
    pages = _paginate(document, columns, width, room)
    stamp = printed_at or datetime.now()
    control = print_control(len(pages), progress, cancel)
    with atomic_output(out) as temporary:
        canvas = new_canvas(temporary, page, document.pdf_title, document.event_name, author=author)
        for number, blocks in enumerate(pages, start=1):
            top = page[1] - MARGIN
            for fitted, font in header:
                top = draw_lines(canvas, fitted, font, MARGIN, top, "centre", width)
            top -= 3 * mm
            for block in blocks:
                top = _draw_block(canvas, block, columns, width, top)
            _footer(canvas, page, stamp, number, len(pages))
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return PrintResult(len(pages), document.row_count)


def _header(document: GroupedList, width: float) -> list[tuple[FittedText, str]]:
    lines = [(document.title, BOLD, 15.0)] + [(line, REGULAR, 11.0) for line in document.lines]
    return [
        (FittedText(size, tuple(wrap(printable(text)[0], font, size, width))), font)
        for text, font, size in lines
        if text
    ]


def _paginate(
    document: GroupedList, columns: list[Column], width: float, room: float
) -> list[list[_Block]]:
    whole = [Column("", width)]
    headings = _Block("heading", heading_row(columns, SIZE))
    pages: list[list[_Block]] = [[]]
    used = 0.0

    def add(block: _Block) -> None:
        nonlocal used
        pages[-1].append(block)
        used += block.row.height

    def new_page() -> None:
        nonlocal used
        if pages[-1]:
            pages.append([])
            used = 0.0

    for index, group in enumerate(document.groups):
        shown = printable(group.title, BOLD)[0]  # typed in the groups tab: emoji and all
        title = _Block("group", layout_row([shown], whole, SIZE + 1, font=BOLD))
        rows = [
            _Block("row", layout_row([printable(v)[0] for v in values], columns, SIZE))
            for values in group.rows
        ]
        if document.page_per_group and index > 0:
            new_page()
        first = rows[0].row.height if rows else 0.0
        if used + title.row.height + headings.row.height + first > room:
            new_page()
        add(title)
        add(headings)
        for row in rows:
            if used + row.row.height > room:
                new_page()
                again = layout_row([f"{shown} (ต่อ)"], whole, SIZE + 1, font=BOLD)
                add(_Block("group", again))
                add(headings)
            add(row)
    total = _Block(
        "total", layout_row([printable(document.total, BOLD)[0]], whole, SIZE + 1, font=BOLD)
    )
    if used + total.row.height > room:
        new_page()
    add(total)
    return pages


def _draw_block(
    canvas: Canvas, block: _Block, columns: list[Column], width: float, top: float
) -> float:
    if block.kind == "row":
        return draw_row(canvas, columns, block.row, MARGIN, top, SIZE)
    if block.kind == "heading":
        return draw_row(canvas, columns, block.row, MARGIN, top, SIZE, BOLD, HEADING_SHADE)
    shade = GROUP_SHADE if block.kind == "group" else None
    return draw_row(canvas, [Column("", width)], block.row, MARGIN, top, SIZE + 1, BOLD, shade)


def _footer(canvas: Canvas, page: tuple[float, float], stamp: datetime, n: int, of: int) -> None:
    canvas.setFont(REGULAR, 9)
    y = MARGIN - 9 * LEADING + 9
    left = f"พิมพ์เมื่อ {format_date(stamp.date())} {stamp:%H:%M} น."
    draw_text(canvas, MARGIN, y, left, REGULAR, 9)
    draw_text(canvas, page[0] - MARGIN, y, f"หน้า {n}/{of}", REGULAR, 9, "right")
