"""The movement manifest: each booked passenger with documents, escorts, special needs and a check-in box."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import gates, readiness
from planning.at_risk import stage_of
from planning.bookings import NOT_YET_GONE
from planning.documents import manifest_page, records, verification
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import say
from planning.documents.travel_letter import TRAVEL_NEEDS, movement_by_reference
from planning.documents.verification import Facts
from planning.errors import NotFoundError, SafeguardError
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Verdict
from planning.security.permissions import Permission, require
from planning.storage.models import Booking, Case, CountryProfile, FitToTravel, Movement, Vulnerability
from planning.storage.models.movements import CheckIn
from planning.storage.store import Store
from planning.vocabulary import BookingStatus

KIND = "manifest"
PREFIX = "MF"
ALERT = colors.HexColor("#A4262C")


def load(session: Session, code: str) -> Facts | None:
    """Everything the manifest prints about a movement (by code), from the current records."""
    try:
        movement = movement_by_reference(session, code)
    except NotFoundError:
        return None
    day = movement.departure_at.date()
    bookings = list(session.execute(
        select(Booking, Case.reference).join(Case, Booking.case_id == Case.id)
        .where(Booking.movement_id == movement.id, Booking.status != BookingStatus.CANCELLED)
        .order_by(Case.reference)))
    case_ids = [b.case_id for b, _ in bookings]
    people = {case_id: records.household(session, case_id) for case_id in case_ids}
    person_ids = [p.id for members in people.values() for p in members]
    documents = records.documents_on(session, person_ids, day)
    needs: dict[int, list[str]] = defaultdict(list)
    clearances: dict[int, FitToTravel] = {}
    if person_ids:
        for v in session.scalars(select(Vulnerability).where(Vulnerability.person_id.in_(person_ids))
                                 .order_by(Vulnerability.id)):
            if v.kind in TRAVEL_NEEDS and v.noted_on <= day and (v.ended_on is None or day < v.ended_on):
                needs[v.person_id].append(v.kind.value)
        for c in session.scalars(select(FitToTravel).where(FitToTravel.person_id.in_(person_ids))
                                 .order_by(FitToTravel.assessed_on, FitToTravel.id)):
            if c.assessed_on <= day <= c.valid_until:
                clearances[c.person_id] = c
    ticks = {(t.booking_id, t.person_id): t.checked_at for t in session.scalars(
        select(CheckIn).where(CheckIn.booking_id.in_([b.id for b, _ in bookings])))} if bookings else {}
    stages = {b.case_id: stage_of(b.status) for b, _ in bookings}
    verdicts = {case_id: readiness.check(facts, day, stages[case_id])
                for case_id, facts in load_facts(session, case_ids).items()}
    households = []
    for booking, reference in bookings:
        verdict = verdicts[booking.case_id]
        households.append({
            "case": reference, "status": booking.status, "seats": booking.seats,
            "medical_escorts": booking.medical_escorts, "minor_escorts": booking.minor_escorts,
            "ready": verdict.ready,
            "not_ready": [f"{r.safeguard.value}: {r.message}" for r in verdict.reasons],
            "passengers": [{
                "name": records.person_name(p), "name_latin": records.latin_name(p), "date_of_birth": p.date_of_birth,
                "sex": p.sex, "nationality": p.nationality, "document": records.document_fact(documents.get(p.id)),
                "escort_need": p.escort_need, "needs": needs[p.id],
                "fit_to_travel": None if p.id not in clearances else {
                    "fit": clearances[p.id].fit, "valid_until": clearances[p.id].valid_until,
                    "conditions": clearances[p.id].conditions},
                "checked_in_at": ticks.get((booking.id, p.id)),
            } for p in people[booking.case_id]],
        })
    facts: Facts = verification.plain({
        "movement": {"code": movement.code, "kind": movement.kind, "origin": movement.origin,
                     "destination": movement.destination, "departure_at": movement.departure_at,
                     "arrival_at": movement.arrival_at, "status": movement.status, "capacity": movement.capacity,
                     "medical_escort_places": movement.medical_escort_places,
                     "minor_escort_places": movement.minor_escort_places,
                     "country": session.get(CountryProfile, movement.country_id).code},  # type: ignore[union-attr]
        "legs": [{"sequence": leg.sequence, "origin": leg.origin, "destination": leg.destination,
                  "departure_at": leg.departure_at, "arrival_at": leg.arrival_at, "carrier": leg.carrier,
                  "transit_visa_required": leg.transit_visa_required} for leg in movement.legs],
        "households": households, "office_language": letterhead(session).language,
    })
    return facts


verification.register_kind(KIND, load, manifest_page.stated)
story = manifest_page.story


def print_manifest(store: Store, movement: str | int) -> Printed:
    """The manifest of a movement (by code or id). A gate: refused while a booked household is not ready on
    the day (at the departure stage once checked in), naming each with the safeguard and the fix — it is
    resolved, or taken off the movement, before a manifest lists it as a passenger."""
    require(store, Permission.PRINT_DOCUMENTS)
    with store.transaction() as session:
        found = movement_by_reference(session, movement)
        _gate(session, found)
        facts = load(session, found.code)
        assert facts is not None
        language = facts["office_language"]
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=found.code, facts=facts,
                         title=say("mf_title", language), subtitle=manifest_page.subtitle(facts),
                         story=manifest_page.story(facts))


def manifest_facts(store: Store, movement: str | int) -> Facts:
    """What the manifest of a movement lists, as its facts (for a spreadsheet of it): refused, as printing is,
    to a role that may not print it and while a booked household is not ready."""
    require(store, Permission.PRINT_DOCUMENTS)
    with store.reading() as session:
        found = movement_by_reference(session, movement)
        _gate(session, found)
        facts = load(session, found.code)
        assert facts is not None
        return facts


def _gate(session: Session, movement: Movement) -> None:
    refused = gates.refusal(_refusals(session, movement))
    if refused is not None:
        raise SafeguardError(refused.safeguard, "manifest.not_ready", reasons=refused.reasons,
                             households=refused.households, movement=movement.code)


def _refusals(session: Session, movement: Movement) -> list[Verdict]:
    bookings = list(session.scalars(select(Booking).where(Booking.movement_id == movement.id,
                                                          Booking.status.in_(NOT_YET_GONE))))
    facts = load_facts(session, [b.case_id for b in bookings])
    day = movement.departure_at.date()
    found = [readiness.check(facts[b.case_id], day, stage_of(b.status)) for b in bookings if b.case_id in facts]
    return [v for v in found if not v.ready]


__all__ = ["KIND", "load", "manifest_facts", "print_manifest", "story"]
