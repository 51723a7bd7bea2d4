"""Budgets per funding line and period, with ceilings per adult and per dependant, and what they have paid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from planning import audit
from planning.audit import snapshot
from planning.cases import ensure_country
from planning.errors import ValidationError
from planning.lookup import changes, check_version, get
from planning.messages import Money
from planning.security.permissions import Permission, require
from planning.storage.models import CountryProfile, PackageAllocation, ReintegrationBudget
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Store
from planning.validation import country_code, period, required_text

MONEY_FIELDS = ("in_kind_total", "cash_total", "in_kind_per_adult", "in_kind_per_dependant", "cash_per_adult",
                "cash_per_dependant")


@dataclass(frozen=True)
class BudgetDraft:
    funding_line: str
    country: str | None  # None: every country
    period_start: date
    period_end: date
    in_kind_total: Decimal
    cash_total: Decimal
    in_kind_per_adult: Decimal = Decimal(2000)
    in_kind_per_dependant: Decimal = Decimal(1000)
    cash_per_adult: Decimal = Decimal(300)
    cash_per_dependant: Decimal = Decimal(100)


@dataclass(frozen=True)
class BudgetView:
    id: int
    funding_line: str
    country: str | None
    period_start: date
    period_end: date
    in_kind_total: Decimal
    cash_total: Decimal
    in_kind_per_adult: Decimal
    in_kind_per_dependant: Decimal
    cash_per_adult: Decimal
    cash_per_dependant: Decimal
    in_kind_committed: Decimal  # accepted, not yet delivered
    cash_committed: Decimal
    in_kind_delivered: Decimal
    cash_delivered: Decimal
    version: int

    @property
    def in_kind_left(self) -> Decimal:
        return self.in_kind_total - self.in_kind_committed - self.in_kind_delivered

    @property
    def cash_left(self) -> Decimal:
        return self.cash_total - self.cash_committed - self.cash_delivered


def save_budget(store: Store, draft: BudgetDraft, budget_id: int | None = None,
                expected_version: int | None = None) -> int:
    """Create (no id) or update a budget; returns its id."""
    require(store, Permission.PLAN_REINTEGRATION)
    values: dict[str, object] = {"funding_line": required_text("funding_line", draft.funding_line, max_length=160)}
    period("period_start", draft.period_start, "period_end", draft.period_end)
    for name in MONEY_FIELDS:
        amount = getattr(draft, name)
        if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
            raise ValidationError(name, "reintegration.negative_amount", amount)
        values[name] = amount
    values["period_start"], values["period_end"] = draft.period_start, draft.period_end
    with store.transaction() as session:
        values["country_id"] = (ensure_country(session, country_code("country", draft.country), store).id
                                if draft.country else None)
        if budget_id is None:
            budget = ReintegrationBudget(**values)
            session.add(budget)
            audit.record(session, store.actor, "reintegration.budget.add", budget)
            return budget.id
        budget = get(session, ReintegrationBudget, budget_id, for_update=True)
        check_version(budget, expected_version)
        before = snapshot(budget)
        spent = session.scalar(select(func.coalesce(func.sum(PackageAllocation.in_kind), 0)).where(
            PackageAllocation.budget_id == budget_id, PackageAllocation.status != AllocationStatus.CANCELLED))
        if Decimal(spent or 0) > draft.in_kind_total:
            raise ValidationError("in_kind_total", "reintegration.below_allocated", draft.in_kind_total,
                                  allocated=Money(Decimal(spent or 0)))
        if changes(budget, values):
            audit.record(session, store.actor, "reintegration.budget.update", budget, before=before)
        return budget.id


def list_budgets(store: Store) -> list[BudgetView]:
    """Every budget with what it has committed (accepted) and paid (delivered)."""
    with store.reading() as session:
        used: dict[tuple[int, AllocationStatus], tuple[Decimal, Decimal]] = {
            (budget_id, status): (Decimal(in_kind or 0), Decimal(cash or 0))
            for budget_id, status, in_kind, cash in session.execute(
                select(PackageAllocation.budget_id, PackageAllocation.status, func.sum(PackageAllocation.in_kind),
                       func.sum(PackageAllocation.cash))
                .where(PackageAllocation.status != AllocationStatus.CANCELLED)
                .group_by(PackageAllocation.budget_id, PackageAllocation.status))}
        zero = (Decimal(0), Decimal(0))
        views = []
        for budget, code in session.execute(
                select(ReintegrationBudget, CountryProfile.code)
                .outerjoin(CountryProfile, ReintegrationBudget.country_id == CountryProfile.id)
                .order_by(ReintegrationBudget.period_start, ReintegrationBudget.funding_line)):
            committed = used.get((budget.id, AllocationStatus.ACCEPTED), zero)
            delivered = used.get((budget.id, AllocationStatus.DELIVERED), zero)
            views.append(BudgetView(
                budget.id, budget.funding_line, code, budget.period_start, budget.period_end, budget.in_kind_total,
                budget.cash_total, budget.in_kind_per_adult, budget.in_kind_per_dependant, budget.cash_per_adult,
                budget.cash_per_dependant, committed[0], committed[1], delivered[0], delivered[1], budget.version))
        return views
