"""The Reintegration page's reference tables: catalogue, partners and capacity by month, skills in demand,
budgets with what they committed and paid, and the deliveries to hand over."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.i18n import tr
from desktop.labels import day, in_sentence, label, money, month, number
from desktop.models.rows import Index, RowsModel
from desktop.places import place_name
from planning.reintegration.allocations import AllocationView
from planning.reintegration.budgets import BudgetView
from planning.reintegration.catalogue import CapacityView, PackageView
from planning.reintegration.demand import DemandView
from planning.storage.models.reintegration import AllocationStatus
from planning.vocabulary import Relationship, VulnerabilityKind

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
DELIVERED = QColor("#e3f1e0")
OVERDUE = QColor("#fde7e9")


def euros(amount: Decimal | int) -> str:
    """A whole amount in euros, in the interface locale (€1,250 / 1 250 €)."""
    return money(Decimal(amount).quantize(Decimal(1)))


def percent(fraction: Decimal | float, decimals: int = 0) -> str:
    """0.25 → '25%' ('25 %' in French), digits in the interface locale."""
    return tr("{value}%").format(value=number(float(fraction) * 100, decimals))


def table(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def eligibility(package: PackageView) -> str:
    """Who a package is for, in the interface language: 'ages 18–65, head of household, disability'."""
    parts = []
    if package.min_age or package.max_age is not None:
        parts.append(tr("ages {first}–{last}").format(first=number(package.min_age), last=number(package.max_age))
                     if package.max_age is not None else tr("{first}+", "ages").format(first=number(package.min_age)))
    if package.head_only:
        parts.append(in_sentence(Relationship.HEAD))
    if package.vulnerabilities:
        kinds = [in_sentence(VulnerabilityKind(v)) if v in set(VulnerabilityKind) else v
                 for v in package.vulnerabilities]
        either = tr("or", "one of these")
        parts.append(f" {either} ".join(kinds))
    return ", ".join(parts) or tr("anyone", "eligible")


class CatalogueModel(RowsModel[PackageView]):
    def __init__(self) -> None:
        super().__init__((tr("Code"), tr("Package"), tr("Kind"), tr("Country"), tr("Partner"), tr("In kind"),
                          tr("Cash"), tr("Eligible"), tr("Trade"), tr("Delivery"), tr("Regions")),
                         {9: tr("Months after the arrival month in which the partner delivers")})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lead = (tr("arrival month + {first}–{last}").format(first=number(p.lead_min_months),
                                                                 last=number(p.lead_max_months))
                    if p.lead_max_months else tr("arrival month"))
            return (p.code, p.name, label(p.kind), p.country, p.partner,
                    euros(p.in_kind), euros(p.cash), eligibility(p), p.skill or "", lead,
                    ", ".join(place_name(r) for r in p.regions) or tr("all", "every region"))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor("#8a8f95"))
        return None


class CapacityModel(RowsModel[CapacityView]):
    """Places per month, edited in place (double-click); the page saves the edit through the service."""

    edited = Signal(object, object, object)  # CapacityView, month, the text typed

    def __init__(self) -> None:
        super().__init__((tr("Partner"), tr("Region")))
        self.months: list[date] = []

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() >= 2 else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < 2 or role != Qt.ItemDataRole.EditRole:
            return False
        self.edited.emit(self.rows[index.row()], self.months[index.column() - 2], str(value).strip())
        return False  # the row changes when the saved value is read back

    def set_months(self, months: list[date], rows: list[CapacityView]) -> None:
        self.months = months
        self.headers = (tr("Partner"), tr("Region"), *(month(m, short=True) for m in months))
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column < 2:
                return (row.partner, place_name(row.region))[column]
            places = row.months.get(self.months[column - 2])
            return "" if places is None else number(places)
        if role == Qt.ItemDataRole.EditRole and column >= 2:
            return str(row.months.get(self.months[column - 2], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return CENTRE
        return None


class DemandModel(RowsModel[DemandView]):
    """The demand index is edited in place (double-click); the page saves the edit through the service."""

    edited = Signal(object, object)  # DemandView, the text typed

    def __init__(self) -> None:
        super().__init__((tr("Country"), tr("Region"), tr("Skill"), tr("Demand index")),
                         {3: tr("0: nobody hires for it; 100: scarce and sought after. Double-click to change")})

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 3 else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 3 or role != Qt.ItemDataRole.EditRole:
            return False
        self.edited.emit(self.rows[index.row()], str(value).strip())
        return False  # the row changes when the saved value is read back

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            bar = "▮" * round(d.demand_index / 10)
            return (d.country, place_name(d.region), d.skill, f"{number(d.demand_index):>3}  {bar}")[
                index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 3:
            return str(d.demand_index)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QBrush(QColor("#1a5fb4" if d.demand_index >= 60 else "#4a4f55"))
        return None


class BudgetModel(RowsModel[BudgetView]):
    def __init__(self) -> None:
        super().__init__((tr("Funding line"), tr("Country"), tr("Period"), tr("In kind"), tr("Committed"),
                          tr("Delivered"), tr("Left"), tr("Used"), tr("Cash"), tr("Cash left"),
                          tr("Ceilings per adult / dependant")),
                         {4: tr("Accepted, not yet handed over"), 10: tr("In kind + cash, per household member")})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        column = index.column()
        used = (b.in_kind_committed + b.in_kind_delivered) / b.in_kind_total if b.in_kind_total else Decimal(0)
        if role == Qt.ItemDataRole.DisplayRole:
            return (b.funding_line, b.country or tr("all", "every country"),
                    f"{day(b.period_start)} – {day(b.period_end)}", euros(b.in_kind_total),
                    euros(b.in_kind_committed), euros(b.in_kind_delivered), euros(b.in_kind_left), percent(used),
                    euros(b.cash_total), euros(b.cash_left),
                    f"{euros(b.in_kind_per_adult)} + {euros(b.cash_per_adult)} / "
                    f"{euros(b.in_kind_per_dependant)} + {euros(b.cash_per_dependant)}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column <= 9:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and column == 7:
            return QBrush(QColor("#f6d5a8" if used >= Decimal("0.9") else "#e3f1e0"))
        return None


class DeliveryModel(RowsModel[AllocationView]):
    def __init__(self, today: date) -> None:
        super().__init__((tr("Delivery"), tr("Case"), tr("Person"), tr("Package"), tr("Partner"), tr("Region"),
                          tr("In kind"), tr("Cash"), tr("Status")))
        self.today = today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = (tr("handed over {date}").format(date=day(a.delivered_on))
                      if a.status is AllocationStatus.DELIVERED else tr("to deliver"))
            return (month(a.delivery_month), a.reference, a.person, a.package, a.partner, place_name(a.region),
                    euros(a.in_kind), euros(a.cash), status)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (6, 7):
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and column == 8:
            if a.status is AllocationStatus.DELIVERED:
                return QBrush(DELIVERED)
            if a.delivery_month < self.today.replace(day=1):
                return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8 and a.status is AllocationStatus.ACCEPTED \
                and a.delivery_month < self.today.replace(day=1):
            return tr("The delivery month has passed without a recorded handover")
        return None
