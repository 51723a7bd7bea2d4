"""What the movement manifest prints, from its facts, in the office's language: the passengers from page 1, one
block per household with its totals, and what its QR code states."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from planning.documents import fonts, layout, printable
from planning.documents.statement import Stated
from planning.documents.text import MixedText
from planning.documents.texts import format_date, is_rtl_language, say, sayer
from planning.documents.travel_letter_page import date_and_time, document_label, name_cell
from planning.documents.verification import Facts

ALERT = colors.HexColor("#A4262C")
WIDTHS = [12 * mm, 40 * mm, 24 * mm, 11 * mm, 12 * mm, 46 * mm, layout.CONTENT_WIDTH - 145 * mm]
ALERT_SHADE = colors.HexColor("#FBECEC")


def stated(facts: Facts) -> Stated:
    """What the manifest's QR code states: the movement, its day, and how many travel in which households."""
    movement = facts["movement"]
    households = facts["households"]
    passengers = sum(len(h["passengers"]) for h in households)
    return Stated(datetime.fromisoformat(movement["departure_at"]).date().isoformat(),
                  f"{movement['code']} {movement['origin']}-{movement['destination']}", (),
                  (("passengers", str(passengers)),
                   ("households", ", ".join(h["case"] for h in households) or "-")))


def subtitle(facts: Facts) -> str:
    m = printable.facts(facts["movement"])
    language = facts.get("office_language", "en")
    departs = datetime.fromisoformat(m["departure_at"])
    return (f"{m['code']} · {m['origin']} – {m['destination']} · "
            f"{date_and_time(departs.date(), f'{departs:%H:%M} UTC', language)}")


def _special(passenger: dict[str, Any], language: str) -> str:
    parts = [say(f"escort_{passenger['escort_need']}", language)] if passenger["escort_need"] else []
    parts += [say(f"need_{need}", language) for need in passenger["needs"]]
    fit = passenger["fit_to_travel"]
    if isinstance(fit, dict):
        until = format_date(date.fromisoformat(fit["valid_until"]), language)
        parts.append(say("mf_fit" if fit["fit"] else "mf_not_fit", language, date=until)
                     + (f" ({fit['conditions']})" if fit["conditions"] else ""))
    return ", ".join(parts) or "—"


def _box(passenger: dict[str, Any], language: str) -> Flowable:
    checked = passenger["checked_in_at"]
    if checked:
        return MixedText(say("mf_checked_in", language, time=datetime.fromisoformat(str(checked)).strftime("%H:%M")),
                         layout.CELL.but(size=7))
    return layout.CheckBox()


def _household(household: dict[str, Any], language: str, rtl: bool) -> Flowable:
    """One household: a shaded line with its totals, its reasons when not ready, then a row per passenger."""
    direction = "R" if rtl else "L"
    say_ = sayer(language)
    passengers = household["passengers"]
    label = say_("mf_household", case=fonts.ltr(household["case"]), passengers=len(passengers),
                 seats=household["seats"])
    if household["medical_escorts"] or household["minor_escorts"]:
        label += " · " + say_("mf_escorts", medical=household["medical_escorts"], minor=household["minor_escorts"])
    def spanned(cell: Flowable) -> list[object]:
        """A row spanning the table: its text in the cell that comes first on the page (the last given, in RTL)."""
        return ["", "", "", "", "", "", cell] if rtl else [cell, "", "", "", "", "", ""]

    rows: list[list[object]] = [spanned(MixedText(label, layout.CELL.but(bold=True), direction))]
    alert = None
    if not household["ready"]:
        alert = len(rows)
        rows.append(spanned(MixedText(say_("mf_not_ready_reasons", reasons="; ".join(household["not_ready"])),
                                      layout.CELL.but(color=ALERT, size=7.5), direction)))
    for p in passengers:
        rows.append([_box(p, language), name_cell(p["name"], p["name_latin"], direction),
                     format_date(date.fromisoformat(p["date_of_birth"]), language), p["sex"], p["nationality"],
                     document_label(p["document"], language), _special(p, language)])
    return _rows_table(rows, rtl, spans=[0] + ([alert] if alert is not None else []), alert=alert)


def _rows_table(rows: list[list[object]], rtl: bool, *, spans: list[int], alert: int | None) -> Table:
    table = layout.ruled(rows, WIDTHS, rtl=rtl)
    commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 0), (-1, 0), layout.SHADE)]
    commands += [("SPAN", (0, row), (-1, row)) for row in spans]
    if alert is not None:
        commands.append(("BACKGROUND", (0, alert), (-1, alert), ALERT_SHADE))
    table.setStyle(TableStyle(commands))
    return table


def story(facts: Facts) -> list[Flowable]:
    """The body of the manifest, from its facts (plain JSON values)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    language = facts.get("office_language", "en")
    rtl = is_rtl_language(language)
    say_ = sayer(language)
    m = facts["movement"]
    households = facts["households"]
    passengers = sum(len(h["passengers"]) for h in households)
    medical = sum(h["medical_escorts"] for h in households)
    minor = sum(h["minor_escorts"] for h in households)
    not_ready = [h for h in households if not h["ready"]]
    departs, arrives = datetime.fromisoformat(m["departure_at"]), datetime.fromisoformat(m["arrival_at"])
    route = " – ".join([facts["legs"][0]["origin"], *(leg["destination"] for leg in facts["legs"])]) \
        if facts["legs"] else f"{m['origin']} – {m['destination']}"
    out: list[Flowable] = [layout.fields([
        (say_("tl_movement"), f"{fonts.ltr(m['code'])} ({say_('mk_' + m['kind'])}), {say_('ms_' + m['status'])}"),
        (say_("mf_route"), fonts.ltr(route)),
        (say_("mf_departs"), date_and_time(departs.date(), f"{departs:%H:%M} UTC", language)),
        (say_("mf_arrives"), date_and_time(arrives.date(), f"{arrives:%H:%M} UTC", language)),
        (say_("mf_passengers"), say_("mf_passenger_total", passengers=passengers, households=len(households),
                                     capacity=m["capacity"])),
        (say_("mf_escorts_label"), say_("mf_escort_total", medical=medical, medical_places=m["medical_escort_places"],
                                        minor=minor, minor_places=m["minor_escort_places"])),
    ], rtl=rtl)]
    if not_ready:
        out.append(layout.para(say_("mf_not_ready", count=len(not_ready)),
                               layout.BODY.but(bold=True, color=ALERT, space_before=2 * mm)))
    out.append(layout.heading(say_("mf_passengers")))
    if not households:
        out.append(layout.para(say_("mf_none")))
        return out
    header = [say_("mf_in"), say_("col_name"), say_("col_born"), say_("mf_sex"), say_("mf_nationality"),
              say_("col_document"), say_("mf_special")]
    out.append(layout.table(header, [], WIDTHS, rtl=rtl))
    out += [_household(h, language, rtl) for h in households]
    out.append(KeepTogether([layout.heading(say_("signatures")),
                             layout.signature_lines([say_("mf_sig_coordinator"), say_("mf_sig_escort"),
                                                     say_("mf_sig_carrier")], date_label=say_("date"), rtl=rtl)]))
    return out
