"""Where a process's resident memory is, for the soak run's window (Linux and glibc only;
elsewhere only what /proc or nothing gives).

- `smaps_rollup`: resident anonymous memory (heaps, arenas, Python's objects) apart from
  resident file-backed pages (the program's libraries, fonts, mapped files);
- glibc's `mallinfo2`: what malloc took from the system for its arenas, what of it is in
  use and what is free but kept; `malloc_info`: how many arenas there are;
- SQLite's own count of the memory it has allocated (all connections: page caches and
  statements), from the same libsqlite3 Python's sqlite3 module uses;
- how many threads the process runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import sys
import tempfile
import threading
from typing import Any

MB = 1024 * 1024


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _library(name: str) -> Any:
    found = ctypes.util.find_library(name)
    try:
        return ctypes.CDLL(found) if found else None
    except OSError:
        return None


_LIBC = _library("c")
_SQLITE = _library("sqlite3")
_HAS_MALLINFO2 = _LIBC is not None and hasattr(_LIBC, "mallinfo2")
if _HAS_MALLINFO2:
    _LIBC.mallinfo2.restype = _MallInfo2
if _LIBC is not None:
    _LIBC.fdopen.restype = ctypes.c_void_p
    _LIBC.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]
    _LIBC.fclose.argtypes = [ctypes.c_void_p]
    _LIBC.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
if _SQLITE is not None:
    _SQLITE.sqlite3_memory_used.restype = ctypes.c_int64


def smaps() -> dict[str, int]:
    """Rss, Anonymous and file-backed resident bytes from /proc/self/smaps_rollup."""
    values: dict[str, int] = {}
    try:
        with open("/proc/self/smaps_rollup") as rollup:
            for line in rollup:
                name, _, rest = line.partition(":")
                parts = rest.split()
                if len(parts) == 2 and parts[1] == "kB":
                    values[name] = int(parts[0]) * 1024
    except OSError:
        return {}
    rss, anonymous = values.get("Rss", 0), values.get("Anonymous", 0)
    return {"rss": rss, "anon": anonymous, "file": rss - anonymous - values.get("Shmem", 0)}


def malloc() -> dict[str, int]:
    """glibc: bytes in arenas (`arena`), mmapped blocks, in use, free but kept."""
    if not _HAS_MALLINFO2:
        return {}
    info = _LIBC.mallinfo2()
    return {
        "malloc_arena": info.arena,
        "malloc_mmapped": info.hblkhd,
        "malloc_used": info.uordblks,
        "malloc_free": info.fordblks,
        "arenas": _arena_count(),
    }


def _arena_count() -> int:
    """How many heaps glibc's malloc_info lists (the main arena and one per thread group)."""
    if _LIBC is None or not hasattr(_LIBC, "malloc_info"):
        return 0
    with tempfile.TemporaryFile("w+b") as scratch:
        stream = _LIBC.fdopen(os.dup(scratch.fileno()), b"w")
        _LIBC.malloc_info(0, stream)
        _LIBC.fclose(stream)
        scratch.seek(0)
        text = scratch.read().decode()
    return len(re.findall(r"<heap nr=", text))


def pymalloc() -> dict[str, int]:
    """Python's small-object allocator: its arenas (mapped apart from malloc's) and the
    bytes in use inside them, from `sys._debugmallocstats()` (written to C's stderr)."""
    if not hasattr(sys, "_debugmallocstats"):
        return {}
    with tempfile.TemporaryFile("w+b") as scratch:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(scratch.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        scratch.seek(0)
        text = scratch.read().decode(errors="replace")
    arenas = re.search(r"(\d+) arenas \* (\d+) bytes/arena", text)
    used = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    if arenas is None or used is None:
        return {}
    return {
        "pymalloc_arenas": int(arenas.group(1)) * int(arenas.group(2)),
        "pymalloc_used": int(used.group(1).replace(",", "")),
    }


def sqlite_memory() -> int:
    return int(_SQLITE.sqlite3_memory_used()) if _SQLITE is not None else 0


def snapshot() -> dict[str, int]:
    return {
        **smaps(),
        **malloc(),
        **pymalloc(),
        "sqlite": sqlite_memory(),
        "threads": len(os.listdir("/proc/self/task"))
        if os.path.isdir("/proc/self/task")
        else threading.active_count(),
    }


def in_mb(values: dict[str, int]) -> str:
    return ", ".join(
        f"{k} {v}" if k in ("arenas", "threads") else f"{k} {v / MB:.1f}" for k, v in values.items()
    )
