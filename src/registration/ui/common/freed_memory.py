"""Handing back to the system the memory a long job freed (glibc; nothing to do elsewhere).

glibc's malloc keeps what a thread frees in that thread's arena for the next request
instead of returning it: after an export on a worker thread the window stayed megabytes
bigger, and each bigger export raised it again. `malloc_trim(0)` returns the free pages
of every arena. Other C libraries (macOS, Windows, musl) return memory by themselves or
have no such call: there this module does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import platform
from collections.abc import Callable

log = logging.getLogger(__name__)


def _malloc_trim() -> Callable[[int], int] | None:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError):  # a libc without it: nothing to hand back
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_TRIM = _malloc_trim()


def give_back_freed_memory() -> None:
    """After a long job: return the pages its freed memory holds to the system."""
    if _TRIM is not None:
        _TRIM(0)
