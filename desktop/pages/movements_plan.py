"""Planning movements from the window: run the planner in the background with live progress, show the result.

The work is a module-level function (`run_plan`) that tests can call without a widget; the panel runs it
through `desktop.solver_run.SolverRun` (cancellation is the planner's `should_stop`, its progress reaches
the GUI thread by a queued signal).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QWidget

from desktop.dialogs.fields import DateField
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import number
from desktop.pages.movements_result import PlanResultView
from desktop.solver_run import SolverRun, gap_box, lay_out_panel, limits_bar, seconds_box
from desktop.tasks import Cancelled
from planning import case_list, movements
from planning.case_list import CaseRow
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

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.planner: Planner = run_plan
        self.run: PlanRun | None = None
        today = store.today()
        self.start = DateField(today)
        self.start.setAccessibleName(tr("Plan from"))
        self.end = DateField(today + timedelta(days=HORIZON_DAYS))
        self.end.setAccessibleName(tr("Plan until"))
        self.time_limit = seconds_box(tr("The longest the planner may search; it stops earlier once the plan is "
                                         "proven within the gap"))
        self.gap = gap_box(0.5, 0.1, tr("Stop once the plan is proven within this distance of the best possible "
                                        "plan"))
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
        bar = limits_bar(((tr("Plan departures from"), self.start), (tr("to", "from … to"), self.end),
                          (tr("search at most"), self.time_limit), (tr("stop within"), self.gap),
                          (tr("keep confirmed bookings departing within"), self.protect_days)),
                         self.plan_button, self.cancel_button)
        self.live = QLabel()
        self.live.setObjectName("liveLine")
        self.banner = Banner()
        self.solver_run = SolverRun(
            self, start_button=self.plan_button, cancel_button=self.cancel_button, live=self.live,
            banner=self.banner, kind=f"movements-plan-{id(self)}", time_limit=self.time_limit,
            show_live=self._show_live, crashed=tr("The planner stopped on an unexpected error; nothing was booked."),
            cancelled=tr("Planning cancelled; nothing was booked."))
        for mine, its in ((self.started, self.solver_run.started), (self.finished, self.solver_run.finished),
                          (self.cancelled, self.solver_run.cancelled)):
            its.connect(mine)
        self.progress = self.solver_run.progress
        self.result = PlanResultView(store)
        self.stack = lay_out_panel(
            self, bar, self.solver_run, self.live, self.banner,
            tr("Choose the departures to plan and press Plan. Only households ready to travel are planned, each on "
               "the dates its readiness allows; nothing is booked until you accept the plan."), self.result)
        self.plan_button.clicked.connect(self.start_plan)

    @property
    def running(self) -> bool:
        return self.solver_run.running

    def start_plan(self) -> None:
        if self.running:
            return
        start, end = self.start.value(), self.end.value()
        if end < start:
            self.banner.show_message(tr("The end of the horizon is before its start."))
            return
        store, planner, limit, gap = self.store, self.planner, float(self.time_limit.value()), self.gap.value() / 100
        protect_days = self.protect_days.value()
        freed = self.result.freed if self.run is not None else frozenset()
        self.solver_run.start(
            lambda progress, should_stop: planner(store, start, end, time_limit=limit, gap=gap, progress=progress,
                                                  should_stop=should_stop, protect_days=protect_days, freed=freed),
            reading=tr("Reading ready households and movements…"), on_result=self._planned)

    def cancel_plan(self) -> None:
        self.solver_run.cancel()

    def _show_live(self, snapshot: Snapshot) -> None:
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
        waited = self.solver_run.elapsed()  # from the click: reading the caseload and showing the plan included
        self.result.show_run(run, waited)
        self.stack.setCurrentWidget(self.result)
        self.live.setText(tr("Planned in {seconds} s; review the plan, then accept it to book.")
                          .format(seconds=number(waited, 1)))
        self.planned.emit(run)
