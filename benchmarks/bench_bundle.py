"""Figures for the desk bundle (issue: the installer). Prints them; asserts nothing.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 3]

- build time of installer/registration.spec (one-folder, into a temporary folder)
- bundle size, and the biggest parts of it
- wall time of the bundled ``registration --self-test`` offscreen (median of runs)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "registration.spec"


def size_of(path: Path) -> int:
    """Bytes on disk; symbolic links (PyInstaller links Qt's libraries) count once."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(size_of(file) for file in path.rglob("*") if file.is_file())


def build(work: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        check=True,
    )  # fmt: skip
    return work / "dist" / "registration", time.perf_counter() - started


def self_test_seconds(bundle: Path, runs: int) -> list[float]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(bundle / "registration"), "--self-test"], env=env, check=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bundle, build_time = build(Path(folder))
        times = self_test_seconds(bundle, args.runs)
        internal = bundle / "_internal"
        parts = sorted(internal.iterdir(), key=size_of, reverse=True)[:8]
        print(f"build time:         {build_time:.0f} s (cpus: {os.cpu_count()})")
        print(f"bundle size:        {size_of(bundle) / 1e6:.0f} MB")
        for part in parts:
            print(f"  {part.name:<28}{size_of(part) / 1e6:7.1f} MB")
        print(f"self-test (wall):   median {statistics.median(times):.1f} s of {times}")


if __name__ == "__main__":
    main()
