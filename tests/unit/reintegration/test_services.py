"""Catalogue, demand import (all rows or none, each bad row named), needs assessment, budgets."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from planning.errors import PermissionDenied, ValidationError
from planning.messages import Message
from planning.reintegration import allocations, demand
from planning.reintegration.allocation.instance import Instance
from planning.reintegration.budgets import BudgetDraft, save_budget
from planning.reintegration.catalogue import PackageDraft, save_package, save_partner, set_capacity
from planning.reintegration.needs import NeedDraft, assessment, save_assessment
from planning.storage.models import AuditEntry
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.conftest import TODAY
from tests.scenarios import open_family
from tests.unit.reintegration.catalogue import set_up


def test_demand_import_csv_refuses_every_bad_row_and_writes_nothing(store: Store) -> None:
    set_up(store)
    content = (b"country,region,skill,demand_index\nGEO,Batumi,ict,70\nGEO,Kutaisi,,50\nGEO,Batumi,ict,20\n"
               b"GEO,Gori,welding,140\nXXQ,Gori,welding,10\nFRA,Lyon,ict,10\n")
    with pytest.raises(demand.DemandImportRefused) as error:
        demand.import_demand(store, "demand.csv", content)
    assert [p.english() for p in error.value.problems] == [
        "row 3: skill: must not be empty", "row 4: repeats row 2 (Batumi, ict)",
        "row 5: demand_index: must be a whole number from 0 to 100", "row 6: country: unknown country code 'XXQ'",
        "row 7: country: FRA has no country profile",
    ]
    # Each problem is a key and its values: a bad field is the validation error itself, typed.
    first, repeated, *_ = error.value.problems
    assert first.key == "demand_import.row" and dict(first.params)["row"] == 3
    bad = dict(first.params)["problem"]
    assert isinstance(bad, ValidationError) and bad.field == "skill"
    assert repeated == Message.of("demand_import.repeated", row=4, first=2, region="Batumi", skill="ict")
    assert error.value.key == "demand_import.refused" and error.value.param("problems") == tuple(
        error.value.problems)
    assert [d.region for d in demand.list_demand(store)] == ["Tbilisi", "Tbilisi"]


def test_demand_import_xlsx_adds_and_updates(store: Store, tmp_path: Path) -> None:
    set_up(store)
    book = Workbook()
    sheet = book.active
    sheet.append(["Region", "Skill", "Demand index", "Country"])
    sheet.append(["Tbilisi", "ICT", 75, "GEO"])
    sheet.append(["Batumi", "construction", 60, "GEO"])
    path = tmp_path / "demand.xlsx"
    book.save(path)
    result = demand.import_demand(store, path.name, path.read_bytes())
    assert (result.added, result.updated) == (1, 1)
    assert {(d.region, d.skill, d.demand_index) for d in demand.list_demand(store)} == {
        ("Tbilisi", "ict", 75), ("Tbilisi", "tailoring", 20), ("Batumi", "construction", 60)}
    with pytest.raises(demand.DemandImportRefused, match="missing column"):
        demand.import_demand(store, "x.csv", b"region,skill\nA,b\n")


def test_package_and_needs_validation_name_the_field(store: Store) -> None:
    ids = set_up(store)
    with pytest.raises(ValidationError, match=r"^skill:"):
        save_package(store, PackageDraft("VT-X", "Course", PackageKind.VOCATIONAL_TRAINING, ids["partner"],
                                         Decimal(100)))
    with pytest.raises(ValidationError, match=r"^lead_max_months:") as lead:
        save_package(store, PackageDraft("H-X", "House", PackageKind.HOUSING, ids["partner"], Decimal(100),
                                         lead_min_months=3, lead_max_months=1))
    assert lead.value.key == "reintegration.lead_months" and lead.value.params == (("earliest", 3), ("most", 24))
    assert lead.value.message == "lead_max_months: must be from the earliest month (3) to 24"
    family = open_family(store)
    with pytest.raises(ValidationError, match=r"^needs\[0\]\.priority"):
        save_assessment(store, family.case_id, TODAY, [NeedDraft(family.father, PackageKind.HOUSING, 5)])
    with pytest.raises(ValidationError, match=r"^needs:"):
        save_assessment(store, family.case_id, TODAY, [NeedDraft(family.father, PackageKind.HOUSING),
                                                       NeedDraft(family.father, PackageKind.HOUSING, 1)])
    first = save_assessment(store, family.case_id, TODAY, [NeedDraft(family.father, PackageKind.HOUSING)])
    kept_id = assessment(store, family.case_id).needs[0].id
    second = save_assessment(store, family.case_id, TODAY, [NeedDraft(family.father, PackageKind.HOUSING, 1),
                                                            NeedDraft(family.child, PackageKind.EDUCATION)],
                             expected_version=first)
    assert second == first + 1
    view = assessment(store, family.case_id)
    assert [n.kind for n in view.needs] == [PackageKind.HOUSING, PackageKind.EDUCATION]
    assert view.needs[0].id == kept_id and view.needs[0].priority == 1


def test_wishes_stay_out_of_the_audit_log(store: Store) -> None:
    family = open_family(store)
    save_assessment(store, family.case_id, TODAY, [NeedDraft(family.father, PackageKind.HOUSING)],
                    wishes="Afraid of the uncle in the home village")
    with store.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "reintegration.needs.save")))
    assert len(entries) == 1
    assert "uncle" not in json.dumps(entries[0].after) and entries[0].after["wishes"] == "<39 characters>"
    assert entries[0].after["needs"][0]["kind"] == "housing"


def test_only_roles_that_plan_reintegration_change_it(store: Store) -> None:
    ids = set_up(store)
    family = open_family(store)
    for role in (Role.READ_ONLY, Role.MONITOR):
        for call in refused_calls(store.as_actor(Actor(f"someone-{role.value}", role)), ids, family.case_id):
            with pytest.raises(PermissionDenied, match="may not change reintegration"):
                call()
    assert [d.demand_index for d in demand.list_demand(store) if d.skill == "ict"] == [90]


def refused_calls(other: Store, ids: dict[str, int], case_id: int) -> list[Callable[[], object]]:
    return [
        lambda: save_partner(other, "Another partner", "GEO"),
        lambda: set_capacity(other, ids["partner"], "Tbilisi", TODAY, 9),
        lambda: save_package(other, PackageDraft("X-1", "X", PackageKind.HOUSING, ids["partner"], Decimal(1))),
        lambda: demand.set_demand(other, demand.DemandRow("GEO", "Tbilisi", "ict", 1)),
        lambda: demand.import_demand(other, "d.csv", b"country,region,skill,demand_index\nGEO,Gori,ict,5\n"),
        lambda: save_assessment(other, case_id, TODAY, []),
        lambda: save_budget(other, BudgetDraft("B", None, TODAY, TODAY, Decimal(1), Decimal(1))),
        lambda: allocations.record_delivery(other, 1, 1, TODAY),
        lambda: allocations.cancel(other, 1, 1, "no"),
        lambda: allocations.accept(other, Instance(TODAY, 1, (), (), (), ()), frozenset()),
    ]
