"""Badge scanning with a camera: Qt Multimedia frames, decoded by zxing-cpp off the GUI thread.

Optional at run time: without Qt Multimedia, zxing-cpp or a camera the desk says so
and goes on with the keyboard-wedge scanner.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)
REPEAT_PAUSE_S = 3.0  # the same badge held in front of the camera counts once


def decode_qr(image: QImage) -> list[str]:
    """The texts of the QR codes in an image (raises ImportError without zxing-cpp)."""
    import zxingcpp

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [
        found.text
        for found in zxingcpp.read_barcodes(
            grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        )
    ]


def camera_problem() -> str | None:
    """Why the camera cannot be used here, or None when it can."""
    try:
        import zxingcpp  # noqa: F401
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        return QCoreApplication.translate(
            "camera", "camera decoding unavailable: {module} is missing"
        ).format(module=error.name)
    if not QMediaDevices.videoInputs():
        return QCoreApplication.translate("camera", "no camera found")
    return None


class _DecodeSignals(QObject):
    decoded = Signal(list)


class _DecodeFrame(QRunnable):
    def __init__(self, image: QImage, signals: _DecodeSignals) -> None:
        super().__init__()
        self.image = image
        self.signals = signals

    def run(self) -> None:
        try:
            texts = decode_qr(self.image)
        except Exception:  # a bad frame must not stop the camera
            log.exception("could not decode a camera frame")
            texts = []
        self.signals.decoded.emit(texts)


class CameraScanner(QObject):
    """Emits `scanned(text)` for each new badge seen; one frame is decoded at a time."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._busy = False
        self._last: tuple[str, float] = ("", 0.0)
        self._signals = _DecodeSignals(self)
        self._signals.decoded.connect(self._decoded)

    @property
    def running(self) -> bool:
        return self._camera is not None

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._camera = QCamera(self)
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera = None

    def _frame(self, frame: Any) -> None:
        if self._busy or not frame.isValid():
            return
        self._busy = True
        QThreadPool.globalInstance().start(_DecodeFrame(frame.toImage(), self._signals))

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        now = time.monotonic()
        for text in texts:
            last_text, last_time = self._last
            if text == last_text and now - last_time < REPEAT_PAUSE_S:
                continue
            self._last = (text, now)
            self.scanned.emit(text)
