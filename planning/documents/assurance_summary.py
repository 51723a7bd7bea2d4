"""The country assurance summary: what a country guaranteed (readmission, no punishment, monitoring), on what terms."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning.documents import layout, printable, verification
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import format_date
from planning.documents.verification import Facts
from planning.errors import NotFoundError
from planning.labels import label, named
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
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, MonitoringLevel, VulnerabilityKind

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
    """The summary of a country's assurances as they stand, judged on the day of issue."""
    require(store, Permission.PRINT_DOCUMENTS)
    code = country_code("country", country)
    with store.transaction() as session:
        facts = load(session, code)
        if facts is None:
            raise NotFoundError("country profile", code)
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=code, facts=facts,
                         title="Country assurance summary",
                         subtitle=f"{printable.line(facts['country']['name'])} ({code})",
                         story=story(facts, store.today()))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _valid_on(assurance: dict[str, object], day: date) -> bool:
    start, end = _day(str(assurance["valid_from"])), _day(assurance["valid_to"])  # type: ignore[arg-type]
    return (assurance["status"] == AssuranceStatus.IN_FORCE.value and start is not None and start <= day
            and (end is None or day <= end))


def _period(start: str | None, end: str | None) -> str:
    first = format_date(_day(start), "en") if start else "—"  # type: ignore[arg-type]
    return f"{first} – {format_date(_day(end), 'en') if end else 'open-ended'}"  # type: ignore[arg-type]


def story(facts: Facts, on: date) -> list[Flowable]:
    """The body of the summary, from its facts (plain JSON values), judged on `on` (the day of issue)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    country = facts["country"]
    out: list[Flowable] = [layout.fields([
        ("Country", f"{country['name']} ({country['code']})"),
        ("Irregular exit", "punished by law: a no-punishment guarantee is required (S6)"
         if country["irregular_exit_punished"] else "not punished"),
        ("Active monitoring for", ", ".join(named(VulnerabilityKind, p) for p in country["active_monitoring_profiles"])
         or "no profile"),
    ])]
    out.append(layout.heading(f"Standing on {format_date(on, 'en')}"))
    standing = []
    for kind, safeguard in SAFEGUARDS.items():
        title = label(kind)
        valid = [a for a in facts["assurances"] if a["kind"] == kind.value and _valid_on(a, on)]
        needed = kind is not AssuranceKind.NO_PUNISHMENT or country["irregular_exit_punished"]
        if valid:
            text = "in force: " + "; ".join(
                a["reference"]
                + (f" ({named(MonitoringLevel, a['monitoring_level'])})" if a["monitoring_level"] else "")
                + (f", {a['region']} only" if a["region"] else "") for a in valid)
            color = GOOD
        elif needed:
            text, color = f"NONE in force: returns there are blocked ({safeguard})", ALERT
        else:
            text, color = "none in force (not required: irregular exit is not punished)", layout.MUTED
        standing.append((f"{title} ({safeguard})", layout.para(text, layout.BODY.but(color=color, bold=True))))
    review = [a for a in facts["assurances"] if a["status"] == AssuranceStatus.UNDER_REVIEW.value]
    if review or facts["open_incidents"]:
        standing.append(("Under review (S9)", layout.para(
            f"{len(review)} assurance(s) under review, {len(facts['open_incidents'])} open incident(s): "
            "new movements are blocked until a review decision", layout.BODY.but(color=ALERT, bold=True))))
    suspending = [v for v in facts["advisories"] if v["suspends_returns"] and _in_force(v, on)]
    if suspending:
        standing.append(("Advisories (S8)", layout.para(
            f"{len(suspending)} advisory(ies) in force suspend returns", layout.BODY.but(color=ALERT, bold=True))))
    out.append(layout.fields(standing, label_width=58 * mm))
    for kind in SAFEGUARDS:
        rows = [a for a in facts["assurances"] if a["kind"] == kind.value]
        out.append(layout.heading(label(kind)))
        if not rows:
            out.append(layout.para("None recorded.", layout.SMALL))
            continue
        out.append(layout.table(["Reference", "Issued by", "Scope", "Valid", "Status", f"On {format_date(on, 'en')}"], [
            [a["reference"], a["issuing_authority"],
             named(AssuranceScope, a["scope"]) + (f", {a['region']}" if a["region"] else "")
             + (f", {named(MonitoringLevel, a['monitoring_level'])} monitoring" if a["monitoring_level"] else ""),
             _period(a["valid_from"], a["valid_to"]), named(AssuranceStatus, a["status"]),
             "valid" if _valid_on(a, on) else "not valid"]
            for a in rows
        ], [30 * mm, 36 * mm, 30 * mm, 38 * mm, 18 * mm, layout.CONTENT_WIDTH - 152 * mm]))
        for a in rows:
            if a["conditions"]:
                out.append(layout.para(f"Conditions of {a['reference']}: {a['conditions']}",
                                       layout.SMALL.but(space_before=1 * mm)))
            if a["covered"]:
                out.append(layout.para(f"{a['reference']} covers: {', '.join(a['covered'])}",
                                       layout.SMALL.but(space_before=1 * mm)))
    out.append(layout.heading("Advisories"))
    if facts["advisories"]:
        out.append(layout.table(["Issued by", "Summary", "Applies to", "In force", "Effect"], [
            [v["issued_by"] + (f"\n{v['reference']}" if v["reference"] else ""), v["summary"],
             ", ".join(p for p in (v["region"], named(VulnerabilityKind, v["profile"]) if v["profile"] else "") if p)
             or "everyone",
             _period(v["in_force_from"], v["in_force_to"]),
             "suspends returns" if v["suspends_returns"] else "for information"]
            for v in facts["advisories"]
        ], [32 * mm, 60 * mm, 24 * mm, 36 * mm, layout.CONTENT_WIDTH - 152 * mm]))
    else:
        out.append(layout.para("None recorded.", layout.SMALL))
    return out


def _in_force(advisory: dict[str, object], day: date) -> bool:
    start, end = _day(str(advisory["in_force_from"])), _day(advisory["in_force_to"])  # type: ignore[arg-type]
    return start is not None and start <= day and (end is None or day <= end)
