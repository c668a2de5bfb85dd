"""An export or PDF the user saves gets the mode a new file gets under their umask,
read without touching the umask that the program's other threads create files under."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from registration.domain.shared_files import current_umask, share_like_a_new_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def group_umask() -> Iterator[int]:
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def test_a_saved_file_gets_the_mode_of_a_new_file_under_the_umask(
    tmp_path: Path, group_umask: int
) -> None:
    path = tmp_path / "attendance.xlsx"
    path.touch(mode=0o600)
    path.chmod(0o600)  # as mkstemp leaves it

    share_like_a_new_file(path)

    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~group_umask == 0o640


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux tells the umask")
def test_the_umask_is_read_without_being_changed(
    group_umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Set to 0 to read it back, a file the desk's link writes meanwhile is world-writable."""
    changes: list[int] = []
    monkeypatch.setattr(os, "umask", lambda mask: changes.append(mask) or group_umask)

    assert current_umask() == group_umask
    assert changes == []
