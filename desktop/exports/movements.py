"""A movement's lists as tables: its passengers (the households booked, as the register shows them) and its
manifest (each person travelling, with document, needs, clearance and check-in, as the printed manifest)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from desktop.exports.columns import right_to_left, yes_no
from desktop.i18n import tr
from desktop.labels import label, route, when
from desktop.places import country_name
from desktop.readiness_words import line
from planning import movements
from planning.documents.manifest import manifest_facts
from planning.documents.travel_letter import movement_by_reference
from planning.exports.table import Cell, CellKind, Column, Sheet
from planning.movements import MovementView, PassengerView
from planning.storage.store import Store
from planning.vocabulary import EscortNeed, Sex, TravelDocumentKind, VulnerabilityKind


def movement_id(store: Store, code: str | int) -> int:
    """A movement by code or id (NotFoundError when none is)."""
    with store.reading() as session:
        return movement_by_reference(session, code).id


def about(movement: MovementView) -> tuple[str, ...]:
    """The lines above the table: which movement, where, when."""
    return (tr("{code}: {route}, departs {when} UTC").format(code=movement.code, route=route(movement),
                                                             when=when(movement.departure_at)),)


def passenger_columns() -> tuple[Column, ...]:
    return (Column(tr("Case"), width=17), Column(tr("Head of household")), Column(tr("Household"), width=40),
            Column(tr("Seats"), CellKind.INTEGER, width=8), Column(tr("Medical escorts"), CellKind.INTEGER, width=10),
            Column(tr("Minor escorts"), CellKind.INTEGER, width=10), Column(tr("Booking")),
            Column(tr("Locked"), width=8), Column(tr("At risk"), width=50))


def passenger_cells(passenger: PassengerView) -> tuple[Cell, ...]:
    names = [name for _, name in passenger.members] or [passenger.head_name]
    return (passenger.reference, passenger.head_name, ", ".join(names), passenger.seats, passenger.medical_escorts,
            passenger.minor_escorts, label(passenger.status), yes_no(passenger.locked),
            "; ".join(line(r) for r in passenger.at_risk) or None)


def passengers_sheet(store: Store, movement_id: int) -> Sheet:
    """The households booked on the movement (cancelled bookings too: the list says so)."""
    movement = movements.movement(store, movement_id)
    found = movements.passengers(store, movement_id, include_cancelled=True)
    return Sheet("passengers", tr("Passengers of {code}").format(code=movement.code), passenger_columns(),
                 [passenger_cells(p) for p in found], right_to_left=right_to_left(), expected=len(found),
                 notes=about(movement))


def manifest_columns() -> tuple[Column, ...]:
    return (Column(tr("Case"), width=17), Column(tr("Name")), Column(tr("Name in Latin letters")),
            Column(tr("Date of birth"), CellKind.DATE), Column(tr("Sex"), width=8), Column(tr("Nationality")),
            Column(tr("Travel document")), Column(tr("Document number")), Column(tr("Issued by")),
            Column(tr("Valid until"), CellKind.DATE), Column(tr("Escort")), Column(tr("Travel needs"), width=30),
            Column(tr("Fit to travel until"), CellKind.DATE), Column(tr("Conditions"), width=30),
            Column(tr("Checked in (UTC)"), CellKind.DATETIME))


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None


def _moment(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def manifest_cells(reference: str, person: Mapping[str, Any]) -> tuple[Cell, ...]:
    document = person.get("document") or {}
    fit = person.get("fit_to_travel") or {}
    needs = ", ".join(label(VulnerabilityKind(n)) for n in person.get("needs") or [])
    return (reference, person["name"], person.get("name_latin"), _day(person.get("date_of_birth")),
            label(Sex(person["sex"])), country_name(person.get("nationality")),
            label(TravelDocumentKind(document["kind"])) if document else tr("none valid on the travel date"),
            document.get("number"), country_name(document.get("issuing_country")) or None,
            _day(document.get("valid_until")), label(EscortNeed(person["escort_need"])) if person.get("escort_need")
            else None, needs or None, _day(fit.get("valid_until")) if fit.get("fit") else None,
            fit.get("conditions") or None, _moment(person.get("checked_in_at")))


def manifest_sheet(store: Store, movement_id: int) -> Sheet:
    """Everyone the manifest lists, household by household (refused while a household is not ready)."""
    movement = movements.movement(store, movement_id)
    facts = manifest_facts(store, movement_id)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for household in facts["households"]:
            for person in household["passengers"]:
                yield manifest_cells(household["case"], person)

    count = sum(len(h["passengers"]) for h in facts["households"])
    return Sheet("manifest", tr("Manifest of {code}").format(code=movement.code), manifest_columns(), rows(),
                 right_to_left=right_to_left(), expected=count, notes=about(movement))
