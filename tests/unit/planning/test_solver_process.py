"""Solvers in a child process: results, progress, cancellation, known errors, and crashes that leave a log."""

from __future__ import annotations

import faulthandler
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import planning.scheduling  # noqa: F401 - registers the keys the refusing target raises (in the child too)
from planning.errors import ValidationError
from planning.messages import Phrase
from planning.solver_process import SolverCrashed, SolverFailed, run
from tests.crashing_solvers import KilledWhenRead, UnreadableInChild, echo


def counting(upto: int, *, progress: Callable[..., None], should_stop: Callable[[], bool]) -> int:
    for n in range(upto):
        progress(n, upto)
    return upto * 2


def until_cancelled(*, progress: Callable[..., None], should_stop: Callable[[], bool]) -> str:
    progress("started")
    while not should_stop():
        time.sleep(0.01)
    return "best so far"


def refusing(*, progress: Callable[..., None], should_stop: Callable[[], bool]) -> None:
    raise ValidationError("end", "plan_input.end_before_start", end="2027-01-01", start="2027-02-01")


def buggy(*, progress: Callable[..., None], should_stop: Callable[[], bool]) -> None:
    raise ZeroDivisionError("a bug")


def segfaulting(*, progress: Callable[..., None], should_stop: Callable[[], bool]) -> None:
    progress("about to crash")
    faulthandler._sigsegv()


def sleeping(*, progress: Callable[..., None], should_stop: Callable[[], bool]) -> None:
    progress("started")
    time.sleep(60)


def test_result_and_progress_come_back(tmp_path: Path) -> None:
    seen: list[tuple[object, ...]] = []
    assert run(counting, 3, solver="movements", progress=lambda *v: seen.append(v), log_folder=tmp_path) == 6
    assert seen == [(0, 3), (1, 3), (2, 3)]
    assert list(tmp_path.iterdir()) == []  # a clean run leaves no log


def test_cancel_returns_the_best_so_far(tmp_path: Path) -> None:
    started = threading.Event()
    result = run(until_cancelled, solver="movements", progress=lambda *_: started.set(),
                 should_stop=started.is_set, log_folder=tmp_path)
    assert result == "best so far"


def test_a_known_error_is_raised_whole(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        run(refusing, solver="movements", log_folder=tmp_path)
    assert raised.value.key == "plan_input.end_before_start" and raised.value.field == "end"
    assert dict(raised.value.params)["start"] == "2027-02-01"


def test_a_bug_brings_its_traceback(tmp_path: Path) -> None:
    with pytest.raises(SolverFailed, match="ZeroDivisionError: a bug"):
        run(buggy, solver="movements", log_folder=tmp_path)


def test_a_segmentation_fault_is_a_message_with_a_log(tmp_path: Path) -> None:
    with pytest.raises(SolverCrashed) as raised:
        run(segfaulting, solver="movements", log_folder=tmp_path)
    assert raised.value.how == Phrase.of("solver.signal", name="SIGSEGV")
    assert "movement planner stopped unexpectedly (signal SIGSEGV); nothing was changed" in raised.value.message
    log = raised.value.log
    assert log.parent == tmp_path and "Fatal Python error: Segmentation fault" in log.read_text()
    assert "segfaulting" in log.read_text()  # the Python stack at the crash


def test_a_killed_solver_is_a_message_too(tmp_path: Path) -> None:
    pids: list[int] = []

    def kill_once_started(*_: object) -> None:
        os.kill(pids[0], signal.SIGKILL)

    with pytest.raises(SolverCrashed) as raised:
        run(sleeping, solver="allocation", progress=kill_once_started, started=pids.append, log_folder=tmp_path)
    assert raised.value.how == Phrase.of("solver.killed")
    assert "reintegration allocation" in raised.value.message and str(raised.value.log) in raised.value.message


def _within(seconds: float, call: Callable[[], object]) -> BaseException | object:
    """`call()`'s result or error, or a failure when it has not ended after `seconds` (it hung)."""
    outcome: list[BaseException | object] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still waiting after {seconds} s"
    return outcome[0]


def test_a_large_instance_goes_over_the_pipe(tmp_path: Path) -> None:
    assert run(echo, b"x" * 8_000_000, [1] * 100_000, solver="movements", log_folder=tmp_path) == 2


def test_a_solver_killed_while_its_work_arrives_is_a_message(tmp_path: Path) -> None:
    """The child dies reading a large instance (out of memory): the caller is told at once; before, the
    instance went with the process and `start()` waited forever to finish writing it."""
    outcome = _within(60, lambda: run(echo, KilledWhenRead(), b"x" * 8_000_000, solver="movements",
                                      log_folder=tmp_path))
    assert isinstance(outcome, SolverCrashed) and outcome.how == Phrase.of("solver.killed")


def test_work_the_child_cannot_read_is_a_bug_with_its_traceback(tmp_path: Path) -> None:
    outcome = _within(60, lambda: run(echo, UnreadableInChild(), solver="movements", log_folder=tmp_path))
    assert isinstance(outcome, SolverFailed) and "no such movement table" in str(outcome)
