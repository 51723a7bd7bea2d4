"""A reported breach opens an incident and blocks new movements to the country (S9), in one transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from monitoring import incidents, review
from monitoring.followups import FollowUpEntry, log_follow_up
from planning import booking_service, countries, movements
from planning.errors import HomewardError, StorageError
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models import MonitoringIncident
from planning.storage.models.monitoring import ContactMode, FollowUpStatus, IncidentKind, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceStatus
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, family_ready, follow_ups, row_counts, statuses
from tests.unit.planning.test_movements import flight

DETAINED = FollowUpEntry(done_on=TODAY, mode=ContactMode.PARTNER_REPORT, contact_made=False, detained=True,
                         readmitted_without_problems=False, notes="Held at the airport for two days")


def report(store: Store, plan_id: int, entry: FollowUpEntry = DETAINED) -> int:
    follow_up = next(f for f in follow_ups(store, plan_id) if f.status is FollowUpStatus.DUE)
    logged = log_follow_up(store, follow_up.id, entry)
    assert logged.status is FollowUpStatus.DONE and logged.escalation_id is None
    assert logged.incident_id is not None
    return logged.incident_id


def test_a_reported_detention_puts_the_assurances_under_review_and_blocks_new_movements(store: Store) -> None:
    waiting = family_ready(store)
    booked = family_ready(store, with_assurances=False)
    booking_service.book(store, booked.case_id, movements.add_movement(store, flight("LATER")))
    _, plan = arrived_family(store, with_assurances=False)
    assert verdict_for(store, waiting.case_id).ready

    incident_id = report(store, plan.plan_id)

    assert statuses(store, AssuranceKind.READMISSION) == {AssuranceStatus.UNDER_REVIEW}
    assert statuses(store, AssuranceKind.NO_PUNISHMENT) == {AssuranceStatus.UNDER_REVIEW}
    assert statuses(store, AssuranceKind.MONITORING_AUTHORISATION) == {AssuranceStatus.IN_FORCE}
    verdict = verdict_for(store, waiting.case_id)
    assert not verdict.ready
    assert verdict.safeguards() == {Safeguard.S9}
    [open_one] = incidents.open_incidents(store, "GEO")
    assert open_one.incident_id == incident_id and open_one.kinds == (IncidentKind.DETENTION,)
    assert len(open_one.assurance_ids) == 2
    affected = incidents.affected_cases(store, "GEO")
    assert [a.case_id for a in affected] == [booked.case_id, waiting.case_id]
    assert affected[0].booked and not affected[1].booked


def test_fines_and_prosecution_are_punishment_and_refused_readmission_is_a_breach(store: Store) -> None:
    _, plan = arrived_family(store)
    report(store, plan.plan_id, replace(DETAINED, detained=None, fined=True, readmission_refused=True))
    [incident] = incidents.open_incidents(store)
    assert incident.kinds == (IncidentKind.PUNISHMENT, IncidentKind.READMISSION_REFUSED)


def test_harassment_alone_is_recorded_without_an_incident(store: Store) -> None:
    _, plan = arrived_family(store)
    follow_up = follow_ups(store, plan.plan_id)[0]
    logged = log_follow_up(store, follow_up.id, FollowUpEntry(
        done_on=TODAY, mode=ContactMode.PHONE, contact_made=True, harassed=True))
    assert logged.incident_id is None and statuses(store) == {AssuranceStatus.IN_FORCE}


def test_the_report_the_incident_and_the_review_are_one_transaction(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _, plan = arrived_family(store)
    before = row_counts(store)

    def failing(*args: object, **kwargs: object) -> int:
        raise StorageError("storage.disk_full", where="the disk")

    monkeypatch.setattr(countries, "change_assurance_status", failing)
    with pytest.raises(HomewardError):
        report(store, plan.plan_id)
    assert row_counts(store) == before
    assert statuses(store) == {AssuranceStatus.IN_FORCE}
    assert all(f.status is FollowUpStatus.DUE for f in follow_ups(store, plan.plan_id))
    with store.reading() as session:
        assert session.scalars(select(MonitoringIncident)).all() == []


def test_a_second_breach_during_the_review_adds_an_incident_and_one_decision_closes_both(store: Store) -> None:
    _, first = arrived_family(store)
    _, second = arrived_family(store, with_assurances=False)
    report(store, first.plan_id)
    report(store, second.plan_id, replace(DETAINED, detained=None, prosecuted=True))

    both = incidents.open_incidents(store)
    assert [i.kinds for i in both] == [(IncidentKind.DETENTION,), (IncidentKind.PUNISHMENT,)]
    assert both[1].assurance_ids == ()
    result = review.decide(store, review.ReviewDecision("GEO", ReviewOutcome.RESTORE, "Both cases explained"))
    assert sorted(result.incidents_closed) == [i.incident_id for i in both]
    assert incidents.open_incidents(store) == []
