"""Readiness over many dates at once: the check runs once per stretch of days where nothing can change.

Every rule compares the travel date with dates held in the facts, so the verdict can only change on
a *boundary* — a day on which some comparison flips:

- voluntariness events (S1–S4): the day each is expressed (it enters `events_until`), and for
  each declaration or reconfirmation the first day it is stale, ``occurred_on + DECISION_FRESH_FOR
  + 1`` (S1); at departure stage also the day after a reconfirmation (it must be *on* the day);
- counselling sessions (S2), referrals raised (S4), best-interests decisions and confirmed
  reception arrangements (S1);
- 18th birthdays (minor/adult: decision holder, unaccompanied minors, escorts);
- vulnerabilities noted and ended (S7, S8, S10);
- travel documents ``issued_on`` and ``valid_until + 1``, clearances ``assessed_on`` and
  ``valid_until + 1`` (S10);
- assurances ``valid_from`` and ``valid_to + 1`` (S5–S7, S9);
- advisories ``in_force_from`` and ``in_force_to + 1`` (S8);
- bookings: the departure day and the day after (S10 escorts apply on the booked day only).

Between two consecutive boundaries the verdict's reasons are the same (only the date in their
wording differs), so `check` is called once per segment. The property test in
`tests/unit/planning/test_readiness_windows.py` holds this against the plain per-day check.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from planning import readiness
from planning.readiness.facts import ADULT_AGE, CaseFacts, PersonFacts
from planning.readiness.reasons import Reason, Stage, Verdict
from planning.readiness.rules.s1_voluntariness import DECISION_FRESH_FOR, POSITIVE
from planning.vocabulary import VoluntarinessKind

ONE_DAY = timedelta(days=1)


def adult_on(person: PersonFacts) -> date:
    """The first day the person is an adult (`PersonFacts.age_on` counts 29 February as 1 March)."""
    dob = person.date_of_birth
    try:
        return dob.replace(year=dob.year + ADULT_AGE)
    except ValueError:  # born on 29 February, adult year not a leap year
        return date(dob.year + ADULT_AGE, 3, 1)


def _after(day: date | None) -> date | None:
    if day is None or day == date.max:
        return None
    return day + ONE_DAY


def boundaries(facts: CaseFacts, stage: Stage = Stage.PLANNING) -> list[date]:
    """Sorted days on which the verdict for `facts` may differ from the day before."""
    found: set[date | None] = set()
    for person in facts.members:
        found.add(adult_on(person))
        for event in person.events:
            found.add(event.occurred_on)
            if event.kind in POSITIVE:
                stale = event.occurred_on + DECISION_FRESH_FOR
                found.add(_after(stale))
            if stage is Stage.DEPARTURE and event.kind is VoluntarinessKind.RECONFIRMED:
                found.add(_after(event.occurred_on))
        for referral in person.referrals:
            found.update((referral.raised_on, referral.referred_on, referral.outcome_on))
        for vulnerability in person.vulnerabilities:
            found.update((vulnerability.noted_on, vulnerability.ended_on))
        for document in person.documents:
            found.update((document.issued_on, _after(document.valid_until)))
        for clearance in person.clearances:
            found.update((clearance.assessed_on, _after(clearance.valid_until)))
        for bid in person.best_interests:
            found.update((bid.decided_on, bid.reception_confirmed_on))
    found.update(facts.counselling_dates)
    for assurance in facts.country.assurances:
        found.update((assurance.valid_from, _after(assurance.valid_to)))
    for advisory in facts.country.advisories:
        found.update((advisory.in_force_from, _after(advisory.in_force_to)))
    for booking in facts.bookings:
        found.update((booking.departure_on, _after(booking.departure_on)))
    return sorted(d for d in found if d is not None)


def verdicts(facts: CaseFacts, days: Iterable[date], stage: Stage = Stage.PLANNING) -> dict[date, Verdict]:
    """A verdict for each day, computed once per segment between boundaries.

    Days sharing a segment share the verdict of the segment's first requested day (its `on` and
    wording name that day); readiness and the reasons' codes are the same for all of them.
    """
    edges = boundaries(facts, stage)
    result: dict[date, Verdict] = {}
    segment: int | None = None
    verdict: Verdict | None = None
    for day in sorted(set(days)):
        index = bisect_right(edges, day)
        if verdict is None or index != segment:
            verdict = readiness.check(facts, day, stage)
            segment = index
        result[day] = verdict
    return result


def ready_days(facts: CaseFacts, days: Sequence[date] | Iterable[date], stage: Stage = Stage.PLANNING) -> set[date]:
    """The days among `days` on which the case passes every safeguard."""
    return {day for day, verdict in verdicts(facts, days, stage).items() if verdict.ready}


def windows(facts: CaseFacts, start: date, end: date, stage: Stage = Stage.PLANNING) -> list[tuple[date, date]]:
    """The inclusive date ranges within [start, end] on which the case is ready."""
    if end < start:
        return []
    edges = [d for d in boundaries(facts, stage) if start < d <= end]
    found: list[tuple[date, date]] = []
    for first, next_edge in zip([start, *edges], [*edges, end + ONE_DAY], strict=True):
        if not readiness.check(facts, first, stage).ready:
            continue
        last = next_edge - ONE_DAY
        if found and found[-1][1] + ONE_DAY == first:
            found[-1] = (found[-1][0], last)
        else:
            found.append((first, last))
    return found


def first_blocking(facts: CaseFacts, days: Iterable[date], stage: Stage = Stage.PLANNING) -> Reason | None:
    """The first reason on the first of `days` that is not ready (None if every day is ready)."""
    for _day, verdict in sorted(verdicts(facts, days, stage).items()):
        if not verdict.ready:
            return verdict.reasons[0]
    return None
