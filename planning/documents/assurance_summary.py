"""The country assurance summary: what a country guaranteed (readmission, no punishment, monitoring), on what terms."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.documents import layout, printable, verification
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import country_name, format_date, is_rtl_language, say, sayer
from planning.documents.verification import Facts
from planning.errors import NotFoundError
from planning.security.permissions import Permission, require
from planning.storage.models import (
    Advisory,
    Assurance,
    AssurancePerson,
    Case,
    CountryProfile,
    MonitoringIncident,
    Person,
)
from planning.storage.store import Store
from planning.validation import country_code
from planning.vocabulary import AssuranceKind, AssuranceStatus

KIND = "assurance-summary"
PREFIX = "AS"
#: The safeguard each kind of assurance answers.
SAFEGUARDS = {AssuranceKind.READMISSION: "S5", AssuranceKind.NO_PUNISHMENT: "S6",
              AssuranceKind.MONITORING_AUTHORISATION: "S7"}
GOOD = colors.HexColor("#1E6B3A")
ALERT = colors.HexColor("#A4262C")


def load(session: Session, code: str) -> Facts | None:
    """Everything the summary prints about a country (by ISO code), from the current records."""
    country = session.scalar(select(CountryProfile).where(CountryProfile.code == code))
    if country is None:
        return None
    assurances = list(session.scalars(select(Assurance).where(Assurance.country_id == country.id)
                                      .order_by(Assurance.kind, Assurance.valid_from, Assurance.id)))
    covered: dict[int, list[str]] = {a.id: [] for a in assurances}
    if assurances:
        for link, given, family, reference in session.execute(
                select(AssurancePerson, Person.given_names, Person.family_name, Case.reference)
                .join(Person, Person.id == AssurancePerson.person_id).join(Case, Case.id == Person.case_id)
                .where(AssurancePerson.assurance_id.in_(list(covered))).order_by(Case.reference, Person.id)):
            covered[link.assurance_id].append(f"{given} {family} ({reference})")
    advisories = session.scalars(select(Advisory).where(Advisory.country_id == country.id)
                                 .order_by(Advisory.in_force_from, Advisory.id))
    incidents = session.scalars(select(MonitoringIncident).where(
        MonitoringIncident.country_id == country.id, MonitoringIncident.outcome.is_(None))
        .order_by(MonitoringIncident.reported_on, MonitoringIncident.id))
    facts: Facts = verification.plain({
        "country": {"code": country.code, "name": country.name,
                    "irregular_exit_punished": country.irregular_exit_punished,
                    "active_monitoring_profiles": sorted(country.active_monitoring_profiles or ())},
        "assurances": [{
            "kind": a.kind, "issuing_authority": a.issuing_authority, "reference": a.reference, "scope": a.scope,
            "monitoring_level": a.monitoring_level, "region": a.region, "valid_from": a.valid_from,
            "valid_to": a.valid_to, "conditions": a.conditions, "status": a.status, "covered": covered[a.id],
        } for a in assurances],
        "advisories": [{
            "issued_by": v.issued_by, "reference": v.reference, "summary": v.summary, "region": v.region,
            "profile": v.profile, "suspends_returns": v.suspends_returns, "in_force_from": v.in_force_from,
            "in_force_to": v.in_force_to,
        } for v in advisories],
        "open_incidents": [{"reported_on": i.reported_on, "kinds": sorted(i.kinds)} for i in incidents],
    })
    return facts


verification.register_kind(KIND, load)


def print_assurance_summary(store: Store, country: str) -> Printed:
    """The summary of a country's assurances as they stand, judged on the day of issue, in the office's language."""
    require(store, Permission.PRINT_DOCUMENTS)
    code = country_code("country", country)
    with store.transaction() as session:
        facts = load(session, code)
        if facts is None:
            raise NotFoundError("country_profile", code)
        language = letterhead(session).language
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=code, facts=facts,
                         title=say("as_title", language),
                         subtitle=f"{country_name(code, language, printable.line(facts['country']['name']))} ({code})",
                         story=story(facts, store.today(), language))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _valid_on(assurance: dict[str, object], day: date) -> bool:
    start, end = _day(str(assurance["valid_from"])), _day(assurance["valid_to"])  # type: ignore[arg-type]
    return (assurance["status"] == AssuranceStatus.IN_FORCE.value and start is not None and start <= day
            and (end is None or day <= end))


def _period(start: str | None, end: str | None, language: str = "en") -> str:
    first = format_date(_day(start), language) if start else "—"  # type: ignore[arg-type]
    last = format_date(_day(end), language) if end else say("as_open_ended", language)  # type: ignore[arg-type]
    return f"{first} – {last}"


def story(facts: Facts, on: date, language: str = "en") -> list[Flowable]:
    """The body of the summary, from its facts (plain JSON values), judged on `on` (the day of issue), in
    `language` (the office's)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    say_ = sayer(language)
    rtl = is_rtl_language(language)
    comma = "، " if rtl else ", "
    country = facts["country"]
    out: list[Flowable] = [layout.fields([
        (say_("as_country"), f"{country_name(country['code'], language, country['name'])} ({country['code']})"),
        (say_("as_irregular_exit"), say_("as_punished") if country["irregular_exit_punished"]
         else say_("as_not_punished")),
        (say_("as_active_for"), comma.join(say_(f"need_{p}") for p in country["active_monitoring_profiles"])
         or say_("as_no_profile")),
    ], rtl=rtl)]
    out.append(layout.heading(say_("as_standing", date=format_date(on, language))))
    standing = []
    for kind, safeguard in SAFEGUARDS.items():
        title = say_(f"ak_{kind.value}")
        valid = [a for a in facts["assurances"] if a["kind"] == kind.value and _valid_on(a, on)]
        needed = kind is not AssuranceKind.NO_PUNISHMENT or country["irregular_exit_punished"]
        if valid:
            text = say_("as_in_force", list="; ".join(
                a["reference"] + (f" ({say_('ml_' + a['monitoring_level'])})" if a["monitoring_level"] else "")
                + (comma + say_("as_only", region=a["region"]) if a["region"] else "") for a in valid))
            color = GOOD
        elif needed:
            text, color = say_("as_none_blocked", safeguard=safeguard), ALERT
        else:
            text, color = say_("as_none_not_needed"), layout.MUTED
        standing.append((f"{title} ({safeguard})", layout.para(text, layout.BODY.but(color=color, bold=True),
                                                                "R" if rtl else "L")))
    review = [a for a in facts["assurances"] if a["status"] == AssuranceStatus.UNDER_REVIEW.value]
    if review or facts["open_incidents"]:
        standing.append((say_("as_under_review"), layout.para(
            say_("as_review_text", assurances=len(review), incidents=len(facts["open_incidents"])),
            layout.BODY.but(color=ALERT, bold=True), "R" if rtl else "L")))
    suspending = [v for v in facts["advisories"] if v["suspends_returns"] and _in_force(v, on)]
    if suspending:
        standing.append((say_("as_advisories_s8"), layout.para(
            say_("as_suspend_text", count=len(suspending)), layout.BODY.but(color=ALERT, bold=True),
            "R" if rtl else "L")))
    out.append(layout.fields(standing, label_width=58 * mm, rtl=rtl))
    for kind in SAFEGUARDS:
        rows = [a for a in facts["assurances"] if a["kind"] == kind.value]
        out.append(layout.heading(say_(f"ak_{kind.value}")))
        if not rows:
            out.append(layout.para(say_("as_none_recorded"), layout.SMALL))
            continue
        out.append(layout.table([say_("as_reference"), say_("as_issued_by"), say_("as_scope"), say_("as_valid"),
                                 say_("as_status"), say_("as_on", date=format_date(on, language))], [
            [a["reference"], a["issuing_authority"],
             say_(f"sc_{a['scope']}") + (f"{comma}{a['region']}" if a["region"] else "")
             + (comma + say_("as_monitoring", level=say_("ml_" + a["monitoring_level"]))
                if a["monitoring_level"] else ""),
             _period(a["valid_from"], a["valid_to"], language), say_(f"st_{a['status']}"),
             say_("as_is_valid") if _valid_on(a, on) else say_("as_not_valid")]
            for a in rows
        ], [30 * mm, 36 * mm, 30 * mm, 38 * mm, 18 * mm, layout.CONTENT_WIDTH - 152 * mm], rtl=rtl))
        for a in rows:
            if a["conditions"]:
                out.append(layout.para(say_("as_conditions", reference=a["reference"], conditions=a["conditions"]),
                                       layout.SMALL.but(space_before=1 * mm)))
            if a["covered"]:
                out.append(layout.para(say_("as_covers", reference=a["reference"], people=comma.join(a["covered"])),
                                       layout.SMALL.but(space_before=1 * mm)))
    out.append(layout.heading(say_("as_advisories")))
    if facts["advisories"]:
        out.append(layout.table([say_("as_issued_by"), say_("as_summary"), say_("as_applies_to"),
                                 say_("as_in_force_col"), say_("as_effect")], [
            [v["issued_by"] + (f"\n{v['reference']}" if v["reference"] else ""), v["summary"],
             comma.join(p for p in (v["region"], say_(f"need_{v['profile']}") if v["profile"] else "") if p)
             or say_("as_everyone"),
             _period(v["in_force_from"], v["in_force_to"], language),
             say_("as_suspends") if v["suspends_returns"] else say_("as_information")]
            for v in facts["advisories"]
        ], [32 * mm, 60 * mm, 24 * mm, 36 * mm, layout.CONTENT_WIDTH - 152 * mm], rtl=rtl))
    else:
        out.append(layout.para(say_("as_none_recorded"), layout.SMALL))
    return out


def _in_force(advisory: dict[str, object], day: date) -> bool:
    start, end = _day(str(advisory["in_force_from"])), _day(advisory["in_force_to"])  # type: ignore[arg-type]
    return start is not None and start <= day and (end is None or day <= end)
