"""Solver stand-ins that crash in their child process (or die, or fail, while their work arrives), and one
that only answers, for the tests of `planning.solver_process` and its callers.

Kept apart from the test modules so the child imports neither Qt nor pytest.
"""

from __future__ import annotations

import faulthandler
import os
import signal
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


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _unreadable() -> None:
    raise LookupError("no such movement table")


class KilledWhenRead:
    """Work whose reading kills the child (out of memory while the instance arrives, as the system would)."""

    def __reduce__(self) -> tuple[Callable[[], None], tuple[()]]:
        return _killed, ()


class UnreadableInChild:
    """Work that cannot be rebuilt in the child."""

    def __reduce__(self) -> tuple[Callable[[], None], tuple[()]]:
        return _unreadable, ()


def echo(*args: Any, progress: Callable[..., None], should_stop: Callable[[], bool], **__: Any) -> int:
    return len(args)
