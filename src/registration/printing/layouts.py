"""Badge paper layouts: where each card sits on a page, and the cut marks around them.

Cards of a sheet touch each other, so one cut serves two cards; the marks sit in
the page margin, on the lines between the cards, and never on a card.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.errors import UserError

CUT_MARK_LENGTH = 5 * mm
CUT_MARK_GAP = 1.5 * mm  # between a mark and the card edge


@dataclass(frozen=True)
class Slot:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BadgeLayout:
    name: str
    page_size: tuple[float, float]
    card_width: float
    card_height: float
    columns: int
    rows: int
    cut_marks: bool

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def _origin(self) -> tuple[float, float]:
        page_width, page_height = self.page_size
        left = (page_width - self.columns * self.card_width) / 2
        bottom = (page_height - self.rows * self.card_height) / 2
        return left, bottom

    def slots(self) -> Iterator[Slot]:
        """Card positions in reading order: left to right, top to bottom."""
        left, bottom = self._origin
        for row in range(self.rows):
            for column in range(self.columns):
                x = left + column * self.card_width
                y = bottom + (self.rows - 1 - row) * self.card_height
                yield Slot(x, y, self.card_width, self.card_height)

    def draw_cut_marks(self, canvas: Canvas) -> None:
        if not self.cut_marks:
            return
        left, bottom = self._origin
        right = left + self.columns * self.card_width
        top = bottom + self.rows * self.card_height
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColorRGB(0, 0, 0)
        for column in range(self.columns + 1):
            x = left + column * self.card_width
            canvas.line(x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH)
            canvas.line(x, bottom - CUT_MARK_GAP, x, bottom - CUT_MARK_GAP - CUT_MARK_LENGTH)
        for row in range(self.rows + 1):
            y = bottom + row * self.card_height
            canvas.line(left - CUT_MARK_GAP, y, left - CUT_MARK_GAP - CUT_MARK_LENGTH, y)
            canvas.line(right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y)
        canvas.restoreState()


CARD = (90 * mm, 55 * mm)  # the common card-holder size
LAYOUTS = {
    "a4-8": BadgeLayout("a4-8", A4, *CARD, columns=2, rows=4, cut_marks=True),
    "a4-10": BadgeLayout("a4-10", A4, *CARD, columns=2, rows=5, cut_marks=True),
    # One badge on a landscape A6 sheet, the whole sheet is the badge.
    "a6": BadgeLayout("a6", landscape(A6), 148 * mm, 105 * mm, 1, 1, cut_marks=False),
    # 62 mm continuous label: 100 mm long pieces, landscape, cut by the printer.
    "label-62": BadgeLayout(
        "label-62", (100 * mm, 62 * mm), 100 * mm, 62 * mm, 1, 1, cut_marks=False
    ),
}
DEFAULT_LAYOUT = "a4-8"


def get_layout(name: str) -> BadgeLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        known = ", ".join(LAYOUTS)
        raise UserError("unknown_layout", f"Unknown badge layout '{name}' (use {known}).") from None
