"""What every sign-in sheet shares: the header repeated on each page, the ruled rows,
the totals and the certifier's lines after the last row, "หน้า 1/3" at the foot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.progress import CancelCheck, Progress
from registration.domain.thai_dates import format_date
from registration.printing.atomic import atomic_output
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR
from registration.printing.jobs import print_control
from registration.printing.pdf_text import draw_text
from registration.printing.table import (
    Column,
    RowLayout,
    draw_row,
    heading_row,
    layout_row,
    paginate,
)
from registration.printing.text_box import draw_lines, used_height
from registration.printing.thai_wrap import FittedText, wrap

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
SIZE = 10.0
SIGNING_HEIGHT = 9 * mm  # room for a signature in every row
FOOTER = 10 * mm
DOTS = "." * 60
CLOSING = 24 * mm  # totals on the left, the certifier's three lines on the right


@dataclass(frozen=True)
class Sheet:
    """A sheet ready to draw: header lines (text, font, size), columns, rows, totals."""

    pdf_title: str
    event_name: str
    header: Sequence[tuple[str, str, float]]
    columns: Sequence[Column]
    rows: Sequence[RowLayout]
    totals: str


def write_sheet(
    out: Path,
    sheet: Sheet,
    printed_at: datetime | None,
    progress: Progress | None,
    cancel: CancelCheck | None,
    author: str = "",
) -> int:
    """Write the sheet (all or nothing); return its page count."""
    header = [
        (FittedText(size, tuple(wrap(text, font, size, WIDTH))), font)
        for text, font, size in sheet.header
    ]
    header_height = sum(used_height(fitted, font) for fitted, font in header) + 3 * mm
    headings = heading_row(sheet.columns, SIZE)
    room = PAGE[1] - 2 * MARGIN - header_height - headings.height - FOOTER
    pages = paginate(sheet.rows, room, CLOSING)
    stamp = printed_at or datetime.now()
    footer_left = f"พิมพ์เมื่อ {format_date(stamp.date())} {stamp:%H:%M} น."
    control = print_control(len(pages), progress, cancel)
    with atomic_output(out) as temporary:
        canvas = new_canvas(temporary, PAGE, sheet.pdf_title, sheet.event_name, author=author)
        for number, page in enumerate(pages, start=1):
            top = PAGE[1] - MARGIN
            for fitted, font in header:
                top = draw_lines(canvas, fitted, font, MARGIN, top, "centre", WIDTH)
            top = draw_row(
                canvas, sheet.columns, headings, MARGIN, top - 3 * mm, SIZE, BOLD, (0.9,) * 3
            )
            for row in page:
                top = draw_row(canvas, sheet.columns, row, MARGIN, top, SIZE)
            if number == len(pages):
                _closing(canvas, sheet.totals, top)
            _footer(canvas, footer_left, f"หน้า {number}/{len(pages)}")
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return len(pages)


def _closing(canvas: Canvas, totals: str, top: float) -> None:
    """The totals under the last row, then the lines the certifying official signs."""
    canvas.setFont(BOLD, SIZE)
    draw_text(canvas, MARGIN, top - 6 * mm, totals, BOLD, SIZE)
    canvas.setFont(REGULAR, SIZE)
    centre = PAGE[0] - MARGIN - 60 * mm
    lines = [f"ลงชื่อ {DOTS} ผู้รับรอง", f"({DOTS})", f"ตำแหน่ง {DOTS}"]
    for number, line in enumerate(lines):
        draw_text(canvas, centre, top - 6 * mm - number * 7 * mm, line, REGULAR, SIZE, "centre")


def _footer(canvas: Canvas, left: str, right: str) -> None:
    canvas.setFont(REGULAR, 9)
    y = MARGIN - 9 * 0.3
    draw_text(canvas, MARGIN, y, left, REGULAR, 9)
    draw_text(canvas, PAGE[0] - MARGIN, y, right, REGULAR, 9, "right")


def blank_rows(first: int, count: int, columns: Sequence[Column]) -> list[RowLayout]:
    """Numbered empty rows for people who come without registering."""
    return [
        layout_row([str(n)] + [""] * (len(columns) - 1), columns, SIZE, SIGNING_HEIGHT)
        for n in range(first, first + count)
    ]
