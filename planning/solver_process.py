"""Solvers in a child process: a native crash or running out of memory there is a message, not the app's end.

OR-Tools and HiGHS run native code that can crash the whole process (a segmentation fault in CP-SAT with a
callback, HiGHS given a hint); a large instance can exhaust memory. `run(target, *args, …)` calls
`target(*args, progress=…, should_stop=…, **kwargs)` in a fresh process (multiprocessing with *spawn*: no
state shared with the caller's threads, Qt or database connections), and

- passes its progress back over a pipe (`progress(*values)` in the caller's thread),
- sends it a cancel message once the caller's `should_stop()` is true (the target then returns its best
  so far, as it does in-process),
- returns its result, or raises the known error it raised (a `HomewardError`, rebuilt whole),
- and when the process dies — a signal, an exit without an answer — raises `SolverCrashed` naming the
  solver, how it ended and the log it leaves: the child's standard error (native messages and the Python
  stack at the crash, through `faulthandler`) and its logging go to a file kept in the user's data folder.

Nothing the solver does is written anywhere but that log: the caller's data is untouched.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from planning.errors import HomewardError
from planning.messages import Phrase
from planning.storage.location import data_folder

R = TypeVar("R")

#: Seconds a cancelled solver has to hand back its best plan before it is stopped for good.
CANCEL_GRACE = 10.0


class SolverCrashed(HomewardError):
    """The solver's process ended without an answer: its log is kept; nothing was changed."""

    def __init__(self, solver: str, how: Phrase, log: Path) -> None:
        super().__init__("solver.crashed", solver=Phrase.of(f"solver.{solver}"), how=how, log=str(log))
        self.how = how  # solver.killed, solver.signal (name) or solver.exit (code)
        self.log = log


class SolverFailed(Exception):
    """The solver raised an unexpected exception (a bug): its traceback, for the crash dialog."""


def logs_folder() -> Path:
    return data_folder() / "logs"


def run(target: Callable[..., R], *args: Any, solver: str, progress: Callable[..., None] | None = None,
        should_stop: Callable[[], bool] | None = None, log_folder: Path | None = None,
        started: Callable[[int], None] | None = None, **kwargs: Any) -> R:
    """`target(*args, progress=…, should_stop=…, **kwargs)` in a child process; see the module docstring.

    `solver` — "movements", "allocation" or "routes" — names it in messages (`solver.*` phrases) and in the
    log's file name; `started(pid)` is called once it runs.
    """
    folder = log_folder or logs_folder()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"{solver}-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{time.perf_counter_ns() % 10**6}.log"
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    # Only the pipe and the log's name go with the process; the work follows over the pipe. Sent with the
    # process, a large instance is written while the child reads it, and a child that dies reading it (out of
    # memory, killed) left `start()` waiting forever on a pipe nobody reads: the caller's end of it is only
    # closed once everything is written. Over our pipe, a dead child's end is closed and the send fails.
    process = context.Process(target=_child, args=(theirs, str(log)), daemon=True, name=f"homeward-{solver}")
    process.start()
    theirs.close()
    _send(ours, ("work", target, args, kwargs))
    if started is not None and process.pid is not None:
        started(process.pid)
    cancelled_at: float | None = None
    try:
        while True:
            if cancelled_at is None and should_stop is not None and should_stop():
                cancelled_at = time.perf_counter()
                _send(ours, ("cancel",))
            if cancelled_at is not None and time.perf_counter() - cancelled_at > CANCEL_GRACE:
                process.kill()
            try:
                ready = ours.poll(0.05)
            except (EOFError, OSError):
                ready = False
            if ready:
                try:
                    message = ours.recv()
                except (EOFError, OSError):
                    raise _crashed(process, solver, log) from None
                kind = message[0]
                if kind == "progress":
                    if progress is not None:
                        progress(*message[1])
                    continue
                process.join(timeout=5)
                if kind == "result":
                    log.unlink(missing_ok=True)
                    return message[1]  # type: ignore[no-any-return]
                if kind == "error":
                    log.unlink(missing_ok=True)
                    raise _rebuilt(message[1], message[2], message[3])
                raise SolverFailed(message[1])
            if not process.is_alive():
                if ours.poll(0):
                    continue  # its last words arrived as it ended
                raise _crashed(process, solver, log)
    finally:
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
        ours.close()


def _send(connection: Connection, message: tuple[object, ...]) -> None:
    with contextlib.suppress(BrokenPipeError, OSError):  # the other end is gone: nobody to tell
        connection.send(message)


def _crashed(process: multiprocessing.process.BaseProcess, solver: str, log: Path) -> SolverCrashed:
    process.join(timeout=5)
    code = process.exitcode
    if code is not None and code < 0:
        if -code == signal.SIGKILL:
            how = Phrase.of("solver.killed")
        else:
            try:
                how = Phrase.of("solver.signal", name=signal.Signals(-code).name)
            except ValueError:
                how = Phrase.of("solver.signal", name=str(-code))
    else:
        how = Phrase.of("solver.exit", code=-1 if code is None else code)
    return SolverCrashed(solver, how, log)


def _rebuilt(kind: type[HomewardError], state: dict[str, Any], args: tuple[Any, ...]) -> HomewardError:
    """The child's known error, rebuilt whole (its class, key, values and any fields of its own)."""
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _child(connection: Connection, log: str) -> None:
    """In the child: log to the file, receive the work, run it, answer once."""
    stream = open(log, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open for the process's life
    os.dup2(stream.fileno(), 2)  # native output (OR-Tools, HiGHS) lands in the log too
    sys.stderr = stream
    faulthandler.enable(stream, all_threads=True)
    logging.basicConfig(stream=stream, level=logging.INFO, format="%(asctime)s %(name)s %(message)s", force=True)
    try:
        _, target, args, kwargs = connection.recv()
    except (EOFError, OSError):
        return  # the app is gone before the work arrived
    except BaseException:  # the work cannot be read here (a bug): its traceback for the crash dialog
        logging.getLogger(__name__).exception("the work could not be read")
        _send(connection, ("bug", traceback.format_exc()))
        return
    logging.getLogger(__name__).info("%s started", getattr(target, "__qualname__", target))
    lock = threading.Lock()
    stop = threading.Event()

    def listen() -> None:
        while not stop.is_set():
            try:
                if connection.poll(0.05) and connection.recv()[0] == "cancel":
                    stop.set()
            except (EOFError, OSError):
                stop.set()  # the app is gone: stop too

    def progress(*values: object) -> None:
        with lock:
            _send(connection, ("progress", values))

    threading.Thread(target=listen, name="cancel-listener", daemon=True).start()
    try:
        result = target(*args, progress=progress, should_stop=stop.is_set, **kwargs)
    except HomewardError as error:
        answer: tuple[object, ...] = ("error", type(error), dict(error.__dict__), error.args)
    except BaseException:  # a bug: its traceback for the crash dialog
        answer = ("bug", traceback.format_exc())
        logging.getLogger(__name__).exception("the solver failed")
    else:
        answer = ("result", result)
    with lock:
        _send(connection, answer)
    stop.set()
    logging.getLogger(__name__).info("finished")
