"""Property tests: random household histories never yield *ready* while a safeguard is violated.

The oracle below restates each safeguard independently of `planning.readiness`, in the plainest
terms, so the two must agree on every generated history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planning import readiness
from planning.readiness.facts import (
    AdvisoryRecord,
    AssuranceRecord,
    CaseFacts,
    CountryFacts,
    DocumentRecord,
    PersonFacts,
    ReferralRecord,
    VoluntarinessRecord,
)
from planning.readiness.reasons import Safeguard
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    TravelDocumentKind,
    VoluntarinessKind,
)

ON = date(2026, 6, 1)
START = ON - timedelta(days=150)
TOPICS = ("right_to_change_mind", "reintegration")


@st.composite
def events(draw: st.DrawFn) -> tuple[VoluntarinessRecord, ...]:
    kinds = draw(st.lists(st.sampled_from(list(VoluntarinessKind)), max_size=5))
    days = sorted(draw(st.lists(st.integers(0, 150), min_size=len(kinds), max_size=len(kinds))))
    return tuple(
        VoluntarinessRecord(id=0, kind=k, occurred_on=START + timedelta(days=d), counsellor="C",
                            language="en", information_given=TOPICS)
        for k, d in zip(kinds, days, strict=True)
    )


@st.composite
def referrals(draw: st.DrawFn) -> tuple[ReferralRecord, ...]:
    if not draw(st.booleans()):
        return ()
    raised = START + timedelta(days=draw(st.integers(0, 100)))
    step = draw(st.sampled_from(["raised", "pending", "negative", "granted"]))
    if step == "raised":
        return (ReferralRecord(1, raised, None, None, ProtectionOutcome.PENDING),)
    referred = raised + timedelta(days=1)
    if step == "pending":
        return (ReferralRecord(1, raised, ReferralAuthority.UNHCR, referred, ProtectionOutcome.PENDING),)
    outcome = ProtectionOutcome.FINAL_NEGATIVE if step == "negative" else ProtectionOutcome.NEEDS_PROTECTION
    return (ReferralRecord(1, raised, ReferralAuthority.UNHCR, referred, outcome,
                           referred + timedelta(days=draw(st.integers(1, 40))), "REF"),)


@st.composite
def households(draw: st.DrawFn) -> CaseFacts:
    size = draw(st.integers(1, 4))
    members = []
    for i in range(size):
        adult = i == 0 or draw(st.booleans())
        dob = date(1980, 1, 1) if adult else date(2015, 1, 1)
        valid_until = ON + timedelta(days=draw(st.integers(-30, 30)))
        evs = tuple(replace(e, id=100 * i + n) for n, e in enumerate(draw(events())))
        members.append(PersonFacts(
            id=i + 1, name=f"P{i}", date_of_birth=dob, nationality="GEO", guardian_id=1 if not adult else None,
            events=evs, referrals=draw(referrals()),
            documents=(DocumentRecord(TravelDocumentKind.PASSPORT, f"N{i}", START, valid_until),),
        ))
    assurances = []
    for n, kind in enumerate(AssuranceKind):
        assurances.append(AssuranceRecord(
            id=n, kind=kind, scope=AssuranceScope.NATIONALS,
            status=draw(st.sampled_from([AssuranceStatus.IN_FORCE] * 3 + list(AssuranceStatus))),
            valid_from=START, valid_to=ON + timedelta(days=draw(st.integers(-10, 60))),
            monitoring_level=MonitoringLevel.ACTIVE if kind is AssuranceKind.MONITORING_AUTHORISATION else None,
        ))
    advisories = ()
    if draw(st.integers(0, 4)) == 0:
        advisories = (AdvisoryRecord(1, "UNHCR", "suspended", ON - timedelta(days=5), None),)
    counselling = tuple(sorted(START + timedelta(days=d) for d in draw(st.lists(st.integers(0, 150),
                                                                                 max_size=3))))
    return CaseFacts(
        id=1, reference="HW-T", members=tuple(members), counselling_dates=counselling,
        country=CountryFacts("GEO", "Georgia", assurances=tuple(assurances), advisories=advisories),
    )


def violated(case: CaseFacts, on: date) -> set[Safeguard]:
    """The plain-words oracle."""
    found: set[Safeguard] = set()
    adults = [m for m in case.members if m.age_on(on) >= 18]
    for person in case.members:
        evs = [e for e in person.events if e.occurred_on <= on]
        if any(e.kind is VoluntarinessKind.FORCE_NEEDED for e in person.events):
            found.add(Safeguard.S3)
        negatives = [i for i, e in enumerate(evs) if e.kind in (VoluntarinessKind.REFUSED,
                                                                VoluntarinessKind.WITHDRAWN)]
        if negatives:
            last = evs[negatives[-1]]
            lifted = any(
                c >= last.occurred_on and any(e.kind is VoluntarinessKind.DECLARED and e.occurred_on >= c
                                              for e in evs[negatives[-1] + 1:])
                for c in case.counselling_dates if c <= on)
            if not lifted:
                found.add(Safeguard.S2)
        holder = person if (person.age_on(on) >= 18 or not adults) else adults[0]
        holder_events = [e for e in holder.events if e.occurred_on <= on]
        if not any(e.kind is VoluntarinessKind.DECLARED for e in holder_events):
            found.add(Safeguard.S1)
        for r in person.referrals:
            if r.raised_on > on:
                continue
            decided = r.outcome_on if r.outcome is ProtectionOutcome.FINAL_NEGATIVE else None
            if decided is None or not any(
                e.kind is VoluntarinessKind.DECLARED and decided <= e.occurred_on for e in holder_events
            ):
                found.add(Safeguard.S4)
        if not any(d.issued_on <= on <= d.valid_until for d in person.documents):
            found.add(Safeguard.S10)
    for kind, guard in ((AssuranceKind.READMISSION, Safeguard.S5),
                        (AssuranceKind.MONITORING_AUTHORISATION, Safeguard.S7)):
        ok = [a for a in case.country.assurances if a.kind is kind and a.status is AssuranceStatus.IN_FORCE
              and a.valid_from <= on and (a.valid_to is None or on <= a.valid_to)]
        if not ok:
            found.add(guard)
    if any(a.status is AssuranceStatus.UNDER_REVIEW for a in case.country.assurances):
        found.add(Safeguard.S9)
    if any(a.in_force_on(on) for a in case.country.advisories):
        found.add(Safeguard.S8)
    return found


@settings(max_examples=400, deadline=None)
@given(households(), st.integers(-20, 40))
def test_never_ready_while_a_safeguard_is_violated(case: CaseFacts, offset: int) -> None:
    on = ON + timedelta(days=offset)
    verdict = readiness.check(case, on)
    expected = violated(case, on)
    if expected:
        assert not verdict.ready
    # Every violated safeguard is named (S5 may be reported as S9 when the assurance is under review).
    named = verdict.safeguards()
    for guard in expected:
        if guard is Safeguard.S5 and Safeguard.S9 in named:
            continue
        assert guard in named, (guard, verdict.reasons)


@settings(max_examples=200, deadline=None)
@given(households(), events(), st.integers(0, 3))
def test_force_needed_is_never_undone(case: CaseFacts, later: tuple[VoluntarinessRecord, ...], who: int) -> None:
    person = case.members[who % len(case.members)]
    force = VoluntarinessRecord(999, VoluntarinessKind.FORCE_NEEDED, START)
    afterwards = tuple(replace(e, id=1000 + n) for n, e in enumerate(later))
    ended = replace(person, events=(force, *person.events, *afterwards))
    case = replace(case, members=tuple(ended if m.id == person.id else m for m in case.members),
                   counselling_dates=(*case.counselling_dates, ON))
    for offset in (0, 30, 365):
        verdict = readiness.check(case, ON + timedelta(days=offset))
        assert not verdict.ready and verdict.final
        assert Safeguard.S3 in verdict.safeguards()
