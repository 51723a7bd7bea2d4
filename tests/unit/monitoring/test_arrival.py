"""The arrival hook: a plan per arrived household, idempotent; catching up; status MONITORING."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from monitoring import arrival
from planning import booking_service, movements, status
from planning.errors import NotFoundError
from planning.storage.models import Case, FollowUp, MonitoringPlan
from planning.storage.store import Store
from planning.vocabulary import CaseStatus
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import family_ready, fly_home, row_counts
from tests.unit.planning.test_movements import flight


def case_status(store: Store, case_id: int) -> CaseStatus:
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def test_arrival_creates_one_plan_and_the_case_is_monitored(store: Store) -> None:
    family = family_ready(store)
    movement_id = fly_home(store, [family])
    assert case_status(store, family.case_id) is CaseStatus.ARRIVED

    plans = arrival.after_arrival(store, movement_id)

    assert [p.case_id for p in plans] == [family.case_id]
    assert plans[0].due[0] == TODAY
    assert case_status(store, family.case_id) is CaseStatus.MONITORING
    assert arrival.after_arrival(store, movement_id) == []
    with store.reading() as session:
        assert len(list(session.scalars(select(MonitoringPlan)))) == 1
        assert len(list(session.scalars(select(FollowUp)))) == 5


def test_ensure_plans_catches_up_on_arrived_cases_without_a_plan(store: Store) -> None:
    first, second = family_ready(store), family_ready(store, with_assurances=False)
    fly_home(store, [first, second])
    assert arrival.lacking_plans(store) == sorted([first.case_id, second.case_id])
    seen: list[tuple[int, int]] = []

    assert arrival.ensure_plans(store, lambda done, total: seen.append((done, total))) == 2

    assert seen == [(2, 2)]
    assert arrival.lacking_plans(store) == []
    assert arrival.ensure_plans(store) == 0
    assert case_status(store, second.case_id) is CaseStatus.MONITORING


def test_without_a_plan_an_arrived_case_is_arrived_again(store: Store) -> None:
    family = family_ready(store)
    arrival.after_arrival(store, fly_home(store, [family]))
    with store.transaction() as session:
        session.execute(delete(MonitoringPlan))
        status.refresh(session, [family.case_id], TODAY)
    assert case_status(store, family.case_id) is CaseStatus.ARRIVED


def test_an_unknown_movement_is_named_and_nothing_is_written(store: Store) -> None:
    family_ready(store)
    before = row_counts(store)
    with pytest.raises(NotFoundError, match="movement 999"):
        arrival.after_arrival(store, 999)
    assert row_counts(store) == before


def test_a_movement_not_yet_arrived_gets_no_plans(store: Store) -> None:
    family = family_ready(store)
    movement_id = movements.add_movement(store, flight("LATER"))
    booking_service.book(store, family.case_id, movement_id)
    assert arrival.after_arrival(store, movement_id) == []
