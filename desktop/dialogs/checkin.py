"""The departure check-in sheet of one movement: who is present and reconfirms, refusals (S2), force (S3),
then the departure and the arrival."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import LanguageBox
from desktop.dialogs.movement import DateTimeField
from desktop.dialogs.voluntariness import ForceNeededDialog
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label, route, when
from desktop.ops import run_op, run_query
from desktop.readiness_words import line, resolution
from desktop.service_text import error_text
from monitoring.arrival import after_arrival
from planning import case_file, checkin, movements
from planning.case_file import CaseFileView, MemberView
from planning.checkin import CheckInResult, CheckInRow, Response
from planning.errors import HomewardError
from planning.movements import MovementView
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, MovementStatus

COLUMNS = (QT_TR_NOOP("Case"), QT_TR_NOOP("Person"), QT_TR_NOOP("Decision"), QT_TR_NOOP("Present and reconfirms"),
           QT_TR_NOOP("Household"))
#: Why a movement no longer takes check-ins, by its status.
CLOSED = {
    MovementStatus.DEPARTED: QT_TR_NOOP("{code} has departed"),
    MovementStatus.ARRIVED: QT_TR_NOOP("{code} has arrived"),
    MovementStatus.CANCELLED: QT_TR_NOOP("{code} has been cancelled"),
}
GREEN, GREY, RED, AMBER = "#1e7b34", "#5f6368", "#b3261e", "#a15c00"


def emphasised(text: str, colour: str) -> str:
    """Rich text in bold and a colour."""
    return f"<b style='color:{colour}'>{text}</b>"


def why_no_checkin(movement: MovementView, today: object) -> str | None:
    """Why nobody can be checked in now, or None."""
    if movement.status not in (MovementStatus.PLANNED, MovementStatus.CONFIRMED):
        return tr(CLOSED[movement.status]).format(code=movement.code)
    if movement.travel_date != today:
        return tr("Check-in for {code} is on its departure day, {day}").format(code=movement.code,
                                                                               day=day(movement.travel_date))
    return None


class RefusalDialog(ServiceDialog):
    """A person refuses at the check-in desk: S2 takes the whole household off the movement."""

    def __init__(self, store: Store, movement: MovementView, row: CheckInRow, agent: str, language: str,
                 parent: QWidget | None = None) -> None:
        intro = (tr("<p>{name} ({reference}) does not want to travel on {movement}.</p>").format(
            name=row.name, reference=row.reference, movement=movement.code)
            + tr("<p><b>S2 — Refusal stops everything:</b> the whole household is taken off this movement and "
                 "every other planned one at once, its seats are freed, and the case goes back to counselling. "
                 "Nothing is deleted.</p><p><i>Once saved, this record cannot be edited or deleted.</i></p>"))
        super().__init__(tr("Refusal at check-in — {name}").format(name=row.name), parent, intro=intro,
                         save_text=tr("Record refusal"),
                         changes=Changes.of_case(row.case_id, origin=parent))
        self.store = store
        self.movement = movement
        self.person = row
        self.language = language
        self.agent = QLineEdit(agent)
        self.agent.setPlaceholderText(tr("Who heard it at the desk"))
        self.statement = text_box(tr("What the person said, in their words"), 80)
        self.row(tr("Heard by"), self.agent, "agent", "counsellor")
        self.row(tr("Statement"), self.statement, "statement", "person", "movement", "kind")

    def work(self) -> Callable[[], CheckInResult]:
        store, movement_id, person_id = self.store, self.movement.id, self.person.person_id
        agent, language, statement = self.agent.text() or None, self.language or None, self.statement.toPlainText()
        return lambda: checkin.check_in(store, movement_id, person_id, Response.REFUSED, agent=agent,
                                        language=language, statement=statement or None)


class ForceAtCheckInDialog(ForceNeededDialog):
    """ForceNeededDialog, recorded through the check-in of this movement (S3)."""

    def __init__(self, store: Store, movement: MovementView, case: CaseFileView, member: MemberView,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, case, member, parent)
        self.movement = movement
        self.form.setRowVisible(self.occurred_on, False)  # it happens at the desk, on the departure day

    def work(self) -> Callable[[], Any]:  # a CheckInResult, where the case file records a Recorded
        store, movement_id, person_id = self.store, self.movement.id, self.member.id
        agent, statement, confirmed = (self.counsellor.text() or None, self.statement.toPlainText(),
                                       self.confirm.isChecked())
        return lambda: checkin.check_in(store, movement_id, person_id, Response.FORCE_NEEDED, agent=agent,
                                        statement=statement, confirmed=confirmed)


class CheckInDialog(QDialog):
    """Everyone booked on the movement; each person ticked present and reconfirming, or not travelling."""

    loaded = Signal()
    changed = Signal()  # something was recorded

    def __init__(self, store: Store, movement_id: int, parent: QWidget | None = None, *,
                 code: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.movement_id = movement_id
        self.movement: MovementView | None = None
        self.rows: list[CheckInRow] = []
        self.dialog: QDialog | None = None
        self.busy = False
        self.setWindowTitle(tr("Departure check-in — {code}").format(code=code) if code else tr("Departure check-in"))
        self.setModal(True)
        self.resize(940, 620)
        #: Named from the start (the caller knows the movement); the sheet itself is read in the background.
        self.title = QLabel(tr("Check-in — {code}").format(code=code) if code else tr("Departure check-in"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)  # busy: how long the read takes is not known
        self.loading.setTextVisible(False)
        self.loading.setMaximumHeight(6)
        self.loading.setAccessibleName(tr("Loading the check-in sheet"))
        self.facts = QLabel(tr("Loading the check-in sheet…"))
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet(f"color: {GREY};")
        intro = QLabel(tr("Ask each person, in a language they understand, whether they still want to travel. "
                          "Tick those present who reconfirm; a child travelling on the guardian's decision is "
                          "ticked present. <b>A refusal takes the whole household off the movement (S2)</b>; if "
                          "force would be needed, the organisation's involvement ends (S3)."))
        intro.setWordWrap(True)
        self.banner = Banner()
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(tr("Desk agent"))
        self.agent.setAccessibleName(tr("Desk agent"))
        self.language = LanguageBox()
        self.language.setAccessibleName(tr("Language"))
        who = QHBoxLayout()
        who.addWidget(QLabel(tr("Desk agent")))
        who.addWidget(self.agent, 1)
        who.addWidget(QLabel(tr("Language")))
        who.addWidget(self.language)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("Check-in sheet"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reconfirm_button = QPushButton(tr("Present and reconfirms"))
        self.reconfirm_button.setObjectName("primaryButton")
        self.refuse_button = QPushButton(tr("Refuses…"))
        self.force_button = QPushButton(tr("Force would be needed…"))
        self.force_button.setStyleSheet(f"QPushButton:enabled {{ color: {RED}; font-weight: 600; }}")
        self.reconfirm_button.clicked.connect(self.reconfirm_selected)
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.force_button.clicked.connect(self.force_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.reconfirm_button)
        actions.addWidget(self.refuse_button)
        actions.addStretch(1)
        actions.addWidget(self.force_button)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.RichText)

        now = datetime.combine(store.today(), datetime.min.time(), UTC)
        self.departed_at = DateTimeField(now)
        self.departed_at.setAccessibleName(tr("Departed at"))
        self.depart_button = QPushButton(tr("Record departure"))
        self.depart_button.clicked.connect(self.record_departure)
        self.arrived_at = DateTimeField(now)
        self.arrived_at.setAccessibleName(tr("Arrived at"))
        self.arrive_button = QPushButton(tr("Record arrival"))
        self.arrive_button.clicked.connect(self.record_arrival)
        self.depart_note = QLabel()
        self.depart_note.setWordWrap(True)
        self.depart_note.setStyleSheet(f"color: {GREY};")
        travel = QHBoxLayout()
        travel.addWidget(QLabel(tr("Departed at (UTC)")))
        travel.addWidget(self.departed_at)
        travel.addWidget(self.depart_button)
        travel.addSpacing(24)
        travel.addWidget(QLabel(tr("Arrived at (UTC)")))
        travel.addWidget(self.arrived_at)
        travel.addWidget(self.arrive_button)
        travel.addStretch(1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.loading)
        layout.addWidget(self.facts)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(who)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.count)
        layout.addLayout(travel)
        layout.addWidget(self.depart_note)
        layout.addLayout(bottom)
        self._update_buttons()
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.loading.show()
        store, movement_id = self.store, self.movement_id
        run_query(self, lambda: (movements.movement(store, movement_id), checkin.sheet(store, movement_id)),
                  self._loaded, kind=f"checkin-{id(self)}", on_error=self._failed)

    def _loaded(self, found: tuple[MovementView, list[CheckInRow]]) -> None:
        self.loading.hide()
        movement, rows = found
        first = self.movement is None
        self.movement = movement
        self.rows = rows
        self.title.setText(tr("Check-in — {code}").format(code=movement.code))
        self.setWindowTitle(tr("Departure check-in — {code}").format(code=movement.code))
        self.facts.setText(" · ".join([
            route(movement), tr("departs {when} UTC").format(when=when(movement.departure_at)),
            label(movement.status),
            tr("{free} of {capacity} seats free").format(free=movement.free_seats, capacity=movement.capacity)]))
        if first:
            self.departed_at.set_value(movement.departed_at or movement.departure_at)
            self.arrived_at.set_value(movement.arrived_at or movement.arrival_at)
        selected = {self.rows[i.row()].person_id for i in self.table.selectionModel().selectedRows()
                    if i.row() < len(self.rows)} if self.table.rowCount() else set()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            checked_in = row.booking_status in (BookingStatus.CHECKED_IN, BookingStatus.DEPARTED,
                                                BookingStatus.ARRIVED)
            cells = (
                (row.reference, None),
                (row.name, None),
                (tr("Own decision") if row.own_decision else tr("On the guardian's decision"), None),
                (tr("✔ Present and reconfirmed") if row.ticked else tr("Not yet"), GREEN if row.ticked else GREY),
                ((f"⚠ {tr('At risk')} · " if row.at_risk else "") + label(row.booking_status),
                 AMBER if row.at_risk else GREEN if checked_in else None),
            )
            for c, (text, colour) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.person_id)
                if row.at_risk:
                    item.setToolTip("\n".join(f"{line(r)}\n  → {resolution(r)}" for r in row.at_risk))
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(r, c, item)
        keep = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r, row in enumerate(rows):
            if row.person_id in selected:  # not selectRow: it selects nothing right to left (Arabic)
                self.table.selectionModel().select(self.table.model().index(r, 0), keep)
        ticked = sum(1 for r in rows if r.ticked)
        households = {r.booking_id: r.booking_status for r in rows}
        done = sum(1 for s in households.values() if s in (BookingStatus.CHECKED_IN, BookingStatus.DEPARTED,
                                                          BookingStatus.ARRIVED))
        risky = len({r.booking_id for r in rows if r.at_risk})
        self.count.setText(
            tr("<b>{ticked} of %n people</b> present and reconfirmed", None, len(rows)).format(ticked=ticked)
            + " · " + tr("<b>{done} of %n household(s)</b> checked in", None, len(households)).format(done=done)
            + (" · " + emphasised(tr("⚠ %n household(s) at risk: they cannot check in or depart until it is "
                                     "resolved (hover for why)", None, risky), AMBER) if risky else ""))
        no_shows = len(households) - done
        if movement.status in (MovementStatus.PLANNED, MovementStatus.CONFIRMED):
            self.depart_note.setText(
                tr("Recording the departure marks the checked-in households as departed; <b>%n household(s) not "
                   "checked in are recorded as no-shows</b> and their bookings cancelled.", None, no_shows)
                if no_shows else tr("Recording the departure marks the checked-in households as departed."))
            self.depart_note.setTextFormat(Qt.TextFormat.RichText)
        elif movement.status is MovementStatus.DEPARTED:
            self.depart_note.setText(tr("Departed {when} UTC; record the arrival once the movement has arrived.")
                                     .format(when=when(movement.departed_at or movement.departure_at)))
        else:
            self.depart_note.setText(f"{label(movement.status)}.")
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: HomewardError) -> None:
        self.loading.hide()
        self.banner.show_message(error_text(error))
        self._update_buttons()

    # --- what the buttons do ----------------------------------------------------------------------

    def checkin_refused(self) -> str | None:
        if self.movement is None:
            return tr("Loading…")
        return why_no_checkin(self.movement, self.store.today())

    def selected_rows(self) -> list[CheckInRow]:
        chosen = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.rows[r] for r in sorted(chosen) if r < len(self.rows)]

    def _update_buttons(self) -> None:
        refused = self.checkin_refused()
        rows = self.selected_rows() if self.movement is not None else []
        open_rows = [r for r in rows if r.booking_status in (BookingStatus.PROPOSED, BookingStatus.CONFIRMED,
                                                             BookingStatus.CHECKED_IN)]
        can = refused is None and not self.busy
        self.reconfirm_button.setEnabled(can and any(not r.ticked for r in open_rows))
        self.refuse_button.setEnabled(can and len(open_rows) == 1)
        self.force_button.setEnabled(can and len(open_rows) == 1)
        for button in (self.reconfirm_button, self.refuse_button, self.force_button):
            button.setToolTip(refused or "")
        movement = self.movement
        is_open = movement is not None and movement.status in (MovementStatus.PLANNED, MovementStatus.CONFIRMED)
        self.depart_button.setEnabled(not self.busy and is_open and movement is not None
                                      and movement.travel_date <= self.store.today())
        self.departed_at.setEnabled(self.depart_button.isEnabled())
        self.arrive_button.setEnabled(not self.busy and movement is not None
                                      and movement.status is MovementStatus.DEPARTED)
        self.arrived_at.setEnabled(self.arrive_button.isEnabled())

    def select_all(self) -> None:
        self.table.selectAll()

    def _run(self, work: Callable[[], object], case_ids: frozenset[int]) -> None:
        self.busy = True
        self.banner.clear_message()
        self._update_buttons()

        def done() -> None:
            self.busy = False
            self.reload()

        run_op(self, work, changes=Changes(cases=True, case_ids=case_ids, origin=self),
               on_success=lambda _result: self.changed.emit(), on_error=self._failed, on_done=done)

    def reconfirm_selected(self) -> None:
        rows = [r for r in self.selected_rows() if not r.ticked]
        if not rows:
            return
        store, movement_id = self.store, self.movement_id
        agent, language = self.agent.text() or None, self.language.code() or None
        people = [r.person_id for r in rows]

        def work() -> list[CheckInResult]:
            return [checkin.check_in(store, movement_id, person, Response.RECONFIRMED, agent=agent,
                                     language=language) for person in people]

        self._run(work, frozenset(r.case_id for r in rows))

    def refuse_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.movement is None:
            return
        dialog = RefusalDialog(self.store, self.movement, rows[0], self.agent.text(), self.language.code(), self)
        self._open(dialog)

    def force_selected(self) -> None:
        rows = self.selected_rows()
        movement = self.movement
        if len(rows) != 1 or movement is None:
            return
        row = rows[0]
        store = self.store
        run_query(self, lambda: case_file.load(store, row.case_id),
                  lambda view: self._open(ForceAtCheckInDialog(store, movement, view, view.member(row.person_id),
                                                               self)),
                  kind=f"checkin-force-{id(self)}")

    def _open(self, dialog: ServiceDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._recorded)
        dialog.open()

    def _recorded(self, _result: object) -> None:
        self.changed.emit()
        self.reload()

    def record_departure(self) -> None:
        movement = self.movement
        if movement is None:
            return
        store, when_ = self.store, self.departed_at.value()
        case_ids = frozenset(r.case_id for r in self.rows)
        self._run(lambda: checkin.record_departure(store, movement.id, when_, movement.version), case_ids)

    def record_arrival(self) -> None:
        movement = self.movement
        if movement is None:
            return
        store, when_ = self.store, self.arrived_at.value()
        case_ids = frozenset(r.case_id for r in self.rows)
        def arrive() -> object:
            recorded = checkin.record_arrival(store, movement.id, when_, movement.version)
            after_arrival(store, movement.id)  # monitoring plans for the arrived households (idempotent)
            return recorded

        self._run(arrive, case_ids)
