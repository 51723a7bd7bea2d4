"""The assurance register of a country: validity timeline, table, and the actions on assurances."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import open_copies
from desktop.changes import Changes
from desktop.dialogs.assurance import AssuranceDialog, AssuranceStatusDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import STATUS_COLOURS, STATUS_TINTS, day, in_sentence, label
from desktop.models.rows import RowsModel
from desktop.ops import run_op, run_query, show_known_error
from desktop.pages.countries_timeline import ValidityTimeline, escape
from desktop.places import country_name, place_name
from planning import countries
from planning.country_view import AssuranceView
from planning.errors import HomewardError, ValidationError
from planning.private_files import write_private
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_TIMELINE_HEIGHT = 340
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_icons: dict[AssuranceStatus, QIcon] = {}


def status_icon(status: AssuranceStatus) -> QIcon:
    if status not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATUS_COLOURS[status])
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]


def kind_text(a: AssuranceView) -> str:
    """The kind, with the monitoring level for monitoring authorisations ('Monitoring · active')."""
    if a.monitoring_level is not None:
        return tr("Monitoring · {level}").format(level=in_sentence(a.monitoring_level))
    return label(a.kind)


def details_text(a: AssuranceView, today: date) -> str:
    """Everything about one assurance, for the line under the register."""
    parts = [tr("<b>{reference}</b> issued by {authority}").format(reference=escape(a.reference),
                                                                   authority=escape(a.issuing_authority))]
    if a.valid_to is not None and a.status is AssuranceStatus.IN_FORCE and a.valid_to >= today:
        parts.append(tr("%n day(s) left", None, (a.valid_to - today).days))
    if a.persons:
        parts.append(tr("covers {persons}").format(
            persons=", ".join(escape(f"{p.name} ({p.case_reference})") for p in a.persons)))
    if a.conditions:
        parts.append(tr("conditions: {conditions}").format(conditions=escape(a.conditions)))
    parts.append(tr("scan: {file}").format(file=escape(a.scan_filename)) if a.scan_filename
                 else tr("no scan attached"))
    return " · ".join(parts)


def scope_text(a: AssuranceView) -> str:
    if a.scope is AssuranceScope.INDIVIDUAL:
        return tr("%n named person(s)", None, len(a.persons))
    return label(a.scope)


#: (header, display text, sort key) of each column; headers untranslated (they name the columns in code too).
Column = tuple[str, Callable[[AssuranceView], str], Callable[[AssuranceView], Any]]
COLUMNS: tuple[Column, ...] = (
    (QT_TR_NOOP("Kind"), kind_text, lambda a: f"{list(AssuranceKind).index(a.kind)} {kind_text(a)}"),
    (QT_TR_NOOP("Reference"), lambda a: a.reference, lambda a: a.reference.casefold()),
    (QT_TR_NOOP("Scope"), scope_text, scope_text),
    (QT_TR_NOOP("Region"), lambda a: place_name(a.region) or tr("Whole country"),
     lambda a: place_name(a.region)),
    (QT_TR_NOOP("Valid from"), lambda a: day(a.valid_from), lambda a: a.valid_from.isoformat()),
    (QT_TR_NOOP("Valid to"), lambda a: day(a.valid_to), lambda a: a.valid_to.isoformat() if a.valid_to else "9999"),
    (QT_TR_NOOP("Status"), lambda a: label(a.status), lambda a: label(a.status)),
    (QT_TR_NOOP("Scan"), lambda a: tr("Attached") if a.has_scan else "—", lambda a: a.scan_filename or ""),
    (QT_TR_NOOP("Issued by"), lambda a: a.issuing_authority, lambda a: a.issuing_authority.casefold()),
)
COUNTRY_COLUMN: Column = (QT_TR_NOOP("Country"), lambda a: country_name(a.country_code, a.country_name),
                          lambda a: country_name(a.country_code, a.country_name).casefold())
STATUS_COLUMN = "Status"


class AssuranceTableModel(RowsModel[AssuranceView]):
    def __init__(self, parent: QWidget | None = None, *, with_country: bool = False) -> None:
        columns = (COUNTRY_COLUMN, *COLUMNS) if with_country else COLUMNS
        super().__init__([tr(header) for header, *_ in columns], parent=parent)
        self.columns = columns
        self.today = date.today()

    def column_of(self, header: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column[0] == header)

    def set_rows_on(self, rows: Sequence[AssuranceView], today: date) -> None:
        """The rows, with the day their validity is judged on."""
        self.today = today
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        header, text, key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(a)
        if role == ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            return key(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, header)
        if header == STATUS_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(a.status)
            if role == Qt.ItemDataRole.BackgroundRole:
                return STATUS_TINTS[a.status]
        if header == "Valid to" and role == Qt.ItemDataRole.ForegroundRole and self._expiring(a):
            return QColor("#a15c00")
        return None

    def _expiring(self, a: AssuranceView) -> bool:
        return (a.status is AssuranceStatus.IN_FORCE and a.valid_to is not None
                and 0 <= (a.valid_to - self.today).days <= 30)

    def _tooltip(self, a: AssuranceView, header: str) -> str | None:
        if header == "Issued by":
            return a.issuing_authority
        if header == "Scan" and a.scan_filename:
            return a.scan_filename
        if header == "Scope" and a.persons:
            return "\n".join(f"{p.name} ({p.case_reference})" for p in a.persons)
        if header == "Valid to" and a.valid_to is not None and a.status is AssuranceStatus.IN_FORCE:
            left = (a.valid_to - self.today).days
            return tr("%n day(s) left", None, left) if left >= 0 else tr("ended %n day(s) ago", None, -left)
        if a.conditions:
            return tr("Conditions: {conditions}").format(conditions=a.conditions)
        return None


def assurance_table(model: AssuranceTableModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # the authority's name takes what is left, elided (its tooltip has it whole)
    header.setSectionResizeMode(model.column_of("Issued by"), QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setMinimumSectionSize(48)
    header.setHighlightSections(False)
    return view, proxy


def scan_to_temp(store: Store, assurance_id: int) -> Path:
    """Write the scan where only this user can read it, until the app quits (`desktop.open_copies`)."""
    found = countries.scan_of(store, assurance_id)
    if found is None:
        raise ValidationError("scan", "scan.none_attached")
    name, content = found
    return open_copies.open_copy(name, content)


def save_scan(store: Store, assurance_id: int, target: str) -> Path:
    found = countries.scan_of(store, assurance_id)
    if found is None:
        raise ValidationError("scan", "scan.none_attached")
    try:
        write_private(Path(target), found[1])
    except OSError as exc:
        raise HomewardError("scan.not_saved", path=target, reason=exc.strerror or str(exc)) from None
    return Path(target)


def attach_from_file(store: Store, assurance_id: int, version: int, path: str) -> int:
    try:
        size = Path(path).stat().st_size
        if size > countries.MAX_SCAN_BYTES:
            raise ValidationError("scan", "file.too_large", size, megabytes=countries.MAX_SCAN_BYTES // (1024 * 1024))
        content = Path(path).read_bytes()
    except OSError as exc:
        raise HomewardError("open.not_read", path=path, reason=exc.strerror or str(exc)) from None
    return countries.attach_scan(store, assurance_id, version, Path(path).name, content)


class AssurancePanel(QWidget):
    """Timeline above, register below, actions on top."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.code: str | None = None
        self.country_name = ""
        self.today = store.today()
        self.dialog: AssuranceDialog | AssuranceStatusDialog | None = None
        self.message = QLabel()
        self.message.setObjectName("hint")

        self.add_button = QPushButton(tr("&Add assurance…"))
        self.status_button = QPushButton(tr("C&hange status…"))
        self.attach_button = QPushButton(tr("Attach s&can…"))
        self.open_button = QPushButton(tr("Open scan"))
        self.save_button = QPushButton(tr("Save scan as…"))
        self.add_button.clicked.connect(self.add)
        self.status_button.clicked.connect(self.change_status)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_scan)
        self.save_button.clicked.connect(self.save_scan_as)
        actions = QHBoxLayout()
        for button in (self.add_button, self.status_button, self.attach_button, self.open_button, self.save_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.message.setWordWrap(True)

        self.timeline = ValidityTimeline()
        self.timeline.assurance_clicked.connect(self.select)
        # many individual assurances make tall lanes: the timeline scrolls rather than push the register away
        self.timeline_area = QScrollArea()
        self.timeline_area.setWidget(self.timeline)
        self.timeline_area.setWidgetResizable(True)
        self.timeline_area.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_area.verticalScrollBar().valueChanged.connect(lambda _v: self.timeline.update())
        self.model = AssuranceTableModel(self)
        self.table, self.proxy = assurance_table(self.model, tr("Assurance register"))
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.change_status())
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.timeline_area)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self._selection_changed()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(open_copies.remove_own)

    # --- data -------------------------------------------------------------------------------------
    def set_loading(self) -> None:
        """Another country is being read: nothing of the previous one, and the timeline says it is loading."""
        self.model.set_rows_on((), self.today)
        self.timeline.set_loading()
        self._selection_changed()

    def set_country(self, code: str, name: str, assurances: Sequence[AssuranceView], today: date, *,
                    exit_punished: bool = True) -> None:
        keep = self.selected() if code == self.code else None
        self.code, self.country_name, self.today = code, name, today
        self.model.set_rows_on(assurances, today)
        self.timeline.set_data(assurances, today, exit_punished=exit_punished)
        self.timeline_area.setFixedHeight(min(self.timeline.sizeHint().height(), MAX_TIMELINE_HEIGHT))
        if keep is not None:
            self.select(keep.id)
        self.select_pending()
        self._selection_changed()

    def selected(self) -> AssuranceView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def select(self, assurance_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == assurance_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        a = self.selected()
        self.timeline.set_selected(a.id if a else None)
        self.details.setText(details_text(a, self.today) if a else
                             tr("Select an assurance (in the register or on the timeline) to see its details."))
        for button in (self.status_button, self.attach_button):
            button.setEnabled(a is not None)
        for button in (self.open_button, self.save_button):
            button.setEnabled(a is not None and a.has_scan)
        self.attach_button.setText(tr("Replace s&can…") if a is not None and a.has_scan else tr("Attach s&can…"))
        self.add_button.setEnabled(self.code is not None)

    # --- actions ----------------------------------------------------------------------------------
    def add(self) -> None:
        if self.code is None:
            return
        dialog = AssuranceDialog(self.store, self.code, self.country_name, self.today, self)
        dialog.accepted.connect(lambda: self._after_add(dialog))
        self.dialog = dialog
        dialog.open()

    def _after_add(self, dialog: AssuranceDialog) -> None:
        if dialog.assurance_id is not None:
            self._pending_select = dialog.assurance_id
            self.message.setText(tr("Assurance added"))

    def change_status(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = AssuranceStatusDialog(self.store, a, self)
        dialog.accepted.connect(
            lambda: self.message.setText(tr("Status of {reference} changed").format(reference=a.reference)))
        self.dialog = dialog
        dialog.open()

    def attach(self) -> None:
        a = self.selected()
        if a is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Attach the scanned letter for {reference}").format(reference=a.reference), "",
            tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if not path:
            return
        self.message.setText(tr("Attaching {file}…").format(file=Path(path).name))
        run_op(self, lambda: attach_from_file(self.store, a.id, a.version, path),
               changes=Changes.of_countries(origin=self),
               on_success=lambda _v: self.message.setText(
                   tr("Scan {file} attached to {reference}").format(file=Path(path).name, reference=a.reference)),
               on_error=self._failed)

    def open_scan(self) -> None:
        a = self.selected()
        if a is None or not a.has_scan:
            return
        self.message.setText(tr("Opening {file}…").format(file=a.scan_filename))
        run_query(self, lambda: scan_to_temp(self.store, a.id), self._open_file, kind=f"countries-scan-{id(self)}",
                  on_error=self._failed)

    def _open_file(self, path: Path) -> None:
        self.message.setText(tr("Opened {file}").format(file=path.name))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_scan_as(self) -> None:
        a = self.selected()
        if a is None or not a.has_scan:
            return
        target, _filter = QFileDialog.getSaveFileName(self, tr("Save the scanned letter"),
                                                     a.scan_filename or tr("scan", "file name"))
        if not target:
            return
        run_query(self, lambda: save_scan(self.store, a.id, target),
                  lambda path: self.message.setText(tr("Saved {file}").format(file=path.name)),
                  kind=f"countries-save_scan-{id(self)}",
                  on_error=self._failed)

    def _failed(self, error: HomewardError) -> None:
        self.message.setText("")
        show_known_error(self, error)

    _pending_select: int | None = None

    def select_pending(self) -> None:
        """After a refresh, select the assurance just added."""
        if self._pending_select is not None and self.select(self._pending_select):
            self._pending_select = None
