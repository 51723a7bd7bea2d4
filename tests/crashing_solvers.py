"""Solver stand-ins that crash in their child process, for the tests of `planning.solver_process` callers.

Kept apart from the test modules so the child imports neither Qt nor pytest.
"""

from __future__ import annotations

import faulthandler
import time
from collections.abc import Callable
from typing import Any


def segfault(*_: Any, progress: Callable[..., None], should_stop: Callable[[], bool], **__: Any) -> None:
    """A native crash mid-solve (what OR-Tools did with a callback, or HiGHS given a hint)."""
    time.sleep(0.2)
    faulthandler._sigsegv()


def hang(*_: Any, progress: Callable[..., None], should_stop: Callable[[], bool], **__: Any) -> None:
    """A solve that runs until the process is killed (the test kills it: out of memory, as the system would)."""
    while True:
        progress()
        time.sleep(0.05)
