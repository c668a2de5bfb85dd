"""A distinct short sound per scan result; silent without Qt Multimedia or an audio device."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from registration.resources import resource_path
from registration.ui.common.messages import Tone

log = logging.getLogger(__name__)


class DeskSounds(QObject):
    """Plays ok / repeat / error; `enabled` is False when nothing can be played."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Tone, object] = {}
        self.enabled = False
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # e.g. libpulse missing on a bare Linux
            log.info("no sounds: Qt Multimedia unavailable (%s)", error)
            return
        if not QMediaDevices.audioOutputs():
            log.info("no sounds: no audio output device")
            return
        for tone in Tone:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{tone}.wav"))))
            self._effects[tone] = effect
        self.enabled = True

    def play(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
