"""The searchable list of countries of return, with badges for review, suspension and punished exit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TR_NOOP, tr
from desktop.models.rows import RowsModel
from desktop.places import country_name
from planning.country_view import CountrySummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

UNDER_REVIEW = QT_TR_NOOP("Under review")

#: (text, applies, background, foreground) of each badge, in the order they are drawn; texts untranslated.
BADGES: tuple[tuple[str, Callable[[CountrySummary], bool], str, str], ...] = (
    (UNDER_REVIEW, lambda s: s.under_review, "#ffe8a3", "#5c4300"),
    (QT_TR_NOOP("Returns suspended"), lambda s: s.returns_suspended, "#f9d0d3", "#8c1d18"),
    (QT_TR_NOOP("Advisory"), lambda s: s.advisory_in_force and not s.returns_suspended, "#dbe7f7", "#123e73"),
    (QT_TR_NOOP("Exit punished"), lambda s: s.exit_punished, "#e6e0ef", "#3f2d63"),
)

#: The list's filters: the (untranslated) name, which `show_filter` takes, and the test.
FILTERS: tuple[tuple[str, Callable[[CountrySummary], bool]], ...] = (
    (QT_TR_NOOP("All countries"), lambda s: True),
    (UNDER_REVIEW, lambda s: s.under_review),
    (QT_TR_NOOP("Returns suspended"), lambda s: s.returns_suspended),
    (QT_TR_NOOP("Advisory in force"), lambda s: s.advisory_in_force),
    (QT_TR_NOOP("Irregular exit punished"), lambda s: s.exit_punished),
)


def badges(summary: CountrySummary) -> list[tuple[str, str, str]]:
    """The badges that apply, as (translated text, background, foreground)."""
    return [(tr(text), bg, fg) for text, applies, bg, fg in BADGES if applies(summary)]


class CountryListModel(RowsModel[CountrySummary]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((tr("Country"), tr("Open", "open cases")),
                         {1: tr("Open cases: not yet departed, not closed")}, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == SUMMARY_ROLE:
            return row
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return country_name(row.code, row.name)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                flags = ", ".join(text for text, _, _ in badges(row))
                return f"{country_name(row.code, row.name)} ({row.code})" + (f": {flags}" if flags else "")
        if index.column() == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.open_cases
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CountryFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.flag: Callable[[CountrySummary], bool] = FILTERS[0][1]

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_flag(self, flag: Callable[[CountrySummary], bool]) -> None:
        self.beginFilterChange()
        self.flag = flag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CountryListModel)
        row = model.rows[source_row]
        if not self.flag(row):
            return False
        return (not self.text or self.text in country_name(row.code, row.name).casefold()
                or self.text in row.name.casefold() or self.text in row.code.casefold())


class CountryDelegate(QStyledItemDelegate):
    """Country name and ISO code on the first line, badges beneath."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(220, height * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if not isinstance(summary, CountrySummary):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(opt.rect).adjusted(8, 4, -6, -4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font = QFontMetrics(opt.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = opt.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        line = QRectF(rect.left(), rect.top(), rect.width(), font.height())
        shown = country_name(summary.code, summary.name)
        name = QFontMetrics(bold).elidedText(shown, Qt.TextElideMode.ElideRight, int(rect.width() - 44))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        code_colour = QColor(text)
        code_colour.setAlpha(150)
        bold.setBold(False)
        painter.setFont(bold)
        painter.setPen(code_colour)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, summary.code)
        small = opt.font
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        x = rect.left()
        y = rect.top() + font.height() + 3
        for label, bg, fg in badges(summary):
            width = metrics.horizontalAdvance(label) + 12
            if x + width > rect.right():
                break
            pill = QRectF(x, y, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor(fg))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 5
        painter.restore()


class CountryList(QWidget):
    """Search box, flag filter, the list, and 'Add country…'."""

    country_selected = Signal(str)
    add_requested = Signal()
    expiring_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CountryListModel(self)
        self.proxy = CountryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search countries by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Show", "filter"))
        for text, _ in FILTERS:
            self.filter.addItem(tr(text))
        self.filter.currentIndexChanged.connect(lambda i: self.proxy.set_flag(FILTERS[i][1]))

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(0, CountryDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(tr("Countries of return"))
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 16)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.add_button = QPushButton(tr("Add country…"))
        self.add_button.clicked.connect(self.add_requested)
        self.expiring_button = QPushButton(tr("Expiring assurances"))
        self.expiring_button.setToolTip(tr("Assurances in force that end within 30 days, in every country"))
        self.expiring_button.clicked.connect(self.expiring_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.expiring_button)
        layout.addLayout(buttons)
        self.search.returnPressed.connect(self._enter_from_search)

    def set_rows(self, rows: Sequence[CountrySummary], keep: str | None = None) -> None:
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(rows)
        finally:
            self.view.selectionModel().blockSignals(False)
        if keep:
            self.select(keep, emit=False)

    def codes(self) -> list[str]:
        """The codes shown, in the order shown."""
        return [self.proxy.index(r, 0).data(SUMMARY_ROLE).code for r in range(self.proxy.rowCount())]

    def summary(self, code: str) -> CountrySummary | None:
        return next((s for s in self.model.rows if s.code == code), None)

    def select(self, code: str, *, emit: bool = True) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SUMMARY_ROLE).code == code:
                selection = self.view.selectionModel()
                selection.blockSignals(not emit)
                try:
                    self.view.setCurrentIndex(index)
                finally:
                    selection.blockSignals(False)
                self.view.scrollTo(index)
                return True
        return False

    def show_filter(self, name: str) -> None:
        """Choose the filter `name` (its untranslated name in FILTERS, e.g. UNDER_REVIEW)."""
        self.filter.setCurrentIndex(next(i for i, (text, _) in enumerate(FILTERS) if text == name))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.country_selected.emit(current.data(SUMMARY_ROLE).code)

    def _enter_from_search(self) -> None:
        if self.proxy.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
