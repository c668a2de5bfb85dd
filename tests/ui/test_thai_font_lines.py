"""Thai tone marks stacked on an upper vowel stay inside the line the window gives them.

With Sarabun's own Linux line metrics they reached 2-3 px above it at 11 pt: list rows and
table cells cut them off, and ที่อยู่อาศัย read ทีอยู่อาศัย, เกี่ยว read เกียว.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from registration.ui.common.fonts import install_thai_font

STACKED = ("ที่อยู่อาศัย", "นี้", "เกี่ยว", "ชื่อ", "เนื้อ", "ปิ่นทอง", "ก็")
BASELINE = 100


@pytest.fixture
def thai_font(qapp: QApplication) -> Iterator[QFont]:
    before = qapp.font()
    assert install_thai_font(qapp) == "Sarabun"
    yield qapp.font()
    qapp.setFont(before)


def _ink_above_baseline(font: QFont, text: str) -> int:
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, BASELINE, text)
    painter.end()
    for y in range(BASELINE):
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(400)):
            return BASELINE - y
    return 0


@pytest.mark.parametrize("pixels", [13, 15, 20, 32])
def test_stacked_tone_marks_stay_below_the_lines_ascent(thai_font: QFont, pixels: int) -> None:
    font = QFont(thai_font)
    font.setPixelSize(pixels)
    ascent = QFontMetrics(font).ascent()
    highest = {text: _ink_above_baseline(font, text) for text in STACKED}
    assert max(highest.values()) <= ascent, highest
