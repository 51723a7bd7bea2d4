"""Hand-built records for the reports' tests: rows written as the services would leave them, so each expected
figure is counted by hand from the story told here, not by the code under test.

Period: March to May 2026 (the figures drawn up on 1 June 2026).
- Case A, Georgia: Giorgi (M, 1980-05-01), Nino (F, 1985-07-01, trafficked since January) and Luka (M,
  2015-04-10). Nino withdrew on 10 March, declared again on 20 March; the household left on 15 April. All three
  travelled (Nino once, not as a withdrawal too).
- Case B, Georgia: Davit (M, 2000-01-01) withdrew on 5 March and did not travel (and withdrew already on 27
  February, before the period).
- Case C, Afghanistan: Mariam (F, 1990-03-03): force would have been needed on 2 May (involvement ended).
- Case D, Afghanistan: Ahmad (M, 1995-09-09): a protection claim raised on 20 February (before the period),
  granted on 2 April.
- Case E, Afghanistan: Zahra (F, 2010-06-01, 15 years old in May): a protection claim raised on 10 May, pending.
- Case F, Georgia: Irakli (M, 1970-01-01) left on 2 June, after the period: not counted.

Monitoring of case A (arrived 15 April), by the monitor Olga, whose account was deactivated in May:
due 15 April done (scores 3/4/2); due 15 May missed, escalated to a second attempt due 22 May, done (economic
5 only); due 15 June (after the period). An incident reported on 16 May.

Reintegration (budget 'EU AVRR 2026' for Georgia, 10,000 in kind + 2,000 cash): accepted on 20 April for Giorgi
(1,500 + 300, delivered on 5 May), Nino (1,000 + 100, awaiting delivery) and Luka (500 + 0, cancelled since).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from planning.storage.models import (
    Booking,
    Case,
    CountryProfile,
    FollowUp,
    MonitoringIncident,
    MonitoringPlan,
    Movement,
    PackageAllocation,
    Person,
    ProtectionReferral,
    ReintegrationBudget,
    UserAccount,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.models.monitoring import FollowUpKind, FollowUpStatus
from planning.storage.models.reintegration import (
    AllocationStatus,
    PackageKind,
    ReintegrationPackage,
    ReintegrationPartner,
)
from planning.storage.store import Store
from planning.vocabulary import (
    BookingStatus,
    CaseStatus,
    MonitoringLevel,
    MovementKind,
    MovementStatus,
    ProtectionOutcome,
    ReferralSource,
    Relationship,
    Role,
    Sex,
    VoluntarinessKind,
    VulnerabilityKind,
)

START, END, AS_OF = date(2026, 3, 1), date(2026, 5, 31), date(2026, 6, 1)


@dataclass
class People:
    ids: dict[str, int]
    cases: dict[str, int]


def _country(session: Session, code: str, name: str) -> CountryProfile:
    country = CountryProfile(code=code, name=name)
    session.add(country)
    session.flush()
    return country


def _case(session: Session, reference: str, country: CountryProfile) -> Case:
    case = Case(reference=reference, referral_source=ReferralSource.NGO, country_id=country.id,
                opened_on=date(2026, 1, 5), status=CaseStatus.DECIDED)
    session.add(case)
    session.flush()
    return case


def _person(session: Session, case: Case, name: str, sex: Sex, born: date) -> Person:
    person = Person(case_id=case.id, given_names=name, family_name="Test", search_name=name.lower(),
                    date_of_birth=born, sex=sex, nationality="GEO", relationship_to_head=Relationship.HEAD)
    session.add(person)
    session.flush()
    return person


def _event(session: Session, person: Person, kind: VoluntarinessKind, on: date) -> None:
    session.add(VoluntarinessEvent(person_id=person.id, kind=kind, occurred_on=on, recorded_by="test"))


def _flight(session: Session, code: str, country: CountryProfile, left: datetime, case: Case,
            status: BookingStatus) -> None:
    movement = Movement(code=code, kind=MovementKind.SCHEDULED_FLIGHT, country_id=country.id, origin="BRU",
                        destination="TBS", departure_at=left, arrival_at=left, capacity=10,
                        status=MovementStatus.ARRIVED, departed_at=left, arrived_at=left)
    session.add(movement)
    session.flush()
    session.add(Booking(case_id=case.id, movement_id=movement.id, status=status, seats=3))


def build(store: Store) -> People:
    with store.transaction() as session:
        geo, afg = _country(session, "GEO", "Georgia"), _country(session, "AFG", "Afghanistan")
        a, b, c = _case(session, "A", geo), _case(session, "B", geo), _case(session, "C", afg)
        d, e, f = _case(session, "D", afg), _case(session, "E", afg), _case(session, "F", geo)
        giorgi = _person(session, a, "Giorgi", Sex.MALE, date(1980, 5, 1))
        nino = _person(session, a, "Nino", Sex.FEMALE, date(1985, 7, 1))
        luka = _person(session, a, "Luka", Sex.MALE, date(2015, 4, 10))
        davit = _person(session, b, "Davit", Sex.MALE, date(2000, 1, 1))
        mariam = _person(session, c, "Mariam", Sex.FEMALE, date(1990, 3, 3))
        ahmad = _person(session, d, "Ahmad", Sex.MALE, date(1995, 9, 9))
        zahra = _person(session, e, "Zahra", Sex.FEMALE, date(2010, 6, 1))
        irakli = _person(session, f, "Irakli", Sex.MALE, date(1970, 1, 1))
        session.add(Vulnerability(person_id=nino.id, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING,
                                  noted_on=date(2026, 1, 10)))
        for person in (giorgi, nino):
            _event(session, person, VoluntarinessKind.DECLARED, date(2026, 2, 1))
        _event(session, nino, VoluntarinessKind.WITHDRAWN, date(2026, 3, 10))
        _event(session, nino, VoluntarinessKind.DECLARED, date(2026, 3, 20))
        _flight(session, "TK-1", geo, datetime(2026, 4, 15, 8, 0, tzinfo=UTC), a, BookingStatus.ARRIVED)
        _event(session, davit, VoluntarinessKind.WITHDRAWN, date(2026, 2, 27))
        _event(session, davit, VoluntarinessKind.DECLARED, date(2026, 3, 1))
        _event(session, davit, VoluntarinessKind.WITHDRAWN, date(2026, 3, 5))
        _event(session, mariam, VoluntarinessKind.FORCE_NEEDED, date(2026, 5, 2))
        session.add(ProtectionReferral(person_id=ahmad.id, raised_on=date(2026, 2, 20), raised_by="test",
                                       statement="", outcome=ProtectionOutcome.NEEDS_PROTECTION,
                                       outcome_on=date(2026, 4, 2)))
        session.add(ProtectionReferral(person_id=zahra.id, raised_on=date(2026, 5, 10), raised_by="test",
                                       statement="", outcome=ProtectionOutcome.PENDING))
        _flight(session, "TK-2", geo, datetime(2026, 6, 2, 8, 0, tzinfo=UTC), f, BookingStatus.DEPARTED)
        # monitoring of case A
        session.add(UserAccount(username="olga", display_name="Olga", role=Role.MONITOR, active=False))
        plan = MonitoringPlan(case_id=a.id, country_id=geo.id, arrived_on=date(2026, 4, 15),
                              mode=MonitoringLevel.ACTIVE, needed=MonitoringLevel.PASSIVE)
        session.add(plan)
        session.flush()
        first = FollowUp(plan_id=plan.id, kind=FollowUpKind.SCHEDULED, month=0, due_on=date(2026, 4, 15),
                         monitor="olga", status=FollowUpStatus.DONE, done_on=date(2026, 4, 16), economic_score=3,
                         social_score=4, psychosocial_score=2)
        missed = FollowUp(plan_id=plan.id, kind=FollowUpKind.SCHEDULED, month=1, due_on=date(2026, 5, 15),
                          monitor="olga", status=FollowUpStatus.MISSED, done_on=date(2026, 5, 15))
        session.add_all([first, missed])
        session.flush()
        session.add(FollowUp(plan_id=plan.id, kind=FollowUpKind.SECOND_ATTEMPT, month=1, due_on=date(2026, 5, 22),
                             monitor="olga", status=FollowUpStatus.DONE, done_on=date(2026, 5, 22),
                             escalated_from_id=missed.id, economic_score=5))
        session.add(FollowUp(plan_id=plan.id, kind=FollowUpKind.SCHEDULED, month=3, due_on=date(2026, 6, 15),
                             monitor="olga", status=FollowUpStatus.DUE))
        session.add(MonitoringIncident(country_id=geo.id, case_id=a.id, kinds=["detention"],
                                       reported_on=date(2026, 5, 16)))
        # reintegration of case A
        partner = ReintegrationPartner(name="Partner", country_id=geo.id)
        session.add(partner)
        session.flush()
        package = ReintegrationPackage(code="P1", name="Start-up", kind=PackageKind.BUSINESS_START_UP,
                                       partner_id=partner.id, in_kind=Decimal(1000), cash=Decimal(100))
        budget = ReintegrationBudget(funding_line="EU AVRR 2026", country_id=geo.id, period_start=date(2026, 1, 1),
                                     period_end=date(2026, 12, 31), in_kind_total=Decimal(10000),
                                     cash_total=Decimal(2000), in_kind_per_adult=Decimal(2000),
                                     in_kind_per_dependant=Decimal(1000), cash_per_adult=Decimal(300),
                                     cash_per_dependant=Decimal(100))
        session.add_all([package, budget])
        session.flush()
        accepted = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
        for person, in_kind, cash, status, delivered in (
                (giorgi, 1500, 300, AllocationStatus.DELIVERED, date(2026, 5, 5)),
                (nino, 1000, 100, AllocationStatus.ACCEPTED, None),
                (luka, 500, 0, AllocationStatus.CANCELLED, None)):
            session.add(PackageAllocation(case_id=a.id, person_id=person.id, package_id=package.id,
                                          budget_id=budget.id, delivery_month=date(2026, 5, 1),
                                          in_kind=Decimal(in_kind), cash=Decimal(cash), status=status,
                                          accepted_at=accepted, accepted_by="test", delivered_on=delivered))
        ids = {p.given_names: p.id for p in (giorgi, nino, luka, davit, mariam, ahmad, zahra, irakli)}
        cases = {case.reference: case.id for case in (a, b, c, d, e, f)}
    return People(ids, cases)
