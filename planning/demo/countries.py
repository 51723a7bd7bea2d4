"""The countries of return of the demo caseload: profiles, assurances and advisories around `today`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.demo.places import field_office_rows
from planning.readiness.facts import AdvisoryRecord, AssuranceRecord, CountryFacts
from planning.readiness.loading import load_countries
from planning.storage.models import CountryProfile
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, MonitoringLevel

RA = AssuranceKind.READMISSION
NP = AssuranceKind.NO_PUNISHMENT
MA = AssuranceKind.MONITORING_AUTHORISATION
NATIONALS = AssuranceScope.NATIONALS
RESIDENTS = AssuranceScope.NATIONALS_AND_RESIDENTS
IN_FORCE = AssuranceStatus.IN_FORCE
EXPIRED = AssuranceStatus.EXPIRED
REQUESTED = AssuranceStatus.REQUESTED
UNDER_REVIEW = AssuranceStatus.UNDER_REVIEW
ACTIVE = MonitoringLevel.ACTIVE
PASSIVE = MonitoringLevel.PASSIVE


@dataclass(frozen=True)
class AssuranceSpec:
    kind: AssuranceKind
    scope: AssuranceScope
    status: AssuranceStatus
    #: Validity, in days relative to `today` (None: open-ended).
    start: int
    end: int | None
    level: MonitoringLevel | None = None
    region: str | None = None
    conditions: str | None = None


@dataclass(frozen=True)
class AdvisorySpec:
    issued_by: str
    summary: str
    start: int
    end: int | None = None
    region: str | None = None
    profile: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class CountrySpec:
    code: str
    weight: int
    regions: tuple[str, ...]
    languages: tuple[str, ...]
    airport: str
    authority: str
    punished: bool = False
    profiles: tuple[str, ...] = ()
    assurances: tuple[AssuranceSpec, ...] = ()
    advisories: tuple[AdvisorySpec, ...] = ()
    #: Readmission is given case by case: each household gets its own individual-scope assurance.
    individual: bool = False
    #: Whether movements there are possible at all (no suspension or review in the way).
    open: bool = True
    #: A country whose nationals, permanently resident here, return to this one.
    residents_from: str | None = None


VOT = "victim_of_trafficking"
UAM = "unaccompanied_minor"

SPECS: tuple[CountrySpec, ...] = (
    CountrySpec(
        "IRQ", 14, ("Baghdad", "Basra", "Erbil", "Nineveh", "Sulaymaniyah"), ("ar", "ckb"), "Baghdad (BGW)",
        "Ministry of Migration and Displacement, Baghdad", profiles=(VOT, UAM),
        assurances=(
            AssuranceSpec(RA, NATIONALS, EXPIRED, -1900, -1101),
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -1100, 400),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -1000, 500, ACTIVE),
        ),
        advisories=(AdvisorySpec(
            "UNHCR", "UNHCR position on returns to Iraq: no returns to Nineveh governorate until the "
            "security and housing situation in districts retaken from ISIL has been assessed",
            -400, None, region="Nineveh", reference="UNHCR/IRQ/POS/2025-01"),),
        residents_from="SYR",
    ),
    CountrySpec(
        "AFG", 12, ("Kabul", "Herat", "Balkh", "Nangarhar"), ("prs", "ps"), "Kabul (KBL)",
        "Ministry of Refugees and Repatriation, Kabul", profiles=(UAM, VOT),
        assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -900, 300),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -900, 300, PASSIVE,
                          conditions="Returnees may contact the organisation; no home visits"),
        ),
    ),
    CountrySpec(
        "SYR", 6, ("Damascus", "Aleppo", "Homs", "Latakia"), ("ar", "kmr"), "Damascus (DAM)",
        "Ministry of Interior, Damascus", punished=True, profiles=(UAM,),
        assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -800, 365),
            AssuranceSpec(NP, NATIONALS, UNDER_REVIEW, -800, 365,
                          conditions="Under review after a monitoring report of detention on arrival"),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -800, 365, PASSIVE),
        ),
        open=False,
    ),
    CountrySpec(
        "NGA", 10, ("Lagos", "Edo", "Federal Capital Territory", "Kano"), ("en", "yo", "ig", "ha", "pcm"),
        "Lagos (LOS)", "Nigeria Immigration Service, Abuja", profiles=(VOT,),
        assurances=(
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -1200, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -1200, 700, ACTIVE),
        ),
        advisories=(AdvisorySpec(
            "UNHCR", "Returns of victims of trafficking are suspended until a reception place in a "
            "NAPTIP shelter is confirmed for each returnee", -300, None, profile=VOT,
            reference="UNHCR/NGA/VOT/2025"),),
        residents_from="GHA",
    ),
    CountrySpec(
        "GEO", 8, ("Tbilisi", "Imereti", "Adjara", "Kvemo Kartli"), ("ka", "ru"), "Tbilisi (TBS)",
        "Ministry of Internal Affairs of Georgia", assurances=(
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -1500, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -700, 300, PASSIVE),
        ),
    ),
    CountrySpec(
        "ALB", 8, ("Tirana", "Shkodër", "Durrës", "Elbasan"), ("sq",), "Tirana (TIA)",
        "Ministry of Interior of Albania", profiles=(VOT,), assurances=(
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -1500, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -700, 600, ACTIVE),
        ),
    ),
    CountrySpec(
        "PAK", 7, ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Islamabad Capital Territory"), ("ur", "pa", "ps"),
        "Islamabad (ISB)", "Ministry of Interior, Islamabad", profiles=(UAM,), assurances=(
            AssuranceSpec(RA, NATIONALS, EXPIRED, -1200, -200),
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -150, 560),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -1000, 400, ACTIVE),
        ),
        residents_from="AFG",
    ),
    CountrySpec(
        "SEN", 5, ("Dakar", "Thiès", "Saint-Louis", "Kolda"), ("wo", "fr"), "Dakar (DSS)",
        "Direction générale des Sénégalais de l'extérieur, Dakar", assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -700, 25),
            AssuranceSpec(RA, NATIONALS, REQUESTED, 26, 760),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -700, 365, PASSIVE),
        ),
    ),
    CountrySpec(
        "ETH", 5, ("Addis Ababa", "Amhara", "Oromia", "Tigray"), ("am", "om", "ti"), "Addis Ababa (ADD)",
        "Immigration and Citizenship Service, Addis Ababa", punished=True, profiles=(VOT, UAM),
        assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -1000, 300),
            AssuranceSpec(NP, NATIONALS, IN_FORCE, -1000, 300,
                          conditions="Covers departure without an exit permit"),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -1000, 300, ACTIVE),
        ),
        residents_from="ERI",
    ),
    CountrySpec(
        "UKR", 4, ("Kyiv", "Lviv", "Odesa", "Kharkiv"), ("uk", "ru"), "Chișinău (KIV), then by road",
        "State Migration Service of Ukraine", assurances=(
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -2000, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -600, 300, PASSIVE),
        ),
        advisories=(AdvisorySpec(
            "UNHCR", "UNHCR position on returns to Ukraine: no forcible or assisted returns while the "
            "armed conflict continues", -1560, None, reference="UNHCR/UKR/2022/01"),),
        open=False,
    ),
    CountrySpec(
        "MAR", 6, ("Casablanca-Settat", "Rabat-Salé-Kénitra", "Tanger-Tétouan-Al Hoceïma", "Oriental"),
        ("ary", "ar", "zgh", "fr"), "Casablanca (CMN)", "Ministère de l'Intérieur, Rabat", punished=True,
        assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -900, 400),
            AssuranceSpec(NP, NATIONALS, IN_FORCE, -900, 400),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -900, 400, PASSIVE),
        ),
    ),
    CountrySpec(
        "TUN", 5, ("Tunis", "Sfax", "Sousse", "Kasserine"), ("aeb", "ar", "fr"), "Tunis (TUN)",
        "Ministère de l'Intérieur, Tunis", punished=True, profiles=(UAM,), assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -800, 200),
            AssuranceSpec(NP, NATIONALS, REQUESTED, -30, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -800, 200, ACTIVE),
        ),
    ),
    CountrySpec(
        "BGD", 5, ("Dhaka", "Chattogram", "Sylhet", "Khulna"), ("bn",), "Dhaka (DAC)",
        "Ministry of Expatriates' Welfare, Dhaka", assurances=(
            AssuranceSpec(RA, NATIONALS, IN_FORCE, -600, 500),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -600, 500, PASSIVE),
            AssuranceSpec(MA, NATIONALS, REQUESTED, -60, None, ACTIVE),
        ),
    ),
    CountrySpec(
        "GHA", 4, ("Greater Accra", "Ashanti", "Northern", "Volta"), ("ak", "ee", "en"), "Accra (ACC)",
        "Ghana Immigration Service, Accra", assurances=(
            AssuranceSpec(RA, RESIDENTS, IN_FORCE, -1000, 600),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -1000, 600, ACTIVE),
        ),
        residents_from="NGA",
    ),
    CountrySpec(
        "ERI", 3, ("Maekel", "Anseba", "Debub", "Gash-Barka"), ("ti", "ar"), "Asmara (ASM)",
        "Ministry of Foreign Affairs, Asmara", punished=True, individual=True, assurances=(
            AssuranceSpec(RA, NATIONALS, REQUESTED, -400, None),
            AssuranceSpec(NP, NATIONALS, REQUESTED, -400, None),
            AssuranceSpec(MA, NATIONALS, IN_FORCE, -400, 400, PASSIVE),
        ),
    ),
)

BY_CODE = {spec.code: spec for spec in SPECS}


@dataclass
class CountryState:
    """A country of return as the generator uses it: its row id, spec and readiness facts."""

    id: int
    spec: CountrySpec
    facts: CountryFacts
    name: str
    #: How many individual assurances this run gave (countries that assure case by case).
    individual_count: int = 0


def _reference(code: str, kind: AssuranceKind, day: date, number: int) -> str:
    short = {RA: "RA", NP: "NP", MA: "MA"}[kind]
    return f"{code}-{short}-{day.year}-{number:03d}"


def setup_countries(
    session: Session,
    today: date,
    next_id: Callable[[str], int],
    rows: dict[str, list[dict[str, Any]]],
) -> dict[str, CountryState]:
    """Profiles, assurances and advisories of every demo country; existing profiles are kept as they are."""
    existing = {code: cid for cid, code in session.execute(
        select(CountryProfile.id, CountryProfile.code).where(CountryProfile.code.in_(list(BY_CODE)))
    )}
    loaded = load_countries(session, existing.values()) if existing else {}
    states: dict[str, CountryState] = {}
    for spec in SPECS:
        if spec.code in existing:
            facts = loaded[existing[spec.code]]
            states[spec.code] = CountryState(existing[spec.code], spec, facts, facts.name)
            continue
        states[spec.code] = _new_country(spec, today, next_id, rows)
    return states


def _new_country(
    spec: CountrySpec, today: date, next_id: Callable[[str], int], rows: dict[str, list[dict[str, Any]]]
) -> CountryState:
    found = pycountry.countries.get(alpha_3=spec.code)
    name = str(getattr(found, "common_name", None) or getattr(found, "name", spec.code))
    country_id = next_id("country_profile")
    rows["country_profile"].append({
        "id": country_id, "code": spec.code, "name": name, "irregular_exit_punished": spec.punished,
        "active_monitoring_profiles": sorted(spec.profiles),
        "notes": "Profile maintained by the country desk" if spec.punished else None, "version": 1,
    })
    rows["field_office"].extend(field_office_rows(spec.code, country_id, spec.regions, next_id))
    assurances = []
    for number, a in enumerate(spec.assurances, start=1):
        assurance_id = next_id("assurance")
        valid_from = today + timedelta(days=a.start)
        valid_to = today + timedelta(days=a.end) if a.end is not None else None
        reference = _reference(spec.code, a.kind, valid_from, number)
        rows["assurance"].append({
            "id": assurance_id, "country_id": country_id, "kind": a.kind,
            "issuing_authority": spec.authority, "reference": reference, "scope": a.scope,
            "monitoring_level": a.level, "region": a.region, "valid_from": valid_from,
            "valid_to": valid_to, "conditions": a.conditions, "status": a.status, "scan": None,
            "scan_filename": None, "version": 1,
        })
        assurances.append(AssuranceRecord(
            id=assurance_id, kind=a.kind, scope=a.scope, status=a.status, valid_from=valid_from,
            valid_to=valid_to, reference=reference, monitoring_level=a.level, region=a.region,
        ))
    advisories = []
    for v in spec.advisories:
        advisory_id = next_id("advisory")
        start = today + timedelta(days=v.start)
        end = today + timedelta(days=v.end) if v.end is not None else None
        rows["advisory"].append({
            "id": advisory_id, "country_id": country_id, "issued_by": v.issued_by,
            "reference": v.reference, "summary": v.summary, "region": v.region, "profile": v.profile,
            "suspends_returns": True, "in_force_from": start, "in_force_to": end, "version": 1,
        })
        advisories.append(AdvisoryRecord(
            id=advisory_id, issued_by=v.issued_by, summary=v.summary, in_force_from=start,
            in_force_to=end, suspends_returns=True, region=v.region, profile=v.profile,
            reference=v.reference,
        ))
    facts = CountryFacts(
        code=spec.code, name=name, irregular_exit_punished=spec.punished,
        active_monitoring_profiles=frozenset(spec.profiles), assurances=tuple(assurances),
        advisories=tuple(advisories),
    )
    return CountryState(country_id, spec, facts, name)
