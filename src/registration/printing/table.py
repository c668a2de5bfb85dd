"""Ruled tables of shaped Thai text, laid out row by row so pages can be counted first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import BOLD, REGULAR, shaped
from registration.printing.text_box import ASCENT, LEADING
from registration.printing.thai_wrap import wrap

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
    tallest = max((len(lines) for lines in cells), default=1) or 1
    return RowLayout(cells, max(min_height, tallest * size * LEADING + 2 * CELL_PAD))


def draw_row(
    canvas: Canvas,
    columns: Sequence[Column],
    row: RowLayout,
    x: float,
    top: float,
    size: float,
    font: str = REGULAR,
    shade: tuple[float, float, float] | None = None,
) -> float:
    """Draw one row with its grid lines; return the y of its bottom edge."""
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
        for line in lines:
            text = shaped(line, font, size)
            if column.align == "centre":
                canvas.drawCentredString(left + column.width / 2, baseline, text)
            elif column.align == "right":
                canvas.drawRightString(left + column.width - CELL_PAD, baseline, text)
            else:
                canvas.drawString(left + CELL_PAD, baseline, text)
            baseline -= size * LEADING
        left += column.width
    return bottom


def heading_row(columns: Sequence[Column], size: float) -> RowLayout:
    return layout_row([c.heading for c in columns], columns, size, font=BOLD)


def paginate(rows: Sequence[RowLayout], room: float) -> list[list[RowLayout]]:
    """Split rows into pages holding at most `room` points of rows each."""
    pages: list[list[RowLayout]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    return pages
