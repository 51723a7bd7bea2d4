"""The whole monitoring path on encrypted SQLite and on PostgreSQL: arrival, due list, breach, review."""

from __future__ import annotations

from monitoring import review
from monitoring.due import due
from monitoring.review import ReviewDecision
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models.monitoring import ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import AssuranceStatus, CaseStatus
from tests.unit.monitoring.helpers import add_monitor, arrived_family, family_ready, statuses
from tests.unit.monitoring.test_arrival import case_status
from tests.unit.monitoring.test_incidents import report


def test_arrival_breach_and_review_on_both_backends(any_store: Store) -> None:
    store = any_store
    add_monitor(store, "mona")
    waiting = family_ready(store)
    family, plan = arrived_family(store, with_assurances=False)
    assert case_status(store, family.case_id) is CaseStatus.MONITORING
    assert [d.case_id for d in due(store, monitor="mona", country="GEO", region="TBILISI")] == [family.case_id]

    report(store, plan.plan_id)
    assert Safeguard.S9 in verdict_for(store, waiting.case_id).safeguards()

    review.decide(store, ReviewDecision("GEO", ReviewOutcome.RESTRICT_REGION, "Only the capital", region="Tbilisi"))
    assert AssuranceStatus.UNDER_REVIEW not in statuses(store)
    assert verdict_for(store, waiting.case_id).ready
