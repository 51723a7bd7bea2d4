"""A returnee's monitoring history: the follow-ups of the case's plan with findings and scores."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitoring.followups import FollowUpEntry, log_follow_up
from monitoring.history import LoggedFollowUp, history
from planning.errors import NotFoundError, ValidationError
from planning.storage.models.monitoring import Breach, ContactMode, FollowUpKind, FollowUpStatus
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, as_of, family_ready, follow_ups


def log_first_two(store: Store, plan_id: int) -> None:
    """On arrival: scores 2/3/2; a month later by phone: 3/4/None (psychosocial not asked)."""
    due = [f for f in follow_ups(store, plan_id) if f.status is FollowUpStatus.DUE]
    log_follow_up(store, due[0].id, FollowUpEntry(done_on=TODAY, mode=ContactMode.SELF_REPORT, contact_made=True,
                                                  readmitted_without_problems=True, economic_score=2,
                                                  social_score=3, psychosocial_score=2, notes="secret"))
    later = due[1].due_on + timedelta(days=2)
    log_follow_up(as_of(store, later), due[1].id, FollowUpEntry(done_on=later, mode=ContactMode.PHONE,
                                                                contact_made=True, economic_score=3, social_score=4))


def test_the_history_lists_every_follow_up_of_the_plan_with_findings_and_scores(store: Store) -> None:
    family, plan = arrived_family(store)
    log_first_two(store, plan.plan_id)

    rows = history(store, family.case_id)

    assert len(rows) == len(follow_ups(store, plan.plan_id)) == 5
    assert all(isinstance(r, LoggedFollowUp) and r.case_id == family.case_id for r in rows)
    assert {r.reference for r in rows} == {family.reference} and {r.plan_id for r in rows} == {plan.plan_id}
    first, second, *rest = rows
    assert first.status is FollowUpStatus.DONE and first.done_on == TODAY and first.mode is ContactMode.SELF_REPORT
    assert first.contact_made is True and first.readmitted_without_problems is True
    assert (first.scores.economic, first.scores.social, first.scores.psychosocial) == (2, 3, 2)
    assert not first.breaches.any and first.breaches.reported() == ()
    assert second.status is FollowUpStatus.DONE and second.mode is ContactMode.PHONE
    assert (second.scores.economic, second.scores.social, second.scores.psychosocial) == (3, 4, None)
    assert second.done_on == second.due_on + timedelta(days=2)
    assert all(r.status is FollowUpStatus.DUE and r.done_on is None and not r.scores.logged for r in rest)
    assert [r.due_on for r in rest] == sorted(r.due_on for r in rest)
    assert not hasattr(first, "notes")


def test_a_breach_and_a_missed_contact_show_in_the_history(store: Store) -> None:
    family, plan = arrived_family(store)
    due = follow_ups(store, plan.plan_id)[0]
    log_follow_up(store, due.id, FollowUpEntry(done_on=TODAY, mode=ContactMode.PARTNER_REPORT, contact_made=False,
                                               detained=True, fined=True))
    second = follow_ups(store, plan.plan_id)[1]
    missed = log_follow_up(as_of(store, second.due_on), second.id,
                           FollowUpEntry(done_on=second.due_on, mode=ContactMode.PHONE, contact_made=False))

    rows = {r.follow_up_id: r for r in history(store, family.case_id)}

    breach = rows[due.id]
    assert breach.breaches.any and breach.breaches.detained and breach.breaches.fined
    assert breach.breaches.reported() == (Breach.DETAINED, Breach.FINED) and breach.contact_made is False
    assert rows[second.id].status is FollowUpStatus.MISSED
    escalation = rows[missed.escalation_id or 0]
    assert escalation.kind is FollowUpKind.SECOND_ATTEMPT and escalation.status is FollowUpStatus.DUE


def test_a_case_without_a_plan_has_an_empty_history_and_an_unknown_case_is_refused(store: Store) -> None:
    family = family_ready(store)
    assert history(store, family.case_id) == []
    with pytest.raises(NotFoundError):
        history(store, 999_999)
    with pytest.raises(ValidationError):
        history(store, True)
