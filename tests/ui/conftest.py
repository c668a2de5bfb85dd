"""Window fixtures: the demo event loaded through the services, a desk driven with qtbot."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from registration.app import build_main_window
from registration.config import Settings
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services import desk
from registration.storage.database import Database
from registration.ui.common.collector import GuiThreadCollector, collect_on_gui_thread
from registration.ui.common.context import WindowContext, load_context
from registration.ui.desk.desk_controller import DeskController
from registration.ui.main_window import MainWindow
from registration.ui.participants.participant_model import ParticipantTableModel


class SilentSounds:
    """Records the tones instead of playing them."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, tone: str) -> None:
        self.played.append(str(tone))


class BadgeRecorder:
    """Stands in for the badge printer: remembers whose badges were sent."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, participants: Sequence[ParticipantRecord], parent: QWidget) -> None:
        self.names.extend(p.full_name for p in participants)


@pytest.fixture
def printed() -> BadgeRecorder:
    return BadgeRecorder()


@pytest.fixture
def context(db: Database, demo_event: EventInfo, printed: BadgeRecorder) -> WindowContext:
    return load_context(db, "Desk 1", printed)


@pytest.fixture
def participants(context: WindowContext) -> ParticipantTableModel:
    model = ParticipantTableModel()
    model.set_participants(
        desk.listed_participants(context.db, context.event.id), [s.id for s in context.sessions]
    )
    return model


@pytest.fixture
def sounds() -> SilentSounds:
    return SilentSounds()


@pytest.fixture
def desk_controller(
    qtbot: QtBot,
    context: WindowContext,
    participants: ParticipantTableModel,
    sounds: SilentSounds,
) -> DeskController:
    controller = DeskController(context, participants, sounds)  # type: ignore[arg-type]
    qtbot.addWidget(controller.view)
    controller.view.show()
    controller.view.scan.setFocus()
    qtbot.waitUntil(lambda: controller.view.counters.counts is not None)
    return controller


@pytest.fixture
def window(qtbot: QtBot, db: Database, demo_event: EventInfo) -> MainWindow:
    """The whole window over the demo event, at desk "Desk 3"."""
    window = build_main_window(db, Settings(desk="Desk 3"))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(autouse=True)
def _cycles_freed_on_the_windows_thread(qapp: QApplication) -> None:
    """As the program does: Qt objects a test leaves in a cycle (a desk controller made
    without a parent) are freed on the window's thread, not on a background job's."""
    collect_on_gui_thread(qapp)


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Tests outside this folder run no event loop: Python collects on its own again."""
    if nextitem is None or Path(__file__).parent not in Path(nextitem.path).parents:
        app = QApplication.instance()
        collector = app.findChild(GuiThreadCollector) if app is not None else None
        if collector is not None:
            collector.stop()


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody expected fails the test instead of waiting for a click forever.

    Tests that expect one patch the same name again; their patch wins.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [str(a) for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
