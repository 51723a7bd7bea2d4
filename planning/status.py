"""Case status, derived from the records and stored only so lists can filter and sort on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from planning import at_risk, readiness
from planning.readiness.facts import CaseFacts, CountryFacts
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Safeguard, Verdict
from planning.readiness.rules.s1_voluntariness import latest
from planning.readiness.rules.same_person import CODES as SAME_PERSON
from planning.readiness.texts import NO_DECLARATION
from planning.storage.models import Case
from planning.storage.store import actor_of
from planning.vocabulary import BookingStatus, CaseStatus, VoluntarinessKind

TERMINAL = (CaseStatus.CLOSED, CaseStatus.INVOLVEMENT_ENDED, CaseStatus.PROTECTION_GRANTED)
#: The states in which "ready" means something: the household has not travelled yet and may. A case that
#: departed, returned, is monitored or ended is never listed as ready, whatever today's verdict says.
READINESS_APPLIES = (CaseStatus.READY, CaseStatus.BOOKED)


@dataclass(frozen=True)
class Derived:
    """Everything about a case that is computed, never typed in."""

    status: CaseStatus
    ready: bool
    decided_on: date | None
    household_size: int
    vulnerable: bool


def decided_on(case: CaseFacts, today: date) -> date | None:
    """When the household's current decision became complete: the last holder's declaration."""
    dates = []
    for person in case.members:
        holder = case.decision_holder(person, today)
        declaration = latest(holder.events, VoluntarinessKind.DECLARED)
        if declaration is None:
            return None
        dates.append(declaration.occurred_on)
    return max(dates, default=None)


def derive(case: CaseFacts, verdict: Verdict) -> CaseStatus:
    """The lifecycle state (DESIGN.md §2) that the records and today's verdict imply."""
    found = {r.code for r in verdict.reasons}
    # The same person's ended or protected case elsewhere blocks this one, but did not end it.
    own = {r.safeguard for r in verdict.reasons if r.code not in SAME_PERSON}
    booking_states = {b.status for b in case.bookings}
    if case.closed_on is not None:
        return CaseStatus.CLOSED
    if Safeguard.S3 in own:
        return CaseStatus.INVOLVEMENT_ENDED
    if "S4.protection_granted" in found:
        return CaseStatus.PROTECTION_GRANTED
    if BookingStatus.ARRIVED in booking_states:
        return CaseStatus.MONITORING if case.monitored else CaseStatus.ARRIVED
    if BookingStatus.DEPARTED in booking_states:
        return CaseStatus.DEPARTED
    if Safeguard.S4 in own:
        return CaseStatus.ON_HOLD
    if Safeguard.S2 in own:
        return CaseStatus.WITHDRAWN
    if booking_states & {BookingStatus.PROPOSED, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN}:
        return CaseStatus.BOOKED
    if verdict.ready:
        return CaseStatus.READY
    anything_recorded = case.counselling_dates or any(m.events for m in case.members)
    if not anything_recorded:
        return CaseStatus.INTAKE
    if any(r.code == NO_DECLARATION for r in verdict.reasons):
        return CaseStatus.COUNSELLING
    if any(m.documents or m.clearances for m in case.members):
        return CaseStatus.PREPARING
    return CaseStatus.DECIDED


def derive_all(case: CaseFacts, today: date) -> tuple[Derived, Verdict]:
    verdict = readiness.check(case, today)
    status = derive(case, verdict)
    return Derived(
        status=status,
        ready=verdict.ready and status in READINESS_APPLIES,
        decided_on=decided_on(case, today),
        household_size=len(case.members),
        vulnerable=any(m.vulnerable_on(today) for m in case.members)
        or any(case.unaccompanied_on(m, today) for m in case.members),
    ), verdict


def refresh(
    session: Session,
    case_ids: Sequence[int],
    today: date,
    countries: dict[int, CountryFacts] | None = None,
) -> dict[int, Derived]:
    """Recompute and store the derived columns of these cases (no version bump: nothing typed), and mark
    or clear their bookings at risk (`planning.at_risk`) in the same transaction."""
    facts = at_risk.review(session, actor_of(session), load_facts(session, case_ids, countries))
    result: dict[int, Derived] = {}
    rows = []
    for case_id, case in facts.items():
        derived, _ = derive_all(case, today)
        result[case_id] = derived
        values = {
            "status": derived.status, "ready": derived.ready, "decided_on": derived.decided_on,
            "household_size": derived.household_size, "vulnerable": derived.vulnerable,
            "status_checked_on": today,
        }
        rows.append({"case_id": case_id, **values})
        loaded = session.identity_map.get((Case, (case_id,), None))
        if loaded is not None:
            for key, value in values.items():
                set_committed_value(loaded, key, value)
    if rows:
        # Core, not ORM: derived columns change without bumping the row's version.
        table: Table = Case.__table__  # type: ignore[assignment]
        session.execute(
            update(table).where(table.c.id == bindparam("case_id")).values(
                {key: bindparam(key) for key in rows[0] if key != "case_id"}),
            rows,
        )
    return result


def refresh_country(session: Session, country_id: int, today: date) -> int:
    """Refresh every open case returning to a country (after its assurances or advisories change)."""
    ids = list(session.scalars(
        select(Case.id).where(Case.country_id == country_id, Case.status.not_in(TERMINAL))
    ))
    refresh(session, ids, today)
    return len(ids)

