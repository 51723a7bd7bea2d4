"""A small reintegration set-up in the database: one partner in Georgia, its places, packages and a budget."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planning.reintegration import budgets, catalogue, demand
from planning.reintegration.catalogue import PackageDraft
from planning.reintegration.demand import DemandRow
from planning.reintegration.needs import NeedDraft, save_assessment
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, Family


def set_up(store: Store, places: int = 5, in_kind_total: int = 50_000) -> dict[str, int]:
    partner = catalogue.save_partner(store, "Tbilisi Livelihoods", COUNTRY, "office@example.org")
    for month in range(12):
        catalogue.set_capacity(store, partner, "Tbilisi", date(2026, 6 + month, 1) if month < 7
                               else date(2027, month - 6, 1), places)
    housing = catalogue.save_package(store, PackageDraft("HOUSE-1", "Rent for six months", PackageKind.HOUSING,
                                                         partner, Decimal(1200), Decimal(100), head_only=True,
                                                         min_age=18, lead_min_months=0, lead_max_months=2))
    school = catalogue.save_package(store, PackageDraft("EDU-1", "School kit and fees", PackageKind.EDUCATION,
                                                        partner, Decimal(400), min_age=5, max_age=17,
                                                        lead_max_months=1))
    tailoring = catalogue.save_package(store, PackageDraft(
        "VT-TAIL", "Tailoring course", PackageKind.VOCATIONAL_TRAINING, partner, Decimal(700), Decimal(50),
        min_age=16, skill="tailoring", lead_min_months=1, lead_max_months=3))
    ict = catalogue.save_package(store, PackageDraft(
        "VT-ICT", "ICT course", PackageKind.VOCATIONAL_TRAINING, partner, Decimal(900), Decimal(50), min_age=16,
        skill="ict", lead_min_months=1, lead_max_months=3))
    demand.set_demand(store, DemandRow(COUNTRY, "Tbilisi", "ict", 90))
    demand.set_demand(store, DemandRow(COUNTRY, "Tbilisi", "tailoring", 20))
    budget = budgets.save_budget(store, budgets.BudgetDraft("EU AMIF 2026", COUNTRY, date(2026, 1, 1),
                                                            date(2027, 12, 31), Decimal(in_kind_total),
                                                            Decimal(5000)))
    return {"partner": partner, "housing": housing, "school": school, "tailoring": tailoring, "ict": ict,
            "budget": budget}


def assess(store: Store, family: Family) -> int:
    return save_assessment(store, family.case_id, TODAY, [
        NeedDraft(family.father, PackageKind.HOUSING, 1),
        NeedDraft(family.mother, PackageKind.VOCATIONAL_TRAINING, 2, skills_held=("sewing",)),
        NeedDraft(family.child, PackageKind.EDUCATION, 1),
    ], wishes="Wants to settle near the grandparents in Tbilisi")
