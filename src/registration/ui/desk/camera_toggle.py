"""The desk's camera button: starts the camera scanner, or says why there is none."""

from __future__ import annotations

from PySide6.QtCore import QObject

from registration.devices.camera import CameraScanner, camera_problem
from registration.domain.enums import CheckInMethod
from registration.ui.desk.desk_controller import DeskController


class CameraToggle(QObject):
    def __init__(self, desk: DeskController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.scanner: CameraScanner | None = None
        self.problem = camera_problem()
        button = desk.view.camera
        if self.problem is not None:
            button.setEnabled(False)
            desk.view.camera_status.setText(self.tr("Camera: {why}").format(why=self.problem))
        button.toggled.connect(self._toggled)

    def toggle(self) -> None:
        if self.problem is None:
            self.desk.view.camera.toggle()

    def _toggled(self, on: bool) -> None:
        if on and self.scanner is None:
            self.scanner = CameraScanner(self)
            self.scanner.scanned.connect(lambda text: self.desk.check_in(text, CheckInMethod.SCAN))
        if self.scanner is None:
            return
        if on:
            self.scanner.start()
            self.desk.view.camera_status.setText(self.tr("Camera on: hold a badge up to it"))
        else:
            self.scanner.stop()
            self.desk.view.camera_status.setText("")
        self.desk.view.scan.setFocus()

    def stop(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
