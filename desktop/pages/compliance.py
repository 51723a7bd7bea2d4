"""Compliance: how a country kept its word over a period — follow-ups done vs due, contact, incidents, assurances.

Pick a country and a period; the figures, two charts and the assurances' status show at once, and
the same report can be saved as a PDF or printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QRegion, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, current_locale, tr
from desktop.labels import STATUS_TINTS, day, in_sentence, label, number
from desktop.ops import run_op, run_query, show_known_error
from desktop.pages.compliance_charts import FollowUpChart, IncidentChart
from desktop.pages.refreshing import RefreshingPage
from desktop.places import country_name, place_name
from desktop.service_text import error_text
from monitoring.compliance import ComplianceReport, compliance, default_period
from monitoring.compliance_report import IssuedReport, issue_report
from planning.country_view import CountrySummary, country_summaries
from planning.errors import HomewardError
from planning.storage.store import Store

COLUMNS = (QT_TR_NOOP("Assurance"), QT_TR_NOOP("Reference"), QT_TR_NOOP("Issued by"), QT_TR_NOOP("Scope"),
           QT_TR_NOOP("Status"), QT_TR_NOOP("Valid from"), QT_TR_NOOP("Valid to"), QT_TR_NOOP("Region"),
           QT_TR_NOOP("Monitoring"))
KIND, REFERENCE, ISSUER, SCOPE, STATUS, VALID_FROM, VALID_TO, REGION, LEVEL = range(len(COLUMNS))
DELAY_MS = 300
TABLE_ROWS = 6
STYLE = """
#pageTitle { font-size: 16pt; font-weight: 600; }
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QLabel#tileValue { font-size: 18pt; font-weight: 600; }
QLabel#tileCaption { color: palette(placeholder-text); }
QLabel#tileNote { color: palette(placeholder-text); font-size: 8pt; }
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }
"""
WARNING_STYLE = "color: #b3261e;"
NOTICE_STYLE = "background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px;"


def percent(rate: float | None) -> str:
    return "—" if rate is None else tr("{value} %").format(value=number(rate * 100))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class Tile(QFrame):
    """A figure with its caption and a note beneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.note = QLabel("")
        self.note.setObjectName("tileNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, value: str, note: str = "", warn: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(WARNING_STYLE if warn else "")
        self.note.setText(note)


class CompliancePage(RefreshingPage):
    """`countries_loaded()` once the country list is filled; `loaded()` after each report (or error) is shown;
    `saved(IssuedReport)` after a PDF is issued and written."""

    countries_loaded = Signal()
    loaded = Signal()
    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: str | None = None  # a country asked for before the list had loaded
        self.store = store
        self.report: ComplianceReport | None = None
        self._countries_loaded = False
        self.setStyleSheet(STYLE)

        title = QLabel(tr("Compliance — how a country keeps its assurances"))
        title.setObjectName("pageTitle")
        self.banner = Banner()
        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.country = QComboBox()
        self.country.setMinimumWidth(220)
        self.country.setPlaceholderText(tr("Country of return"))
        start, end = default_period(store.today())
        self.period_from = QDateEdit(_qdate(start))
        self.period_to = QDateEdit(_qdate(end))
        locale = current_locale()
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat) if locale else "yyyy-MM-dd")
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.print_button = QPushButton(tr("Print…"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Country")))
        controls.addWidget(self.country, 2)
        controls.addSpacing(12)
        controls.addWidget(QLabel(tr("From")))
        controls.addWidget(self.period_from)
        controls.addWidget(QLabel(tr("to", "period")))
        controls.addWidget(self.period_to)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        controls.addWidget(self.print_button)

        self.heading = QLabel(tr("Choose a country of return to see its compliance report."))
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.tiles = {
            "due": Tile(tr("Follow-ups fell due")), "done": Tile(tr("Done")), "missed": Tile(tr("Missed")),
            "outstanding": Tile(tr("Not yet logged")), "contact": Tile(tr("Contact rate")),
            "incidents": Tile(tr("Incidents")), "plans": Tile(tr("Households monitored")),
            "shortfall": Tile(tr("Monitoring shortfall")),
        }
        self.tiles["shortfall"].setToolTip(tr("Households whose risk profile calls for active monitoring where the "
                                              "country authorised only passive monitoring"))
        self.tiles["missed"].setToolTip(tr("Logged without reaching the returnee; each missed contact is escalated "
                                           "(a second attempt, then a field visit where authorised)"))
        tile_grid = QGridLayout()
        tile_grid.setSpacing(8)
        for index, tile in enumerate(self.tiles.values()):
            tile_grid.addWidget(tile, 0, index)

        self.follow_up_chart = FollowUpChart()
        self.incident_chart = IncidentChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.follow_up_chart.view)
        charts.addWidget(self.incident_chart.view)
        charts.setStretchFactor(0, 1)
        charts.setStretchFactor(1, 1)
        charts.setChildrenCollapsible(False)

        self.assurance_title = QLabel(tr("Assurances valid during the period, with their status today"))
        self.assurance_title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ISSUER, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_table(0)
        self.footnote = QLabel()
        self.footnote.setObjectName("tileNote")
        self.footnote.setWordWrap(True)

        #: What Print paints: everything under the controls.
        self.sheet = QWidget()
        sheet = QVBoxLayout(self.sheet)
        sheet.setContentsMargins(0, 0, 0, 0)
        sheet.addWidget(self.heading)
        sheet.addLayout(tile_grid)
        sheet.addWidget(charts, 3)
        sheet.addWidget(self.assurance_title)
        sheet.addWidget(self.table)
        sheet.addWidget(self.footnote)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        layout.addWidget(self.sheet, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DELAY_MS)
        self._debounce.timeout.connect(self.load_report)
        self.country.currentIndexChanged.connect(self.load_report)
        self.period_from.dateChanged.connect(self._debounce.start)
        self.period_to.dateChanged.connect(self._debounce.start)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._countries_loaded:
            self.load_countries()

    def load_countries(self) -> None:
        self._countries_loaded = True
        store = self.store
        run_query(self, lambda: country_summaries(store), self._fill_countries, kind="compliance-countries")

    def _fill_countries(self, summaries: tuple[CountrySummary, ...]) -> None:
        current, self._wanted = self.code or self._wanted, None
        self.country.blockSignals(True)
        self.country.clear()
        for summary in summaries:
            self.country.addItem(f"{country_name(summary.code, summary.name)} ({summary.code})", summary.code)
        index = self.country.findData(current) if current else -1
        self.country.setCurrentIndex(index)
        self.country.blockSignals(False)
        self.countries_loaded.emit()
        if index >= 0:
            self.load_report()

    @property
    def code(self) -> str | None:
        value = self.country.currentData()
        return value if isinstance(value, str) and value else None

    def show_country(self, code: str) -> None:
        """Select the country (once the list has loaded) and show its report."""
        index = self.country.findData(code)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self._wanted = code

    def refresh(self) -> None:
        """After a change elsewhere (a follow-up logged, a country added): the list, then the report shown."""
        self.load_countries()

    def load_report(self) -> None:
        self._debounce.stop()
        code = self.code
        if code is None:
            return
        store = self.store
        start, end = _date(self.period_from.date()), _date(self.period_to.date())
        self.banner.clear_message()
        self.notice.hide()
        self.heading.setText(tr("Loading…"))
        run_query(self, lambda: compliance(store, code, start, end), self.show_report, kind="compliance",
                  on_error=self._failed)

    def _failed(self, error: HomewardError) -> None:
        self.report = None
        self.banner.show_message(error_text(error).replace("period_from", tr("From")).replace("period_to", tr("To")))
        self.heading.setText(tr("No report for this choice."))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.loaded.emit()

    # -- showing ---------------------------------------------------------------------------------
    def show_report(self, report: ComplianceReport) -> None:
        self.report = report
        counted = (" — " + tr("follow-ups counted up to today, {date}").format(date=day(report.counted_to))
                   if report.counted_to < report.period_to else "")
        self.heading.setText(tr("{country} ({code}), {start} to {end}")
                             .format(country=country_name(report.country_code, report.country_name),
                                     code=report.country_code,
                                     start=day(report.period_from), end=day(report.period_to)) + counted)
        self._fill_tiles(report)
        self.follow_up_chart.show_months(report.months)
        self.incident_chart.show_months(report.months)
        self._fill_assurances(report)
        decided = ", ".join(f"{number(n)} {in_sentence(outcome)}" for outcome, n in report.decisions)
        self.footnote.setText(tr(
            "A follow-up counts in the month it fell due; done vs due = done / fell due; contact rate = contact "
            "made / logged (done + missed). One incident may report several kinds of breach. "
            "Review decisions in the period: {decisions}.").format(decisions=decided or tr("none", "review decisions")))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.loaded.emit()

    def _fill_tiles(self, report: ComplianceReport) -> None:
        totals, plans, tiles = report.totals, report.plans, self.tiles
        tiles["due"].set(number(totals.due), tr("%n month(s)", None, len(report.months)))
        tiles["done"].set(number(totals.done), tr("{percent} of due").format(percent=percent(totals.done_rate)))
        tiles["missed"].set(number(totals.missed), tr("escalated"))
        tiles["outstanding"].set(number(totals.outstanding), tr("overdue"), warn=totals.outstanding > 0)
        tiles["contact"].set(percent(totals.contact_rate), tr("{contact} of {logged} logged")
                             .format(contact=number(totals.contact_made), logged=number(totals.logged)))
        kinds = ", ".join(f"{number(n)} {in_sentence(kind)}" for kind, n in totals.incidents.by_kind() if n)
        tiles["incidents"].set(number(totals.incidents.incidents), tr("%n open today", None, report.open_incidents),
                               warn=report.open_incidents > 0)
        tiles["incidents"].setToolTip(kinds or tr("No incidents reported in the period"))
        tiles["plans"].set(number(plans.total), tr("{active} active · {passive} passive")
                           .format(active=number(plans.active), passive=number(plans.passive))
                           + (" · " + tr("{count} none").format(count=number(plans.unmonitored))
                              if plans.unmonitored else ""))
        tiles["shortfall"].set(number(plans.shortfall), tr("active needed"), warn=plans.shortfall > 0)

    def _fill_assurances(self, report: ComplianceReport) -> None:
        self.table.setRowCount(len(report.assurances))
        for r, line in enumerate(report.assurances):
            values = (label(line.kind), line.reference, line.issuing_authority, label(line.scope), label(line.status),
                      day(line.valid_from), day(line.valid_to), place_name(line.region) or tr("whole country"),
                      label(line.monitoring_level) if line.monitoring_level else "—")
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == STATUS:
                    cell.setBackground(STATUS_TINTS[line.status])
                self.table.setItem(r, c, cell)
        self._fit_table(len(report.assurances))
        self.assurance_title.setText(tr("Assurances valid during the period, with their status today")
                                     if report.assurances else tr("No assurance of this country is valid during the "
                                                                  "period"))

    def _fit_table(self, rows: int) -> None:
        """As tall as its rows (up to TABLE_ROWS; it scrolls beyond), so the charts get the rest."""
        shown = min(max(rows, 1), TABLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + shown * 24 + 4)

    # -- PDF and printing -------------------------------------------------------------------------
    def save_pdf(self) -> None:
        report = self.report
        if report is None:
            return
        suggested = Path.home() / f"compliance-{report.country_code}-{report.period_from}-{report.period_to}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the compliance report"), str(suggested),
                                                    tr("PDF document (*.pdf)"))
        if path:
            self.save_pdf_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_pdf_to(self, path: Path) -> None:
        """Issue the report shown (country and period) as a PDF with a verification code and save it at `path`,
        in the background; emits `saved(IssuedReport)`."""
        report = self.report
        if report is None:
            return
        store, code, start, end = self.store, report.country_code, report.period_from, report.period_to
        self.save_button.setEnabled(False)

        def done(issued: IssuedReport) -> None:
            self.save_button.setEnabled(True)
            self.notice.setText(tr("Saved {path} — reference {reference}, verification code {code}.")
                                .format(path=issued.path, reference=issued.reference, code=issued.code))
            self.notice.show()
            self.saved.emit(issued)

        def failed(error: HomewardError) -> None:
            self.save_button.setEnabled(True)
            show_known_error(self, error)

        run_op(self, lambda: issue_report(store, code, start, end, path=path), on_success=done, on_error=failed)

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Paint the report (heading, figures, charts, assurances) on one page, scaled to fit."""
        printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        painter = QPainter()
        if not painter.begin(printer):
            show_known_error(self, HomewardError("printer.not_started"))
            return
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            source = QRectF(self.sheet.rect())
            scale = min(page.width() / source.width(), page.height() / source.height())
            painter.scale(scale, scale)
            # Without the window's grey: the figures, charts and table on white paper.
            self.sheet.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            painter.end()
