"""Scanner text clean-up, and decoding a badge QR from a camera-like frame."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from registration.devices.camera import CameraScanner, decode_qr
from registration.devices.wedge import clean_scanned_text
from registration.domain.badge_code import new_badge_code


def test_scanner_suffixes_and_symbology_prefix_are_removed() -> None:
    assert clean_scanned_text("]Q1K7QM3HXR9T2WAPQC\r\n") == "K7QM3HXR9T2WAPQC"
    assert clean_scanned_text(" K7QM-3HXR\x1d-9T2W-APQC ") == "K7QM-3HXR-9T2W-APQC"
    assert clean_scanned_text("สมชาย ใจดี") == "สมชาย ใจดี"


def frame_with_qr(text: str, module: int = 6) -> QImage:
    """A grey camera-sized frame with the badge's QR somewhere in it."""
    matrix = qrcode.QRCode(border=4)
    matrix.add_data(text)
    cells = matrix.get_matrix()
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#b0b0b0"))
    painter = QPainter(image)
    size = len(cells) * module
    painter.fillRect(QRect(100, 60, size, size), QColor("white"))
    for y, row in enumerate(cells):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRect(100 + x * module, 60 + y * module, module, module), QColor("black")
                )
    painter.end()
    return image


def test_a_badge_qr_in_a_frame_is_decoded() -> None:
    code = new_badge_code()
    assert decode_qr(frame_with_qr(code)) == [code]
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_qr(blank) == []


def test_the_same_badge_held_up_counts_once(qtbot: QtBot) -> None:
    scanner = CameraScanner()
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    scanner._decoded(["AAA"])
    scanner._decoded(["AAA"])
    scanner._decoded(["BBB"])
    assert seen == ["AAA", "BBB"]


def test_a_burst_is_a_scan_only_when_it_reads_as_a_badge_code() -> None:
    from registration.devices.wedge import is_scanned_code
    from registration.domain.badge_code import format_badge_code, new_badge_code
    from registration.domain.kedmanee import type_as_kedmanee

    code = new_badge_code()
    assert is_scanned_code(format_badge_code(code))
    assert is_scanned_code(type_as_kedmanee(code))  # the Thai layout was on
    assert is_scanned_code("]Q1" + code + "\r")
    assert is_scanned_code("AAAA-AAAA-AAAA-AAAA")  # mistyped: the desk says so
    assert not is_scanned_code("somchai")  # a fast typist's name stays in the field
    assert not is_scanned_code("ab")
