"""Long jobs report progress every so many steps, always at the end, and stop when asked."""

from __future__ import annotations

import pytest

from registration.domain.progress import JobControl


class Stopped(Exception):
    pass


def test_progress_every_so_many_steps_and_at_the_end() -> None:
    heard: list[tuple[int, int]] = []
    control = JobControl(1_203, lambda *p: heard.append(p), None, Stopped, report_every=500)
    for _ in range(1_203):
        control.advance()
    assert heard == [(500, 1_203), (1_000, 1_203), (1_203, 1_203)]


def test_steps_of_several_units_still_cross_each_report() -> None:
    heard: list[int] = []
    control = JobControl(10, lambda done, _total: heard.append(done), None, Stopped, 4)
    for _ in range(5):
        control.advance(2)
    assert heard == [4, 8, 10]


def test_a_cancel_stops_the_job_at_the_next_report() -> None:
    asked = False
    control = JobControl(1_000, None, lambda: asked, Stopped, report_every=100)
    for _ in range(150):
        control.advance()
    asked = True
    with pytest.raises(Stopped):
        for _ in range(100):
            control.advance()
    assert control.done == 200
