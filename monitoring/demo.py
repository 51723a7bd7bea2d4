"""The demo's monitoring: plans for arrived households, and their past follow-ups logged as monitors would have.

Most past follow-ups are done (by phone, or a visit where the plan is active), some missed (each escalating as
the service escalates it), the last fortnight's partly still waiting; a few contacts find a breach, whose incident
puts the country's assurances under review, and the review decision restores them. Everything goes through the
services (`log_follow_up`, `review.decide`), under the monitor's and the coordinator's names, on the day it
happened, so history, compliance and the audit log show what a working office would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from monitoring import review
from monitoring.arrival import ensure_plans
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.errors import HomewardError
from planning.storage.models import CountryProfile, FollowUp, MonitoringPlan
from planning.storage.models.monitoring import ContactMode, FollowUpStatus, ReviewOutcome
from planning.storage.store import Actor, Store
from planning.vocabulary import MonitoringLevel, Role

#: Follow-ups due within this many days before today may still be waiting (a realistic backlog).
BACKLOG_DAYS = 14
MISSED_SHARE = 0.12
#: Contacts that find a breach, at most (each in another country; each reviewed and restored).
INCIDENTS = 3
#: Escalations of escalations: a missed contact's second attempt and field visit are logged too.
PASSES = 3

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoMonitoring:
    plans: int
    done: int
    missed: int
    waiting: int
    incidents: int

    def lines(self) -> list[str]:
        return [f"monitoring: {self.plans} plans started, follow-ups logged {self.done} done, {self.missed} missed, "
                f"{self.waiting} still due; {self.incidents} incidents, each reviewed"]


def seed_monitoring(store: Store, seed: int, progress: Progress | None = None) -> DemoMonitoring:
    """Start the missing monitoring plans, then log the past follow-ups (deterministic for a seed)."""
    plans = ensure_plans(store)
    rng = random.Random(seed)
    today = store.today()
    done = missed = incidents = 0
    countries_with_incident: set[str] = set()
    waiting: set[int] = set()
    for _ in range(PASSES):
        with store.reading() as session:
            due = list(session.execute(
                select(FollowUp.id, FollowUp.due_on, FollowUp.monitor, MonitoringPlan.mode, MonitoringPlan.arrived_on,
                       CountryProfile.code)
                .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
                .join(CountryProfile, CountryProfile.id == MonitoringPlan.country_id)
                .where(FollowUp.status == FollowUpStatus.DUE, FollowUp.due_on < today,
                       FollowUp.id.not_in(waiting) if waiting else FollowUp.id.is_not(None))
                .order_by(FollowUp.due_on, FollowUp.id)))
        if not due:
            break
        for n, (follow_up_id, due_on, monitor, mode, arrived_on, country) in enumerate(due):
            if (today - due_on).days <= BACKLOG_DAYS and rng.random() < 0.5:
                waiting.add(follow_up_id)
                continue
            day = min(today, due_on + timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 8))))
            logged_on = max(day, arrived_on)
            monitor_store = _on(store, Actor(monitor or "monitor", Role.MONITOR), logged_on)
            breach = (incidents < INCIDENTS and country not in countries_with_incident and rng.random() < 0.02)
            entry = _entry(rng, logged_on, mode, breach=breach, missed=rng.random() < MISSED_SHARE)
            try:
                logged = log_follow_up(monitor_store, follow_up_id, entry)
            except HomewardError:
                waiting.add(follow_up_id)  # a visit the country no longer authorised that day: left to do
                continue
            if logged.status is FollowUpStatus.MISSED:
                missed += 1
            else:
                done += 1
            if logged.incident_id is not None:
                incidents += 1
                countries_with_incident.add(country)
                review.decide(_on(store, store.actor, logged_on), review.ReviewDecision(
                    country=country, outcome=ReviewOutcome.RESTORE,
                    reason="Isolated incident: the authorities investigated and confirmed in writing that "
                           "returnees are not prosecuted for their departure."))
            if progress is not None:
                progress(n + 1, len(due))
    return DemoMonitoring(plans, done, missed, len(waiting), incidents)


def _on(store: Store, actor: Actor, day: date) -> Store:
    """The store as this person used it on that day."""
    return Store(store.engine, actor, store.location, lambda: day)


def _entry(rng: random.Random, day: date, mode: MonitoringLevel | None, *, breach: bool, missed: bool) -> FollowUpEntry:
    contact = ContactMode.VISIT if mode is MonitoringLevel.ACTIVE and rng.random() < 0.4 else ContactMode.PHONE
    if breach:
        return FollowUpEntry(day, contact, True, readmitted_without_problems=False, detained=True,
                             notes="Held for two days at the airport on arrival, questioned about the departure.")
    if missed:
        return FollowUpEntry(day, ContactMode.PHONE, False, notes="No answer on the numbers given.")
    def score() -> int:
        return rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 6, 6, 3))[0]

    return FollowUpEntry(day, contact, True, readmitted_without_problems=True, punished=False, detained=False,
                         harassed=rng.random() < 0.03, livelihood=rng.random() < 0.6,
                         economic_score=score(), social_score=score(), psychosocial_score=score())
