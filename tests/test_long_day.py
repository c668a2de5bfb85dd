"""A short long day: the soak run of benchmarks/bench_soak.py for about half a minute.

One window scans while two command-line desks check people in, a `sqlite3` shell reads
the file, backups and an export are taken: every acknowledged check-in is in the file
exactly once, the file and every backup pass `PRAGMA integrity_check`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs the sqlite3 shell")
def test_a_short_long_day_loses_nothing_and_damages_nothing(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_soak import soak
    finally:
        sys.path.remove(str(BENCHMARKS))

    result = soak(
        tmp_path,
        seconds=30,
        participants=300,
        sessions=4,
        idle=8,
        backup_every=8,
        export_every=12,
        cli_pause_ms=50,
    )

    assert result.window_scans > 100 and result.window_acknowledged > 50
    assert result.acknowledged > result.window_acknowledged
    assert (result.lost, result.doubled, result.integrity) == (0, 0, "ok")
    assert result.backups >= 3 and result.bad_backups == []
    assert result.exports >= 2 and result.reader_queries > 10
