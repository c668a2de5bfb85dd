"""Draw the program's icon (a badge with a QR corner and a check mark) as PNG and ICO.

    python installer/make_icons.py

Writes src/registration/resources/icons/registration.png (256 px) and registration.ico
(16-256 px, PNG-compressed entries, which Windows reads since Vista). Uses only Qt,
already a dependency; the files are committed, so a build never needs to run this.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "src" / "registration" / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = QColor("#0f6e6e")
INK = QColor("#1d2b36")
GREEN = QColor("#2e9e4f")


def draw_icon(size: int) -> QImage:
    """The icon on a 256-unit canvas, scaled to ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    _draw_badge(painter)
    _draw_check(painter)
    painter.end()
    return image


def _draw_badge(painter: QPainter) -> None:
    card = QPainterPath()
    card.addRoundedRect(QRectF(56, 34, 144, 188), 18, 18)
    slot = QPainterPath()
    slot.addRoundedRect(QRectF(106, 48, 44, 12), 6, 6)
    painter.setBrush(QColor("white"))
    painter.drawPath(card.subtracted(slot))
    painter.setBrush(INK)
    for x, y in ((76, 78), (140, 78), (76, 142)):  # the three finder squares of a QR code
        painter.drawRect(QRectF(x, y, 40, 40))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(x + 8, y + 8, 24, 24))
        painter.setBrush(INK)
        painter.drawRect(QRectF(x + 14, y + 14, 12, 12))


def _draw_check(painter: QPainter) -> None:
    painter.setBrush(GREEN)
    painter.setPen(QPen(QColor("white"), 8))
    painter.drawEllipse(QPointF(178, 184), 50, 50)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(QColor("white"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(154, 186), QPointF(172, 204), QPointF(204, 166)])
    painter.setBrush(QBrush())


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: header, one directory entry per size, then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw_icon(size)) for size in ICO_SIZES}
    (ICONS / "registration.png").write_bytes(pngs[256])
    (ICONS / "registration.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICONS / 'registration.png'} and registration.ico ({len(pngs)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
