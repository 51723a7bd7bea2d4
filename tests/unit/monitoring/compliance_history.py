"""A known monitoring history in two countries, walked through the services, for the compliance report.

Georgia (active monitoring authorised): three households arrived on TODAY (2026-06-01) — A a victim
of trafficking (active plan), B and C plain (passive plans) — followed up on the default schedule
(arrival, then 1, 3, 6, 12 months: due 06-01, 07-01, 09-01, 12-01, 2027-06-01):

| due        | A                      | B                                   | C                              |
|------------|------------------------|-------------------------------------|--------------------------------|
| 06-01      | done, contact          | missed → 2nd attempt due 06-08      | partner report: detained (inc) |
| 06-08      |                        | 2nd attempt done, contact           |                                |
| 07-01      | done, contact          | done, contact, fined + detained (inc)| not logged                    |
| 09-01      | missed → 2nd due 09-09 | not logged                          | not logged                     |
| 09-09      | 2nd attempt not logged |                                     |                                |

A review decision (restore) on 06-20 closes the June incident; the July one stays open. Seen on
SEEN_ON (2026-09-20) for the period June–December 2026, Georgia counts:

    June: due 4, done 3, missed 1, open 0, contact 2, incidents 1 (detention 1)
    July: due 3, done 2, missed 0, open 1, contact 2, incidents 1 (punishment 1, detention 1)
    Aug: nothing; Sep: due 4, done 0, missed 1, open 3, contact 0; Oct–Dec: not yet due.

Armenia (only passive authorised): one household of a victim of trafficking (a shortfall), nothing logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from monitoring import review
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.storage.models.monitoring import ContactMode, FollowUpStatus, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import MonitoringLevel, VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, as_of, follow_ups

SEEN_ON = date(2026, 9, 20)
PERIOD = (date(2026, 6, 1), date(2026, 12, 31))
PHONED = FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True, readmitted_without_problems=True)
NO_ANSWER = FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=False)


@dataclass(frozen=True)
class History:
    georgia_plans: tuple[int, int, int]
    armenia_plan: int


def _log(store: Store, plan_id: int, due_on: date, entry: FollowUpEntry, day: date | None = None) -> None:
    follow_up = next(f for f in follow_ups(store, plan_id) if f.status is FollowUpStatus.DUE and f.due_on == due_on)
    when = day or due_on
    log_follow_up(as_of(store, when), follow_up.id, FollowUpEntry(**{**entry.__dict__, "done_on": when}))


def build(store: Store) -> History:
    _, a = arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    _, b = arrived_family(store, with_assurances=False)
    _, c = arrived_family(store, with_assurances=False)
    _, armenia = arrived_family(store, "ARM", "Yerevan", level=MonitoringLevel.PASSIVE,
                                kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    june, july, september = TODAY, date(2026, 7, 1), date(2026, 9, 1)
    _log(store, a.plan_id, june, PHONED)
    _log(store, b.plan_id, june, NO_ANSWER)
    _log(store, c.plan_id, june, FollowUpEntry(done_on=june, mode=ContactMode.PARTNER_REPORT, contact_made=False,
                                               readmitted_without_problems=False, detained=True))
    _log(store, b.plan_id, june + timedelta(days=7), PHONED)
    review.decide(as_of(store, date(2026, 6, 20)), review.ReviewDecision(
        "GEO", ReviewOutcome.RESTORE, "Released the same day; the ministry apologised in writing"))
    _log(store, a.plan_id, july, PHONED, date(2026, 7, 3))
    _log(store, b.plan_id, july, FollowUpEntry(done_on=july, mode=ContactMode.PHONE, contact_made=True,
                                               readmitted_without_problems=False, fined=True, detained=True),
         date(2026, 7, 4))
    _log(store, a.plan_id, september, NO_ANSWER, date(2026, 9, 2))
    return History((a.plan_id, b.plan_id, c.plan_id), armenia.plan_id)
