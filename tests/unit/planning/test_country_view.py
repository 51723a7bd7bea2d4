"""The Countries read service, on data built through the real services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planning import countries, country_view
from planning.errors import NotFoundError
from planning.readiness.reasons import Safeguard
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    VulnerabilityKind,
)
from tests.scenarios import COUNTRY, assurances, open_family, ready_family


def draft(code: str, kind: AssuranceKind, *, start: date, end: date | None, reference: str,
          status: AssuranceStatus = AssuranceStatus.IN_FORCE, scope: AssuranceScope = AssuranceScope.NATIONALS,
          region: str | None = None, conditions: str | None = None,
          person_ids: tuple[int, ...] = ()) -> countries.AssuranceDraft:
    return countries.AssuranceDraft(
        country=code, kind=kind, issuing_authority="Ministry of Interior", reference=reference,
        scope=scope, valid_from=start, valid_to=end, status=status, region=region, conditions=conditions,
        monitoring_level=MonitoringLevel.PASSIVE if kind is AssuranceKind.MONITORING_AUTHORISATION else None,
        person_ids=person_ids,
    )


def test_profile_assurances_and_advisories_come_back_as_plain_values(store: Store) -> None:
    today = store.today()
    countries.save_profile(store, "ALB", countries.ProfileDraft(
        irregular_exit_punished=True, notes="Exit rules relaxed in 2025",
        active_monitoring_profiles=(VulnerabilityKind.VICTIM_OF_TRAFFICKING, VulnerabilityKind.MEDICAL_NEED)))
    readmission = countries.add_assurance(store, draft(
        "ALB", AssuranceKind.READMISSION, start=today - timedelta(days=10), end=None, reference="ALB-RA-1",
        region="Tirana", conditions="Notify 10 days ahead"))
    countries.attach_scan(store, readmission, 1, "letter.pdf", b"%PDF-1.4")
    countries.add_advisory(store, countries.AdvisoryDraft(
        country="ALB", issued_by="UNHCR", summary="Floods in the north", region="Shkodër",
        in_force_from=today - timedelta(days=5), reference="UNHCR/ALB/1"))
    countries.add_advisory(store, countries.AdvisoryDraft(
        country="ALB", issued_by="Ministry", summary="Old", in_force_from=today - timedelta(days=90),
        in_force_to=today - timedelta(days=60), suspends_returns=False))

    view = country_view.country_view(store, "alb")

    assert view.profile.code == "ALB" and view.profile.name == "Albania"
    assert view.profile.irregular_exit_punished and view.profile.notes == "Exit rules relaxed in 2025"
    assert view.profile.active_monitoring_profiles == (
        VulnerabilityKind.VICTIM_OF_TRAFFICKING, VulnerabilityKind.MEDICAL_NEED)
    (assurance,) = view.assurances
    assert (assurance.kind, assurance.reference, assurance.region) == (
        AssuranceKind.READMISSION, "ALB-RA-1", "Tirana")
    assert assurance.has_scan and assurance.scan_filename == "letter.pdf" and assurance.version == 2
    assert assurance.conditions == "Notify 10 days ahead" and assurance.valid_on(today)
    assert [a.summary for a in view.advisories] == ["Floods in the north", "Old"]
    assert [a.in_force_today for a in view.advisories] == [True, False]
    assert [a.summary for a in view.suspensions] == ["Floods in the north"]
    assert view.open_cases == 0 and view.blocked_cases == 0 and view.blocked_by == ()


def test_individual_assurance_names_its_persons(store: Store) -> None:
    family = open_family(store)
    members = country_view.case_members(store, family.reference.lower())
    assert [m.name for m in members] == ["Giorgi Beridze", "Nino Beridze", "Luka Beridze"]
    countries.add_assurance(store, draft(
        COUNTRY, AssuranceKind.READMISSION, start=store.today(), end=None, reference="IND-1",
        scope=AssuranceScope.INDIVIDUAL, person_ids=(family.mother, family.father)))

    (assurance,) = country_view.country_view(store, COUNTRY).assurances
    assert [p.name for p in assurance.persons] == ["Giorgi Beridze", "Nino Beridze"]
    assert {p.case_reference for p in assurance.persons} == {family.reference}
    with pytest.raises(NotFoundError):
        country_view.case_members(store, "HW-1999-000001")


def test_counts_open_cases_and_those_blocked_by_country_safeguards(store: Store) -> None:
    family = ready_family(store)
    waiting = open_family(store)  # no decision: blocked by S1 only, not by the country
    view = country_view.country_view(store, COUNTRY)
    assert view.open_cases == 2 and view.blocked_cases == 0

    readmission = next(a for a in view.assurances if a.kind is AssuranceKind.READMISSION)
    countries.set_assurance_status(store, readmission.id, readmission.version, AssuranceStatus.UNDER_REVIEW,
                                   "Monitor reported detention on arrival")
    view = country_view.country_view(store, COUNTRY)
    assert view.blocked_cases == 2
    assert dict(view.blocked_by) == {Safeguard.S9: 2}
    assert [a.reference for a in view.under_review] == [readmission.reference]
    assert family.case_id != waiting.case_id


def test_summaries_flag_review_suspension_and_punished_exit(store: Store) -> None:
    today = store.today()
    ids = assurances(store, "GEO", punished=True)
    ready_family(store, "ARM")
    countries.add_advisory(store, countries.AdvisoryDraft(
        country="ARM", issued_by="UNHCR", summary="Position on return", in_force_from=today))
    countries.save_profile(store, "TUN", countries.ProfileDraft(irregular_exit_punished=False))
    countries.add_advisory(store, countries.AdvisoryDraft(
        country="TUN", issued_by="Embassy", summary="Information only", in_force_from=today,
        suspends_returns=False))
    countries.set_assurance_status(store, ids["readmission"], 1, AssuranceStatus.UNDER_REVIEW, "Breach")

    summaries = {s.code: s for s in country_view.country_summaries(store)}

    assert [s.name for s in country_view.country_summaries(store)] == ["Armenia", "Georgia", "Tunisia"]
    assert summaries["ARM"].open_cases == 1 and summaries["ARM"].returns_suspended
    assert summaries["GEO"].exit_punished and summaries["GEO"].under_review
    assert not summaries["GEO"].returns_suspended and not summaries["GEO"].advisory_in_force
    assert summaries["TUN"].advisory_in_force and not summaries["TUN"].returns_suspended
    assert [s.code for s in country_view.countries_under_review(store)] == ["GEO"]


def test_expiring_assurances_lists_those_in_force_ending_within_the_window(store: Store) -> None:
    today = store.today()
    start = today - timedelta(days=100)
    countries.add_assurance(store, draft("IRQ", AssuranceKind.READMISSION, start=start,
                                         end=today + timedelta(days=20), reference="IRQ-20"))
    countries.add_assurance(store, draft("ALB", AssuranceKind.NO_PUNISHMENT, start=start,
                                         end=today + timedelta(days=3), reference="ALB-3"))
    countries.add_assurance(store, draft("ALB", AssuranceKind.READMISSION, start=start,
                                         end=today + timedelta(days=31), reference="ALB-31"))
    countries.add_assurance(store, draft("ALB", AssuranceKind.MONITORING_AUTHORISATION, start=start,
                                         end=today + timedelta(days=5), reference="ALB-REQ",
                                         status=AssuranceStatus.REQUESTED))
    countries.add_assurance(store, draft("ALB", AssuranceKind.READMISSION, start=start,
                                         end=today - timedelta(days=1), reference="ALB-PAST"))

    found = country_view.expiring_assurances(store)
    assert [(a.reference, a.country_name) for a in found] == [("ALB-3", "Albania"), ("IRQ-20", "Iraq")]
    assert [a.reference for a in country_view.expiring_assurances(store, within_days=40)] == [
        "ALB-3", "IRQ-20", "ALB-31"]
