"""Readiness windows: evaluating once per segment agrees with the plain check on every single day."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planning import readiness
from planning.readiness.facts import (
    AdvisoryRecord,
    AssuranceRecord,
    BestInterestsRecord,
    BookingRecord,
    CaseFacts,
    ClearanceRecord,
    CountryFacts,
    DocumentRecord,
    PersonFacts,
    ReferralRecord,
    VoluntarinessRecord,
    VulnerabilityRecord,
)
from planning.readiness.reasons import Stage
from planning.readiness.windows import adult_on, boundaries, first_blocking, ready_days, verdicts, windows
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    BookingStatus,
    EscortNeed,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    TravelDocumentKind,
    VoluntarinessKind,
    VulnerabilityKind,
)

BASE = date(2026, 1, 1)
SPAN = 400  # days checked: the whole of 2026 and a little more
TOPICS = ("right_to_change_mind",)


def day(n: int) -> date:
    return BASE + timedelta(days=n)


days_in = st.integers(-200, SPAN)


@st.composite
def person(draw: st.DrawFn, index: int) -> PersonFacts:
    dob = draw(st.sampled_from([date(1980, 5, 5), date(2008, 2, 29), date(2008, 7, 14), date(2015, 1, 1),
                                date(2008, 11, 30)]))
    kinds = draw(st.lists(st.sampled_from([VoluntarinessKind.DECLARED] * 3 + list(VoluntarinessKind)),
                          max_size=4))
    when = sorted(draw(st.lists(days_in, min_size=len(kinds), max_size=len(kinds))))
    events = tuple(VoluntarinessRecord(100 * index + n, k, day(d), "C", "en", TOPICS)
                   for n, (k, d) in enumerate(zip(kinds, when, strict=True)))
    documents = tuple(
        DocumentRecord(TravelDocumentKind.PASSPORT, f"N{index}{n}", day(a), day(a + length))
        for n, (a, length) in enumerate(draw(st.lists(st.tuples(days_in, st.integers(0, 300)), max_size=2)))
    )
    clearances = tuple(
        ClearanceRecord(day(a), draw(st.booleans()), day(a + length))
        for a, length in draw(st.lists(st.tuples(days_in, st.integers(0, 120)), max_size=2))
    )
    vulnerabilities = tuple(
        VulnerabilityRecord(kind, day(a), day(a + length) if length else None)
        for kind, a, length in draw(st.lists(st.tuples(
            st.sampled_from([VulnerabilityKind.MEDICAL_NEED, VulnerabilityKind.PREGNANCY,
                             VulnerabilityKind.UNACCOMPANIED_MINOR, VulnerabilityKind.ELDERLY]),
            days_in, st.integers(0, 200)), max_size=2))
    )
    best_interests = tuple(
        BestInterestsRecord(day(a), outcome, day(a + c) if c is not None else None)
        for a, outcome, c in draw(st.lists(st.tuples(days_in, st.sampled_from(list(BestInterestsOutcome)),
                                                     st.none() | st.integers(0, 60)), max_size=1))
    )
    referrals: tuple[ReferralRecord, ...] = ()
    if draw(st.integers(0, 3)) == 0:
        raised = draw(days_in)
        outcome = draw(st.sampled_from(list(ProtectionOutcome)))
        referrals = (ReferralRecord(1, day(raised), ReferralAuthority.UNHCR, day(raised + 1), outcome,
                                    day(raised + draw(st.integers(2, 90))), "REF"),)
    return PersonFacts(
        id=index + 1, name=f"P{index}", date_of_birth=dob, nationality="GEO",
        exit_irregular=draw(st.none() | st.booleans()), guardian_id=1 if index else None,
        escort_need=draw(st.none() | st.sampled_from(list(EscortNeed))),
        vulnerabilities=vulnerabilities, events=events, referrals=referrals, documents=documents,
        clearances=clearances, best_interests=best_interests,
    )


@st.composite
def cases(draw: st.DrawFn) -> CaseFacts:
    size = draw(st.integers(1, 3))
    members = tuple(draw(person(i)) for i in range(size))
    assurances = []
    for n, kind in enumerate(draw(st.lists(st.sampled_from(list(AssuranceKind)), min_size=1, max_size=5))):
        start = draw(days_in)
        length = draw(st.none() | st.integers(0, 300))
        assurances.append(AssuranceRecord(
            id=n, kind=kind, scope=draw(st.sampled_from([AssuranceScope.NATIONALS, AssuranceScope.INDIVIDUAL])),
            status=draw(st.sampled_from([AssuranceStatus.IN_FORCE] * 4 + list(AssuranceStatus))),
            valid_from=day(start), valid_to=day(start + length) if length is not None else None,
            reference=f"A{n}", person_ids=frozenset({1}),
            monitoring_level=draw(st.sampled_from(list(MonitoringLevel)))
            if kind is AssuranceKind.MONITORING_AUTHORISATION else None,
        ))
    advisories = tuple(
        AdvisoryRecord(n, "UNHCR", "suspended", day(a), day(a + length) if length else None,
                       profile=draw(st.none() | st.just("medical_need")))
        for n, (a, length) in enumerate(draw(st.lists(st.tuples(days_in, st.integers(0, 90)), max_size=2)))
    )
    bookings = tuple(
        BookingRecord(n, n, day(d), BookingStatus.CONFIRMED, medical, minor)
        for n, (d, medical, minor) in enumerate(draw(st.lists(
            st.tuples(st.integers(0, SPAN), st.integers(0, 1), st.integers(0, 1)), max_size=1)))
    )
    counselling = tuple(sorted(day(d) for d in draw(st.lists(days_in, max_size=2))))
    country = CountryFacts("GEO", "Georgia", irregular_exit_punished=draw(st.booleans()),
                           active_monitoring_profiles=frozenset(draw(st.sets(st.sampled_from(
                               ["medical_need", "unaccompanied_minor"])))),
                           assurances=tuple(assurances), advisories=advisories)
    return CaseFacts(id=1, reference="HW-T", country=country, members=members, counselling_dates=counselling,
                     bookings=bookings)


def codes(case: CaseFacts, on: date, stage: Stage) -> tuple[tuple[str, int | None], ...]:
    return tuple((r.code, r.person_id) for r in readiness.check(case, on, stage).reasons)


@settings(max_examples=150, deadline=None)
@given(cases(), st.sampled_from(list(Stage)))
def test_segments_agree_with_the_plain_check_on_every_day(case: CaseFacts, stage: Stage) -> None:
    every_day = [day(n) for n in range(SPAN)]
    segmented = verdicts(case, every_day, stage)
    for on in every_day:
        plain = readiness.check(case, on, stage)
        assert segmented[on].ready == plain.ready, on
        assert tuple((r.code, r.person_id) for r in segmented[on].reasons) == codes(case, on, stage), on
    assert ready_days(case, every_day, stage) == {d for d in every_day if readiness.check(case, d, stage).ready}


@settings(max_examples=100, deadline=None)
@given(cases())
def test_windows_cover_exactly_the_ready_days(case: CaseFacts) -> None:
    start, end = day(0), day(SPAN - 1)
    covered = {start + timedelta(days=n) for first, last in windows(case, start, end)
               for n in range((last - first).days + 1) if first <= last}
    expected = {day(n) for n in range(SPAN) if readiness.check(case, day(n)).ready}
    assert covered == expected
    spans = windows(case, start, end)
    assert all(a[1] + timedelta(days=1) < b[0] for a, b in itertools.pairwise(spans))  # merged


def test_sparse_candidate_days_use_few_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = readiness.check

    def counting(case: CaseFacts, on: date, stage: Stage = Stage.PLANNING) -> readiness.Verdict:
        calls.append(on)
        return original(case, on, stage)

    case = CaseFacts(id=1, reference="HW-T", country=CountryFacts("GEO", "Georgia"), members=(
        PersonFacts(1, "A", date(1980, 1, 1), "GEO", documents=(
            DocumentRecord(TravelDocumentKind.PASSPORT, "N", day(0), day(99)),)),))
    monkeypatch.setattr(readiness, "check", counting)
    ready_days(case, [day(n) for n in range(300)])
    assert len(calls) <= len(boundaries(case)) + 1 < 10


def test_first_blocking_names_the_first_unready_day() -> None:
    case = CaseFacts(id=1, reference="HW-T", country=CountryFacts("GEO", "Georgia"), members=(
        PersonFacts(1, "A", date(1980, 1, 1), "GEO"),))
    reason = first_blocking(case, [day(40), day(10)])
    assert reason is not None and reason.message.endswith("has no recorded decision to return")
    assert reason.person_id == 1


def test_adult_on_counts_leap_day_birthdays_like_age_on() -> None:
    leap = PersonFacts(1, "A", date(2008, 2, 29), "GEO")
    assert adult_on(leap) == date(2026, 3, 1)
    assert not leap.minor_on(adult_on(leap)) and leap.minor_on(adult_on(leap) - timedelta(days=1))
