"""A Hypothesis state machine drives one real main window as desk staff and a scanner do,
and after every step compares the database's active check-ins with a model's, exactly.

Steps: scans of real, repeated, mistyped, cancelled-participant and interrupted codes
(US and Thai keyboard layout), name searches with the arrows and Enter, F4 and session
changes, the province box, Esc, half-typed text, Ctrl+Z with a reason (or cancelled),
the walk-in dialog opened and closed with or without a scan made inside it, and the
session list clicked open in the middle of a scan with the mouse over another session.
"""

from __future__ import annotations

import functools
import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from registration.domain.enums import ParticipantStatus
from registration.domain.kedmanee import type_as_kedmanee
from registration.domain.records import ParticipantRecord
from registration.services import registry
from registration.services.attendance import check_in_rows
from registration.ui.desk.desk_controller import SEARCH_DELAY_MS
from registration.ui.desk.recent_scans import KEEP
from registration.ui.main_window import MainWindow
from tests.ui.keys import focused, press_key, scan_like_scanner, scanner_keys, type_like_person

EXAMPLES = 4
STEPS = 100
MIN_STEPS = 200  # hundreds of steps on one window, or the test says it did too little
CANCELLED = 3  # participants cancelled before the run: their scans never count
CTRL = Qt.KeyboardModifier.ControlModifier
CheckIn = tuple[int, int]  # participant id, session id


@dataclass
class Model:
    """What the database must hold, and this desk's last check-ins as the recent list has
    them (newest first: participant, session, still active)."""

    active: set[CheckIn] = field(default_factory=set)
    mine: list[list[int | bool]] = field(default_factory=list)

    def checked_in(self, person: int, session: int, by_this_desk: bool = True) -> None:
        if (person, session) in self.active:
            return
        self.active.add((person, session))
        if by_this_desk:
            self.mine.insert(0, [person, session, True])
            del self.mine[KEEP:]

    def undo_last(self) -> None:
        for entry in self.mine:
            if entry[2]:
                entry[2] = False
                self.active.discard((int(entry[0]), int(entry[1])))
                return


def active_in_database(window: MainWindow) -> set[CheckIn]:
    rows = check_in_rows(window.context.db, window.context.event.id)
    return {(r.participant_id, r.session_id) for r in rows if r.annulled_at is None}


def mistyped(code: str) -> str:
    """One character changed: the check character tells it apart from an unknown person."""
    last = "2" if code[-1] != "2" else "3"
    return code[:-1] + last


def desk_machine(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> type:
    everyone = registry.list_participants(window.context.db, window.context.event.id)
    fragments = sorted({p.first_name for p in everyone} | {p.last_name for p in everyone})
    answers: list[tuple[str, bool]] = []
    steps: list[int] = []  # one entry a step checked, over every run

    def reason(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", reason)
    desk = window.desk

    def settle() -> None:
        """A list or dialog closed: the window is active again, as a window manager makes it
        (offscreen, a closed popup can stay the active window)."""
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        qtbot.wait(10)
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    class DeskMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.model = Model(active=active_in_database(window))
            self.model.mine = [
                [s.participant.id, s.check_in.session_id, s.check_in.annulled_at is None]
                for s in desk.view.recent.scans()
            ]

        @property
        def session(self) -> int:
            session = desk.session_id
            assert session is not None
            return session

        def expect_scan(self, person: ParticipantRecord) -> None:
            if person.status is not ParticipantStatus.CANCELLED:
                self.model.checked_in(person.id, self.session)

        @rule(person=st.sampled_from(everyone), thai=st.booleans())
        @traced
        def scan_a_badge(self, person: ParticipantRecord, thai: bool) -> None:
            code = type_as_kedmanee(person.badge_code) if thai else person.badge_code
            scan_like_scanner(code, end=Qt.Key.Key_Return)
            self.expect_scan(person)

        @rule()
        @traced
        def scan_someone_already_in(self) -> None:
            here = [p for p in everyone if (p.id, self.session) in self.model.active]
            if here:
                scan_like_scanner(here[0].badge_code, end=Qt.Key.Key_Tab)

        @rule(person=st.sampled_from(everyone))
        @traced
        def scan_a_mistyped_code(self, person: ParticipantRecord) -> None:
            scan_like_scanner(mistyped(person.badge_code))

        @rule(person=st.sampled_from(everyone), cut=st.integers(1, 12))
        @traced
        def scan_interrupted(self, person: ParticipantRecord, cut: int) -> None:
            """The scanner stops half-way (no Enter): what it typed is only half a code."""
            scan_like_scanner(person.badge_code[:cut], end=Qt.Key.Key_unknown)
            qtbot.wait(60)

        @rule(fragment=st.sampled_from(fragments), downs=st.integers(0, 4))
        @traced
        def search_a_name(self, fragment: str, downs: int) -> None:
            if focused() is not desk.view.scan or desk.view.scan.text():
                press_key(Qt.Key.Key_Escape)  # staff start afresh
            type_like_person(qtbot, fragment)
            qtbot.wait(SEARCH_DELAY_MS + 20)
            found = desk.matches.rowCount()
            for _ in range(downs):
                press_key(Qt.Key.Key_Down)
            person = None
            if downs and found:  # the highlighted one, and no other
                highlighted = desk.view.matches.selectionModel().selectedRows()
                row = highlighted[0].row() if highlighted else -1
                assert row == min(downs, found) - 1
                person = desk.matches.participant_at(row).record
            elif found == 1:  # the only one with that name
                person = desk.matches.participant_at(0).record
            press_key(Qt.Key.Key_Return)
            if person is not None:
                self.expect_scan(person)

        @rule(steps=st.integers(-2, 2))
        @traced
        def choose_a_session_with_f4(self, steps: int) -> None:
            press_key(Qt.Key.Key_F4)
            key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
            for _ in range(abs(steps)):
                press_key(key)
            press_key(Qt.Key.Key_Return)
            settle()
            assert focused() is desk.view.scan

        @rule(person=st.sampled_from(everyone), cut=st.integers(0, 12), row=st.integers(0, 9))
        @traced
        def scan_as_the_session_list_opens(
            self, person: ParticipantRecord, cut: int, row: int
        ) -> None:
            """Staff click the session box while the scanner types, and the mouse rests on
            another session: the scan counts in the session chosen before, which stays."""
            sessions = desk.view.session
            before = self.session
            scanner_keys(person.badge_code[:cut])
            sessions.showPopup()
            under_mouse = sessions.model().index(row % sessions.count(), 0)
            sessions.view().setCurrentIndex(under_mouse)
            scanner_keys(person.badge_code[cut:])
            press_key(Qt.Key.Key_Return)
            settle()
            assert self.session == before
            self.expect_scan(person)

        @rule(pick=st.booleans())
        @traced
        def click_into_the_province_box(self, pick: bool) -> None:
            province = desk.view.counters.province
            province.setFocus()
            province.showPopup()
            press_key(Qt.Key.Key_Down)
            press_key(Qt.Key.Key_Return if pick else Qt.Key.Key_Escape)
            settle()
            if pick:
                assert focused() is desk.view.scan

        @rule()
        @traced
        def press_esc(self) -> None:
            press_key(Qt.Key.Key_Escape)
            assert desk.view.scan.text() == ""

        @rule(text=st.sampled_from(["ab", "กุ", "12", "xy z"]))
        @traced
        def half_type(self, text: str) -> None:
            type_like_person(qtbot, text)

        @rule(reason=st.sampled_from(["wrong person", "scanned twice"]), ok=st.booleans())
        @traced
        def undo_with_ctrl_z(self, reason: str, ok: bool) -> None:
            if focused() is not desk.view.scan:
                press_key(Qt.Key.Key_Escape)
            answers.append((reason, ok))
            press_key(Qt.Key.Key_Z, CTRL)
            if answers:  # nothing to undo: no question asked
                answers.clear()
            elif ok:
                self.model.undo_last()

        @rule(person=st.sampled_from(everyone), scan_inside=st.booleans())
        @traced
        def open_and_close_the_walk_in_dialog(
            self, person: ParticipantRecord, scan_inside: bool
        ) -> None:
            def inside() -> None:
                dialog = QApplication.activeModalWidget()
                assert isinstance(dialog, QDialog)
                if scan_inside:
                    scan_like_scanner(person.badge_code)
                dialog.reject()

            QTimer.singleShot(20, inside)
            press_key(Qt.Key.Key_N, CTRL)
            qtbot.wait(MODAL_WAIT_MS)
            settle()
            assert focused() is desk.view.scan
            if scan_inside:
                self.expect_scan(person)

        @invariant()
        def the_database_holds_what_the_model_expects(self) -> None:
            steps.append(1)
            found = active_in_database(window)
            if TRACE:
                where = type(focused()).__name__
                print("STEP", len(steps), where, desk.view.result.title.text())
                print("  db, model", found - self.model.active, self.model.active - found)
            assert found == self.model.active

    DeskMachine.steps = steps  # type: ignore[attr-defined]
    return DeskMachine


TRACE = bool(os.environ.get("DESK_MACHINE_TRACE"))


def traced(step: Callable[..., None]) -> Callable[..., None]:
    """With DESK_MACHINE_TRACE set, each step and any failure inside it is printed."""
    if not TRACE:
        return step

    @functools.wraps(step)
    def run(*args: object, **kwargs: object) -> None:
        print("RULE", step.__name__, kwargs)
        try:
            step(*args, **kwargs)
        except BaseException:
            traceback.print_exc()
            raise

    return run


MODAL_WAIT_MS = 150  # the desk takes a waiting scan within 100 ms of the dialog closing


@pytest.mark.slow
def test_the_desk_keeps_the_right_people_checked_in(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, event = window.context.db, window.context.event
    for person in registry.list_participants(db, event.id)[-CANCELLED:]:
        registry.cancel_participant(db, person.id)
    window.reload_participants()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.desk.view.counters.counts is not None)
    machine = desk_machine(qtbot, window, monkeypatch)
    started = time.perf_counter()
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            phases=(Phase.generate,),  # one window for every run: no shrinking replays
            suppress_health_check=list(HealthCheck),
        ),
    )
    steps = len(machine.steps)
    seconds = time.perf_counter() - started
    print(f"desk state machine: {steps} steps in {EXAMPLES} runs, {seconds:.1f} s")
    assert steps >= MIN_STEPS
