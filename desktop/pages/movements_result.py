"""A plan the planner proposed: how good it is, who goes on which movement, who is left out and why.

The coordinator may lock, move or remove a planned booking before accepting: the edits change a local
copy of the assignments, which the independent validator checks again on every edit; accepting writes
the plan through `accept_plan`, which re-checks every placement in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import words
from desktop.changes import Changes
from desktop.exports.plan import plan_sheets
from desktop.exports.running import ExportButton, ExportRequest
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label, number, when
from desktop.ops import run_op
from desktop.pages.case_file_common import heading, hint, select_row, selected_key, table
from desktop.places import country_name
from desktop.service_text import error_text
from desktop.solver_run import Details
from planning.errors import HomewardError
from planning.exports.files import ExportedList
from planning.messages import Message
from planning.scheduling import proof, validator
from planning.scheduling.acceptance import AcceptedPlan, PlanRefused, accept_plan
from planning.scheduling.instance import CaseDemand, MovementSupply
from planning.scheduling.result import Move, Status
from planning.scheduling.validator import Violation
from planning.storage.store import Store

if TYPE_CHECKING:
    from desktop.pages.movements_plan import PlanRun

LINK = "#1a5fb4"
REMOVED = QT_TR_NOOP("Taken out of the plan by you")
STATUS_COLOURS = {Status.OPTIMAL: "#1e7b34", Status.FEASIBLE: "#a15c00", Status.INFEASIBLE: "#b3261e",
                  Status.UNKNOWN: "#b3261e"}
OK_STYLE = "background: #e6f4ea; color: #1e4620; padding: 6px 8px; border-radius: 4px;"
CHIP = "padding: 2px 8px; border-radius: 9px; color: white; background: {colour}; font-weight: 600;"


def link_item(text: str, key: object) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setForeground(QBrush(QColor(LINK)))
    font = QFont()
    font.setUnderline(True)
    item.setFont(font)
    item.setToolTip(tr("Double-click to open the case file"))
    return item


def set_rows(widget: QTableWidget, rows: Sequence[tuple[object, Sequence[str]]], links: bool = False) -> None:
    """Fill a table whose first column carries the row's key (a case reference as a link when `links`)."""
    keep = selected_key(widget)
    widget.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            if c == 0 and links:
                item = link_item(text, key)
            else:
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(text)
            if text[:1].isdigit() and c > 0 and len(text) < 8:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    keys = [key for key, _ in rows]
    if keep in keys:
        select_row(widget, keys.index(keep))


class MoveInPlanDialog(QDialog):
    """Choose another movement for a household in the plan (or place an unplaced one)."""

    def __init__(self, title: str, choices: Sequence[tuple[int, str]], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.target = QComboBox()
        self.target.setAccessibleName(tr("Movement"))
        for movement_id, text in choices:
            self.target.addItem(text, movement_id)
        if current is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(current)))
        note = QLabel(tr("The plan is checked again as soon as you choose: readiness on the new date, seats and "
                         "escort places. Nothing is booked until you accept the plan."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Movement"), self.target)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        data = self.target.currentData()
        return data if isinstance(data, int) else None


class PlanResultView(QWidget):
    case_opened = Signal(int)
    edited = Signal()  # the local plan changed and was validated again
    accepted = Signal(object)  # AcceptedPlan
    refused = Signal(str)  # why acceptance failed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run: PlanRun | None = None
        self.assignments: dict[int, int] = {}
        self.moves: dict[int, Move] = {}  # the existing bookings the plan moves, and why
        self.protected: dict[int, Message] = {}
        self.reasons: dict[int, Message] = {}  # why the planner left each household out
        self.locked: set[int] = set()
        self.was_locked: frozenset[int] = frozenset()  # locked in the database when the plan was made
        self.removed: set[int] = set()
        self.violations: list[Violation] = []
        self.is_accepted = False
        self.dialog: QDialog | None = None
        self.waited: float | None = None

        self.status = QLabel()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.terms = hint("")
        #: What a coordinator needs first: how many people are placed and how many not; the solver's figures
        #: (objective, proof) are under Details.
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.details = Details(self.terms)
        self.input = hint("")
        self.violation_banner = Banner()
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.RichText)
        self.refusal.setStyleSheet("background: #fde7e9; color: #8c1d18; padding: 6px 8px; border-radius: 4px;")
        self.refusal.linkActivated.connect(self._open_link)
        self.refusal.hide()
        self.done = QLabel()
        self.done.setWordWrap(True)
        self.done.setStyleSheet(OK_STYLE)
        self.done.hide()

        self.movement_table = table((tr("Movement"), tr("Departure (UTC)"), tr("Country"), tr("Households"),
                                     tr("People"), tr("Seats free"), tr("Escorts free")), stretch=None)
        header = self.movement_table.horizontalHeaderItem(6)
        if header is not None:
            header.setToolTip(tr("Free escort places after the plan: medical / for minors"))
        self.movement_table.setAccessibleName(tr("Movements in the plan"))
        self.movement_table.itemSelectionChanged.connect(self._show_passengers)
        self.passenger_table = table((tr("Case"), tr("Household"), tr("People"), tr("Vulnerable"), tr("Waiting"),
                                      tr("Change"), tr("Locked")), stretch=1)
        self.passenger_table.setAccessibleName(tr("Planned passengers"))
        self.passenger_table.cellDoubleClicked.connect(lambda r, _c: self._open_row(self.passenger_table, r))
        self.passenger_table.itemSelectionChanged.connect(self._update_buttons)
        self.passenger_title = heading(tr("Planned passengers"))
        self.lock_button = QPushButton(tr("Lock"))
        self.lock_button.setToolTip(tr("Lock this booking when the plan is accepted: the planner keeps it next time"))
        self.move_button = QPushButton(tr("Move…"))
        self.remove_button = QPushButton(tr("Take out of plan"))
        self.remove_button.setObjectName("dangerButton")
        self.lock_button.clicked.connect(self.toggle_lock)
        self.move_button.clicked.connect(self.move_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        self.unplaced_title = heading(tr("Not placed"))
        self.unplaced_table = table((tr("Case"), tr("Household"), tr("People"), tr("Why not placed")), stretch=3)
        self.unplaced_table.setAccessibleName(tr("Households not placed"))
        self.unplaced_table.cellDoubleClicked.connect(lambda r, _c: self._open_row(self.unplaced_table, r))
        self.unplaced_table.itemSelectionChanged.connect(self._update_buttons)
        self.place_button = QPushButton(tr("Place on…"))
        self.place_button.setToolTip(tr("Put this household on a movement in the plan; it is validated at once"))
        self.place_button.clicked.connect(self.place_selected)

        self.accept_button = QPushButton(tr("Accept plan"))
        self.accept_button.setObjectName("primaryButton")
        self.reset_button = QPushButton(tr("Undo my changes"))
        self.accept_button.clicked.connect(self.accept_plan)
        self.reset_button.clicked.connect(self.reset)

        head = QHBoxLayout()
        head.addWidget(self.status)
        head.addWidget(self.summary, 1)
        self.export = ExportButton(store, ExportedList.PLAN, self._export_request)
        self.export.setEnabled(False)
        head.addWidget(self.reset_button)
        head.addWidget(self.export)
        head.addWidget(self.accept_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(tr("Movements in the plan")))
        left_layout.addWidget(self.movement_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.passenger_title)
        right_layout.addWidget(self.passenger_table, 1)
        actions = QHBoxLayout()
        for button in (self.lock_button, self.move_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([640, 640])
        top.setChildrenCollapsible(False)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.unplaced_title)
        bottom_layout.addWidget(self.unplaced_table, 1)
        place = QHBoxLayout()
        place.addWidget(self.place_button)
        place.addStretch(1)
        bottom_layout.addLayout(place)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setSizes([420, 220])
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        headline = QHBoxLayout()
        headline.addWidget(self.headline, 1)
        headline.addWidget(self.details)
        layout.addLayout(headline)
        layout.addWidget(self.terms)
        layout.addWidget(self.input)
        layout.addWidget(self.violation_banner)
        layout.addWidget(self.refusal)
        layout.addWidget(self.done)
        layout.addWidget(body, 1)

    # --- showing a run ---------------------------------------------------------------------------

    def show_run(self, run: PlanRun, seconds: float | None = None) -> None:
        """Show a plan; `seconds`: how long the coordinator waited for it, from the click (else the solve's)."""
        self.run = run
        if seconds is not None:
            self.waited = seconds
        self.assignments = dict(run.result.assignments)
        self.moves = {m.case_id: m for m in run.result.moves}
        self.reasons = {u.case_id: u.reason for u in run.result.unplaced}
        self.locked = {c.id for c in run.instance.cases if c.locked}
        # A booking the planner kept because it is protected (letter issued, departing soon) is no lock in the
        # database: unlocking it here frees it for the next plan, moving it here frees it for this one.
        self.protected = {c.id: c.protected for c in run.instance.cases if c.protected is not None}
        self.was_locked = frozenset(self.locked - set(self.protected))
        self.removed = set()
        self.is_accepted = False
        self.export.setEnabled(True)
        self.done.hide()
        self.refusal.hide()
        result, report = run.result, run.report
        text, colour = label(result.status), STATUS_COLOURS[result.status]
        if result.status is Status.OPTIMAL and result.gap > 0:  # stopped at the gap asked for
            # the figure the proof's line gives (rounded up to a tenth, never smaller than it is)
            text = tr("Proven within {percent}% of optimal").format(percent=words.value(proof.percent(result.gap)))
        self.status.setText(text)
        self.status.setStyleSheet(CHIP.format(colour=colour))
        terms = " · ".join(f"{in_sentence(term)} {number(value)} €" for term, value in result.named_terms.items())
        self.terms.setText(" · ".join([
            words.message(proof.summary(result)),
            tr("waiting and cost {objective} € ({terms})").format(objective=number(result.objective), terms=terms),
            tr("solved in {seconds} s").format(seconds=number(result.wall_seconds, 2))]))
        waited = self.waited if self.waited is not None else result.wall_seconds
        lines = [tr("Why some are not placed: see “Not placed” below")] if result.terms.unplaced_people else []
        lines.append(tr("planned in {seconds} s").format(seconds=number(waited, 1)))
        self.headline.setText(" · ".join(lines))
        self.terms.setToolTip(tr("First the most people placed, a vulnerable person counting twice; then, for that "
                                 "many, the least waiting (€30 a person-day, more after long waits), cost and moves "
                                 "of existing bookings. 'Proven' means no plan does better."))
        parts = [
            tr("Departures {start} to {end}: {households}, {people}").format(
                start=day(run.start), end=day(run.end),
                households=tr("%n ready household(s)", None, report.cases),
                people=tr("%n people", None, report.people)),
            tr("{movements} with {seats}").format(movements=tr("%n movement(s)", None, report.movements),
                                                  seats=tr("%n seats", None, report.seats)),
            tr("%n household(s) with no movement their readiness allows", None, report.not_ready)]
        if report.excluded:
            parts.append(tr("%n left out (see tooltip)", None, len(report.excluded)))
        self.input.setText(" · ".join(parts))
        self.input.setToolTip("\n".join([f"{e.reference}: {words.message(e.reason)}" for e in report.excluded]
                                        + [words.message(w) for w in report.warnings]))
        self._validate()
        if self.movement_table.rowCount() and not self.movement_table.selectionModel().selectedRows():
            select_row(self.movement_table, 0)

    def _export_request(self) -> ExportRequest | None:
        """The plan as shown now, edits included: placed, and not placed with why."""
        run = self.run
        if run is None:
            return None
        sheets = plan_sheets(self)
        return ExportRequest(lambda: sheets, f"plan-{run.start.isoformat()}-{run.end.isoformat()}",
                             {"from": run.start.isoformat(), "to": run.end.isoformat(),
                              "edited": self.assignments != run.result.assignments or bool(self.removed)})

    def reset(self) -> None:
        if self.run is not None and not self.is_accepted:
            self.show_run(self.run)

    def _validate(self) -> None:
        run = self.run
        if run is None:
            return
        freed = set(self.protected) - self.locked
        instance = run.instance if not freed else replace(run.instance, cases=tuple(
            replace(c, locked=False) if c.id in freed else c for c in run.instance.cases))
        self.violations = validator.check(instance, self.assignments)
        if self.violations:
            self.violation_banner.show_message(
                tr("This plan breaks a rule and cannot be accepted as it is:") + "\n"
                + "\n".join(f"• {self._readable(v)}" for v in self.violations))
        else:
            self.violation_banner.clear_message()
        self._fill()
        self.edited.emit()

    def _readable(self, violation: Violation) -> str:
        return words.message(violation.message)

    def _fill(self) -> None:
        run = self.run
        if run is None:
            return
        instance = run.instance
        cases = {c.id: c for c in instance.cases}
        on: dict[int, list[CaseDemand]] = defaultdict(list)
        for case_id, movement_id in self.assignments.items():
            on[movement_id].append(cases[case_id])
        placed = [cases[c] for c in self.assignments]
        people = sum(c.people for c in placed)
        left = [c for c in instance.cases if c.id not in self.assignments]
        moved = sum(1 for c in placed if c.current is not None and self.assignments[c.id] != c.current)
        edited = self.assignments != run.result.assignments or bool(self.removed)
        self.summary.setText(" · ".join([
            tr("<b>{people}</b> in {households}").format(
                people=tr("%n people placed", None, people),
                households=tr("%n household(s)", None, len(placed))),
            tr("<b>{people}</b> ({households})").format(
                people=tr("%n people not placed", None, sum(c.people for c in left)),
                households=tr("%n household(s)", None, len(left))),
            tr("%n existing booking(s) moved", None, moved),
            *([tr("<i>edited by you</i>")] if edited else [])]))
        rows = []
        for movement in sorted(instance.movements, key=lambda m: (m.day, m.label)):
            aboard = on.get(movement.id, [])
            view = run.movements.get(movement.id)
            departs = when(view.departure_at) if view else day(instance.start + timedelta(days=movement.day))
            seats = movement.seats - sum(c.people for c in aboard)
            medical = movement.medical_escort_places - sum(c.medical_escorts for c in aboard)
            minor = movement.minor_escort_places - sum(c.minor_escorts for c in aboard)
            country = country_name(view.country, view.country_name) if view else country_name(movement.country)
            rows.append((movement.id, (movement.label or str(movement.id), departs, country, str(len(aboard)),
                                       str(sum(c.people for c in aboard)), str(seats),
                                       f"{medical} / {minor}")))
        set_rows(self.movement_table, rows)
        for r, (movement_id, cells) in enumerate(rows):
            if int(cells[5]) < 0:
                item = self.movement_table.item(r, 5)
                if item is not None:
                    item.setForeground(QBrush(QColor("#b3261e")))
            if not on.get(movement_id):
                for c in range(self.movement_table.columnCount()):
                    item = self.movement_table.item(r, c)
                    if item is not None:
                        item.setForeground(QBrush(QColor("#80868b")))
        unplaced = []
        for case in self.left_out():
            unplaced.append((case.id, (self._reference(case), self._head(case), str(case.people),
                                       self.why_not_placed(case))))
        set_rows(self.unplaced_table, unplaced, links=True)
        self.unplaced_title.setText(tr("Not placed ({households}, {people})").format(
            households=tr("%n household(s)", None, len(left)),
            people=tr("%n people", None, sum(c.people for c in left))))
        self._show_passengers()

    def _reference(self, case: CaseDemand) -> str:
        return case.label or str(case.id)

    def _head(self, case: CaseDemand) -> str:
        row = self.run.cases.get(case.id) if self.run else None
        return row.head_name if row else ""

    def selected_movement(self) -> MovementSupply | None:
        key = selected_key(self.movement_table)
        if self.run is None or not isinstance(key, int):
            return None
        return next((m for m in self.run.instance.movements if m.id == key), None)

    def _show_passengers(self) -> None:
        run = self.run
        movement = self.selected_movement()
        if run is None or movement is None:
            self.passenger_title.setText(tr("Planned passengers"))
            self.passenger_table.setRowCount(0)
            self._update_buttons()
            return
        self.passenger_title.setText(tr("Planned passengers of {movement}").format(movement=movement.label))
        aboard = [c for c in run.instance.cases if self.assignments.get(c.id) == movement.id]
        rows = []
        for case in sorted(aboard, key=lambda c: c.label):
            waiting = movement.day - case.decided_day
            rows.append((case.id, (self._reference(case), self._head(case), str(case.people),
                                   str(case.vulnerable_people) if case.vulnerable_people else "",
                                   tr("%n day(s)", None, waiting), self.change_text(case, movement),
                                   self._lock_text(case.id))))
        set_rows(self.passenger_table, rows, links=True)
        self._update_buttons()

    def left_out(self) -> list[CaseDemand]:
        """The households the plan (as edited) leaves out, the most vulnerable and longest waiting first."""
        if self.run is None:
            return []
        left = [c for c in self.run.instance.cases if c.id not in self.assignments]
        return sorted(left, key=lambda c: (-c.vulnerable_people, c.decided_day, c.label))

    def why_not_placed(self, case: CaseDemand) -> str:
        assert self.run is not None
        why = self.reasons.get(case.id)
        reason = (tr(REMOVED) if case.id in self.removed
                  else words.message(why) if why is not None else tr("Not placed in this plan"))
        if case.current is not None:
            reason += tr(" — its booking on {movement} will be cancelled").format(
                movement=self.run.instance.movement(case.current).label)
        return reason

    def change_text(self, case: CaseDemand, movement: MovementSupply) -> str:
        """What the plan does to the household's booking: new, kept, or moved (and why)."""
        assert self.run is not None
        if case.current is None:
            return tr("New booking")
        if case.current == movement.id:
            return tr("Stays booked")
        move = self.moves.get(case.id)
        return words.message(proof.move_line(self.run.instance, move)) if move is not None else \
            tr("Moved from {movement}").format(movement=self.run.instance.movement(case.current).label)

    def _lock_text(self, case_id: int) -> str:
        why = self.protected.get(case_id)
        if why is not None:
            return (tr("Kept: {why}").format(why=words.message(why)) if case_id in self.locked
                    else tr("Freed: plan again to let the planner move it"))
        return tr("Locked") if case_id in self.locked else ""

    @property
    def freed(self) -> frozenset[int]:
        """Protected bookings the coordinator freed: the next plan may move them."""
        return frozenset(set(self.protected) - self.locked)

    def _update_buttons(self) -> None:
        editable = self.run is not None and not self.is_accepted
        planned = selected_key(self.passenger_table) if self.passenger_table.rowCount() else None
        has = editable and isinstance(planned, int) and planned in self.assignments
        self.lock_button.setEnabled(has)
        self.lock_button.setText(tr("Unlock") if has and planned in self.locked else tr("Lock"))
        self.move_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        unplaced = selected_key(self.unplaced_table) if self.unplaced_table.rowCount() else None
        self.place_button.setEnabled(editable and isinstance(unplaced, int) and unplaced not in self.assignments)
        self.reset_button.setEnabled(editable)
        self.accept_button.setEnabled(editable and not self.violations)
        self.accept_button.setToolTip(tr("Fix the rules the plan breaks first") if self.violations else
                                      tr("Book every household of the plan (all of them or none)"))

    # --- editing the plan locally ---------------------------------------------------------------

    def _selected_planned(self) -> CaseDemand | None:
        key = selected_key(self.passenger_table)
        if self.run is None or not isinstance(key, int) or key not in self.assignments:
            return None
        return next(c for c in self.run.instance.cases if c.id == key)

    def toggle_lock(self) -> None:
        case = self._selected_planned()
        if case is None:
            return
        self.locked ^= {case.id}
        self._show_passengers()

    def remove_selected(self) -> None:
        case = self._selected_planned()
        if case is None:
            return
        self.assignments.pop(case.id, None)
        self.locked.discard(case.id)
        self.removed.add(case.id)
        self._validate()

    def move_selected(self) -> None:
        case = self._selected_planned()
        if case is not None:
            self._choose(case, tr("Move {reference} to").format(reference=self._reference(case)))

    def place_selected(self) -> None:
        key = selected_key(self.unplaced_table)
        if self.run is None or not isinstance(key, int):
            return
        case = next(c for c in self.run.instance.cases if c.id == key)
        self._choose(case, tr("Place {reference} on").format(reference=self._reference(case)))

    def choices(self, case: CaseDemand) -> list[tuple[int, str]]:
        """The movements home for the household, with seats free in the plan and whether readiness allows."""
        run = self.run
        assert run is not None
        cases = {c.id: c for c in run.instance.cases}
        taken: dict[int, int] = defaultdict(int)
        for case_id, movement_id in self.assignments.items():
            if case_id != case.id:
                taken[movement_id] += cases[case_id].people
        found = []
        for movement in sorted(run.instance.movements, key=lambda m: (m.day, m.label)):
            if movement.country != case.country:
                continue
            view = run.movements.get(movement.id)
            departs = when(view.departure_at) if view else tr("day {number}").format(number=movement.day)
            free = movement.seats - taken[movement.id]
            parts = [movement.label, departs, tr("%n seat(s) free", None, free)]
            if movement.id not in case.allowed:
                parts.append(tr("readiness does not allow this date"))
            found.append((movement.id, " — ".join(parts)))
        return found

    def _choose(self, case: CaseDemand, title: str) -> None:
        dialog = MoveInPlanDialog(title, self.choices(case), self.assignments.get(case.id), self)
        dialog.accepted.connect(lambda: self._moved(case.id, dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def _moved(self, case_id: int, movement_id: int | None) -> None:
        if movement_id is None:
            return
        if self.assignments.get(case_id) != movement_id:
            self.locked.discard(case_id)  # a lock keeps a booking where it is; moving it lifts the lock
        self.assignments[case_id] = movement_id
        self.removed.discard(case_id)
        self._validate()
        for row in range(self.movement_table.rowCount()):
            item = self.movement_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == movement_id:
                select_row(self.movement_table, row)

    # --- accepting ------------------------------------------------------------------------------

    def accept_plan(self) -> None:
        run = self.run
        if run is None or self.violations or self.is_accepted:
            return
        self.refusal.hide()
        self.accept_button.setEnabled(False)
        store, instance = self.store, run.instance
        assignments = dict(self.assignments)
        locks, unlocks = self.locked - self.was_locked - set(self.protected), self.was_locked - self.locked
        run_op(self, lambda: accept_plan(store, instance, assignments, locks=locks, unlocks=unlocks),
               changes=Changes(cases=True, origin=self),
               on_success=self._accepted, on_error=self._refused, on_done=self._update_buttons)

    def _accepted(self, accepted: AcceptedPlan) -> None:
        self.is_accepted = True
        self.done.setText(tr("Plan accepted: {booked}, {moved}, {kept}, {removed}. The register shows the booked "
                             "seats.").format(booked=tr("%n household(s) booked", None, len(accepted.booked)),
                                             moved=tr("%n moved", None, len(accepted.moved)),
                                             kept=tr("%n kept", None, len(accepted.kept)),
                                             removed=tr("%n taken off their movement", None,
                                                        len(accepted.removed))))
        self.done.show()
        self._update_buttons()
        self.accepted.emit(accepted)

    def _refused(self, error: HomewardError) -> None:
        text = escape(error_text(error))
        if isinstance(error, PlanRefused):
            refused = tr("The plan was not accepted; nothing was booked.")
            link = tr("Open the case file of {reference}").format(reference=error.reference)
            text = (f"<b>{escape(refused)}</b><br>{escape(error.reference)}: {escape(error_text(error.cause))} "
                    f"<a href='case:{error.case_id}'>{escape(link)}</a>")
        self.refusal.setText(text)
        self.refusal.show()
        self.refused.emit(error_text(error))

    def _open_link(self, link: str) -> None:
        if link.startswith("case:"):
            self.case_opened.emit(int(link.split(":", 1)[1]))

    def _open_row(self, widget: QTableWidget, row: int) -> None:
        item = widget.item(row, 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(key, int):
            self.case_opened.emit(key)
