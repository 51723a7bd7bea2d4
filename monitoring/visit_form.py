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

from planning.documents import fonts, layout, printable, records, verification
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.text import TextStyle
from planning.documents.texts import country_name, format_date, is_rtl_language, say, sayer
from planning.errors import NotFoundError, ValidationError
from planning.security.permissions import Permission, require
from planning.storage.models import Case, CountryProfile, FollowUp, MonitoringIncident, MonitoringPlan
from planning.storage.models.monitoring import FollowUpKind, FollowUpStatus
from planning.storage.models.places import HouseholdPlace
from planning.storage.store import Store

KIND = "visit-form"
PREFIX = "VF"
#: The questions of the one-minute log form, by their key in the documents' texts (`vf_q_...`).
QUESTIONS = ("readmitted", "punished", "detained", "fined", "prosecuted", "harassed", "package", "livelihood")
SCORES = ("economic", "social", "psychosocial")
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
            raise NotFoundError("follow_up", follow_up_id)
        if facts["status"] != FollowUpStatus.DUE.value:
            raise ValidationError("follow_up", "visit_form.logged", follow_up_id,
                                  status=FollowUpStatus(facts["status"]))
        plan = session.scalar(select(MonitoringPlan).join(FollowUp, FollowUp.plan_id == MonitoringPlan.id)
                              .where(FollowUp.id == follow_up_id))
        place = session.scalar(select(HouseholdPlace).where(HouseholdPlace.case_id == plan.case_id)) \
            if plan is not None else None
        language = letterhead(session).language
        story = _story(facts, place, store.today(), language)
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=str(follow_up_id), facts=facts,
                         title=say("vf_title", language), subtitle=_subtitle(facts, language), story=story)


def _subtitle(facts: verification.Facts, language: str) -> str:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    region = f", {facts['region']}" if facts["region"] else ""
    country = country_name(facts["country"]["code"], language, facts["country"]["name"])
    return say("vf_subtitle", language, case=facts["case"], country=f"{country}{region}",
               date=format_date(date.fromisoformat(facts["due_on"]), language))


def _age(born: str | None, on: date) -> str:
    return "" if born is None else str(records.age_on(date.fromisoformat(born), on))


def _story(facts: verification.Facts, place: HouseholdPlace | None, today: date,
           language: str = "en") -> list[Flowable]:
    """The form's body in `language` (the office's: the monitor's), from its facts."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    say_ = sayer(language)
    rtl = is_rtl_language(language)
    direction = "R" if rtl else "L"
    comma = "، " if rtl else ", "

    def day(value: str) -> str:
        return format_date(date.fromisoformat(value), language)

    kind = say_(f"vf_kind_{facts['kind']}")
    when = say_("vf_on_arrival") if facts["month"] == 0 else say_("vf_month", month=facts["month"])
    what = f"{kind}{comma}{when}" if facts["kind"] == FollowUpKind.SCHEDULED.value else f"{kind} ({when})"
    address = (printable.note(place.address) if place and place.address else say_("vf_no_address"))
    if place is not None and place.latitude is not None and place.longitude is not None:
        address += " " + fonts.ltr(f"({place.latitude:.5f}, {place.longitude:.5f})")
    region = f"{comma}{facts['region']}" if facts["region"] else ""
    country = country_name(facts["country"]["code"], language, facts["country"]["name"])
    story: list[Flowable] = [layout.fields([
        (say_("vf_household"), f"{facts['head']} ({facts['case']})"),
        (say_("vf_returned_to"), f"{country}{region}{comma}"
                                 + say_("vf_arrived", date=day(facts["arrived_on"]))),
        (say_("vf_address"), address),
        (say_("vf_directions"), printable.line(place.directions) if place and place.directions else "—"),
        (say_("vf_follow_up"), what),
        (say_("vf_due"), day(facts["due_on"])),
        (say_("vf_monitor"), facts["monitor"] or say_("vf_not_assigned")),
        (say_("vf_monitoring"), say_("vf_as_authorised", mode=say_(f"ml_{facts['mode']}")) if facts["mode"] else "—"),
    ], rtl=rtl)]
    last = facts["last"]
    if last is None:
        story.append(layout.para(say_("vf_no_contact_yet"), NOTE, direction))
    else:
        scores = comma.join(say_("vf_score", dimension=say_(f"vf_{name}").lower(), value=value)
                            for name, value in zip(SCORES, last["scores"], strict=True)
                            if value is not None) or say_("vf_no_scores")
        contact = say_("vf_contact_made") if last["contact"] else say_("vf_no_contact")
        mode = say_(f"vf_mode_{last['mode']}") if last["mode"] else "—"
        done = day(last["done_on"]) if last["done_on"] else "—"
        story.append(layout.para(say_("vf_last", date=done, mode=mode, contact=contact, scores=scores), NOTE,
                                 direction))
    if facts["open_incidents"]:
        story.append(layout.para(say_("vf_incidents", count=facts["open_incidents"],
                                      country=country), NOTE, direction))
    story += [layout.heading(say_("vf_household")),
              layout.table([say_("col_name"), say_("vf_age"), say_("vf_relationship")],
                           [[m["name"], _age(m["born"], today),
                             say_(f"rel_{m['relationship']}") if m["relationship"] else ""]
                            for m in facts["members"]], [96 * mm, 20 * mm, 38 * mm], rtl=rtl)]
    rows: list[list[object]] = [[say_("vf_q_contact"), layout.CheckBox(), layout.CheckBox(), ""]]
    rows += [[say_(f"vf_q_{key}"), layout.CheckBox(), layout.CheckBox(), layout.CheckBox()] for key in QUESTIONS]
    story += [layout.heading(say_("vf_findings")),
              layout.table([say_("vf_question"), say_("vf_yes"), say_("vf_no"), say_("vf_not_known")], rows,
                           BOX_WIDTHS, rtl=rtl),
              layout.para(say_("vf_incident_note"), NOTE, direction)]
    score_rows = [[say_(f"vf_{name}"), *(layout.CheckBox() for _ in range(5))] for name in SCORES]
    story += [layout.heading(say_("vf_sustainability")),
              layout.table([say_("vf_dimension"), "1", "2", "3", "4", "5"], score_rows,
                           [64 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm], rtl=rtl)]
    story.append(KeepTogether([
        layout.heading(say_("vf_notes")),
        layout.para(say_("vf_notes_hint"), NOTE, direction),
        ruled_lines(NOTE_LINES),
        Spacer(1, 8 * mm),
        layout.para(say_("vf_agreed"), NOTE, direction),
        layout.signature_lines([say_("vf_monitor"), say_("sig_returnee")], date_label=say_("date"), rtl=rtl)]))
    return story


def ruled_lines(count: int) -> Table:
    """Lines to write on, the full width of the page."""
    lines = Table([[""] for _ in range(count)], colWidths=[layout.CONTENT_WIDTH], rowHeights=[8 * mm] * count)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, layout.RULE)]))
    return lines
