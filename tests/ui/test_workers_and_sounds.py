"""Background jobs report progress, stop when cancelled; the three sounds exist and differ."""

from __future__ import annotations

import threading
import wave
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from registration.resources import resource_path
from registration.ui.common.messages import Tone
from registration.ui.common.workers import Worker, start
from registration.ui.desk.sounds import DeskSounds


def test_a_worker_reports_progress_and_its_result_off_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
        threads.append(threading.current_thread())
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    worker = Worker(job)
    seen: list[tuple[int, int]] = []
    worker.signals.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as finished:
        start(worker)
    assert finished.args == ["done"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert threads[0] is not threading.main_thread()


def test_a_cancelled_worker_fails_with_the_jobs_error(qtbot: QtBot) -> None:
    release = threading.Event()

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        release.wait(5)
        if cancelled():
            raise RuntimeError("stopped by the user")

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        start(worker)
        worker.cancel()
        release.set()
    assert str(failed.args[0]) == "stopped by the user"


def test_each_result_has_its_own_short_sound() -> None:
    lengths = {}
    for tone in Tone:
        with wave.open(str(resource_path("sounds", f"{tone}.wav"))) as sound:
            lengths[tone] = sound.getnframes() / sound.getframerate()
    assert all(0.1 < seconds < 0.5 for seconds in lengths.values())
    frames = {tone: resource_path("sounds", f"{tone}.wav").read_bytes() for tone in Tone}
    assert len(set(frames.values())) == len(Tone)


def test_without_an_audio_device_the_desk_is_silent(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    sounds = DeskSounds()
    assert not sounds.enabled
    for tone in Tone:
        sounds.play(tone)  # nothing to play on: no error either
