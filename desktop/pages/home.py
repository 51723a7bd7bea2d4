"""Home: the week's cockpit (movements, follow-ups, risks, expiries, referrals, a calendar) and the caseload's counts;
every row and count opens what it names."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.changes import Changes
from desktop.i18n import tr
from desktop.labels import day, label, number
from desktop.ops import hub, run_query
from desktop.pages.home_calendar import MovementsCalendar
from desktop.pages.home_week import (
    Opens,
    expiry_rows,
    monitor_rows,
    referral_rows,
    risk_rows,
    sections,
    trip_rows,
)
from desktop.places import country_name
from monitoring.due import MonitorLoad, by_monitor
from planning.overview import Overview, overview
from planning.storage.store import Store
from planning.vocabulary import CaseStatus
from planning.week import Week, week

STYLE = """
#pageTitle { font-size: 18pt; font-weight: 600; }
#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 12px; }
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#tile:hover { border: 1px solid palette(highlight); }
QFrame#attention { background: #fff4e5; border: 1px solid #f0b46a; border-radius: 6px; }
QFrame#attention:hover { border: 1px solid #c77700; }
#tileValue { font-size: 22pt; font-weight: 600; }
#weekNote { color: palette(placeholder-text); }
"""


@dataclass(frozen=True)
class Cockpit:
    """Everything Home shows, read in one go."""

    overview: Overview
    week: Week
    monitors: list[MonitorLoad]


def cockpit(store: Store) -> Cockpit:
    with store.reading():
        return Cockpit(overview(store), week(store), by_monitor(store))


def status_label(status: CaseStatus) -> str:
    """A case status as the tiles name it, translated."""
    return label(status)


class Tile(QFrame):
    """A count with a caption; clicking it opens the list it counts."""

    clicked = Signal()

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(hint)
        self.setMinimumHeight(86)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int, attention: bool = False) -> None:
        self.value.setText(number(value))
        self.setObjectName("attention" if attention and value else "tile")
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class HomePage(QWidget):
    status_requested = Signal(object)  # CaseStatus
    ready_requested = Signal()
    referrals_requested = Signal()
    expiring_requested = Signal()
    review_requested = Signal()
    at_risk_requested = Signal()
    case_requested = Signal(int)
    movement_requested = Signal(int, object)  # movement id, its departure day
    follow_ups_requested = Signal()
    loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(STYLE)
        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel(tr("This week"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.summary = QLabel(tr("Loading…"))
        layout.addWidget(self.summary)
        top = QGridLayout()
        self.ready = Tile(tr("Cases ready to plan"), tr("Open the list of cases ready to travel"))
        self.expiring = Tile(tr("Assurances expiring within 30 days"), tr("Open the assurances that expire soon"))
        self.review = Tile(tr("Countries with assurances under review"), tr("Open the countries under review"))
        self.referrals = Tile(tr("Protection referrals awaiting an outcome"),
                              tr("Open the cases whose protection claim awaits a decision"))
        self.at_risk = Tile(tr("Bookings at risk"),
                            tr("Booked households a change since booking made unready: open the movements"))
        for i, tile in enumerate((self.ready, self.at_risk, self.expiring, self.review, self.referrals)):
            top.addWidget(tile, 0, i)
        layout.addLayout(top)
        self.review_names = QLabel()
        self.review_names.setWordWrap(True)
        layout.addWidget(self.review_names)
        self.tables = sections()
        week_grid = QGridLayout()
        for i, name in enumerate(("departures", "arrivals", "follow_ups", "at_risk", "expiring", "referrals")):
            week_grid.addWidget(self.tables[name], i // 2, i % 2)
        layout.addLayout(week_grid)
        for table in self.tables.values():
            table.opened.connect(self._open)
        calendar_title = QLabel(tr("Movements calendar"))
        calendar_title.setObjectName("sectionTitle")
        layout.addWidget(calendar_title)
        self.calendar = MovementsCalendar(store)
        self.calendar.setMinimumHeight(260)
        self.calendar.movement_opened.connect(self.movement_requested)
        layout.addWidget(self.calendar)
        by_status = QLabel(tr("Cases by status"))
        by_status.setObjectName("sectionTitle")
        layout.addWidget(by_status)
        grid = QGridLayout()
        self.status_tiles: dict[CaseStatus, Tile] = {}
        for i, status in enumerate(CaseStatus):
            tile = Tile(status_label(status), tr("Open the cases with the status “{status}”")
                        .format(status=status_label(status)))
            tile.clicked.connect(lambda s=status: self.status_requested.emit(s))
            self.status_tiles[status] = tile
            grid.addWidget(tile, i // 7, i % 7)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.ready.clicked.connect(self.ready_requested)
        self.expiring.clicked.connect(self.expiring_requested)
        self.review.clicked.connect(self.review_requested)
        self.referrals.clicked.connect(self.referrals_requested)
        self.at_risk.clicked.connect(self.at_risk_requested)
        hub().changed.connect(self._on_changes)

    def refresh(self) -> None:
        for table in self.tables.values():
            table.loading()
        store = self.store
        run_query(self, lambda: cockpit(store), self.show_cockpit, kind="home")
        self.calendar.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.cases or changes.countries:
            self.refresh()

    def _open(self, target: object) -> None:
        if not isinstance(target, tuple):
            return
        kind, record, when = target
        if kind is Opens.CASE and isinstance(record, int):
            self.case_requested.emit(record)
        elif kind is Opens.MOVEMENT and isinstance(record, int):
            self.movement_requested.emit(record, when)
        elif kind is Opens.FOLLOW_UPS:
            self.follow_ups_requested.emit()

    def show_cockpit(self, data: Cockpit) -> None:
        self.show_overview(data.overview)
        this_week = data.week
        self.summary.setText(" · ".join((
            tr("%Ln case(s)", None, data.overview.cases), tr("%Ln person(s)", None, data.overview.people),
            tr("{first} to {last}").format(first=day(this_week.first_day), last=day(this_week.last_day)))))
        self.tables["departures"].fill(trip_rows(this_week.departures, arriving=False))
        self.tables["arrivals"].fill(trip_rows(this_week.arrivals, arriving=True))
        self.tables["follow_ups"].fill(monitor_rows(data.monitors, this_week.today))
        self.tables["at_risk"].fill(risk_rows(this_week.at_risk), data.overview.bookings_at_risk)
        self.tables["expiring"].fill(expiry_rows(this_week.expiring))
        self.tables["referrals"].fill(referral_rows(this_week.referrals, this_week.today),
                                      data.overview.referrals_awaiting_outcome)
        self.loaded.emit()

    def show_overview(self, data: Overview) -> None:
        self.summary.setText(tr("%Ln case(s)", None, data.cases) + " · " + tr("%Ln person(s)", None, data.people))
        self.ready.set_value(data.ready_to_plan)
        self.expiring.set_value(data.assurances_expiring, attention=True)
        self.review.set_value(len(data.countries_under_review), attention=True)
        self.referrals.set_value(data.referrals_awaiting_outcome, attention=True)
        self.at_risk.set_value(data.bookings_at_risk, attention=True)
        for status, count in data.by_status.items():
            self.status_tiles[status].set_value(count)
        names = ", ".join(country_name(code, name) for code, name in data.countries_under_review)
        self.review_names.setText(tr("Under review after a reported breach: {countries}").format(countries=names)
                                  if names else "")
