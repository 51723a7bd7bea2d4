"""A solver panel's run: started in the background, cancelled, its bar and live line, its error, its end.

The movement planner, the reintegration allocation and the visit routes each run a solver in its own
process (`planning.solver_process`) behind a Start button. `SolverRun` is what they share: one run at a
time, as a `Task` whose cancellation is the solver's `should_stop`; the solver's progress reaches the GUI
thread through a queued signal; the bar is ticked against the time limit (a busy bar without one); a
known error — a solver's crash among them (`SolverCrashed`) — and a bug end in the banner, and the panel
is put back as it was.

    self.solver_run = SolverRun(self, start_button=self.plan_button, cancel_button=self.cancel_button,
                                live=self.live, banner=self.banner, kind=f"movements-plan-{id(self)}",
                                time_limit=self.time_limit, show_live=self._show_live,
                                crashed=tr("The planner stopped on an unexpected error; nothing was booked."),
                                cancelled=tr("Planning cancelled; nothing was booked."))
    self.solver_run.start(lambda progress, should_stop: plan(..., progress=progress, should_stop=should_stop),
                          reading=tr("Reading…"), on_result=self._planned)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import Banner
from desktop.i18n import tr
from desktop.ops import show_crash
from desktop.service_text import error_text
from desktop.tasks import Task, TaskState
from planning.errors import HomewardError

T = TypeVar("T")

#: What a run does off the GUI thread: `work(progress, should_stop)`, `progress(*values)` reaching `show_live`.
Work = Callable[[Callable[..., None], Callable[[], bool]], T]

TICKS = 1000  # the bar's steps over the time limit


def seconds_box(tooltip: str, seconds: int = 30) -> QSpinBox:
    """The longest a solver may search, in seconds."""
    box = QSpinBox()
    box.setRange(1, 600)
    box.setValue(seconds)
    box.setSuffix(tr(" s", "seconds"))
    box.setToolTip(tooltip)
    return box


def gap_box(percent: float, step: float, tooltip: str = "") -> QDoubleSpinBox:
    """How close to the proven best a solver may stop, in percent."""
    box = QDoubleSpinBox()
    box.setRange(0, 10)
    box.setDecimals(1)
    box.setSingleStep(step)
    box.setValue(percent)
    box.setSuffix(tr(" %", "percent suffix"))
    box.setToolTip(tooltip)
    return box


def limits_bar(fields: Iterable[tuple[str, QWidget]], *buttons: QPushButton, per_row: int = 3) -> QVBoxLayout:
    """The run's choices, labelled, at most `per_row` to a row (the window fits a small laptop's screen in
    every language), the buttons after the last."""
    chosen = list(fields)
    rows = [chosen[start:start + per_row] for start in range(0, len(chosen), per_row)] or [[]]
    bar = QVBoxLayout()
    bar.setSpacing(4)
    for number, row_fields in enumerate(rows, start=1):
        row = QHBoxLayout()
        for text, widget in row_fields:
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        if number == len(rows):
            row.addSpacing(12)
            for button in buttons:
                row.addWidget(button)
        row.addStretch(1)
        bar.addLayout(row)
    return bar


def lay_out_panel(panel: QWidget, bar: QVBoxLayout, run: SolverRun, live: QLabel, banner: Banner, hint: str,
                  result: QWidget) -> QStackedWidget:
    """A solver panel's layout: its choices, the run's bar, live line and banner, then a stack showing `hint`
    until the first result and `result` after it (the stack returned)."""
    placeholder = QLabel(hint)
    placeholder.setObjectName("hint")
    placeholder.setWordWrap(True)
    placeholder.setAlignment(Qt.AlignmentFlag.AlignTop)
    stack = QStackedWidget()
    stack.addWidget(placeholder)
    stack.addWidget(result)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(run.progress)
    layout.addWidget(live)
    layout.addWidget(banner)
    layout.addWidget(stack, 1)
    return stack


class SolverRun(QObject):
    """Drives a panel's Start (and Cancel) button, its live line and banner, and the `progress` bar made here,
    around one run at a time.

    `show_live(*values)` shows what the solver reports, on the GUI thread, until the run is cancelled;
    `crashed` leads the banner's line when the run fails on a bug (None: the crash dialog, with the details);
    `cancelled` is the live line after a cancelled run."""

    started = Signal()
    finished = Signal()  # a run ended: its result shown, failed, or cancelled
    cancelled = Signal()
    _live = Signal(object)  # the values a solver reported, emitted on the run's thread, delivered on the GUI thread

    def __init__(self, parent: QWidget, *, start_button: QPushButton, live: QLabel, banner: Banner, kind: str,
                 crashed: str | None, cancel_button: QPushButton | None = None, cancelled: str = "",
                 time_limit: QSpinBox | None = None, show_live: Callable[..., None] | None = None) -> None:
        super().__init__(parent)
        self.panel = parent
        self.start_button, self.cancel_button, self.live, self.banner = start_button, cancel_button, live, banner
        self.kind, self.crashed_text, self.cancelled_text = kind, crashed, cancelled
        self.time_limit = time_limit
        self.show_live = show_live
        self.task: Task | None = None
        self.started_at = 0.0
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        if time_limit is not None:
            self.progress.setRange(0, TICKS)
            self.progress.setMaximumHeight(10)
        else:
            self.progress.setRange(0, 0)  # busy: the solver has no time limit to tick against
        self.progress.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        if cancel_button is not None:
            cancel_button.setEnabled(False)
            cancel_button.clicked.connect(self.cancel)
        self._live.connect(self._show_live)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, work: Work[T], *, reading: str, on_result: Callable[[T], Any],
              on_error: Callable[[HomewardError], Any] | None = None) -> None:
        """Run `work(progress, should_stop)` in the background; `reading` is the live line until it reports."""
        if self.task is not None:
            return
        self.banner.clear_message()
        live = self._live

        def run(state: TaskState) -> T:
            return work(lambda *values: live.emit(values), lambda: state.cancelled)

        task = Task(run, kind=self.kind, parent=self.panel)
        task.succeeded.connect(on_result)
        task.failed_known.connect(on_error or self.show_error)
        task.crashed.connect(self._crashed)
        task.finished.connect(lambda: self._done(task))
        self.task = task
        self.started_at = time.perf_counter()
        self.start_button.setEnabled(False)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.live.setText(reading)
        if self.time_limit is not None:
            self.timer.start()
        self.started.emit()
        task.start()

    def elapsed(self) -> float:
        """Seconds since the click that started the run: reading, building, solving and showing included."""
        return time.perf_counter() - self.started_at

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.cancel_button is not None:
                self.cancel_button.setEnabled(False)
            self.live.setText(tr("Cancelling…"))

    def show_error(self, error: HomewardError) -> None:
        """A known error (the solver's crash among them): the banner says it; the live line is cleared."""
        self.live.clear()
        self.banner.show_message(error_text(error))

    def _crashed(self, details: str) -> None:
        if self.crashed_text is None:
            show_crash(self.panel, details)
        else:
            self.banner.show_message(self.crashed_text + "\n" + details.splitlines()[-1])

    def _tick(self) -> None:
        assert self.time_limit is not None  # ticked only against a time limit
        elapsed = time.perf_counter() - self.started_at
        self.progress.setValue(min(TICKS, int(TICKS * elapsed / max(1, self.time_limit.value()))))

    def _show_live(self, values: tuple[Any, ...]) -> None:
        if self.task is None or self.task.state.cancelled or self.show_live is None:
            return
        self.show_live(*values)

    def _done(self, task: Task) -> None:
        if self.task is not task:
            return
        self.task = None
        self.timer.stop()
        self.progress.hide()
        self.start_button.setEnabled(True)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        if task.state.cancelled:
            self.live.setText(self.cancelled_text)
            self.cancelled.emit()
        self.finished.emit()


class Details(QToolButton):
    """“Details”: shows or hides the technical figures of a result (the solver's objective, bound, points)."""

    def __init__(self, shown: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.setText(tr("Details"))
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self.setAutoRaise(True)
        self.setToolTip(tr("The solver's own figures: what it optimised and how close to the best it proved"))
        self.toggled.connect(self._toggle)
        shown.hide()

    def _toggle(self, on: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.shown.setVisible(on)
