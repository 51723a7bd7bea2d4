"""Background work off the GUI thread: a pure function runs on a worker, its result comes back by signal.

    task = Task(lambda state: planning_call(..., progress=state.progress), parent=window)
    task.succeeded.connect(on_result); task.start()

Starting a new task of the same `kind` cancels the previous one (its result is dropped).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planning.errors import HomewardError


class Cancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


class TaskState:
    """Handed to the work function: report progress, check for cancellation."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._cancel = threading.Event()
        self._emit = emit_progress

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    succeeded = Signal(object)
    failed_known = Signal(object)  # a HomewardError: show its message
    crashed = Signal(str)  # a bug: the traceback for the crash dialog
    progressed = Signal(int, int)
    finished = Signal()

    _running: ClassVar[dict[str, Task]] = {}

    def __init__(self, work: Callable[[TaskState], Any], kind: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.state = TaskState(self.progressed.emit)
        self._work = work

    def start(self, pool: QThreadPool | None = None) -> None:
        if self.kind:
            previous = Task._running.get(self.kind)
            if previous is not None:
                previous.cancel()
            Task._running[self.kind] = self
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.state.cancel()

    def _run(self) -> None:
        try:
            result = self._work(self.state)
        except Cancelled:
            pass
        except HomewardError as exc:
            if not self.state.cancelled:
                self.failed_known.emit(exc)
        except Exception:  # a bug: reported to the crash dialog, the app goes on
            if not self.state.cancelled:
                self.crashed.emit(traceback.format_exc())
        else:
            if not self.state.cancelled:
                self.succeeded.emit(result)
        finally:
            if self.kind and Task._running.get(self.kind) is self:
                del Task._running[self.kind]
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
