"""The demo shows monitoring: plans for arrived households, past follow-ups logged, incidents reviewed."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from monitoring.demo import BACKLOG_DAYS, seed_monitoring
from planning.demo import generate
from planning.storage.models import FollowUp, MonitoringIncident, MonitoringPlan, Person
from planning.storage.models.monitoring import FollowUpStatus
from planning.storage.store import Store
from tests.conftest import TODAY


def test_the_demo_logs_past_follow_ups_and_reviews_its_incidents(store: Store) -> None:
    generate(store, 300, seed=11)
    result = seed_monitoring(store, seed=11)
    with store.reading() as session:
        plans = session.scalar(select(func.count()).select_from(MonitoringPlan)) or 0
        statuses = Counter(session.scalars(select(FollowUp.status).where(FollowUp.due_on < TODAY)))
        oldest_waiting = session.scalar(select(func.min(FollowUp.due_on)).where(
            FollowUp.status == FollowUpStatus.DUE))
        undecided = session.scalar(select(func.count()).select_from(MonitoringIncident).where(
            MonitoringIncident.outcome.is_(None)))
        incidents = session.scalar(select(func.count()).select_from(MonitoringIncident))
        loggers = set(session.scalars(select(FollowUp.logged_by).where(FollowUp.logged_by.is_not(None))))
    assert plans == result.plans > 0
    assert statuses[FollowUpStatus.DONE] == result.done and statuses[FollowUpStatus.DONE] > 5 * result.missed > 0
    assert oldest_waiting is None or oldest_waiting >= TODAY - timedelta(days=BACKLOG_DAYS)
    assert undecided == 0 and incidents == result.incidents
    assert "demo" not in loggers  # logged under the monitors' names
    again = seed_monitoring(store, seed=11)  # only the backlog left waiting is still there to log
    assert again.plans == 0 and again.done + again.missed <= result.waiting


def test_no_two_members_of_a_household_share_a_name(store: Store) -> None:
    generate(store, 300, seed=5)
    with store.reading() as session:
        names = Counter(session.execute(select(Person.case_id, Person.given_names)).all())
    assert max(names.values()) == 1
