"""The breach banner on the Monitoring page: countries with open incidents, their affected cases, the review."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.labels import day, in_sentence, label, number
from desktop.places import place_name
from monitoring.incidents import AffectedCase, IncidentView
from planning.vocabulary import CaseStatus

BANNER_STYLE = ("#incidentBanner { background: #fde7e9; border: 1px solid #e3a5a9; border-radius: 4px; }"
                "#incidentBanner QLabel { color: #8c1d18; }")


class IncidentBanner(QFrame):
    """One line per country with open incidents; buttons ask the page for the affected cases or the review."""

    affected_requested = Signal(str)
    review_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 6, 8, 6)
        self.countries: list[str] = []
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.hide()

    def show_incidents(self, incidents: Sequence[IncidentView], name_of: Callable[[str], str]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        by_country: dict[str, list[IncidentView]] = defaultdict(list)
        for incident in incidents:
            by_country[incident.country].append(incident)
        self.countries = sorted(by_country)
        for code in self.countries:
            found = by_country[code]
            kinds = sorted({in_sentence(k) for i in found for k in i.kinds})
            since = min(i.reported_on for i in found)
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = QLabel(tr("<b>{country}</b>: %n open incident(s) ({kinds}; since {date}) — assurances under "
                             "review, new movements there are blocked (S9).", None, len(found))
                          .format(country=name_of(code), kinds=", ".join(kinds), date=day(since)))
            text.setWordWrap(True)
            row.addWidget(text, 1)
            for key, caption, signal in (("affected", tr("Affected cases…"), self.affected_requested),
                                       ("review", tr("Record review decision…"), self.review_requested)):
                button = QPushButton(caption)
                button.clicked.connect(lambda _=False, c=code, s=signal: s.emit(c))
                row.addWidget(button)
                self.buttons[(code, key)] = button
            self.rows.addWidget(line)
        self.setVisible(bool(self.countries))


class AffectedCasesDialog(QDialog):
    """The country's cases not yet gone, booked ones first; double-click opens a case file."""

    case_opened = Signal(int)

    def __init__(self, country_name: str, cases: Sequence[AffectedCase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Affected cases — {country}").format(country=country_name))
        self.cases = list(cases)
        booked = sum(1 for c in self.cases if c.booked)
        intro = QLabel(tr("%n case(s) to {country} not yet gone, {booked} already booked on a movement. None can be "
                          "planned or leave while the assurances are under review (S9).", None, len(self.cases))
                       .format(country=country_name, booked=number(booked)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.cases), 4)
        self.table.setHorizontalHeaderLabels([tr("Case"), tr("Head of household"), tr("Status"), tr("Region")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, case in enumerate(self.cases):
            status = (tr("{status} (booked)").format(status=label(case.status))
                      if case.booked and case.status is not CaseStatus.BOOKED else label(case.status))
            for c, value in enumerate((case.reference, case.head_name, status, place_name(case.region) or "—")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def _open(self, row: int, _column: int) -> None:
        self.case_opened.emit(self.cases[row].case_id)
        self.accept()
