"""What the travel letter prints, from its facts: the page a border official reads, and what its QR code states.

Tables and labels are in the office's language; the instructions in the office's and the household's.
Each departure and arrival is on the clock of its airport with the UTC offset, the UTC time in small
print under it; a transit point shows its own local times.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from planning.documents import fonts, layout, local_times, printable
from planning.documents.bilingual import Languages
from planning.documents.statement import Person, Stated
from planning.documents.text import MixedText
from planning.documents.texts import country_name, format_date, is_rtl_language, say, sayer
from planning.documents.verification import Facts
from planning.messages import Country

KIND = "travel-letter"
SMALL_CELL = layout.CELL.but(size=7, color=layout.MUTED)
ONE_LANGUAGE = layout.BODY.but(size=8.5)
BILINGUAL = layout.BODY.but(size=7.8, leading=9.6)


def session_day(facts: Facts) -> date | None:
    """The travel date (UTC) of the booked movement."""
    movement = facts["movement"]
    return datetime.fromisoformat(movement["departure_at"]).date() if movement else None


def _local(place: str, value: str) -> local_times.LocalTime:
    return local_times.at(place, datetime.fromisoformat(value))


def local_departure_day(facts: Facts) -> date | None:
    """The day the journey starts on the clock of its first airport (what the letter prints as the travel date)."""
    legs = facts["legs"]
    if not legs:
        return session_day(facts)
    return _local(legs[0]["origin"], legs[0]["departure_at"]).local.date()


def route(facts: Facts) -> str:
    legs = facts["legs"]
    return "-".join([legs[0]["origin"], *(leg["destination"] for leg in legs)]) if legs else ""


def stated(facts: Facts) -> Stated:
    """What the QR code states: travel date, movement and route, flights, and each traveller."""
    day = local_departure_day(facts)
    movement = facts["movement"]
    flights = [" ".join(part for part in (leg["carrier"], leg["flight_number"]) if part) for leg in facts["legs"]]
    people = tuple(Person(t["name"], t["date_of_birth"], t["name_latin"],
                          t["document"]["number"] if t["document"] else None) for t in facts["travellers"])
    return Stated(day.isoformat() if day else None,
                  f"{movement['code']} {route(facts)}" if movement else None, people,
                  (("flights", ", ".join(f or "-" for f in flights)),) if any(flights) else ())


def subtitle(facts: Facts) -> str:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    language = facts["office_language"]
    movement = facts["movement"]
    day = local_departure_day(facts) or date.min
    return (f"{say('case', language)} {facts['case']} · {movement['code']} · {movement['origin']} – "
            f"{movement['destination']} · {format_date(day, language)}")


def direction_of(language: str) -> str:
    return "R" if is_rtl_language(language) else "L"


def date_and_time(day: date, clock: str, language: str) -> str:
    """'11 June 2026, 15:00'; in a right-to-left language with its own comma, the time kept left to right."""
    return f"{format_date(day, language)}{'، ' if is_rtl_language(language) else ', '}{fonts.ltr(clock)}"


def _when(place: str, value: str, language: str) -> Flowable:
    moment = _local(place, value)
    main = date_and_time(moment.local.date(), f"{moment.local:%H:%M}", language)
    small = (fonts.ltr(f"{moment.offset} · {moment.utc:%H:%M} UTC") if moment.known
             else f"{fonts.ltr(f'{moment.utc:%H:%M} UTC')} · {say('tl_zone_unknown', language)}")
    direction = direction_of(language)
    return layout.Stack([MixedText(main, layout.CELL, direction), MixedText(small, SMALL_CELL, direction)])


def _flight(leg: dict[str, object], language: str) -> str:
    parts = [str(part) for part in (leg["carrier"], leg["flight_number"]) if part]
    return " ".join(parts) or "—"


def name_cell(name: str, latin: str | None, direction: str = "L") -> Flowable:
    """The name as written, and under it, smaller, the Latin spelling when it is another."""
    main = MixedText(name, layout.CELL.but(bold=True), direction)
    return layout.Stack([main, MixedText(latin, SMALL_CELL, direction)]) if latin else main


def document_label(fact: dict[str, object] | None, language: str, *, validity: bool = True) -> str:
    """'Passport GE0000001 (GEO)', and on a line under it 'valid until 25 February 2029', in the office's
    language."""
    if not fact:
        return say("doc_none", language)
    kind = say(f"doc_{fact['kind']}", language)
    until = format_date(date.fromisoformat(str(fact["valid_until"])), language)
    label = f"{kind} {fact['number']} ({fact['issuing_country']})"
    return f"{label}\n{say('doc_valid_until', language, date=until)}" if validity else label


def assistance(person: dict[str, object], language: str) -> str:
    parts = [say(f"escort_{person['escort_need']}", language)] if person["escort_need"] else []
    parts += [say(f"need_{need}", language) for need in person["needs"]]  # type: ignore[attr-defined]
    return ", ".join(parts) or "—"


def story(facts: Facts) -> list[Flowable]:
    """The body of the letter, from its facts (plain JSON values)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    office_language = facts["office_language"]
    say_ = sayer(office_language)
    rtl = is_rtl_language(office_language)
    direction = direction_of(office_language)
    languages = Languages(office_language, facts["language"])
    # Two columns of instructions: set a little smaller, so that a household's letter still fits one page.
    INSTRUCTION = BILINGUAL if languages.both else ONE_LANGUAGE
    movement, booking, contacts = facts["movement"], facts["booking"], facts["contacts"]
    line_24h = contacts["emergency_phone"] or contacts["phone"] or ""
    region = facts["region"]
    out: list[Flowable] = [
        layout.fields([
            (say_("tl_returning_to"), country_name(facts["country"]["code"], office_language, facts["country"]["name"])
                                      + (f", {region}" if region else "")),
            (say_("tl_movement"), f"{fonts.ltr(movement['code'])} ({say_('mk_' + movement['kind'])}) · "
                                  f"{fonts.ltr(route(facts))}"),
        ], rtl=rtl),
        Spacer(1, 1.5 * mm),
        languages.block("tl_to_whom", INSTRUCTION, office=contacts["office"], phone=line_24h),
        layout.heading(say_("tl_travellers")),
        layout.table([say_("col_name"), say_("col_born"), say_("col_nationality"), say_("col_document"),
                      say_("col_assistance")], [
            [name_cell(t["name"], t["name_latin"], direction),
             format_date(date.fromisoformat(t["date_of_birth"]), office_language), t["nationality"],
             document_label(t["document"], office_language, validity=False), assistance(t, office_language)]
            for t in facts["travellers"]
        ], [46 * mm, 25 * mm, 21 * mm, 56 * mm, layout.CONTENT_WIDTH - 148 * mm], rtl=rtl),
        layout.heading(say_("tl_itinerary")),
        layout.table([say_("col_flight"), say_("col_from"), say_("col_departs"), say_("col_to"),
                      say_("col_arrives"), ""], [
            [_flight(leg, office_language), leg["origin"], _when(leg["origin"], leg["departure_at"], office_language),
             leg["destination"], _when(leg["destination"], leg["arrival_at"], office_language),
             say_("tl_transit_visa_needed") if leg["transit_visa_required"] else ""]
            for leg in facts["legs"]
        ], [40 * mm, 18 * mm, 36 * mm, 18 * mm, 36 * mm, layout.CONTENT_WIDTH - 148 * mm], rtl=rtl),
        languages.heading("tl_instructions"),
    ]
    legs = facts["legs"]
    for arriving, leaving in itertools.pairwise(legs):
        out.append(languages.block("tl_transit", INSTRUCTION, place=arriving["destination"],
                                   carrier=leaving["carrier"] or arriving["carrier"] or movement["code"]))
        if leaving["transit_visa_required"]:
            out.append(languages.block("tl_transit_visa", INSTRUCTION, place=arriving["destination"]))
    out.append(languages.block("tl_arrival", INSTRUCTION, place=movement["destination"]))
    for reception in facts["reception"]:
        out.append(languages.block("tl_met_by", INSTRUCTION, name=reception["person"],
                                   arrangement=reception["arrangement"]))
    escorts = ", ".join(say_(key, n=count) for key, count in (("esc_medical", booking["medical_escorts"]),
                                                               ("esc_children", booking["minor_escorts"])) if count)
    if escorts:
        out.append(languages.block("tl_escort", INSTRUCTION, escorts=escorts))
    office = facts["field_office"]
    if office is not None:
        where = ", ".join(part for part in (office["name"], office["address"]) if part)
        country = Country(facts["country"]["code"], facts["country"]["name"])  # in each column's language
        out.append(languages.block("tl_field_office", INSTRUCTION, region=office["region"] or country,
                                   office=f"{where} ({office['opens_at']}–{office['closes_at']})"))
    out.append(languages.block(f"tl_baggage_{movement['kind']}", INSTRUCTION))
    address = ", ".join(part for part in (contacts["address"] or "").split("\n") if part.strip())
    reach = [part for part in (contacts["phone"], contacts["email"]) if part]
    contact_lines = layout.Stack([
        MixedText(say_("tl_office_address"), layout.LABEL, direction),
        MixedText(contacts["office"] + (f"\n{address}" if address else ""), layout.CELL, direction),
        Spacer(1, 1.2 * mm),
        MixedText(say_("tl_line_24h"), layout.LABEL, direction),
        MixedText(fonts.ltr(line_24h), layout.BODY.but(bold=True, size=10.5), direction),
        *([Spacer(1, 1.2 * mm), MixedText(fonts.ltr("  ·  ".join(reach)), layout.CELL, direction)] if reach
          else []),
    ])
    closing = [
        languages.block("tl_emergency", INSTRUCTION.but(bold=True), phone=line_24h),
        languages.block("tl_keep", INSTRUCTION),
        Spacer(1, 2.5 * mm),
        layout.signature_and_stamp(say_("sig_office"), contacts["signatory_name"], contacts["signatory_title"],
                                   stamp_label=say_("tl_stamp"), date_line=say_("tl_signed_on"),
                                   beside=contact_lines, beside_width=72 * mm, rtl=rtl),
    ]
    # The signature stays with the contacts and the letter's last words (and so never opens a page alone).
    return [*out, KeepTogether(closing)]
