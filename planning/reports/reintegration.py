"""The reintegration report: packages allocated and delivered in the period (people, households, euros), and
what each funding line paid against its budget.

A package counts as *allocated* on the day its allocation was accepted (unless cancelled since) and as
*delivered* on the day it was handed over. Each counts in the month, country (the case's), sex, age group and
vulnerabilities of the person it was allocated to, on that day; a person or household with several packages
counts once in a total, its euros add up.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planning.messages import Phrase
from planning.reports import people
from planning.reports.measures import Measure, ReportKind
from planning.reports.report import BudgetLine, Report, Request, build
from planning.reports.tables import Fact
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CountryProfile, PackageAllocation, ReintegrationBudget
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Store

ZERO = Decimal("0.00")


def reintegration_report(store: Store, req: Request) -> Report:
    require(store, Permission.READ)
    with store.reading() as session:
        return compute(session, req, store.today())


def compute(session: Session, req: Request, today: date) -> Report:
    assert req.kind is ReportKind.REINTEGRATION
    start, end = req.start, req.end
    first = datetime.combine(start - timedelta(days=1), time(), UTC)
    last = datetime.combine(end + timedelta(days=2), time(), UTC)
    rows = list(session.execute(
        select(PackageAllocation.id, PackageAllocation.person_id, PackageAllocation.case_id, PackageAllocation.status,
               PackageAllocation.accepted_at, PackageAllocation.delivered_on, PackageAllocation.in_kind,
               PackageAllocation.cash, CountryProfile.code)
        .join(Case, Case.id == PackageAllocation.case_id)
        .join(CountryProfile, CountryProfile.id == Case.country_id)
        .where(or_(PackageAllocation.accepted_at.between(first, last),
                   PackageAllocation.delivered_on.between(start, end)))))
    who = people.load(session, [row.person_id for row in rows])
    facts: list[Fact] = []
    for row in rows:
        person = who.get(row.person_id)
        if person is None:
            continue
        amount = (row.in_kind + row.cash).quantize(Decimal("0.01"))
        accepted = row.accepted_at.date()
        if row.status is not AllocationStatus.CANCELLED and start <= accepted <= end:
            keys = person.on(accepted, row.code)
            facts += [Fact(Measure.PEOPLE_ALLOCATED, row.person_id, keys),
                      Fact(Measure.HOUSEHOLDS_ALLOCATED, row.case_id, keys),
                      Fact(Measure.AMOUNT_ALLOCATED, row.id, keys, amount)]
        if row.status is AllocationStatus.DELIVERED and row.delivered_on is not None \
                and start <= row.delivered_on <= end:
            keys = person.on(row.delivered_on, row.code)
            facts += [Fact(Measure.PEOPLE_DELIVERED, row.person_id, keys),
                      Fact(Measure.HOUSEHOLDS_DELIVERED, row.case_id, keys),
                      Fact(Measure.AMOUNT_DELIVERED, row.id, keys, amount)]
    countries = {code: name for code, name in session.execute(select(CountryProfile.code, CountryProfile.name))}
    return build(req, facts, today, countries, budgets(session, start, end),
                 how_counted=Phrase.of("report.how_reintegration"))


def budgets(session: Session, start: date, end: date) -> tuple[BudgetLine, ...]:
    """Every funding line whose period overlaps the report's: its total (in kind and cash), what it paid in the
    period and to date, and what accepted allocations still commit."""
    paid = PackageAllocation.in_kind + PackageAllocation.cash
    delivered = PackageAllocation.status == AllocationStatus.DELIVERED

    def spent(*where: object) -> dict[int, Decimal]:
        query = select(PackageAllocation.budget_id, func.coalesce(func.sum(paid), 0)) \
            .where(*where).group_by(PackageAllocation.budget_id)  # type: ignore[arg-type]
        return {budget: Decimal(total).quantize(Decimal("0.01")) for budget, total in session.execute(query)}

    in_period = spent(delivered, PackageAllocation.delivered_on.between(start, end))
    to_date = spent(delivered)
    committed = spent(PackageAllocation.status == AllocationStatus.ACCEPTED)
    lines = session.execute(
        select(ReintegrationBudget, CountryProfile.code)
        .outerjoin(CountryProfile, CountryProfile.id == ReintegrationBudget.country_id)
        .where(ReintegrationBudget.period_start <= end, ReintegrationBudget.period_end >= start)
        .order_by(ReintegrationBudget.period_start, ReintegrationBudget.funding_line))
    return tuple(BudgetLine(b.funding_line, code, b.period_start, b.period_end,
                            (b.in_kind_total + b.cash_total).quantize(Decimal("0.01")),
                            in_period.get(b.id, ZERO), to_date.get(b.id, ZERO), committed.get(b.id, ZERO))
                 for b, code in lines)
