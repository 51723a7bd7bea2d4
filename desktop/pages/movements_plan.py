"""Planning movements from the window: run the planner in the background with live progress, show the result.

The work is a module-level function (`run_plan`) that tests can call without a widget; the panel runs it
as a `Task` whose cancellation is the planner's `should_stop`, and whose progress reaches the GUI thread
through a queued signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import number
from desktop.pages.movements_result import PlanResultView
from desktop.service_text import error_text
from desktop.tasks import Cancelled, Task, TaskState
from planning import case_list, movements
from planning.case_list import CaseRow
from planning.errors import HomewardError
from planning.movements import MovementView
from planning.scheduling import isolated
from planning.scheduling.from_database import PROTECT_DAYS, BuildReport, build_instance
from planning.scheduling.instance import Instance
from planning.scheduling.outcome import Progress, ShouldStop, Snapshot
from planning.scheduling.result import PlanResult
from planning.storage.store import Store

HORIZON_DAYS = 90
PROTECT_SETTING = "planning/protect_days"


@dataclass(frozen=True)
class PlanRun:
    """One planner run: its input, the plan, and what the screen shows about cases and movements."""

    start: date
    end: date
    instance: Instance
    report: BuildReport
    result: PlanResult
    cases: dict[int, CaseRow] = field(default_factory=dict)
    movements: dict[int, MovementView] = field(default_factory=dict)


def run_plan(store: Store, start: date, end: date, *, time_limit: float, gap: float, progress: Progress,
             should_stop: ShouldStop, protect_days: int = PROTECT_DAYS, freed: frozenset[int] = frozenset(),
             plan_with: Callable[..., PlanResult] = isolated.plan) -> PlanRun:
    """Build the instance from the database and plan it in the planner's own process (a crash there is a
    `SolverCrashed` error, shown on the page); `Cancelled` when stopped before a result."""

    with store.reading():  # the instance and the rows shown beside the plan, read in one transaction
        instance, report = build_instance(store, start, end, protect_days=protect_days, freed=freed)
        rows = case_list.rows(store, [c.id for c in instance.cases])
        wanted = {m.id for m in instance.movements}
        views = [m for m in movements.list_movements(store, start, end) if m.id in wanted]
    if should_stop():
        raise Cancelled
    result = plan_with(instance, time_limit=time_limit, gap=gap, progress=progress, should_stop=should_stop)
    if should_stop():
        raise Cancelled
    return PlanRun(start, end, instance, report, result, {r.id: r for r in rows}, {m.id: m for m in views})


Planner = Callable[..., PlanRun]


def protect_days_setting() -> int:
    """The days within which confirmed bookings stay put when re-planning (the user's setting, default 14)."""
    raw = QSettings().value(PROTECT_SETTING, PROTECT_DAYS)
    try:
        days: int = int(raw)  # type: ignore[call-overload]
        return max(0, days)
    except (TypeError, ValueError):
        return PROTECT_DAYS


def gap_text(snapshot: Snapshot) -> str:
    """How far the waiting and cost may still be from the best for that many people placed."""
    if snapshot.gap <= 0:
        return tr("waiting and cost proven optimal")
    return tr("waiting and cost within {percent}% of optimal").format(percent=number(snapshot.gap * 100, 2))


class PlanPanel(QWidget):
    """Horizon and limits, Plan / Cancel, live progress; the result (editable, acceptable) beneath."""

    started = Signal()
    finished = Signal()  # a run ended: result shown, failed, or cancelled
    planned = Signal(object)  # the PlanRun shown
    cancelled = Signal()
    _live = Signal(object)  # a Snapshot, emitted on the planner's thread, delivered on the GUI thread

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.planner: Planner = run_plan
        self.task: Task | None = None
        self.run: PlanRun | None = None
        self.started_at = 0.0
        today = store.today()
        self.start = DateField(today)
        self.start.setAccessibleName(tr("Plan from"))
        self.end = DateField(today + timedelta(days=HORIZON_DAYS))
        self.end.setAccessibleName(tr("Plan until"))
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(" " + tr("s", "seconds"))
        self.time_limit.setToolTip(tr("The longest the planner may search; it stops earlier once the plan is "
                                      "proven within the gap"))
        self.gap = QDoubleSpinBox()
        self.gap.setRange(0, 10)
        self.gap.setDecimals(1)
        self.gap.setSingleStep(0.1)
        self.gap.setValue(0.5)
        self.gap.setSuffix(" %")
        self.gap.setToolTip(tr("Stop once the plan is proven within this distance of the best possible plan"))
        self.protect_days = QSpinBox()
        self.protect_days.setRange(0, 90)
        self.protect_days.setValue(protect_days_setting())
        self.protect_days.setSuffix(" " + tr("days"))
        self.protect_days.setToolTip(tr("Confirmed bookings departing within this many days stay where they are, like "
                                        "those whose travel letter was issued; unlock one in the plan to free it"))
        self.protect_days.valueChanged.connect(lambda days: QSettings().setValue(PROTECT_SETTING, days))
        self.plan_button = QPushButton(tr("Plan", "verb"))
        self.plan_button.setObjectName("primaryButton")
        self.plan_button.setToolTip(tr("Plan every ready household onto the movements in the horizon"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        bar = QHBoxLayout()
        for text, widget in ((tr("Plan departures from"), self.start), (tr("to", "from … to"), self.end),
                             (tr("search at most"), self.time_limit), (tr("stop within"), self.gap),
                             (tr("keep confirmed bookings departing within"), self.protect_days)):
            bar.addWidget(QLabel(text))
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.live = QLabel()
        self.live.setObjectName("liveLine")
        self.banner = Banner()
        self.result = PlanResultView(store)
        placeholder = QLabel(tr("Choose the departures to plan and press Plan. Only households ready to travel "
                                "are planned, each on the dates its readiness allows; nothing is booked until you "
                                "accept the plan."))
        placeholder.setObjectName("hint")
        placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(placeholder)
        self.stack.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.live)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        self.plan_button.clicked.connect(self.start_plan)
        self.cancel_button.clicked.connect(self.cancel_plan)
        self._live.connect(self._show_live)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start_plan(self) -> None:
        if self.task is not None:
            return
        start, end = self.start.value(), self.end.value()
        if end < start:
            self.banner.show_message(tr("The end of the horizon is before its start."))
            return
        self.banner.clear_message()
        store, planner, limit, gap = self.store, self.planner, float(self.time_limit.value()), self.gap.value() / 100
        live, protect_days = self._live, self.protect_days.value()
        freed = self.result.freed if self.run is not None else frozenset()

        def work(state: TaskState) -> PlanRun:
            return planner(store, start, end, time_limit=limit, gap=gap, progress=live.emit,
                           should_stop=lambda: state.cancelled, protect_days=protect_days, freed=freed)

        task = Task(work, kind=f"movements-plan-{id(self)}", parent=self)
        task.succeeded.connect(self._planned)
        task.failed_known.connect(self._failed)
        task.crashed.connect(lambda details: self.banner.show_message(
            tr("The planner stopped on an unexpected error; nothing was booked.") + "\n"
            + details.splitlines()[-1]))
        task.finished.connect(lambda: self._done(task))
        self.task = task
        self.started_at = time.perf_counter()
        self.plan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.live.setText(tr("Reading ready households and movements…"))
        self.timer.start()
        self.started.emit()
        task.start()

    def cancel_plan(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.live.setText(tr("Cancelling…"))

    def _tick(self) -> None:
        elapsed = time.perf_counter() - self.started_at
        self.progress.setValue(min(1000, int(1000 * elapsed / max(1, self.time_limit.value()))))

    def _show_live(self, snapshot: Snapshot) -> None:
        if self.task is None or self.task.state.cancelled:
            return
        if snapshot.placement >= snapshot.placement_bound:
            placed = tr("<b>{placed}</b> placed, the most possible").format(placed=number(snapshot.placement))
        else:
            placed = tr("<b>{placed}</b> placed, at most {bound} possible").format(
                placed=number(snapshot.placement), bound=number(snapshot.placement_bound))
        self.live.setText(tr("Searching… {placed} (people, a vulnerable person counting twice) · waiting and cost "
                             "{objective} € · {gap} · {seconds} s")
                          .format(placed=placed, objective=number(snapshot.objective), gap=gap_text(snapshot),
                                  seconds=number(snapshot.seconds, 1)))

    def _planned(self, run: PlanRun) -> None:
        self.run = run
        self.result.show_run(run)
        self.stack.setCurrentWidget(self.result)
        result = run.result
        self.live.setText(tr("Planned in {seconds} s; review the plan, then accept it to book.")
                          .format(seconds=number(result.wall_seconds, 2)))
        self.planned.emit(run)

    def _failed(self, error: HomewardError) -> None:
        self.live.clear()
        self.banner.show_message(error_text(error))

    def _done(self, task: Task) -> None:
        if self.task is not task:
            return
        self.task = None
        self.timer.stop()
        self.progress.hide()
        self.plan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if task.state.cancelled:
            self.live.setText(tr("Planning cancelled; nothing was booked."))
            self.cancelled.emit()
        self.finished.emit()
