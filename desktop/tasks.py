"""Background work off the GUI thread: a pure function runs on a worker, its result comes back by signal.

    task = Task(lambda state: planning_call(..., progress=state.progress), owner=window)
    task.succeeded.connect(on_result); task.start()

The task object lives on the GUI thread, unparented, until its result is delivered; results for an
owner that has been deleted meanwhile are dropped instead of reaching a dead widget. Starting a new
task of the same `kind` cancels the previous one (its result is dropped too).

No Python object is ever released on a worker thread: the worker hands its reference to the task
back through a queue that the GUI thread empties. Otherwise the worker could drop the last
reference to a task — and with it the callbacks holding widgets — and Qt objects would be
destroyed on the wrong thread.
"""

from __future__ import annotations

import queue
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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

    # From the worker thread to this object on the GUI thread (queued).
    _outcome = Signal(str, object)
    _progress = Signal(int, int)

    _running: ClassVar[dict[str, Task]] = {}
    _alive: ClassVar[set[Task]] = set()
    #: Tasks the workers have finished with, released here on the GUI thread.
    _released: ClassVar[queue.SimpleQueue[Task]] = queue.SimpleQueue()
    #: Handed back at the previous release: dropped at the next, once the worker's frame is surely gone.
    _limbo: ClassVar[list[Task]] = []

    def __init__(self, work: Callable[[TaskState], Any], kind: str = "", parent: QObject | None = None) -> None:
        super().__init__()  # no Qt parent: the owner may be deleted while the work runs
        self.kind = kind
        self._owner = weakref.ref(parent) if parent is not None else None
        self.state = TaskState(self._progress.emit)
        self._work = work
        self._outcome.connect(self._deliver)
        self._progress.connect(self._report_progress)

    @property
    def owner(self) -> QObject | None:
        return self._owner() if self._owner is not None else None

    @classmethod
    def release_finished(cls) -> None:
        """Drop, on the GUI thread, the references workers handed back (one round later)."""
        handed_back = []
        while True:
            try:
                handed_back.append(cls._released.get_nowait())
            except queue.Empty:
                break
        cls._limbo, previous = handed_back, cls._limbo
        del previous

    def start(self, pool: QThreadPool | None = None) -> None:
        Task.release_finished()
        if self.kind:
            previous = Task._running.get(self.kind)
            if previous is not None:
                previous.cancel()
            Task._running[self.kind] = self
        Task._alive.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.state.cancel()

    def _owner_alive(self) -> bool:
        if self._owner is None:
            return True
        owner = self._owner()
        return owner is not None and shiboken6.isValid(owner)

    def _run(self) -> None:
        """On the worker thread: run the work and post the outcome back."""
        try:
            result = self._work(self.state)
        except Cancelled:
            self._outcome.emit("cancelled", None)
        except HomewardError as exc:
            self._outcome.emit("known", exc)
        except Exception:  # a bug: reported to the crash dialog, the app goes on
            self._outcome.emit("crash", traceback.format_exc())
        else:
            self._outcome.emit("ok", result)

    @Slot(str, object)
    def _deliver(self, outcome: str, payload: object) -> None:
        """On the GUI thread: hand the outcome to whoever is still there to receive it."""
        try:
            if not self.state.cancelled and self._owner_alive():
                if outcome == "ok":
                    self.succeeded.emit(payload)
                elif outcome == "known":
                    self.failed_known.emit(payload)
                elif outcome == "crash":
                    self.crashed.emit(payload)
            if self._owner_alive():
                self.finished.emit()
        finally:
            if self.kind and Task._running.get(self.kind) is self:
                del Task._running[self.kind]
            Task._alive.discard(self)
            Task.release_finished()

    @Slot(int, int)
    def _report_progress(self, done: int, total: int) -> None:
        if not self.state.cancelled and self._owner_alive():
            self.progressed.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task: Task | None = task

    def run(self) -> None:
        holder = [self._task]
        self._task = None
        try:
            task = holder[0]
            assert task is not None
            task._run()
            del task
        finally:
            Task._released.put(holder.pop())  # type: ignore[arg-type]  # the GUI thread drops it
