"""Rasterised checks: wrapped lines never touch, monochrome badges survive 1 bit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from registration.printing.badge_name import NameBox, fit_name
from registration.printing.badges import geometry, render_badges
from registration.printing.fonts import BOLD, REGULAR, register_fonts
from registration.printing.layouts import LAYOUTS
from registration.printing.table import Column, draw_row, layout_row
from registration.printing.text_box import draw_lines
from tests.printing.people import AREA, EVENT, person

# Deep tails and lower vowels above, stacked upper marks below: the worst neighbours.
DEEP, TALL = "ฎุฏูญูฐุฎู", "ฟื้ปี๊ธิ์ดิ์"


def _raster(path: Path, scale: float) -> Image.Image:
    document = pdfium.PdfDocument(str(path))
    try:
        return document[0].render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def _ink_bands(image: Image.Image) -> list[tuple[int, int]]:
    """(first, last) pixel rows of every run of rows holding a dark pixel."""
    width, height = image.size
    pixels = image.load()
    bands: list[tuple[int, int]] = []
    for y in range(height):
        if any(pixels[x, y] < 128 for x in range(width)):
            if bands and bands[-1][1] == y - 1:
                bands[-1] = (bands[-1][0], y)
            else:
                bands.append((y, y))
    return bands


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_wrapped_name_keeps_its_second_line_clear_of_the_first(
    layout: str, tmp_path: Path
) -> None:
    register_fonts()
    sheet = LAYOUTS[layout]
    g = geometry(sheet.card_width, sheet.card_height)
    box = NameBox(g.text_width, 46 * g.scale, 20 * g.scale, 9 * g.scale, 13 * g.scale)
    name = fit_name("", DEEP * 3, TALL * 3, BOLD, box).fitted
    assert len(name.lines) == 2 and not name.truncated
    images = []
    for lines in (name.lines, name.lines[:1]):  # both lines, then line 1 alone
        out = tmp_path / f"name{len(lines)}.pdf"
        canvas = Canvas(str(out), pagesize=(sheet.card_width, sheet.card_height))
        draw_lines(canvas, replace(name, lines=lines), BOLD, g.pad, sheet.card_height - 20)
        canvas.save()
        images.append(_raster(out, 300 / 72))
    _assert_second_line_below_the_first(*images)


def _assert_second_line_below_the_first(both: Image.Image, first: Image.Image) -> None:
    """No dark pixel of line 2 (dark in `both`, not in `first`) reaches line 1's rows."""
    first_rows = _ink_bands(first)
    assert first_rows
    lowest_of_first = first_rows[-1][1]
    second = ImageChops.subtract(ImageChops.invert(both), ImageChops.invert(first))
    second_rows = _ink_bands(ImageChops.invert(second))
    assert second_rows and second_rows[0][0] > lowest_of_first, (first_rows, second_rows)


def test_wrapped_cells_of_the_sign_in_sheet_keep_their_lines_apart(tmp_path: Path) -> None:
    register_fonts()
    column = Column("ชื่อ-สกุล", 60)
    row = layout_row([f"{DEEP} {TALL}"], [column], 10.0)
    assert len(row.cells[0]) == 2
    images = []
    for cells in (row.cells, [row.cells[0][:1]]):
        out = tmp_path / f"cell{len(cells[0])}.pdf"
        canvas = Canvas(str(out), pagesize=(100, 100))
        draw_row(canvas, [column], replace(row, cells=cells), 20, 90, 10.0, REGULAR)
        canvas.save()
        scale = 300 / 72  # the cell without its ruled border
        inside = (
            int(22 * scale),
            int(12 * scale),
            int(78 * scale),
            int((10 + row.height - 2) * scale),
        )
        images.append(_raster(out, scale).crop(inside))
    _assert_second_line_below_the_first(*images)


def _mid_grey_share(image: Image.Image) -> float:
    histogram = image.histogram()
    return sum(histogram[40:216]) / sum(histogram)


def test_monochrome_badges_have_no_grey_and_read_at_one_bit(tmp_path: Path) -> None:
    people = [person(first_name="ปิ่นทอง", number=1), replace(person(number=2), issue_area=AREA)]
    colour, mono = tmp_path / "colour.pdf", tmp_path / "mono.pdf"
    render_badges(colour, EVENT, people[:1], "label-62")
    render_badges(mono, EVENT, people[:1], "label-62", monochrome=True)
    scale = 300 / 72  # a 300 dpi thermal head
    colour_image, mono_image = _raster(colour, scale), _raster(mono, scale)
    assert _mid_grey_share(colour_image) > 0.1  # the filled band: dithered on the printer
    assert _mid_grey_share(mono_image) < 0.05  # anti-aliased edges of glyphs only
    one_bit = mono_image.point(lambda v: 255 if v >= 128 else 0).convert("1")
    assert [r.text for r in zxingcpp.read_barcodes(one_bit.convert("L"))] == [people[0].badge_code]
    band = one_bit.crop((0, int(one_bit.height * 0.65), one_bit.width, one_bit.height))
    assert 0.01 < band.convert("L").histogram()[0] / (band.width * band.height) < 0.5
