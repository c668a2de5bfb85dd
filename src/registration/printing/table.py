"""Ruled tables of shaped Thai text, laid out row by row so pages can be counted first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import BOLD, REGULAR
from registration.printing.pdf_text import draw_text
from registration.printing.text_box import ASCENT, LEADING
from registration.printing.thai_wrap import block_height, pitches, wrap

CELL_PAD = 3.0


@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    align: str = "left"  # left | centre | right


@dataclass(frozen=True)
class RowLayout:
    cells: list[list[str]]  # lines of each cell
    height: float
    font: str = REGULAR


def layout_row(
    values: Sequence[str],
    columns: Sequence[Column],
    size: float,
    min_height: float = 0.0,
    font: str = REGULAR,
) -> RowLayout:
    """Wrap every cell to its column width; the row is as tall as its tallest cell."""
    cells = [
        wrap(value, font, size, column.width - 2 * CELL_PAD)
        for value, column in zip(values, columns, strict=True)
    ]
    tallest = max((block_height(tuple(lines), font, LEADING) for lines in cells), default=0.0)
    return RowLayout(cells, max(min_height, max(tallest, LEADING) * size + 2 * CELL_PAD), font)


def draw_row(
    canvas: Canvas,
    columns: Sequence[Column],
    row: RowLayout,
    x: float,
    top: float,
    size: float,
    font: str | None = None,
    shade: tuple[float, float, float] | None = None,
) -> float:
    """Draw one row with its grid lines (in the row's font unless `font` is given);
    return the y of its bottom edge."""
    font = font or row.font
    bottom = top - row.height
    total = sum(c.width for c in columns)
    if shade is not None:
        canvas.setFillColorRGB(*shade)
        canvas.rect(x, bottom, total, row.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(0.5)
    canvas.rect(x, bottom, total, row.height, stroke=1, fill=0)
    canvas.setFont(font, size)
    left = x
    for column, lines in zip(columns, row.cells, strict=True):
        if left > x:
            canvas.line(left, bottom, left, top)
        baseline = top - CELL_PAD - size * ASCENT
        anchor = {
            "centre": left + column.width / 2,
            "right": left + column.width - CELL_PAD,
        }.get(column.align, left + CELL_PAD)
        steps = (*pitches(tuple(lines), font, LEADING), 0.0)
        for line, step in zip(lines, steps, strict=False):  # no lines: one step
            draw_text(canvas, anchor, baseline, line, font, size, column.align)
            baseline -= size * step
        left += column.width
    return bottom


def heading_row(columns: Sequence[Column], size: float) -> RowLayout:
    return layout_row([c.heading for c in columns], columns, size, font=BOLD)


def paginate(rows: Sequence[RowLayout], room: float, closing: float = 0.0) -> list[list[RowLayout]]:
    """Split rows into pages holding at most `room` points of rows each.

    The last page also keeps `closing` points free (totals, a signature block). A last
    page of one row, a widow, takes a row from the page before when that page has
    rows to spare.
    """
    pages: list[list[RowLayout]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    if used + closing > room and pages[-1]:
        pages.append([])  # the closing block on a page of its own, with a row or two
        used = 0.0
    if len(pages) > 1 and len(pages[-1]) < 2 and len(pages[-2]) > 2:
        moved = pages[-2][-(2 - len(pages[-1])) :]
        if used + sum(row.height for row in moved) + closing <= room:
            del pages[-2][-len(moved) :]
            pages[-1][:0] = moved
    return pages
