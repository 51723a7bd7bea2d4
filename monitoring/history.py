"""A returnee's monitoring history: every follow-up of the case's plan, with what was found (read only).

Notes are sensitive and stay out of this view; the breach flags and sustainability scores are what the
history table and the chart of the scores over time show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from planning.errors import ValidationError
from planning.lookup import get
from planning.storage.models import Case, FollowUp, MonitoringPlan
from planning.storage.models.monitoring import Breach, ContactMode, FollowUpKind, FollowUpStatus
from planning.storage.store import Store


@dataclass(frozen=True)
class Breaches:
    """What the follow-up reported against the assurances (None = not asked / not known)."""

    readmission_refused: bool | None = None
    punished: bool | None = None
    detained: bool | None = None
    fined: bool | None = None
    prosecuted: bool | None = None
    harassed: bool | None = None

    @property
    def any(self) -> bool:
        return any((self.readmission_refused, self.punished, self.detained, self.fined, self.prosecuted,
                    self.harassed))

    def reported(self) -> tuple[Breach, ...]:
        """The breaches the follow-up reported, in `Breach` order."""
        return tuple(breach for breach in Breach if getattr(self, breach.value))


@dataclass(frozen=True)
class Scores:
    """Sustainability, 1 (poor) to 5 (good); None where not logged."""

    economic: int | None = None
    social: int | None = None
    psychosocial: int | None = None

    @property
    def logged(self) -> bool:
        return any(score is not None for score in (self.economic, self.social, self.psychosocial))


@dataclass(frozen=True)
class LoggedFollowUp:
    follow_up_id: int
    version: int
    case_id: int
    reference: str
    head_name: str
    plan_id: int
    kind: FollowUpKind
    month: int
    due_on: date
    done_on: date | None
    status: FollowUpStatus
    mode: ContactMode | None
    contact_made: bool | None
    readmitted_without_problems: bool | None
    breaches: Breaches
    scores: Scores
    monitor: str | None
    logged_by: str | None


def history(store: Store, case_id: int) -> list[LoggedFollowUp]:
    """The case's follow-ups, oldest first (by the day done, else the day due); [] when it has no plan."""
    if isinstance(case_id, bool) or not isinstance(case_id, int) or case_id < 1:
        raise ValidationError("case_id", "history.not_a_case", case_id)
    query = (
        select(FollowUp, MonitoringPlan.id)
        .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
        .where(MonitoringPlan.case_id == case_id)
        .order_by(FollowUp.due_on, FollowUp.id)
    )
    with store.reading() as session:
        case = get(session, Case, case_id)
        rows = [_entry(case, plan_id, f) for f, plan_id in session.execute(query)]
    return sorted(rows, key=lambda r: (r.done_on or r.due_on, r.due_on, r.follow_up_id))


def _entry(case: Case, plan_id: int, f: FollowUp) -> LoggedFollowUp:
    return LoggedFollowUp(
        follow_up_id=f.id, version=f.version, case_id=case.id, reference=case.reference, head_name=case.head_name,
        plan_id=plan_id, kind=f.kind, month=f.month, due_on=f.due_on, done_on=f.done_on, status=f.status,
        mode=f.mode, contact_made=f.contact_made, readmitted_without_problems=f.readmitted_without_problems,
        breaches=Breaches(f.readmission_refused, f.punished, f.detained, f.fined, f.prosecuted, f.harassed),
        scores=Scores(f.economic_score, f.social_score, f.psychosocial_score),
        monitor=f.monitor, logged_by=f.logged_by)
