"""Drawing shaped text that reads back as the text it shows.

reportlab gives the glyph variants HarfBuzz picks for Thai (a lowered tone mark, ป
with a shortened tail) private-use code points and decomposes ำ into two glyphs, so
a PDF reader extracting the text gets "ป นทอง" for ปิ่นทอง. Every run drawn here is
wrapped in a marked-content span whose /ActualText holds the characters it stands
for (PDF 32000-1, 14.9.4); pdftotext, pdfium and screen readers read that instead
of the glyphs. The glyphs themselves stay real text in the embedded font.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import shaped


def span_start(text: str) -> str:
    """The BDC operator opening a span whose ActualText is `text` (UTF-16BE, hex)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    align: str = "left",
) -> None:
    """Draw `text` shaped, at baseline `y`; `x` is its left end, centre or right end.

    The canvas's current font must be `font` at `size` (set once by the caller, so a
    table of a thousand cells does not repeat the font switch in every cell).
    """
    if not text:
        return
    glyphs = shaped(text, font, size)
    canvas.addLiteral(span_start(text))
    if align == "centre":
        canvas.drawCentredString(x, y, glyphs)
    elif align == "right":
        canvas.drawRightString(x, y, glyphs)
    else:
        canvas.drawString(x, y, glyphs)
    canvas.addLiteral("EMC")
