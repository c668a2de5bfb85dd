"""One cold start, for bench_window.py: a new process that opens the window over a database
and prints when the desk can scan and when the participant list has loaded (seconds since
`spawned_at`, the parent's clock when it started this process).

    python benchmarks/cold_start_child.py URL SPAWNED_AT

It imports in the program's own order: the command line's modules (the database layer,
pythainlp) first, then the window, as `registration`'s entry point does. PySide6 reads
the source of every module imported after it, so the order is part of the start time.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import registration.cli  # noqa: F401  (the entry point imports it before the window)
from registration.app import application, build_main_window
from registration.config import Settings
from registration.storage.migrate import open_database


def main(url: str, spawned_at: float) -> None:
    app = application()
    window = build_main_window(open_database(url), Settings(desk="Desk 1"), load_in_background=True)
    window.show()
    app.processEvents()
    usable = time.time() - spawned_at
    loaded: list[float] = []
    window.participants_loaded.connect(lambda: loaded.append(time.time() - spawned_at))
    while not loaded:
        app.processEvents()
        time.sleep(0.01)
    print(f"{usable:.3f} {loaded[0]:.3f}")
    os._exit(0)  # skip Qt teardown: only the timings matter here


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
