"""A grouped bar chart drawn straight onto the canvas, so every label is shaped Thai in
the embedded font (reportlab's chart widgets draw unshaped strings in Helvetica)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import BOLD, REGULAR, width
from registration.printing.pdf_text import draw_text
from registration.printing.thai_wrap import fit

SIZE = 8.0


@dataclass(frozen=True)
class Series:
    label: str
    colour: Color
    values: Sequence[int]


@dataclass(frozen=True)
class Chart:
    categories: Sequence[str]  # "\n" between the lines of a label
    series: Sequence[Series]
    x_title: str
    y_title: str


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5 × 10ⁿ) giving about `ticks` gridlines up to `top`."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return int(next(f * power for f in (1, 2, 5, 10) if f * power >= raw) or 1)


def draw_chart(canvas: Canvas, chart: Chart, box: tuple[float, float, float, float]) -> None:
    """Draw `chart` in the box (x, y, width, height), legend above, titles on the axes."""
    x, y, box_w, box_h = box
    left, bottom = x + 34, y + 34  # room for the value axis and the category labels
    plot_w, plot_h = x + box_w - left, y + box_h - 22 - bottom
    top_value = max((v for s in chart.series for v in s.values), default=0)
    step = nice_step(top_value)
    scale_top = max(step, math.ceil(top_value / step) * step)
    _axes(canvas, chart, (left, bottom, plot_w, plot_h), step, scale_top)
    group = plot_w / max(1, len(chart.categories))
    bar = group * 0.8 / max(1, len(chart.series))
    for index, label in enumerate(chart.categories):
        start = left + index * group + group * 0.1
        for number, series in enumerate(chart.series):
            value = series.values[index]
            bar_h = plot_h * value / scale_top
            canvas.setFillColor(series.colour)
            canvas.rect(start + number * bar, bottom, bar, bar_h, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(REGULAR, SIZE)
            draw_text(
                canvas,
                start + (number + 0.5) * bar,
                bottom + bar_h + 2,
                str(value),
                REGULAR,
                SIZE,
                "centre",
            )
        baseline = bottom - SIZE * 1.2
        for line in label.split("\n"):  # each line of a label shrinks on its own to fit
            fitted = fit(line, REGULAR, group - 2, SIZE * 1.3, SIZE, 5, 1.3)
            canvas.setFont(REGULAR, fitted.size)
            centre = left + (index + 0.5) * group
            draw_text(canvas, centre, baseline, fitted.lines[0], REGULAR, fitted.size, "centre")
            baseline -= SIZE * 1.35
    _legend(canvas, chart.series, x + box_w, y + box_h - 10)


def _axes(
    canvas: Canvas,
    chart: Chart,
    plot: tuple[float, float, float, float],
    step: int,
    scale_top: int,
) -> None:
    left, bottom, plot_w, plot_h = plot
    canvas.setLineWidth(0.4)
    canvas.setFont(REGULAR, SIZE)
    for value in range(0, scale_top + 1, step):
        level = bottom + plot_h * value / scale_top
        canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
        canvas.line(left, level, left + plot_w, level)
        draw_text(canvas, left - 3, level - SIZE / 3, str(value), REGULAR, SIZE, "right")
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.line(left, bottom, left + plot_w, bottom)
    canvas.line(left, bottom, left, bottom + plot_h)
    canvas.setFont(BOLD, SIZE)
    draw_text(canvas, left + plot_w / 2, bottom - 32, chart.x_title, BOLD, SIZE, "centre")
    canvas.saveState()
    canvas.translate(left - 24, bottom + plot_h / 2)
    canvas.rotate(90)
    draw_text(canvas, 0, 0, chart.y_title, BOLD, SIZE, "centre")
    canvas.restoreState()


def _legend(canvas: Canvas, series: Sequence[Series], right: float, y: float) -> None:
    """Swatches with their labels, right-aligned above the plot."""
    canvas.setFont(REGULAR, SIZE)
    x = right
    for item in reversed(series):
        x -= width(item.label, REGULAR, SIZE)
        draw_text(canvas, x, y, item.label, REGULAR, SIZE)
        x -= 12
        canvas.setFillColor(item.colour)
        canvas.rect(x, y - 1, 9, 8, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        x -= 10
