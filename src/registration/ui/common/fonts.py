"""The bundled Thai font, so Thai names never show as boxes on a machine without one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from registration.resources import resource_path
from registration.ui.common.font_lines import with_room_for_stacked_marks

log = logging.getLogger(__name__)
FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")
POINT_SIZE = 11


def install_thai_font(app: QApplication) -> str | None:
    """Load Sarabun and make it the application font; returns its family name."""
    family = None
    for name in FONT_FILES:
        data = with_room_for_stacked_marks(resource_path("fonts", name).read_bytes())
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not load the bundled font %s", name)
            continue
        family = families[0]
    if family:
        app.setFont(QFont(family, POINT_SIZE))
    return family
