"""The bundled Thai font (Sarabun), registered with reportlab once, and shaped text.

reportlab draws Thai correctly only when the string is shaped first
(`shapeStr`); `drawString(shaping=True)` silently does nothing.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr

from registration.domain.errors import EnvironmentProblem
from registration.printing.subset_tags import TaggedTTFont
from registration.resources import resource_path

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
FONT_FILES = {REGULAR: "Sarabun-Regular.ttf", BOLD: "Sarabun-Bold.ttf"}

_registered: dict[str, Path] = {}  # font name -> its file


def register_fonts(folder: Path | None = None) -> None:
    """Register Sarabun regular and bold (once); a missing file is an environment problem."""
    for index, (name, file_name) in enumerate(FONT_FILES.items()):
        if name in _registered:
            continue
        path = (folder / file_name) if folder else resource_path("fonts", file_name)
        if not path.is_file():
            raise EnvironmentProblem(
                "missing_font",
                f"The Thai font file {file_name} is missing ({path}). "
                "Reinstall the program to restore it.",
            )
        try:
            pdfmetrics.registerFont(TaggedTTFont(name, str(path), index))
        except Exception as error:  # reportlab raises plain TTFError/OSError variants
            raise EnvironmentProblem(
                "bad_font", f"The Thai font file {file_name} cannot be read: {error}"
            ) from error
        _registered[name] = path


@lru_cache(maxsize=4096)  # event name, provinces, issue areas repeat on every badge
def shaped(text: str, font: str, size: float) -> str:
    """`text` shaped by HarfBuzz for `canvas.drawString` (tone marks and upper vowels placed)."""
    if not text:
        return text
    result: str = shapeStr(text, font, size)  # a str subclass carrying glyph positions
    return result


def width(text: str, font: str, size: float) -> float:
    """Width of the text in points (the unshaped advance; shaping never makes it wider)."""
    return unit_width(text, font) * size


@lru_cache(maxsize=8192)
def unit_width(text: str, font: str) -> float:
    """Width at 1 pt: widths scale with the size, so one measurement serves every size."""
    return float(pdfmetrics.stringWidth(text, font, 1.0))


@cache
def _glyph_codepoints(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def printable(text: str, font: str = REGULAR) -> tuple[str, str]:
    """(`text` without the characters the font cannot draw, the characters dropped).

    Emoji and other symbols Sarabun lacks would print as empty boxes; they are
    left out and reported instead.
    """
    known = _glyph_codepoints(font)
    kept = []
    dropped = []
    for char in text:
        if ord(char) in known or char == " ":
            kept.append(char)
        elif not char.isspace():
            dropped.append(char)
    return " ".join("".join(kept).split()), "".join(dropped)


@cache
def _harfbuzz_font(font: str) -> uharfbuzz.Font:
    return uharfbuzz.Font(uharfbuzz.Face(_registered[font].read_bytes()))


@lru_cache(maxsize=8192)
def ink(text: str, font: str) -> tuple[float, float]:
    """How far the shaped glyphs reach above and below the baseline, at 1 pt.

    Stacked Thai marks (ิ + ์ over ธ) rise to 1.25 em, tails and lower vowels (ฎู)
    drop to 0.56 em: well past the font's ascent and descent.
    """
    hb_font = _harfbuzz_font(font)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer)
    top, bottom = 0.0, 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        extents = hb_font.get_glyph_extents(info.codepoint)
        if extents is None:
            continue
        high = extents.y_bearing + position.y_offset
        top, bottom = max(top, high), min(bottom, high + extents.height)
    em = float(hb_font.face.upem)
    return top / em, -bottom / em
