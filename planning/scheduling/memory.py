"""Giving a solver's freed working memory back to the system.

GLOP takes a hundred megabytes or more for the LP of a dominant country's year and frees it when done, but
the C allocator keeps freed pages for reuse: every later peak of the planner's process then counts them
again. `release()` hands them back (glibc's `malloc_trim`); elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl)
        return None
    return trim


def release() -> bool:
    """Return the heap's free pages to the system; whether this platform can."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
