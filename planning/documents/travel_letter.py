"""The travel letter a returnee carries: each leg, transit and arrival instructions, baggage, contacts.

Printed only for a case that the readiness check finds ready on its travel date (never for a case
whose involvement ended, S3). Facts the records do not hold are derived and said so in the letter:
the baggage allowance follows the kind of movement, the arrival contact is the country's field
office for the region, and the emergency number is the office's (its profile).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import readiness
from planning.bookings import NOT_YET_GONE
from planning.documents import local_times, records, travel_letter_page, verification
from planning.documents.bilingual import Languages
from planning.documents.office import letterhead, require_for_travel_letters
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import say
from planning.documents.travel_letter_page import session_day
from planning.documents.verification import Facts
from planning.errors import HomewardError, NotFoundError, SafeguardError, ValidationError
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Stage
from planning.security.permissions import Permission, require
from planning.storage.models import (
    BestInterestsDetermination,
    Booking,
    CounsellingSession,
    Movement,
    Vulnerability,
)
from planning.storage.models.places import FieldOffice
from planning.storage.store import Store
from planning.vocabulary import BookingStatus, CaseStatus, VulnerabilityKind

KIND = travel_letter_page.KIND
PREFIX = "TL"
#: The needs a travel letter names (what staff on the way must know); a victim of trafficking or a single parent
#: is not named as such on a paper shown at borders.
TRAVEL_NEEDS = frozenset({VulnerabilityKind.MEDICAL_NEED, VulnerabilityKind.DISABILITY, VulnerabilityKind.PREGNANCY,
                          VulnerabilityKind.ELDERLY, VulnerabilityKind.UNACCOMPANIED_MINOR})


def _field_office(session: Session, country_id: int, region: str | None) -> FieldOffice | None:
    offices = list(session.scalars(select(FieldOffice).where(FieldOffice.country_id == country_id,
                                                              FieldOffice.active.is_(True)).order_by(FieldOffice.id)))
    wanted = (region or "").casefold()
    return (next((o for o in offices if o.region and o.region.casefold() == wanted), None)
            or next((o for o in offices if o.region is None), None))


def _journey(session: Session, case_id: int) -> Booking | None:
    """The booking the letter is for: still valid in transit and after arrival, gone once cancelled.

    Statuses that change along the way (checked in, departed) are not printed, so they do not
    supersede the letter.
    """
    return session.scalar(select(Booking).where(Booking.case_id == case_id, Booking.status != BookingStatus.CANCELLED)
                          .order_by(Booking.id.desc()).limit(1))


def load(session: Session, reference: str) -> Facts | None:
    """Everything the travel letter prints about a case, from the current records."""
    case = records.case_or_none(session, reference)
    if case is None:
        return None
    people = records.household(session, case.id)
    ids = [p.id for p in people]
    booking = _journey(session, case.id)
    movement: Movement | None = booking.movement if booking is not None else None
    day = movement.departure_at.date() if movement is not None else None
    documents = records.documents_on(session, ids, day) if day is not None else {}
    needs: dict[int, list[str]] = {i: [] for i in ids}
    if day is not None:
        for v in session.scalars(select(Vulnerability).where(Vulnerability.person_id.in_(ids))
                                 .order_by(Vulnerability.id)):
            if v.kind in TRAVEL_NEEDS and v.noted_on <= day and (v.ended_on is None or day < v.ended_on):
                needs[v.person_id].append(v.kind.value)
    reception: list[dict[str, str]] = []
    for determination in session.scalars(select(BestInterestsDetermination).where(
            BestInterestsDetermination.person_id.in_(ids)).order_by(BestInterestsDetermination.decided_on,
                                                                    BestInterestsDetermination.id)):
        if determination.reception_arrangement and determination.reception_confirmed_on:
            person = next(p for p in people if p.id == determination.person_id)
            reception = [r for r in reception if r["person"] != records.person_name(person)]
            reception.append({"person": records.person_name(person),
                              "arrangement": determination.reception_arrangement})
    field_office = _field_office(session, case.country_id, case.region_of_return)
    office = letterhead(session)
    sessions = session.scalars(select(CounsellingSession).where(CounsellingSession.case_id == case.id)
                               .order_by(CounsellingSession.held_on.desc()))
    legs = []
    if movement is not None:
        legs = [{"sequence": leg.sequence, "origin": leg.origin, "destination": leg.destination,
                 "departure_at": leg.departure_at, "arrival_at": leg.arrival_at, "carrier": leg.carrier,
                 "flight_number": leg.flight_number, "transit_visa_required": leg.transit_visa_required,
                 "origin_zone": _zone(leg.origin), "destination_zone": _zone(leg.destination)}
                for leg in movement.legs]
        if not legs:
            legs = [{"sequence": 1, "origin": movement.origin, "destination": movement.destination,
                     "departure_at": movement.departure_at, "arrival_at": movement.arrival_at, "carrier": None,
                     "flight_number": None, "transit_visa_required": False,
                     "origin_zone": _zone(movement.origin), "destination_zone": _zone(movement.destination)}]
    facts: Facts = verification.plain({
        "case": case.reference,
        "country": {"code": case.country.code, "name": case.country.name}, "region": case.region_of_return,
        "language": records.returnee_language(people, sessions), "office_language": office.language,
        "movement": None if movement is None else {
            "code": movement.code, "kind": movement.kind, "origin": movement.origin,
            "destination": movement.destination, "departure_at": movement.departure_at,
            "arrival_at": movement.arrival_at,
        },
        "booking": None if booking is None else {
            "seats": booking.seats, "medical_escorts": booking.medical_escorts,
            "minor_escorts": booking.minor_escorts,
        },
        "legs": legs,
        "travellers": [{
            "name": records.person_name(p), "name_latin": records.latin_name(p), "date_of_birth": p.date_of_birth,
            "sex": p.sex, "nationality": p.nationality, "document": records.document_fact(documents.get(p.id)),
            "escort_need": p.escort_need, "needs": needs[p.id],
        } for p in people],
        "reception": reception,
        "field_office": None if field_office is None else {
            "name": field_office.name, "address": field_office.address, "region": field_office.region,
            "opens_at": field_office.opens_at.strftime("%H:%M"), "closes_at": field_office.closes_at.strftime("%H:%M"),
        },
        "contacts": {"office": office.name, "address": office.address, "phone": office.phone,
                     "emergency_phone": office.emergency_phone, "email": office.email,
                     "signatory_name": office.signatory_name, "signatory_title": office.signatory_title},
    })
    return facts


def _zone(place: str) -> str | None:
    airport = local_times.airport_of(place)
    return airport.zone if airport is not None else None


verification.register_kind(KIND, load, travel_letter_page.stated)


def _require_ready(session: Session, reference: str, facts: Facts | None) -> tuple[int, date]:
    case = records.case_or_none(session, reference)
    if case is None or facts is None:
        raise NotFoundError("case_file", reference)
    if case.status is CaseStatus.INVOLVEMENT_ENDED:
        raise SafeguardError("S3", "document.letter_after_end", reference=case.reference)
    case_facts = load_facts(session, [case.id])[case.id]
    # S3 holds whatever the date: check it before asking for a booking.
    final = [r for r in readiness.check(case_facts, session_day(facts) or date.min).reasons if r.final]
    if final:
        raise SafeguardError(final[0].safeguard.value, "document.letter_never", (final[0],), reference=case.reference,
                             reason=final[0].said)
    booking = _journey(session, case.id)
    if booking is None:
        raise ValidationError("case", "document.not_booked", reference, reference=case.reference)
    if booking.status not in NOT_YET_GONE:
        raise ValidationError("case", "document.already_left", reference, reference=case.reference,
                              movement=booking.movement.code, status=booking.status)
    day = session_day(facts)
    assert day is not None
    verdict = readiness.check(case_facts, day, Stage.PLANNING)
    if not verdict.ready:
        raise SafeguardError(verdict.reasons[0].safeguard.value, "document.not_ready", verdict.reasons,
                             reference=case.reference, day=day, why=verdict.reasons)
    return case.id, day


def print_travel_letter(store: Store, reference: str) -> Printed:
    """The travel letter for a booked case that is ready on its travel date; `SafeguardError` otherwise."""
    require(store, Permission.PRINT_DOCUMENTS)
    with store.transaction() as session:
        facts = load(session, reference)
        _require_ready(session, reference, facts)
        require_for_travel_letters(letterhead(session))
        assert facts is not None
        languages = Languages(facts["office_language"], facts["language"])
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=facts["case"], facts=facts,
                         title=languages.title("tl_title"), header_title=say("tl_title", languages.office),
                         subtitle=travel_letter_page.subtitle(facts), story=travel_letter_page.story(facts),
                         language=facts["language"])


# --- a movement's letters in one batch ----------------------------------------------------------


@dataclass(frozen=True)
class LetterOutcome:
    """One household of a batch: its letter, or why none was printed."""

    reference: str
    printed: Printed | None = None
    refused: HomewardError | None = None


def movement_by_reference(session: Session, reference: str | int) -> Movement:
    """A movement by id or code."""
    text = str(reference).strip()
    movement = session.scalar(select(Movement).where(Movement.code == text))
    if movement is None and text.isdigit():
        movement = session.get(Movement, int(text))
    if movement is None:
        raise NotFoundError("movement", reference)
    return movement


def booked_cases(store: Store, movement: str | int) -> list[str]:
    """References of the households booked on a movement (not cancelled, not yet gone), in order."""
    from planning.storage.models import Case

    with store.reading() as session:
        found = movement_by_reference(session, movement)
        return list(session.scalars(select(Case.reference).join(Booking, Booking.case_id == Case.id).where(
            Booking.movement_id == found.id, Booking.status.in_(NOT_YET_GONE)).order_by(Case.reference)))


def travel_letters(store: Store, movement: str | int) -> Iterator[LetterOutcome]:
    """Every travel letter of a movement, one transaction each; households not ready are skipped with the reason."""
    require(store, Permission.PRINT_DOCUMENTS)  # refused whole, not letter by letter
    for reference in booked_cases(store, movement):
        try:
            yield LetterOutcome(reference, printed=print_travel_letter(store, reference))
        except HomewardError as refused:
            yield LetterOutcome(reference, refused=refused)
