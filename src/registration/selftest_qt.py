"""The steps of the self-test that need Qt: the Thai font, the camera decoder, the window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from registration.selftest_steps import SelfTestFailure, SelfTestRun, SelfTestWarning

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def _qt_application() -> None:
    """The window's QApplication; offscreen only where there is no display at all."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from registration.app import application

    application()


def load_thai_font_in_qt(run: SelfTestRun) -> None:
    from PySide6.QtGui import QFontDatabase

    from registration.resources import resource_path

    _qt_application()
    for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if "Sarabun" not in families:
            raise SelfTestFailure(f"Qt did not load the Thai font {name}")


def load_translations(run: SelfTestRun) -> None:
    """Every shipped translation source has a compiled catalogue Qt can load."""
    from PySide6.QtCore import QTranslator

    from registration.i18n import LANGUAGES, SOURCE_LANGUAGE, qm_file, ts_file

    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE or not ts_file(language).exists():
            continue
        path = qm_file(language)
        if path is None or not QTranslator().load(str(path)):
            raise SelfTestFailure(f"the {language} translation does not load ({path})")


def _badge_qr_image(code: str, module: int = 6) -> QImage:
    """The badge's QR code as a camera would see it: black on white, quiet zone included."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from registration.printing.qr import QUIET_ZONE, qr_matrix

    matrix = qr_matrix(code)
    side = (len(matrix) + 2 * QUIET_ZONE) * module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + QUIET_ZONE) * module, (y + QUIET_ZONE) * module
                painter.fillRect(left, top, module, module, QColor("black"))
    painter.end()
    return image


def scan_badge_with_camera_decoder(run: SelfTestRun) -> None:
    """Camera scanning needs Qt Multimedia (FFmpeg backend) and zxing-cpp. Without Qt
    Multimedia the camera stays off and a USB scanner still works: a warning, not a failure."""
    _qt_application()
    try:
        from PySide6.QtMultimedia import QMediaFormat
    except ImportError as error:  # e.g. libpulse0 missing on Linux
        raise SelfTestWarning(f"Qt Multimedia does not load ({error}): no camera") from error
    from registration.devices.camera import decode_qr

    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        raise SelfTestWarning("no Qt multimedia backend: the camera cannot be used")
    texts = decode_qr(_badge_qr_image(run.badge_code))
    if texts != [run.badge_code]:
        raise SelfTestFailure(f"the camera decoder read {texts} from a badge QR code")


def open_main_window(run: SelfTestRun) -> None:
    """Show the desk's main window over the demo event, let it paint once, close it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from registration.app import build_main_window
    from registration.config import Settings

    _qt_application()
    window = build_main_window(run.database, Settings(desk="self-test"))
    window.show()
    QApplication.processEvents()
    window.close()
    window.deleteLater()  # now, with its timers, before the database goes away
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
