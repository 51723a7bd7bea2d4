"""The monitoring visit form: the paper a monitor takes to a household and fills in by hand.

It names the household and where to find it, what the follow-up is (month, second attempt, field
visit), what was found last time, and asks the questions of the one-minute log form with boxes to tick,
so the answers can be typed in afterwards. Printed on the official page with a verification code; the
code vouches for the follow-up as it stood (still due, its date, its monitor, the household): once the
follow-up is logged or moved, `homeward verify` answers *superseded*.
"""

from __future__ import annotations

import hashlib
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planning.documents import layout, printable, records, verification
from planning.documents.printing import Printed, issue_pdf
from planning.documents.text import TextStyle
from planning.errors import NotFoundError, ValidationError
from planning.labels import named
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CountryProfile, FollowUp, MonitoringIncident, MonitoringPlan
from planning.storage.models.monitoring import ContactMode, FollowUpKind, FollowUpStatus
from planning.storage.models.places import HouseholdPlace
from planning.storage.store import Store
from planning.vocabulary import Relationship

KIND = "visit-form"
PREFIX = "VF"
QUESTIONS = (
    ("readmitted", "Readmitted without problems on arrival?"),
    ("punished", "Punished for having left irregularly (any penalty)?"),
    ("detained", "Detained or held for questioning?"),
    ("fined", "Fined?"),
    ("prosecuted", "Prosecuted or summoned to court?"),
    ("harassed", "Harassed by the authorities?"),
    ("package", "Reintegration package delivered?"),
    ("livelihood", "Has a livelihood (work, income)?"),
)
SCORES = ("Economic", "Social", "Psychosocial")
NOTE = TextStyle(size=8, color=layout.MUTED)
BOX_WIDTHS = (96 * mm, 18 * mm, 18 * mm, 22 * mm)
NOTE_LINES = 14


def _place_digest(place: HouseholdPlace | None) -> str | None:
    """Where a returnee lives is sensitive: the issue record keeps a digest, enough to tell that it changed."""
    if place is None:
        return None
    values = (place.address, place.directions, place.latitude, place.longitude)
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()[:16]


def _facts(session: Session, subject: str) -> verification.Facts | None:
    """The follow-up, its household and its last logged contact, from the current records."""
    if not subject.isdigit():
        return None
    follow_up = session.get(FollowUp, int(subject))
    if follow_up is None:
        return None
    plan = session.get(MonitoringPlan, follow_up.plan_id)
    if plan is None:
        return None
    case = session.get(Case, plan.case_id)
    country = session.get(CountryProfile, plan.country_id)
    if case is None or country is None:
        return None
    people = records.household(session, case.id)
    last = session.scalar(select(FollowUp).where(
        FollowUp.plan_id == plan.id, FollowUp.status != FollowUpStatus.DUE, FollowUp.done_on.is_not(None))
        .order_by(FollowUp.done_on.desc(), FollowUp.id.desc()).limit(1))
    place = session.scalar(select(HouseholdPlace).where(HouseholdPlace.case_id == case.id))
    open_incidents = session.scalar(select(func.count()).select_from(MonitoringIncident).where(
        MonitoringIncident.country_id == country.id, MonitoringIncident.outcome.is_(None))) or 0
    return {
        "follow_up": follow_up.id, "status": follow_up.status.value, "kind": follow_up.kind.value,
        "month": follow_up.month, "due_on": follow_up.due_on.isoformat(), "monitor": follow_up.monitor,
        "case": case.reference, "head": case.head_name,
        "country": {"code": country.code, "name": country.name}, "region": plan.region,
        "arrived_on": plan.arrived_on.isoformat(), "mode": plan.mode.value if plan.mode else None,
        "members": [{"name": records.person_name(p), "born": p.date_of_birth.isoformat() if p.date_of_birth else None,
                     "relationship": p.relationship_to_head.value if p.relationship_to_head else None}
                    for p in people],
        "place": _place_digest(place),
        "last": None if last is None else {
            "done_on": last.done_on.isoformat() if last.done_on else None,
            "mode": last.mode.value if last.mode else None, "contact": last.contact_made,
            "scores": [last.economic_score, last.social_score, last.psychosocial_score]},
        "open_incidents": open_incidents,
    }


verification.register_kind(KIND, _facts)


def print_visit_form(store: Store, follow_up: int | str) -> Printed:
    """The form for a follow-up still due; a logged one needs no form."""
    require(store, Permission.ISSUE_MONITORING_REPORTS)
    text = str(follow_up).strip()
    if not text.isdigit():
        raise ValidationError("follow_up", "visit_form.not_a_number", follow_up)
    follow_up_id = int(text)
    with store.transaction() as session:
        facts = _facts(session, str(follow_up_id))
        if facts is None:
            raise NotFoundError("follow-up", follow_up_id)
        if facts["status"] != FollowUpStatus.DUE.value:
            raise ValidationError("follow_up", "visit_form.logged", follow_up_id,
                                  status=FollowUpStatus(facts["status"]))
        plan = session.scalar(select(MonitoringPlan).join(FollowUp, FollowUp.plan_id == MonitoringPlan.id)
                              .where(FollowUp.id == follow_up_id))
        place = session.scalar(select(HouseholdPlace).where(HouseholdPlace.case_id == plan.case_id)) \
            if plan is not None else None
        story = _story(facts, place, store.today())
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=str(follow_up_id), facts=facts,
                         title="Monitoring visit form", subtitle=_subtitle(facts), story=story)


def _subtitle(facts: verification.Facts) -> str:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    region = f", {facts['region']}" if facts["region"] else ""
    return f"Case {facts['case']} · {facts['country']['name']}{region} · due {facts['due_on']}"


def _age(born: str | None, on: date) -> str:
    return "" if born is None else str(records.age_on(date.fromisoformat(born), on))


def _story(facts: verification.Facts, place: HouseholdPlace | None, today: date) -> list[Flowable]:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    kind = named(FollowUpKind, facts["kind"])
    when = "on arrival" if facts["month"] == 0 else f"month {facts['month']} after arrival"
    what = f"{kind}, {when}" if facts["kind"] == FollowUpKind.SCHEDULED.value else f"{kind} ({when})"
    address = (printable.note(place.address) if place and place.address
               else "no address recorded — ask the coordinator")
    if place is not None and place.latitude is not None and place.longitude is not None:
        address += f" ({place.latitude:.5f}, {place.longitude:.5f})"
    story: list[Flowable] = [layout.fields([
        ("Household", f"{facts['head']} ({facts['case']})"),
        ("Returned to", f"{facts['country']['name']}{', ' + facts['region'] if facts['region'] else ''}, "
                        f"arrived {facts['arrived_on']}"),
        ("Address", address),
        ("How to find it", printable.line(place.directions) if place and place.directions else "—"),
        ("Follow-up", what),
        ("Due", facts["due_on"]),
        ("Monitor", facts["monitor"] or "not assigned"),
        ("Monitoring", f"{facts['mode']} (as the country authorised)" if facts["mode"] else "—"),
    ])]
    last = facts["last"]
    if last is None:
        story.append(layout.para("Last contact: none logged yet.", NOTE))
    else:
        scores = ", ".join(f"{name.lower()} {value}" for name, value in zip(SCORES, last["scores"], strict=True)
                           if value is not None) or "no scores"
        contact = "contact made" if last["contact"] else "no contact"
        mode = named(ContactMode, last["mode"]) if last["mode"] else "—"
        story.append(layout.para(f"Last follow-up: {last['done_on']} by {mode}, {contact}; {scores}.", NOTE))
    if facts["open_incidents"]:
        story.append(layout.para(f"{facts['open_incidents']} reported breach(es) of {facts['country']['name']}'s "
                                 "assurances await a review decision: ask carefully about treatment since return.",
                                 NOTE))
    story += [layout.heading("Household"),
              layout.table(["Name", "Age", "Relationship"],
                           [[m["name"], _age(m["born"], today),
                             named(Relationship, m["relationship"]) if m["relationship"] else ""]
                            for m in facts["members"]], [96 * mm, 20 * mm, 38 * mm])]
    rows: list[list[object]] = [["Contact made with the returnee?", layout.CheckBox(), layout.CheckBox(), ""]]
    rows += [[text, layout.CheckBox(), layout.CheckBox(), layout.CheckBox()] for _, text in QUESTIONS]
    story += [layout.heading("Findings"),
              layout.table(["Question", "Yes", "No", "Not known"], rows, BOX_WIDTHS),
              layout.para("Any punishment, detention, fine, prosecution or refused readmission opens an incident "
                          "when logged, and the country's assurances go under review (S9).", NOTE)]
    score_rows = [[name, *(layout.CheckBox() for _ in range(5))] for name in SCORES]
    story += [layout.heading("Sustainability (1 poor – 5 good)"),
              layout.table(["Dimension", "1", "2", "3", "4", "5"], score_rows,
                           [64 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm])]
    story.append(KeepTogether([
        layout.heading("Notes"),
        layout.para("Write what was said or seen. Notes are stored encrypted once typed in.", NOTE),
        ruled_lines(NOTE_LINES),
        Spacer(1, 8 * mm),
        layout.para("The returnee agreed to this visit and to its findings being recorded.", NOTE),
        layout.signature_lines(["Monitor", "Returnee"])]))
    return story


def ruled_lines(count: int) -> Table:
    """Lines to write on, the full width of the page."""
    lines = Table([[""] for _ in range(count)], colWidths=[layout.CONTENT_WIDTH], rowHeights=[8 * mm] * count)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, layout.RULE)]))
    return lines
