"""The bundled font, shaping, characters the font lacks, and the QR quiet zone."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from registration.domain.errors import EnvironmentProblem
from registration.printing import fonts
from registration.printing.fonts import REGULAR, printable, register_fonts, shaped
from registration.printing.qr import QUIET_ZONE, dark_runs, draw_qr, qr_matrix
from tests.printing.pdf_tools import decoded_pages


def test_tone_marks_over_upper_vowels_are_shaped() -> None:
    register_fonts()
    result = shaped("ปิ่น", REGULAR, 20)
    # HarfBuzz swaps in the raised tone-mark glyph: unshaped, ปิ่น would print as ปิน.
    assert result != "ปิ่น"
    assert len(result) == len("ปิ่น")


def test_a_missing_font_file_is_an_environment_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "_registered", set())
    with pytest.raises(EnvironmentProblem) as raised:
        register_fonts(tmp_path)
    assert raised.value.code == "missing_font"
    assert "Sarabun-Regular.ttf" in raised.value.message


def test_emoji_are_left_out_and_reported_latin_and_thai_kept() -> None:
    register_fonts()
    text, dropped = printable("นายสมชาย 😀 Smith-ใจดี 🇹🇭")
    assert text == "นายสมชาย Smith-ใจดี"
    assert dropped == "😀🇹🇭"


def test_runs_rebuild_the_matrix() -> None:
    matrix = qr_matrix("K7QMHXR9T2WAPQCX")
    rebuilt = [[False] * len(matrix) for _ in matrix]
    for row, column, length in dark_runs(matrix):
        for x in range(column, column + length):
            rebuilt[row][x] = True
    assert [tuple(r) for r in rebuilt] == list(matrix)


def test_qr_keeps_its_quiet_zone_white_over_a_dark_background(tmp_path: Path) -> None:
    out = tmp_path / "qr.pdf"
    canvas = Canvas(str(out), pagesize=(200, 200))
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(0, 0, 200, 200, stroke=0, fill=1)
    draw_qr(canvas, "K7QMHXR9T2WAPQCX", 20, 20, 160)
    canvas.showPage()
    canvas.save()
    assert list(decoded_pages(out)) == [{"K7QMHXR9T2WAPQCX"}]
    modules = len(qr_matrix("K7QMHXR9T2WAPQCX")) + 2 * QUIET_ZONE
    image = pdfium.PdfDocument(str(out))[0].render(scale=1, grayscale=True).to_pil()
    zone = int(160 / modules * QUIET_ZONE) - 1
    for offset in range(1, zone):
        assert image.getpixel((20 + offset, 100)) == 255  # left quiet zone
        assert image.getpixel((100, 20 + offset)) == 255  # top quiet zone
