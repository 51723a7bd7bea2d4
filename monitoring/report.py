"""The monitoring report: follow-ups that fell due in the period and what became of them, incidents reported,
and the mean sustainability scores of the follow-ups done, by month and country of return.

As in the compliance report (`monitoring.compliance`), a follow-up counts in the month it **fell due**,
whoever it is assigned to (a monitor whose account was deactivated since included), and only once it has
fallen due (up to the day the figures are drawn up); *escalated* are those missed and followed by a second
attempt or a field visit; incidents count in the month they were reported; scores are the mean, 1 to 5, of
the follow-ups done that recorded one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.documents import report_document
from planning.messages import Phrase
from planning.reports.measures import Measure, ReportKind
from planning.reports.report import Report, Request, build
from planning.reports.tables import Fact
from planning.security.permissions import Permission, require
from planning.statistics import CountBy
from planning.storage.models import CountryProfile, FollowUp, MonitoringIncident, MonitoringPlan
from planning.storage.models.monitoring import FollowUpStatus
from planning.storage.store import Store

_STATUS = {FollowUpStatus.DONE: Measure.FOLLOW_UPS_DONE, FollowUpStatus.MISSED: Measure.FOLLOW_UPS_MISSED}
_SCORES = ((Measure.ECONOMIC_SCORE, "economic_score"), (Measure.SOCIAL_SCORE, "social_score"),
           (Measure.PSYCHOSOCIAL_SCORE, "psychosocial_score"))


def monitoring_report(store: Store, req: Request) -> Report:
    require(store, Permission.READ)
    with store.reading() as session:
        return compute(session, req, store.today())


def _keys(day: date, country: str) -> tuple[tuple[CountBy, tuple[date | str, ...]], ...]:
    return ((CountBy.MONTH, (day.replace(day=1),)), (CountBy.COUNTRY, (country,)))


def compute(session: Session, req: Request, today: date) -> Report:
    assert req.kind is ReportKind.MONITORING
    counted_to = min(req.end, today)
    # (read once: escalated_from_id has no index, and a correlated EXISTS per follow-up would scan for each)
    escalated = set(session.scalars(select(FollowUp.escalated_from_id).where(FollowUp.escalated_from_id.is_not(None))))
    facts: list[Fact] = []
    for row in session.execute(
            select(FollowUp.id, FollowUp.due_on, FollowUp.status, FollowUp.economic_score, FollowUp.social_score,
                   FollowUp.psychosocial_score, CountryProfile.code)
            .join(MonitoringPlan, MonitoringPlan.id == FollowUp.plan_id)
            .join(CountryProfile, CountryProfile.id == MonitoringPlan.country_id)
            .where(FollowUp.due_on >= req.start, FollowUp.due_on <= counted_to)):
        keys = _keys(row.due_on, row.code)
        facts.append(Fact(Measure.FOLLOW_UPS_DUE, row.id, keys))
        if row.status in _STATUS:
            facts.append(Fact(_STATUS[row.status], row.id, keys))
        if row.id in escalated:
            facts.append(Fact(Measure.FOLLOW_UPS_ESCALATED, row.id, keys))
        if row.status is FollowUpStatus.DONE:
            facts += [Fact(measure, row.id, keys, Decimal(score)) for measure, column in _SCORES
                      if (score := getattr(row, column)) is not None]
    for incident, reported, code in session.execute(
            select(MonitoringIncident.id, MonitoringIncident.reported_on, CountryProfile.code)
            .join(CountryProfile, CountryProfile.id == MonitoringIncident.country_id)
            .where(MonitoringIncident.reported_on >= req.start, MonitoringIncident.reported_on <= req.end)):
        facts.append(Fact(Measure.INCIDENTS_OPENED, incident, _keys(reported, code)))
    countries = {code: name for code, name in session.execute(select(CountryProfile.code, CountryProfile.name))}
    return build(req, facts, today, countries, how_counted=Phrase.of("report.how_monitoring"))


report_document.register(ReportKind.MONITORING, compute)
