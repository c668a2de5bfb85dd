"""Drawing fitted, shaped Thai text into boxes on a reportlab canvas."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import shaped
from registration.printing.thai_wrap import FittedText, fit

LEADING = 1.3  # Sarabun's ascent + descent: stacked tone marks never touch the line above
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
    for line in fitted.lines:
        text = shaped(line, font, fitted.size)
        if align == "centre":
            canvas.drawCentredString(x + box_width / 2, baseline, text)
        else:
            canvas.drawString(x, baseline, text)
        baseline -= fitted.size * LEADING
    return top - len(fitted.lines) * fitted.size * LEADING


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


def used_height(fitted: FittedText) -> float:
    return len(fitted.lines) * fitted.size * LEADING
