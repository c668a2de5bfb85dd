"""Handing back to the system the memory a long job freed (glibc; nothing to do elsewhere).

glibc's malloc keeps what a thread frees in that thread's arena for the next request
instead of returning it: after an export on a worker thread the window stayed megabytes
bigger, and each bigger export raised it again. `malloc_trim(0)` returns the free pages
of every arena.

That is not enough over a long day: once a job frees a big block, glibc raises the size
from which a block gets its own mapping (up to 32 MB), so the next job's big buffers come
from the worker threads' arenas instead, scans in between leave small blocks among them,
and the holes cannot be handed back. `keep_big_blocks_apart` fixes the two thresholds at
glibc's own starting values: big blocks stay in their own mappings and go back to the
system when freed. Other C libraries (macOS, Windows, musl) return memory by themselves or
have no such calls: there this module does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import platform
from collections.abc import Callable
from typing import cast

log = logging.getLogger(__name__)


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters (malloc.h)
BIG_BLOCK = 128 * 1024  # glibc's own starting value for both, kept from then on


def _glibc() -> ctypes.CDLL | None:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None


_LIBC = _glibc()


def _function(name: str, argtypes: list[type]) -> Callable[..., int] | None:
    function = getattr(_LIBC, name, None) if _LIBC is not None else None
    if function is None:  # a libc without it: nothing to hand back
        return None
    function.argtypes, function.restype = argtypes, ctypes.c_int
    return cast(Callable[..., int], function)


_TRIM = _function("malloc_trim", [ctypes.c_size_t])
_MALLOPT = _function("mallopt", [ctypes.c_int, ctypes.c_int])


def keep_big_blocks_apart() -> bool:
    """At start, before the worker threads: big blocks in their own mappings, for good.
    False where the C library has no such setting (or refused it)."""
    if _MALLOPT is None:
        return False
    kept = _MALLOPT(M_MMAP_THRESHOLD, BIG_BLOCK) and _MALLOPT(M_TRIM_THRESHOLD, BIG_BLOCK)
    if not kept:
        log.warning("The C library refused the memory thresholds; left as they were")
    return bool(kept)


def give_back_freed_memory() -> None:
    """After a long job: return the pages its freed memory holds to the system."""
    if _TRIM is not None:
        _TRIM(0)
