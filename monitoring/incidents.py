"""Breaches of the assurances (S9): an incident, the country's assurances under review, the cases affected.

Opening an incident runs inside the follow-up's transaction: the report, the incident and the
country's in-force readmission and no-punishment assurances put *under review* (through
`planning.countries`) are saved together or not at all. From then on the readiness check blocks new
movements there (S9). The monitoring authorisation stays in force: it is what lets monitors go and
see after a breach (field visits), and the country has not broken it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit, countries, status
from planning.readiness.rules.s9_review import REVIEWED
from planning.storage.models import Assurance, Case, CountryProfile, MonitoringIncident
from planning.storage.models.monitoring import IncidentKind
from planning.storage.store import Store
from planning.validation import country_code
from planning.vocabulary import AssuranceStatus, CaseStatus

#: Cases not yet gone: a breach concerns them (booked ones most urgently).
NOT_GONE_OUT = (CaseStatus.DEPARTED, CaseStatus.ARRIVED, CaseStatus.MONITORING, *status.TERMINAL)


@dataclass(frozen=True)
class AffectedCase:
    case_id: int
    reference: str
    head_name: str
    status: CaseStatus
    region: str | None
    booked: bool


@dataclass(frozen=True)
class IncidentView:
    incident_id: int
    country: str
    case_id: int
    kinds: tuple[IncidentKind, ...]
    reported_on: date
    assurance_ids: tuple[int, ...]


def open_incident_in(session: Session, store: Store, case: Case, follow_up_id: int | None,
                     kinds: tuple[IncidentKind, ...], reported_on: date) -> MonitoringIncident:
    """Record the incident and put the country's in-force assurances under review, in this transaction."""
    reason = (f"Monitoring report of {', '.join(k.value.replace('_', ' ') for k in kinds)} after return "
              f"({case.reference}, {reported_on})")
    in_force = list(session.scalars(select(Assurance).where(
        Assurance.country_id == case.country_id, Assurance.status == AssuranceStatus.IN_FORCE,
        Assurance.kind.in_(REVIEWED))
        .order_by(Assurance.id)))
    for assurance in in_force:
        countries.change_assurance_status(session, store.actor, assurance, AssuranceStatus.UNDER_REVIEW,
                                          reason, store.today(), refresh=False)
    incident = MonitoringIncident(
        country_id=case.country_id, case_id=case.id, follow_up_id=follow_up_id,
        kinds=[k.value for k in kinds], reported_on=reported_on, assurance_ids=[a.id for a in in_force],
    )
    session.add(incident)
    audit.record(session, store.actor, "monitoring_incident.open", incident, case_id=case.id)
    status.refresh_country(session, case.country_id, store.today())
    return incident


def open_incidents(store: Store, country: str | None = None) -> list[IncidentView]:
    with store.reading() as session:
        query = (select(MonitoringIncident, CountryProfile.code)
                 .join(CountryProfile, CountryProfile.id == MonitoringIncident.country_id)
                 .where(MonitoringIncident.outcome.is_(None)).order_by(MonitoringIncident.id))
        if country is not None:
            query = query.where(CountryProfile.code == country_code("country", country))
        return [IncidentView(i.id, code, i.case_id, tuple(IncidentKind(k) for k in i.kinds), i.reported_on,
                             tuple(i.assurance_ids)) for i, code in session.execute(query)]


def affected_cases(store: Store, country: str) -> list[AffectedCase]:
    """For coordinators: the country's open cases not yet gone, booked ones first."""
    code = country_code("country", country)
    with store.reading() as session:
        rows = session.execute(
            select(Case).join(CountryProfile, CountryProfile.id == Case.country_id)
            .where(CountryProfile.code == code, Case.status.not_in(NOT_GONE_OUT))
            .order_by(Case.reference)
        ).scalars()
        found = [AffectedCase(c.id, c.reference, c.head_name, c.status, c.region_of_return,
                              c.status is CaseStatus.BOOKED) for c in rows]
    return sorted(found, key=lambda a: (not a.booked, a.reference))
