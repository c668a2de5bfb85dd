"""Drawing fitted, shaped Thai text into boxes on a reportlab canvas."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from registration.printing.pdf_text import draw_text
from registration.printing.thai_wrap import FittedText, block_height, fit, pitches

LEADING = 1.3  # Sarabun's ascent + descent; lines with stacked marks get more (pitches)
ASCENT = 1.07


def draw_lines(
    canvas: Canvas,
    fitted: FittedText,
    font: str,
    x: float,
    top: float,
    align: str = "left",
    box_width: float = 0.0,
) -> float:
    """Draw the lines from `top` down; return the y below the last line."""
    canvas.setFont(font, fitted.size)
    baseline = top - fitted.size * ASCENT
    steps = (*pitches(fitted.lines, font, LEADING), 0.0)
    for line, step in zip(fitted.lines, steps, strict=False):  # no lines: one step
        if align == "centre":
            draw_text(canvas, x + box_width / 2, baseline, line, font, fitted.size, "centre")
        else:
            draw_text(canvas, x, baseline, line, font, fitted.size)
        baseline -= fitted.size * step
    return top - used_height(fitted, font)


def draw_fitted(
    canvas: Canvas,
    text: str,
    font: str,
    x: float,
    top: float,
    box: tuple[float, float],
    sizes: tuple[float, float],
    align: str = "left",
    one_line_min: float | None = None,
    name: bool = False,
) -> FittedText:
    """Fit `text` into the box (width, height) between sizes (max, min) and draw it."""
    fitted = fit(text, font, box[0], box[1], sizes[0], sizes[1], LEADING, one_line_min, name)
    draw_lines(canvas, fitted, font, x, top, align, box[0])
    return fitted


def used_height(fitted: FittedText, font: str) -> float:
    return block_height(fitted.lines, font, LEADING) * fitted.size
