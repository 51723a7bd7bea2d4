"""Logging follow-ups: findings stored, notes kept out of the audit, missed contacts escalate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from monitoring.attachments import read_record
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.errors import ValidationError
from planning.storage.models import AuditEntry, FollowUp
from planning.storage.models.monitoring import ContactMode, FollowUpKind, FollowUpStatus
from planning.storage.store import Store
from planning.vocabulary import MonitoringLevel, Role, VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, as_of, follow_ups, row_counts

GOOD = FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True, readmitted_without_problems=True,
                     package_delivered=True, livelihood=False, economic_score=2, social_score=4,
                     psychosocial_score=3, notes="Staying with his brother; looking for work")
MISSED = FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=False)


def first_due(store: Store, plan_id: int) -> FollowUp:
    return next(f for f in follow_ups(store, plan_id) if f.status is FollowUpStatus.DUE)


def test_a_follow_up_is_logged_with_its_findings_and_the_notes_stay_out_of_the_audit(store: Store) -> None:
    _, plan = arrived_family(store)
    monitor = as_of(store, TODAY, Role.MONITOR, "mona")

    logged = log_follow_up(monitor, first_due(store, plan.plan_id).id, GOOD)

    assert logged.status is FollowUpStatus.DONE and logged.escalation_id is None and logged.incident_id is None
    with store.reading() as session:
        row = session.get(FollowUp, logged.follow_up_id)
        assert row is not None and row.logged_by == "mona" and row.economic_score == 2
        assert row.notes is not None and row.notes.startswith("hw2:") and "brother" not in row.notes
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "follow_up.log")).one()
    assert entry.after is not None and entry.after["notes"] == "<recorded>"
    assert "brother" not in str(entry.before) + str(entry.after)
    assert read_record(monitor, logged.follow_up_id).notes == GOOD.notes


def test_missed_contact_escalates_to_a_second_attempt_then_a_field_visit(store: Store) -> None:
    _, plan = arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    assert plan.mode is MonitoringLevel.ACTIVE

    first = log_follow_up(store, first_due(store, plan.plan_id).id, MISSED)
    assert first.status is FollowUpStatus.MISSED and first.escalation_kind is FollowUpKind.SECOND_ATTEMPT
    later = as_of(store, TODAY + timedelta(days=7))
    second = log_follow_up(later, first.escalation_id or 0, replace(MISSED, done_on=TODAY + timedelta(days=7)))
    assert second.escalation_kind is FollowUpKind.FIELD_VISIT
    visit = log_follow_up(as_of(store, TODAY + timedelta(days=21)), second.escalation_id or 0,
                          replace(MISSED, mode=ContactMode.VISIT, done_on=TODAY + timedelta(days=21)))
    assert visit.escalation_id is None and visit.not_escalated and "coordinator" in visit.not_escalated

    rows = {f.id: f for f in follow_ups(store, plan.plan_id)}
    assert rows[second.escalation_id or 0].due_on == TODAY + timedelta(days=21)
    assert rows[second.escalation_id or 0].escalated_from_id == first.escalation_id


def test_without_an_active_authorisation_there_is_no_field_visit(store: Store) -> None:
    _, plan = arrived_family(store, level=MonitoringLevel.PASSIVE)
    first = log_follow_up(store, first_due(store, plan.plan_id).id, MISSED)
    second = log_follow_up(store, first.escalation_id or 0, MISSED)
    assert second.escalation_id is None
    assert second.not_escalated == "no field visit: the country authorises only passive monitoring"


BAD: list[tuple[dict[str, Any], str]] = [
    ({"done_on": TODAY + timedelta(days=1)}, "done_on"),
    ({"done_on": date(2026, 5, 1)}, "done_on"),
    ({"mode": "telepathy"}, "mode"),
    ({"contact_made": None}, "contact_made"),
    ({"detained": "maybe"}, "detained"),
    ({"economic_score": 6}, "economic_score"),
    ({"social_score": 0}, "social_score"),
    ({"psychosocial_score": True}, "psychosocial_score"),
    ({"contact_made": False, "readmitted_without_problems": None}, "economic_score"),
    ({"detained": True}, "readmitted_without_problems"),
    ({"notes": "x" * 5001}, "notes"),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_bad_entries_name_the_field_and_write_nothing(store: Store, change: dict[str, Any], field: str) -> None:
    _, plan = arrived_family(store)
    before = row_counts(store)
    with pytest.raises(ValidationError) as raised:
        log_follow_up(store, first_due(store, plan.plan_id).id, replace(GOOD, **change))
    assert raised.value.field == field
    assert row_counts(store) == before
    assert first_due(store, plan.plan_id).status is FollowUpStatus.DUE


def test_a_visit_is_refused_where_only_passive_monitoring_is_authorised(store: Store) -> None:
    _, plan = arrived_family(store, level=MonitoringLevel.PASSIVE)
    with pytest.raises(ValidationError) as raised:
        log_follow_up(store, first_due(store, plan.plan_id).id, replace(GOOD, mode=ContactMode.VISIT))
    assert raised.value.field == "mode"


def test_a_follow_up_is_logged_once(store: Store) -> None:
    _, plan = arrived_family(store)
    follow_up_id = first_due(store, plan.plan_id).id
    log_follow_up(store, follow_up_id, GOOD)
    with pytest.raises(ValidationError) as raised:
        log_follow_up(store, follow_up_id, GOOD)
    assert raised.value.field == "follow_up"
