"""Setting up reintegration: partners, their places per region and month, packages of the catalogue, budgets."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.fields import CheckGroup, CountryBox, DateField
from desktop.i18n import current_locale, tr
from desktop.labels import label, number
from planning.errors import ValidationError
from planning.reintegration import budgets, catalogue
from planning.reintegration.allocation.instance import month_index, month_start
from planning.reintegration.budgets import BudgetDraft, BudgetView
from planning.reintegration.catalogue import PackageDraft, PackageView, PartnerView
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind

CHANGES = Changes(cases=True)


def euros(field: str, text: str) -> Decimal:
    """An amount typed as the interface locale writes numbers (2,000.50 / 2 000,50), € optional."""
    locale = current_locale()
    group, point = (locale.groupSeparator(), locale.decimalPoint()) if locale is not None else (",", ".")
    cleaned = "".join(c for c in text.replace("€", "").replace(group, "")
                      if not c.isspace() and unicodedata.category(c) != "Cf")
    try:
        amount = Decimal(cleaned.replace(point, ".") or "0")
    except InvalidOperation:
        raise ValidationError(field, "typed.amount", text) from None
    return amount


def money_field(value: Decimal | int = 0) -> QLineEdit:
    field = QLineEdit(number(value) if value else "")
    field.setPlaceholderText("€")
    return field


def partner_box(partners: Sequence[PartnerView], current: int | None = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(tr("Partner"))
    for partner in partners:
        box.addItem(f"{partner.name} ({partner.country})", partner.id)
        if partner.id == current:
            box.setCurrentIndex(box.count() - 1)
    return box


def chosen_partner(box: QComboBox) -> int:
    data = box.currentData()
    if not isinstance(data, int):
        raise ValidationError("partner", "choice.partner")
    return data


class PartnerDialog(ServiceDialog):
    def __init__(self, store: Store, partner: PartnerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit partner") if partner else tr("Add partner"), parent, changes=CHANGES,
                         intro=tr("An organisation that delivers packages in a country of return."))
        self.store, self.partner = store, partner
        self.name = QLineEdit(partner.name if partner else "")
        self.country = CountryBox()
        self.country.set_code(partner.country if partner else None)
        self.contact = QLineEdit(partner.contact or "" if partner else "")
        self.row(tr("Name"), self.name, "name")
        self.row(tr("Country"), self.country, "country")
        self.row(tr("Contact"), self.contact, "contact")

    def work(self) -> Callable[[], int]:
        store, partner = self.store, self.partner
        name, country, contact = self.name.text(), self.country.code(), self.contact.text()
        return lambda: catalogue.save_partner(store, name, country, contact or None,
                                              partner.id if partner else None, partner.version if partner else None)


class CapacityDialog(ServiceDialog):
    """The same number of places for a partner in a region over a run of months (0 closes them)."""

    def __init__(self, store: Store, partners: Sequence[PartnerView], parent: QWidget | None = None) -> None:
        super().__init__(tr("Set partner places"), parent, changes=CHANGES,
                         intro=tr("How many packages the partner can deliver in the region each month, for every "
                                  "month from the first to the last. 0 means none that month."))
        self.store = store
        today = store.today().replace(day=1)
        self.partner = partner_box(partners)
        self.region = QLineEdit()
        self.first = DateField(today)
        self.first.setDisplayFormat("MMMM yyyy")
        self.last = DateField(month_start(today, 11))
        self.last.setDisplayFormat("MMMM yyyy")
        self.places = QSpinBox()
        self.places.setRange(0, catalogue.MAX_PLACES)
        self.places.setValue(3)
        self.row(tr("Partner"), self.partner, "partner")
        self.row(tr("Region"), self.region, "region")
        self.row(tr("From", "start of a period"), self.first, "month")
        self.row(tr("Until", "end of a period"), self.last, "last")
        self.row(tr("Places per month"), self.places, "places")

    def work(self) -> Callable[[], int]:
        store, partner, region, places = self.store, chosen_partner(self.partner), self.region.text(), \
            self.places.value()
        first, last = self.first.value().replace(day=1), self.last.value().replace(day=1)
        if last < first:
            raise ValidationError("last", "capacity.last_before_first", last)
        months = [month_start(first, m) for m in range(month_index(first, last) + 1)]
        return lambda: catalogue.set_capacities(store, partner, region, months, places)


class PackageDialog(ServiceDialog):
    def __init__(self, store: Store, partners: Sequence[PartnerView], package: PackageView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit package") if package else tr("Add package"), parent, changes=CHANGES,
                         intro=tr("A package of the catalogue: what it costs, who delivers it where, who may "
                                  "receive it, and how many months after arrival it is delivered."))
        self.store, self.package = store, package
        self.code = QLineEdit(package.code if package else "")
        self.name = QLineEdit(package.name if package else "")
        self.kind = QComboBox()
        for kind in PackageKind:
            self.kind.addItem(label(kind), kind.value)
        if package:
            self.kind.setCurrentIndex(self.kind.findData(package.kind.value))
        self.partner = partner_box(partners, package.partner_id if package else None)
        self.in_kind = money_field(package.in_kind if package else 0)
        self.cash = money_field(package.cash if package else 0)
        self.regions = QLineEdit(", ".join(package.regions) if package else "")
        self.regions.setPlaceholderText(tr("empty: every region; or comma-separated"))
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 120)
        self.min_age.setValue(package.min_age if package else 0)
        self.max_age = QSpinBox()
        self.max_age.setRange(0, 120)
        self.max_age.setSpecialValueText(tr("no limit"))
        self.max_age.setValue(package.max_age or 0 if package else 0)
        self.head_only = QCheckBox(tr("Only the head of household"))
        self.head_only.setChecked(bool(package and package.head_only))
        self.vulnerabilities: CheckGroup[VulnerabilityKind] = CheckGroup(
            [(k, label(k)) for k in VulnerabilityKind], columns=3)
        if package:
            self.vulnerabilities.set_checked(VulnerabilityKind(v) for v in package.vulnerabilities)
        self.skill = QLineEdit(package.skill or "" if package else "")
        self.skill.setPlaceholderText(tr("the trade taught (vocational training only)"))
        self.lead_min = QSpinBox()
        self.lead_min.setRange(0, catalogue.MAX_LEAD_MONTHS)
        self.lead_min.setValue(package.lead_min_months if package else 0)
        self.lead_max = QSpinBox()
        self.lead_max.setRange(0, catalogue.MAX_LEAD_MONTHS)
        self.lead_max.setValue(package.lead_max_months if package else 3)
        self.active = QCheckBox(tr("Offered (inactive packages are kept but never allocated)"))
        self.active.setChecked(package.active if package else True)
        for caption, widget, field in ((tr("Code"), self.code, "code"), (tr("Name"), self.name, "name"),
                                     (tr("Kind"), self.kind, "kind"), (tr("Partner"), self.partner, "partner"),
                                     (tr("In kind (€)"), self.in_kind, "in_kind"),
                                     (tr("Cash (€)"), self.cash, "cash"),
                                     (tr("Regions"), self.regions, "regions"),
                                     (tr("Minimum age"), self.min_age, "min_age"),
                                     (tr("Maximum age"), self.max_age, "max_age"), ("", self.head_only, "head_only"),
                                     (tr("Only for"), self.vulnerabilities, "vulnerabilities"),
                                     (tr("Trade"), self.skill, "skill"),
                                     (tr("Delivered from month"), self.lead_min, "lead_min_months"),
                                     (tr("until month"), self.lead_max, "lead_max_months"),
                                     ("", self.active, "active")):
            self.row(caption, widget, field)

    def work(self) -> Callable[[], int]:
        draft = PackageDraft(
            code=self.code.text(), name=self.name.text(), kind=PackageKind(self.kind.currentData()),
            partner_id=chosen_partner(self.partner), in_kind=euros("in_kind", self.in_kind.text()),
            cash=euros("cash", self.cash.text()),
            regions=tuple(r.strip() for r in self.regions.text().split(",") if r.strip()),
            min_age=self.min_age.value(), max_age=self.max_age.value() or None, head_only=self.head_only.isChecked(),
            vulnerabilities=self.vulnerabilities.checked(), skill=self.skill.text() or None,
            lead_min_months=self.lead_min.value(), lead_max_months=self.lead_max.value(),
            active=self.active.isChecked())
        store, package = self.store, self.package
        return lambda: catalogue.save_package(store, draft, package.id if package else None,
                                              package.version if package else None)


class BudgetDialog(ServiceDialog):
    def __init__(self, store: Store, budget: BudgetView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit budget") if budget else tr("Add budget"), parent, changes=CHANGES,
                         intro=tr("A funding line for a period: what it can pay in kind and in cash, and the most "
                                  "one household receives per adult and per dependant. A household draws on the "
                                  "line of its country (else one for every country) whose period covers its "
                                  "arrival."))
        self.store, self.budget = store, budget
        today = store.today()
        self.funding_line = QLineEdit(budget.funding_line if budget else "")
        self.country = CountryBox()
        self.country.insertItem(0, tr("Every country"), "")
        self.country.set_code(budget.country if budget else "")
        self.start = DateField(budget.period_start if budget else date(today.year, 1, 1))
        self.end = DateField(budget.period_end if budget else date(today.year, 12, 31))
        self.in_kind_total = money_field(budget.in_kind_total if budget else 0)
        self.cash_total = money_field(budget.cash_total if budget else 0)
        self.in_kind_adult = money_field(budget.in_kind_per_adult if budget else 2000)
        self.in_kind_dependant = money_field(budget.in_kind_per_dependant if budget else 1000)
        self.cash_adult = money_field(budget.cash_per_adult if budget else 300)
        self.cash_dependant = money_field(budget.cash_per_dependant if budget else 100)
        for caption, widget, field in (
                (tr("Funding line"), self.funding_line, "funding_line"), (tr("Country"), self.country, "country"),
                (tr("From", "start of a period"), self.start, "period_start"),
                (tr("Until", "end of a period"), self.end, "period_end"),
                (tr("In kind, total (€)"), self.in_kind_total, "in_kind_total"),
                (tr("Cash, total (€)"), self.cash_total, "cash_total"),
                (tr("In kind per adult (€)"), self.in_kind_adult, "in_kind_per_adult"),
                (tr("In kind per dependant (€)"), self.in_kind_dependant, "in_kind_per_dependant"),
                (tr("Cash per adult (€)"), self.cash_adult, "cash_per_adult"),
                (tr("Cash per dependant (€)"), self.cash_dependant, "cash_per_dependant")):
            self.row(caption, widget, field)

    def work(self) -> Callable[[], int]:
        country = self.country.code() if self.country.currentIndex() != 0 else None
        draft = BudgetDraft(
            self.funding_line.text(), country or None, self.start.value(), self.end.value(),
            euros("in_kind_total", self.in_kind_total.text()), euros("cash_total", self.cash_total.text()),
            euros("in_kind_per_adult", self.in_kind_adult.text()),
            euros("in_kind_per_dependant", self.in_kind_dependant.text()),
            euros("cash_per_adult", self.cash_adult.text()), euros("cash_per_dependant", self.cash_dependant.text()))
        store, budget = self.store, self.budget
        return lambda: budgets.save_budget(store, draft, budget.id if budget else None,
                                           budget.version if budget else None)
