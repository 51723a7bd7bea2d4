"""Building real cases through the services, for tests that walk a household to *ready* and back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planning import cases, counselling, countries, travel, voluntariness
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    CounsellingOutcome,
    CounsellingTopic,
    MonitoringLevel,
    ReferralSource,
    Relationship,
    Sex,
    TravelDocumentKind,
    VoluntarinessKind,
)

TOPICS = (
    CounsellingTopic.LEGAL_MIGRATION_CHANNELS,
    CounsellingTopic.PROTECTION,
    CounsellingTopic.REINTEGRATION,
    CounsellingTopic.RIGHT_TO_CHANGE_MIND,
)
COUNTRY = "GEO"


@dataclass
class Family:
    case_id: int
    reference: str
    father: int
    mother: int
    child: int

    @property
    def members(self) -> tuple[int, int, int]:
        return (self.father, self.mother, self.child)


def assurances(store: Store, code: str = COUNTRY, *, punished: bool = False,
               level: MonitoringLevel = MonitoringLevel.ACTIVE, valid_to: date | None = None) -> dict[str, int]:
    """A country with readmission, no-punishment and monitoring assurances in force."""
    today = store.today()
    start = today - timedelta(days=200)
    end = valid_to or today + timedelta(days=365)
    countries.save_profile(store, code, countries.ProfileDraft(irregular_exit_punished=punished))
    ids = {}
    for kind in AssuranceKind:
        ids[kind.value] = countries.add_assurance(store, countries.AssuranceDraft(
            country=code, kind=kind, issuing_authority="Ministry of Internal Affairs",
            reference=f"{code}-{kind.value[:4].upper()}-1", scope=AssuranceScope.NATIONALS,
            valid_from=start, valid_to=end,
            monitoring_level=level if kind is AssuranceKind.MONITORING_AUTHORISATION else None,
        ))
    return ids


def open_family(store: Store, code: str = COUNTRY, region: str | None = "Tbilisi") -> Family:
    today = store.today()
    opened = cases.open_case(store, cases.CaseDraft(
        referral_source=ReferralSource.RECEPTION_CENTRE, country=code, region_of_return=region,
        opened_on=today - timedelta(days=60),
        members=(
            cases.PersonDraft("Giorgi", "Beridze", date(1985, 3, 2), Sex.MALE, code,
                              Relationship.HEAD, languages=("ka", "ru"), exit_irregular=True),
            cases.PersonDraft("Nino", "Beridze", date(1988, 7, 9), Sex.FEMALE, code,
                              Relationship.SPOUSE, languages=("ka",)),
            cases.PersonDraft("Luka", "Beridze", date(2016, 1, 20), Sex.MALE, code,
                              Relationship.CHILD, guardian_index=0),
        ),
    ))
    father, mother, child = opened.member_ids
    return Family(opened.id, opened.reference, father, mother, child)


def counsel(store: Store, family: Family, on: date) -> int:
    return counselling.record_session(store, family.case_id, counselling.SessionDraft(
        held_on=on, counsellor="A. Counsellor", language="ka", interpreter="I. Interpreter",
        topics=TOPICS, outcome=CounsellingOutcome.DECIDED_TO_RETURN,
    ))


def declare(store: Store, person_id: int, on: date,
            kind: VoluntarinessKind = VoluntarinessKind.DECLARED) -> voluntariness.Recorded:
    return voluntariness.record(store, person_id, voluntariness.Expression(
        kind=kind, occurred_on=on, counsellor="A. Counsellor", language="ka",
        information_given=TOPICS, statement="I want to go home" if kind is not VoluntarinessKind.FORCE_NEEDED
        else "Resisted boarding", confirmed=kind is VoluntarinessKind.FORCE_NEEDED,
    ))


def passports(store: Store, family: Family, valid_until: date | None = None) -> list[int]:
    today = store.today()
    return [
        travel.add_document(store, person, travel.DocumentDraft(
            kind=TravelDocumentKind.PASSPORT, number=f"GE{person:07d}", issuing_country=COUNTRY,
            issued_on=today - timedelta(days=400), valid_until=valid_until or today + timedelta(days=1000),
        ))
        for person in family.members
    ]


def ready_family(store: Store, code: str = COUNTRY) -> Family:
    """A family of three that passes every safeguard today."""
    today = store.today()
    assurances(store, code)
    family = open_family(store, code)
    counsel(store, family, today - timedelta(days=30))
    declare(store, family.father, today - timedelta(days=29))
    declare(store, family.mother, today - timedelta(days=29))
    passports(store, family)
    return family
