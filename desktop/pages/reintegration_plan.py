"""Allocating reintegration packages from the window: run in the background with live progress, review per
case and per partner, adjust, accept.

`run_allocation` is the module-level work (tests call it without a widget); the panel runs it through
`desktop.solver_run.SolverRun` (cancellation is the solver's `should_stop`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import words
from desktop.changes import Changes
from desktop.exports.allocations import proposed_sheet
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import money, month, number, stored_label
from desktop.models.rows import Index, RowsModel
from desktop.ops import run_op
from desktop.pages.reintegration_data import percent
from desktop.places import place_name
from desktop.service_text import error_text
from desktop.solver_run import Details, SolverRun, gap_box, lay_out_panel, limits_bar, seconds_box
from desktop.tasks import Cancelled, Task
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.messages import Message
from planning.reintegration import allocations, review
from planning.reintegration.allocation.from_database import Context
from planning.reintegration.allocation.instance import Instance, Option
from planning.reintegration.allocation.result import AllocationResult
from planning.reintegration.allocation.validator import Violation
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store

MONTHS = 12
FULL = QColor("#f6d5a8")
BUSY = QColor("#fbeccf")
SPARE = QColor("#e3f1e0")
UNMET = QColor("#6b6f75")


@dataclass(frozen=True)
class AllocationRun:
    """One run: its input, the solver's result, and the plan as the coordinator has adjusted it."""

    instance: Instance
    context: Context
    result: AllocationResult
    plan: frozenset[Option]
    violations: tuple[Violation, ...] = field(default=())

    @property
    def adjusted(self) -> bool:
        return self.plan != self.result.plan


def run_allocation(store: Store, *, months: int, time_limit: float, gap: float,
                   progress: object, should_stop: object) -> AllocationRun:
    """Build the instance from the database and allocate; `Cancelled` when stopped before a result."""
    from planning.reintegration.allocation.from_database import build_instance
    from planning.reintegration.allocation.isolated import allocate  # in its own process: a crash is a message

    instance, context = build_instance(store, months)
    if callable(should_stop) and should_stop():
        raise Cancelled
    result = allocate(instance, time_limit=time_limit, workers=2, gap=gap,
                      progress=progress if callable(progress) else None,
                      should_stop=should_stop if callable(should_stop) else None)
    return AllocationRun(instance, context, result, result.plan)


@dataclass(frozen=True)
class ReviewRow:
    """A planned package, or a need left unmet (package None)."""

    reference: str
    person: str
    kind: str
    need_id: int
    planned: review.PlannedPackage | None
    reason: Message | None = None  # why an unmet need is unmet (None: left unmet by hand)

    def note(self) -> str:
        """Why the need is unmet, in the interface language."""
        return words.message(self.reason) if self.reason is not None else tr("left unmet by hand")


class ReviewModel(RowsModel[ReviewRow]):
    def __init__(self) -> None:
        super().__init__((tr("Case"), tr("Person"), tr("Need"), tr("Package"), tr("Delivery"), tr("Partner"),
                          tr("In kind"), tr("Cash"), tr("Note")),
                         {4: tr("The month the partner delivers, within the package's lead time after arrival"),
                          8: tr("Kept: accepted before and unchanged. Unmet needs say why")})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        planned = row.planned
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.reference
            if column == 1:
                return row.person
            if column == 2:
                return stored_label(PackageKind, row.kind)
            if planned is None:
                return row.note() if column == 8 else ("—" if column == 3 else "")
            return (planned.package, month(planned.month), planned.partner, money(planned.in_kind),
                    money(planned.cash), tr("kept", "allocated package") if planned.kept
                    else tr("new", "allocated package"))[column - 3]
        if role == Qt.ItemDataRole.ForegroundRole and planned is None:
            return QBrush(UNMET)
        if role == Qt.ItemDataRole.FontRole and planned is None and column == 8:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8 and planned is None:
            return row.note()
        return None


class LoadModel(RowsModel[tuple[str, str, list[tuple[int, int]]]]):
    """Per partner and region, planned deliveries / places for each month of the horizon."""

    def __init__(self) -> None:
        super().__init__((tr("Partner"), tr("Region")))

    def set_load(self, instance: Instance, plan: frozenset[Option]) -> None:
        loads = review.partner_loads(instance, plan)
        months = [instance.month_start(m) for m in range(instance.months)]
        self.headers = (tr("Partner"), tr("Region"), *(month(m, short=True) for m in months))
        grid: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for load in loads:
            cells = grid.setdefault((load.partner, load.region), [(0, 0)] * len(months))
            offset = (load.month.year - months[0].year) * 12 + load.month.month - months[0].month
            cells[offset] = (load.planned, load.places)
        self.set_rows([(partner, region, cells) for (partner, region), cells in grid.items()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        partner, region, cells = self.rows[index.row()]
        column = index.column()
        if column < 2:
            return (partner, place_name(region))[column] if role == Qt.ItemDataRole.DisplayRole else None
        planned, places = cells[column - 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{number(planned)}/{number(places)}" if places or planned else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and places:
            return QBrush(FULL if planned >= places else BUSY if planned else SPARE)
        if role == Qt.ItemDataRole.ToolTipRole and places:
            return tr("%n package(s) planned of {places} place(s)", None, planned).format(places=number(places))
        return None


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


class AllocationPanel(QWidget):
    """Horizon and limits, Allocate / Cancel, live progress; the review beneath; adjust and accept."""

    finished = Signal()  # a run ended: shown, failed or cancelled
    cancelled = Signal()
    allocated = Signal(object)  # the AllocationRun shown
    accepted = Signal(object)  # allocations.Accepted
    adjust_requested = Signal(object, object)  # AllocationRun, ReviewRow

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.allocator: Callable[..., AllocationRun] = run_allocation
        self.run: AllocationRun | None = None
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(MONTHS)
        self.months.setSuffix(tr(" months"))
        self.time_limit = seconds_box(tr("The longest the solver may search; it stops earlier once proven within "
                                         "the gap"))
        self.gap = gap_box(1.0, 0.5)
        self.allocate_button = QPushButton(tr("Allocate"))
        self.allocate_button.setObjectName("primaryButton")
        self.allocate_button.setMinimumWidth(self.allocate_button.sizeHint().width() + 30)
        self.allocate_button.setToolTip(tr("Allocate packages to every assessed household with a planned or "
                                           "recorded arrival"))
        self.cancel_button = QPushButton(tr("Cancel"))
        bar = limits_bar(((tr("Deliveries over"), self.months), (tr("search at most"), self.time_limit),
                          (tr("stop within"), self.gap)), self.allocate_button, self.cancel_button)
        self.live = QLabel()
        self.live.setObjectName("liveLine")
        self.banner = Banner()
        self.solver_run = SolverRun(
            self, start_button=self.allocate_button, cancel_button=self.cancel_button, live=self.live,
            banner=self.banner, kind=f"reintegration-allocate-{id(self)}", time_limit=self.time_limit,
            show_live=self._show_live,
            crashed=tr("The allocation stopped on an unexpected error; nothing was changed."),
            cancelled=tr("Allocation cancelled; nothing was changed."))
        self.solver_run.finished.connect(self.finished)
        self.solver_run.cancelled.connect(self.cancelled)
        self.progress = self.solver_run.progress

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        #: The solver's figures (coverage points, proof, first come first served) under Details.
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setStyleSheet("color: palette(placeholder-text);")
        self.details = Details(self.figures)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by case, person, need or partner…"))
        self.filter.setClearButtonEnabled(True)
        self.review_model = ReviewModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.review_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.review = _table(self.proxy)
        self.review.setSortingEnabled(True)
        self.review.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.review.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.load_model = LoadModel()
        self.load = _table(self.load_model)
        self.load.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.adjust_button = QPushButton(tr("Change…"))
        self.adjust_button.setToolTip(tr("Another package or month for the chosen need, or leave it unmet"))
        self.remove_button = QPushButton(tr("Leave unmet"))
        self.accept_button = QPushButton(tr("Accept allocation"))
        self.accept_button.setObjectName("primaryButton")
        self.accept_button.setMinimumWidth(self.accept_button.sizeHint().width() + 30)
        self.export = ExportButton(store, ExportedList.ALLOCATIONS, self._export_request)
        self.export.setToolTip(tr("Save the proposed allocation, as filtered, as an Excel workbook or a CSV file"))
        actions = QHBoxLayout()
        actions.addWidget(self.filter, 1)
        for button in (self.export, self.adjust_button, self.remove_button, self.accept_button):
            actions.addWidget(button)
        review_box = QWidget()
        review_layout = QVBoxLayout(review_box)
        review_layout.setContentsMargins(0, 0, 0, 0)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.details, 0, Qt.AlignmentFlag.AlignTop)
        review_layout.addLayout(summary_row)
        review_layout.addWidget(self.figures)
        review_layout.addLayout(actions)
        review_layout.addWidget(self.review, 1)
        load_box = QWidget()
        load_layout = QVBoxLayout(load_box)
        load_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Partner load by month (planned / places)"))
        heading.setObjectName("sectionHeading")
        load_layout.addWidget(heading)
        load_layout.addWidget(self.load, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(review_box)
        splitter.addWidget(load_box)
        splitter.setSizes([430, 220])
        splitter.setChildrenCollapsible(False)
        self.stack = lay_out_panel(
            self, bar, self.solver_run, self.live, self.banner,
            tr("Press Allocate to propose packages for every assessed household with a planned or recorded arrival: "
               "needs covered first for vulnerable people and urgent needs, vocational training matched to the "
               "skills in demand where they settle, within the budgets, the ceilings per adult and dependant and the "
               "partners' places. Nothing is committed until you accept."), splitter)

        self.allocate_button.clicked.connect(self.start)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.review.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.review.doubleClicked.connect(lambda _index: self.request_adjust())
        self.adjust_button.clicked.connect(self.request_adjust)
        self.remove_button.clicked.connect(self.leave_unmet)
        self.accept_button.clicked.connect(self.accept)
        self._update_buttons()

    # --- running --------------------------------------------------------------------------------------

    @property
    def task(self) -> Task | None:
        """The allocation running, if any."""
        return self.solver_run.task

    def start(self) -> None:
        store, months, limit = self.store, self.months.value(), float(self.time_limit.value())
        gap, allocator = self.gap.value() / 100, self.allocator
        self.solver_run.start(
            lambda progress, should_stop: allocator(store, months=months, time_limit=limit, gap=gap,
                                                    progress=progress, should_stop=should_stop),
            reading=tr("Reading households, needs, catalogue, budgets and partners…"), on_result=self.show_run)

    def cancel(self) -> None:
        self.solver_run.cancel()

    def _show_live(self, best: int, bound: int, seconds: float) -> None:
        gap = (bound - best) / max(1, abs(best))
        self.live.setText(tr("Searching… best coverage so far <b>{best}</b> · proven bound {bound} · gap {gap} · "
                             "{seconds} s").format(best=number(best), bound=number(bound), gap=percent(gap, 2),
                                                   seconds=number(seconds, 1)))

    # --- showing --------------------------------------------------------------------------------------

    def show_run(self, run: AllocationRun) -> None:
        self.run = run
        instance, context, result = run.instance, run.context, run.result
        packages = review.planned(instance, context, run.plan)
        met = {p.option.need for p in packages}
        reasons = {u.need_id: u.reason for u in result.unmet}
        owners = instance.owners()
        rows = [ReviewRow(p.reference, p.person, p.kind, p.option.need, p) for p in packages]
        for need_id, (household, person, need) in owners.items():
            if need_id not in met:
                rows.append(ReviewRow(household.label, context.people.get(person.id, "?"), need.kind, need_id, None,
                                      reasons.get(need_id)))
        rows.sort(key=lambda r: (r.reference, r.person, r.planned is None, r.kind))
        self.review_model.set_rows(rows)
        self.load_model.set_load(instance, run.plan)
        self.stack.setCurrentIndex(1)
        self.summary.setText(self._summary_text(run))
        self.figures.setText(self._figures_text(run))
        if run.violations:
            self.banner.show_message(tr("The adjusted allocation breaks a rule and cannot be accepted: {rules}")
                                     .format(rules=words.value(tuple(v.line() for v in run.violations[:3]))))
        else:
            self.banner.clear_message()
        if not run.adjusted:
            self.live.setText(tr("Allocated in {seconds} s; review it, adjust if needed, then accept.")
                              .format(seconds=number(self.solver_run.elapsed(), 1)))
        self._update_buttons()
        self.allocated.emit(run)

    @staticmethod
    def _figures_text(run: AllocationRun) -> str:
        """The solver's own figures: coverage points, how close to the best it proved, against first come first
        served."""
        from planning.reintegration.allocation.objective import evaluate

        result, terms = run.result, evaluate(run.instance, run.plan)
        proven = (tr("proven optimal") if result.gap <= 0
                  else tr("proven within {gap} of optimal").format(gap=percent(result.gap, 2)))
        gain = (result.objective - result.greedy_objective) / max(1, abs(result.greedy_objective))
        coverage = tr("Coverage {points} points, {proven}; first come, first served would reach {greedy} ({gain})")
        lines = [coverage.format(points=number(result.objective), proven=proven, greedy=number(result.greedy_objective),
                                 gain=("+" if gain >= 0 else "-") + percent(abs(gain), 1))]
        if run.adjusted:
            lines.append(tr("Adjusted by hand: coverage now {points} points").format(points=number(terms.total)))
        return "<br>".join(lines)

    @staticmethod
    def _summary_text(run: AllocationRun) -> str:
        from planning.reintegration.allocation.objective import evaluate

        terms = evaluate(run.instance, run.plan)
        excluded = len(run.context.excluded)
        parts = [
            tr("<b>{met} of {needs}</b> needs met for %n household(s) (vulnerable people: {vulnerable_met} of "
               "{vulnerable}) · <b>{in_kind}</b> in kind, {cash} cash", None, len(run.instance.households)).format(
                met=number(terms.needs_met), needs=number(terms.needs),
                vulnerable_met=number(terms.vulnerable_needs_met), vulnerable=number(terms.vulnerable_needs),
                in_kind=money(terms.in_kind), cash=money(terms.cash)),
        ]
        if run.adjusted:
            parts.append("<span style='color:#1a5fb4'>{}</span>".format(tr("Adjusted by hand")))
        if run.context.orphaned:
            parts.append("<span style='color:#8c1d18'>{}</span>".format(
                tr("%n accepted package(s) of households that no longer have an arrival will be withdrawn when you "
                   "accept", None, len(run.context.orphaned))))
        if excluded:
            parts.append(tr("%n assessed case(s) not allocated: {cases}", None, excluded).format(
                cases=", ".join(f"{e.reference} ({words.message(e.reason)})" for e in run.context.excluded[:3])
                + (" …" if excluded > 3 else "")))
        return "<br>".join(parts)

    def _export_request(self) -> ExportRequest | None:
        """The proposed allocation as the filter shows it (not yet accepted)."""
        if self.run is None:
            return None
        shown = [self.review_model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                 for r in range(self.proxy.rowCount())]
        sheet = proposed_sheet(shown)
        typed = self.filter.text().strip()
        return ExportRequest(lambda: [sheet], f"proposed-allocation-{self.store.today().isoformat()}",
                             {"proposed": True, "adjusted": self.run.adjusted, **({"search": typed} if typed else {})})

    def selected(self) -> ReviewRow | None:
        rows = self.review.selectionModel().selectedRows()
        if not rows:
            return None
        return self.review_model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _update_buttons(self) -> None:
        row = self.selected()
        has_run = self.run is not None
        self.adjust_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and row.planned is not None)
        self.export.setEnabled(has_run)
        can_accept = has_run and self.run is not None and not self.run.violations
        self.accept_button.setEnabled(can_accept)
        self.accept_button.setToolTip("" if can_accept else tr("Allocate first (and fix any broken rule)"))

    # --- adjusting and accepting ------------------------------------------------------------------------

    def request_adjust(self) -> None:
        row = self.selected()
        if row is not None and self.run is not None:
            self.adjust_requested.emit(self.run, row)

    def apply_adjustment(self, need_id: int, replacement: Option | None) -> None:
        if self.run is None:
            return
        plan, violations = allocations.adjust(self.run.instance, self.run.plan, need_id, replacement)
        self.show_run(replace(self.run, plan=plan, violations=tuple(violations)))

    def leave_unmet(self) -> None:
        row = self.selected()
        if row is not None and row.planned is not None:
            self.apply_adjustment(row.need_id, None)

    def accept(self) -> None:
        run = self.run
        if run is None or run.violations:
            return
        store = self.store
        self.accept_button.setEnabled(False)
        run_op(self, lambda: allocations.accept(store, run.instance, run.plan),
               changes=Changes(cases=True, case_ids=frozenset(h.id for h in run.instance.households), origin=self),
               on_success=self._accepted, on_error=self._accept_failed, on_done=self._update_buttons)

    def _accepted(self, outcome: allocations.Accepted) -> None:
        self.run = None
        self.review_model.set_rows(())
        self.stack.setCurrentIndex(0)
        self.live.setText(tr("Accepted: %n package(s) added, {kept} kept, {withdrawn} withdrawn. The partners can "
                             "be told their deliveries.", None, outcome.added).format(
            kept=number(outcome.kept), withdrawn=number(outcome.cancelled)))
        self.accepted.emit(outcome)
        self._update_buttons()

    def _accept_failed(self, error: HomewardError) -> None:
        self.banner.show_message(error_text(error))
