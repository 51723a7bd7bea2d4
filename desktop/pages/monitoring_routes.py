"""Visit route planning: pick a region and a period, plan in the background, read the day plans, fix what was
left out (the household's place), save the printable day plan as a PDF or print it.

Opened from the Monitoring page as its own window (`VisitRoutesWindow`), so the due list stays at hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.field_office import FieldOfficeDialog
from desktop.dialogs.fields import DateField
from desktop.dialogs.household_place import HouseholdPlaceDialog
from desktop.exports.routes import route_sheets
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, number
from desktop.ops import run_op, run_query, show_known_error
from desktop.pages.monitoring_routes_result import DayPlanTree, LeftOutTable, duration
from desktop.pdf_pages import paint_pages, pdf_page_images
from desktop.places import country_name, place_name
from desktop.service_text import error_text
from desktop.solver_run import SolverRun
from monitoring.places import FieldOfficeView, HouseholdPlaceView, field_offices, office_for, place_of
from monitoring.routes import isolated
from monitoring.routes.from_database import (
    SERVICE_MINUTES,
    Area,
    PlannedRoutes,
    RouteRequest,
    areas,
    monitor_names,
    plan_routes,
)
from monitoring.routes.instance import RouteInstance
from monitoring.routes.plan import RoutePlan
from monitoring.routes.printout import route_printout
from planning.documents.printing import Printed
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.private_files import write_private
from planning.storage.store import Store

SOLVER_SECONDS = 5.0
FIELD_NAMES = {"first_day": QT_TR_NOOP("From"), "last_day": QT_TR_NOOP("To"),
               "monitors_per_day": QT_TR_NOOP("Monitors per day"), "day_end": QT_TR_NOOP("Working hours"),
               "day_start": QT_TR_NOOP("Working hours"), "service_minutes": QT_TR_NOOP("Visit minutes"),
               "region": QT_TR_NOOP("Region"), "country": QT_TR_NOOP("Country"), "monitors": QT_TR_NOOP("Monitors")}
#: Monday to Sunday, as the office's working days are shown.
WEEKDAYS = (QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"), QT_TR_NOOP("Fri"),
            QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"))
NOTICE_STYLE = "background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px;"
SUMMARY_STYLE = "font-size: 11pt; font-weight: 600;"


@dataclass(frozen=True)
class RoutesSetup:
    """What the form offers: the regions with active monitoring, the monitors, the field offices."""

    areas: list[Area]
    monitors: list[str]
    offices: list[FieldOfficeView]


def load_setup(store: Store) -> RoutesSetup:
    return RoutesSetup(areas(store), monitor_names(store), field_offices(store, active_only=True))


def save_printout(store: Store, planned: PlannedRoutes, path: Path) -> Printed:
    """Issue the day plan and write it to `path` (a known error when the file cannot be written)."""
    printed = route_printout(store, planned)
    try:
        write_private(path, printed.pdf)
    except OSError as error:
        raise HomewardError("save.not_written", path=str(path), reason=error.strerror or str(error)) from error
    return printed


class VisitRoutesPanel(QWidget):
    """Emits `ready()` once the form is filled, `planned(PlannedRoutes)` after each plan, `failed(str)` when a
    plan could not be made, `printed(Printed)` after Save as PDF or Print."""

    ready = Signal()
    planned = Signal(object)
    failed = Signal(str)
    printed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None, *, country: str | None = None,
                 region: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setup: RoutesSetup | None = None
        self.result: PlannedRoutes | None = None
        self.dialog: HouseholdPlaceDialog | FieldOfficeDialog | QPrintDialog | None = None
        self._wanted = (country, region)
        #: The routing solver, run in its own process: a crash there is a message on this page.
        self.solver: Callable[[RouteInstance, float], RoutePlan] = isolated.solve

        today = store.today()
        self.area = QComboBox()
        self.area.setMinimumWidth(320)
        self.first_day = DateField(today)
        self.last_day = DateField(today + timedelta(days=4))
        self.day_start = QTimeEdit(QTime(8, 0))
        self.day_end = QTimeEdit(QTime(16, 0))
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        self.monitors = QListWidget()
        self.monitors.setFixedHeight(74)
        self.monitors.setToolTip(tr("Tick the monitors who go out; their follow-ups and unassigned ones are planned"))
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 12)
        self.per_day.setSuffix(tr(" per day"))
        self.per_day.setToolTip(tr("With no monitor ticked: how many (unnamed) monitors go out each day"))
        self.visit_minutes = QSpinBox()
        self.visit_minutes.setRange(5, 480)
        self.visit_minutes.setSingleStep(5)
        self.visit_minutes.setValue(SERVICE_MINUTES)
        self.visit_minutes.setSuffix(tr(" min"))
        self.plan_button = QPushButton(tr("Plan routes"))
        self.plan_button.setDefault(True)
        self.plan_button.setEnabled(False)

        left = QFormLayout()
        left.addRow(tr("Region"), self.area)
        period = QHBoxLayout()
        period.addWidget(self.first_day)
        period.addWidget(QLabel(tr("to", "period")))
        period.addWidget(self.last_day)
        period.addStretch(1)
        left.addRow(tr("Period"), period)
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_end)
        hours.addSpacing(16)
        hours.addWidget(QLabel(tr("Visit")))
        hours.addWidget(self.visit_minutes)
        hours.addStretch(1)
        left.addRow(tr("Working hours"), hours)
        right = QFormLayout()
        right.addRow(tr("Monitors"), self.monitors)
        right.addRow(tr("Unnamed monitors"), self.per_day)
        form = QHBoxLayout()
        form.addLayout(left, 3)
        form.addLayout(right, 2)
        actions = QHBoxLayout()
        self.office_note = QLabel()
        self.office_note.setStyleSheet("color: palette(placeholder-text);")
        actions.addWidget(self.office_note, 1)
        self.office_button = QPushButton(tr("Field office…"))
        self.office_button.setToolTip(tr("The office routes start from: where it is, its working hours and days"))
        self.office_button.setEnabled(False)
        self.office_button.clicked.connect(self.edit_office)
        actions.addWidget(self.office_button)
        self.banner = Banner()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.summary = QLabel(tr("Choose a region and a period, then plan the routes."))
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setWordWrap(True)
        # the routing solver runs to its limit and tells nothing on the way: a busy bar, no Cancel
        self.solver_run = SolverRun(self, start_button=self.plan_button, live=self.summary, banner=self.banner,
                                    kind=f"visit-routes-{id(self)}", crashed=None)
        self.solver_run.finished.connect(self._update_plan_button)
        self.busy = self.solver_run.progress
        self.busy.setMaximumWidth(160)
        actions.addSpacing(12)
        actions.addWidget(self.busy)
        actions.addWidget(self.plan_button)

        self.days = DayPlanTree()
        self.days.place_requested.connect(self.edit_place)
        self.left_out = LeftOutTable()
        self.left_out.place_requested.connect(self.edit_place)
        self.left_out.itemSelectionChanged.connect(lambda: self._left_selection())
        self.left_title = QLabel(tr("Not on these routes"))
        self.left_title.setStyleSheet("font-weight: 600;")
        self.place_button = QPushButton(tr("Edit the household's place…"))
        self.place_button.setEnabled(False)
        self.place_button.clicked.connect(self.left_out.request_selected)
        left_head = QHBoxLayout()
        left_head.addWidget(self.left_title, 1)
        left_head.addWidget(self.place_button)
        left_box = QWidget()
        left_layout = QVBoxLayout(left_box)
        left_layout.setContentsMargins(0, 4, 0, 0)
        left_layout.addLayout(left_head)
        left_layout.addWidget(self.left_out)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.days)
        body.addWidget(left_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)

        self.save_button = QPushButton(tr("Save as PDF…"))
        self.print_button = QPushButton(tr("Print…"))
        self.export = ExportButton(store, ExportedList.VISIT_ROUTES, self._export_request)
        for button in (self.save_button, self.print_button, self.export):
            button.setEnabled(False)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_plan)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.export)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

        self.area.currentIndexChanged.connect(lambda _index: self._area_changed())
        self.plan_button.clicked.connect(self.plan)
        run_query(self, lambda: load_setup(store), self._fill, kind="visit-routes-setup")

    # -- the form --------------------------------------------------------------------------------
    def _fill(self, setup: RoutesSetup) -> None:
        ticked = set(self.chosen_monitors()) if self.setup is not None else {self.store.actor.username}
        self.setup = setup
        self.area.blockSignals(True)
        self.area.clear()
        for area in setup.areas:
            office = place_name(area.office) or tr("no field office yet")
            self.area.addItem(f"{country_name(area.country, area.country_name)} — {place_name(area.region)}   ·   "
                              f"{office}", (area.country, area.region))
        country, region = self._wanted
        for index, area in enumerate(setup.areas):
            if area.country == country and (region is None or area.region.casefold() == region.casefold()):
                self.area.setCurrentIndex(index)
                break
        self.area.blockSignals(False)
        self.monitors.clear()
        self.monitors.setEnabled(True)
        for name in setup.monitors:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.monitors.addItem(item)
        if not setup.monitors:
            self.monitors.addItem(QListWidgetItem(tr("No monitor accounts: plan for unnamed monitors")))
            self.monitors.setEnabled(False)
        self.plan_button.setEnabled(bool(setup.areas))
        if not setup.areas:
            self.summary.setText(tr("No region has active monitoring plans: there are no visits to route."))
        self._area_changed()
        self.ready.emit()

    def chosen_area(self) -> Area | None:
        index = self.area.currentIndex()
        if self.setup is None or not 0 <= index < len(self.setup.areas):
            return None
        return self.setup.areas[index]

    def select_area(self, country: str, region: str) -> None:
        for index, area in enumerate(self.setup.areas if self.setup else []):
            if area.country == country and area.region.casefold() == region.casefold():
                self.area.setCurrentIndex(index)
                return

    def _office(self) -> FieldOfficeView | None:
        area = self.chosen_area()
        if area is None or self.setup is None:
            return None
        return office_for([o for o in self.setup.offices if o.country == area.country], area.region)

    def _area_changed(self) -> None:
        office = self._office()
        self.office_button.setEnabled(self.chosen_area() is not None)
        if office is None:
            self.office_note.setText(tr("No field office serves this region: record one before planning."))
            return
        self.day_start.setTime(QTime(office.opens_at.hour, office.opens_at.minute))
        self.day_end.setTime(QTime(office.closes_at.hour, office.closes_at.minute))
        days = ", ".join(tr(WEEKDAYS[d - 1]) for d in office.working_days)
        self.office_note.setText(tr("Routes start and end at {office} ({hours}; {days}).")
                                 .format(office=place_name(office.name), hours=office.hours, days=days))

    def edit_office(self) -> None:
        area = self.chosen_area()
        if area is None:
            return
        dialog = FieldOfficeDialog(self.store, area.country, area.region, self._office(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _office_id: self._office_saved(area))
        self.dialog = dialog
        dialog.open()

    def _office_saved(self, area: Area) -> None:
        self._wanted = (area.country, area.region)
        store = self.store
        run_query(self, lambda: load_setup(store), self._fill, kind="visit-routes-setup")

    def chosen_monitors(self) -> tuple[str, ...]:
        if not self.monitors.isEnabled():
            return ()
        return tuple(self.monitors.item(i).text() for i in range(self.monitors.count())
                     if self.monitors.item(i).checkState() == Qt.CheckState.Checked)

    def request(self) -> RouteRequest | None:
        area = self.chosen_area()
        if area is None:
            return None
        start, end = self.day_start.time(), self.day_end.time()
        return RouteRequest(area.country, area.region, self.first_day.value(), self.last_day.value(),
                            self.chosen_monitors(), self.per_day.value(), time(start.hour(), start.minute()),
                            time(end.hour(), end.minute()), self.visit_minutes.value())

    # -- planning --------------------------------------------------------------------------------
    def plan(self) -> None:
        request = self.request()
        if request is None:
            return
        store, solver = self.store, self.solver
        self.solver_run.start(
            lambda _progress, _should_stop: plan_routes(store, request, time_limit_seconds=SOLVER_SECONDS,
                                                        solver=solver),
            reading=tr("Planning the routes for {region}, {first} to {last}…").format(
                region=place_name(request.region), first=day(request.first_day), last=day(request.last_day)),
            on_result=self.show_plan, on_error=self._failed)

    def _update_plan_button(self) -> None:
        self.plan_button.setEnabled(self.setup is not None and bool(self.setup.areas))

    def _failed(self, error: HomewardError) -> None:
        message = error_text(error)
        field, sep, rest = message.partition(": ")
        if sep and field in FIELD_NAMES:
            message = f"{tr(FIELD_NAMES[field])}: {rest}"
        self.banner.show_message(message)
        self.summary.setText(tr("No plan for this choice."))
        self.failed.emit(message)

    def show_plan(self, planned: PlannedRoutes) -> None:
        self.result = planned
        problem = planned.problem
        days_used = len({d.day for d in planned.days})
        parts = [tr("{visits} over {days}").format(
                     visits=tr("{scheduled} of %n due visit(s) planned", None, planned.visits_due)
                     .format(scheduled=number(planned.visits_scheduled)),
                     days=tr("%n day(s)", None, days_used)),
                 tr("{duration} on the road").format(duration=duration(planned.plan.total_travel_minutes))]
        if planned.left_out:
            parts.append(tr("%n left out (below)", None, len(planned.left_out)))
        if problem.days_off:
            parts.append(tr("office closed {days}").format(
                days=", ".join(f"{tr(WEEKDAYS[d.isoweekday() - 1])} {number(d.day)}" for d in problem.days_off)))
        self.summary.setText(" · ".join(parts) if planned.visits_due else
                             tr("No visit is due in {region} by {date}.")
                             .format(region=place_name(problem.request.region), date=day(problem.request.last_day)))
        self.days.show_days(planned)
        self.left_out.show_left_out(planned.left_out)
        self.left_title.setText(tr("Not on these routes ({count})").format(count=number(len(planned.left_out)))
                                if planned.left_out else tr("Not on these routes: none — every due visit is planned"))
        self._left_selection()
        for button in (self.save_button, self.print_button, self.export):
            button.setEnabled(bool(planned.days or planned.left_out))
        self.planned.emit(planned)

    def _export_request(self) -> ExportRequest | None:
        """The routes shown, and the visits left off them."""
        planned = self.result
        if planned is None:
            return None
        request = planned.problem.request
        sheets = route_sheets(planned)
        return ExportRequest(lambda: sheets, f"visit-routes-{request.region}-{request.first_day.isoformat()}",
                             {"country": request.country, "region": request.region,
                              "from": request.first_day.isoformat(), "to": request.last_day.isoformat()})

    # -- fixing places ---------------------------------------------------------------------------
    def _left_selection(self) -> None:
        self.place_button.setEnabled(self.left_out.selected() is not None)

    def edit_place(self, case_id: int) -> None:
        store = self.store
        run_query(self, lambda: place_of(store, case_id), self._open_place, kind="visit-routes-place")

    def _open_place(self, place: HouseholdPlaceView) -> None:
        dialog = HouseholdPlaceDialog(self.store, place, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _version: self._place_saved(place))
        self.dialog = dialog
        dialog.open()

    def _place_saved(self, place: HouseholdPlaceView) -> None:
        self.notice.setText(tr("Place of {reference} ({name}) saved; the routes are planned again.")
                            .format(reference=place.reference, name=place.head_name))
        self.notice.show()
        if self.result is not None:
            self.plan()

    # -- PDF and printing ------------------------------------------------------------------------
    def save_pdf(self) -> None:
        planned = self.result
        if planned is None:
            return
        request = planned.problem.request
        name = f"visit-routes-{planned.problem.office.country}-{request.region}-{request.first_day}.pdf"
        suggested = str(Path.home() / name.replace(" ", "-"))
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the day plan"), suggested,
                                                    tr("PDF document (*.pdf)"))
        if path:
            self.save_pdf_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_pdf_to(self, path: Path) -> None:
        planned = self.result
        if planned is None:
            return
        store = self.store
        self.save_button.setEnabled(False)

        def done(printed: Printed) -> None:
            self.save_button.setEnabled(True)
            self.notice.setText(tr("Saved {path} — reference {reference}, verification code {code}.")
                                .format(path=path, reference=printed.reference, code=printed.code))
            self.notice.show()
            self.printed.emit(printed)

        def failed(error: HomewardError) -> None:
            self.save_button.setEnabled(True)
            show_known_error(self, error)

        run_op(self, lambda: save_printout(store, planned, path), on_success=done, on_error=failed)

    def print_plan(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Issue the day plan, render its pages in the background and send them to `printer`."""
        planned = self.result
        if planned is None:
            return
        store = self.store
        self.print_button.setEnabled(False)

        def issue_and_render() -> tuple[Printed, list[QImage]]:
            printed = route_printout(store, planned)
            return printed, pdf_page_images(printed.pdf)

        def done(result: tuple[Printed, list[QImage]]) -> None:
            self.print_button.setEnabled(True)
            printed, images = result
            if not paint_pages(printer, images):
                show_known_error(self, HomewardError("printer.not_started"))
                return
            self.notice.setText(tr("Sent %n page(s) to the printer — verification code {code}.", None, len(images))
                                .format(code=printed.code))
            self.notice.show()
            self.printed.emit(printed)

        def failed(error: HomewardError) -> None:
            self.print_button.setEnabled(True)
            show_known_error(self, error)

        run_op(self, issue_and_render, on_success=done, on_error=failed)


class VisitRoutesWindow(QDialog):
    """The planner in a window of its own, beside the Monitoring page."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, country: str | None = None,
                 region: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Visit routes"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.panel = VisitRoutesPanel(store, self, country=country, region=region)
        layout = QVBoxLayout(self)
        title = QLabel(tr("Visit routes — the due visits of a region, as day plans per monitor"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self.panel, 1)
        self.resize(1180, 760)

