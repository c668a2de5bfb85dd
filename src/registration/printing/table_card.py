"""Table name cards (ป้ายชื่อตั้งโต๊ะ): A4 landscape folded along the middle into a tent,
the name on both faces. The upper half is drawn upside down, so once folded both faces
read the right way up, one to the audience and one to the speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.printing.atomic import atomic_output
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR, printable
from registration.printing.jobs import PrintResult, print_control
from registration.printing.text_box import draw_fitted, used_height
from registration.printing.thai_wrap import fit

PAGE = landscape(A4)
WIDTH, HEIGHT = PAGE
FACE = HEIGHT / 2
SIDE_MARGIN = 15 * mm


@dataclass(frozen=True)
class TableCard:
    name: str  # with prefix
    line: str = ""  # position or organisation, smaller under the name


def render_table_cards(
    out: Path,
    cards: Sequence[TableCard],
    event_name: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    author: str = "",
) -> PrintResult:
    """One A4 page per card (all or nothing); `author` is the desk, for the metadata."""
    if not cards:
        raise UserError("empty_selection", "Nobody to print a table card for.")
    control = print_control(len(cards), progress, cancel)
    with atomic_output(out) as temporary:
        canvas = new_canvas(temporary, PAGE, "ป้ายชื่อตั้งโต๊ะ", event_name, author=author)
        for card in cards:
            _face(canvas, card, event_name)  # lower half, read from the front
            canvas.saveState()
            canvas.translate(WIDTH, HEIGHT)
            canvas.rotate(180)  # upper half, upside down on the sheet
            _face(canvas, card, event_name)
            canvas.restoreState()
            _fold_line(canvas)
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return PrintResult(len(cards), len(cards))


def _face(canvas: Canvas, card: TableCard, event_name: str) -> None:
    """The face in the lower half of the sheet: the name centred, the line under it."""
    width = WIDTH - 2 * SIDE_MARGIN
    name = printable(card.name, BOLD)[0]
    line = printable(card.line)[0]
    name_box = FACE * 0.55
    fitted_name = fit(name, BOLD, width, name_box, 72, 30, 1.3, name=True)
    fitted_line = fit(line, REGULAR, width, FACE * 0.2, 26, 16, 1.3)
    line_height = used_height(fitted_line, REGULAR) if line else 0
    block = used_height(fitted_name, BOLD) + (4 * mm + line_height if line else 0)
    top = FACE / 2 + block / 2 + 4 * mm
    draw_fitted(
        canvas, name, BOLD, SIDE_MARGIN, top, (width, name_box), (72, 30), "centre", name=True
    )
    if line:
        draw_fitted(
            canvas,
            line,
            REGULAR,
            SIDE_MARGIN,
            top - used_height(fitted_name, BOLD) - 4 * mm,
            (width, FACE * 0.2),
            (26, 16),
            "centre",
        )
    if event_name:
        draw_fitted(
            canvas,
            printable(event_name)[0],
            REGULAR,
            SIDE_MARGIN,
            16 * mm,
            (width, 12 * 1.3),
            (12, 9),
            "centre",
        )


def _fold_line(canvas: Canvas) -> None:
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setDash(4, 4)
    canvas.setLineWidth(0.5)
    canvas.line(8 * mm, FACE, WIDTH - 8 * mm, FACE)
    canvas.setDash()
    canvas.setStrokeColorRGB(0, 0, 0)
