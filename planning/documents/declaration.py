"""The declaration of voluntary return: what was explained, the decision, the rights kept; bilingual, signed."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import readiness
from planning.documents import layout, printable, records, verification
from planning.documents.bilingual import Languages
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.text import MixedText, TextStyle
from planning.documents.texts import (
    country_name,
    format_date,
    has_key,
    is_rtl_language,
    language_name,
    language_name_in,
    printed_as,
    say,
    sayer,
)
from planning.documents.travel_letter_page import name_cell
from planning.documents.verification import Facts
from planning.errors import NotFoundError, SafeguardError
from planning.labels import named
from planning.messages import Country
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason, Safeguard
from planning.security.permissions import Permission, require
from planning.storage.models import BestInterestsDetermination, CounsellingSession, Person, VoluntarinessEvent
from planning.storage.store import Store
from planning.vocabulary import (
    BestInterestsOutcome,
    CaseStatus,
    CounsellingTopic,
    VoluntarinessKind,
)

KIND = "declaration"
PREFIX = "DV"
#: Reasons that do not stop a declaration being printed: it records a decision, it does not move anyone.
_NOT_BLOCKING = frozenset({"S1.stale", "S1.not_reconfirmed"})
_BLOCKING = frozenset({Safeguard.S1, Safeguard.S2, Safeguard.S3, Safeguard.S4})


def _latest(events: list[VoluntarinessEvent], kind: VoluntarinessKind) -> VoluntarinessEvent | None:
    return next((e for e in reversed(events) if e.kind is kind), None)


def _decision(person: Person, events: list[VoluntarinessEvent]) -> dict[str, object] | None:
    declared = _latest(events, VoluntarinessKind.DECLARED)
    if declared is None:
        return None
    reconfirmed = _latest(events, VoluntarinessKind.RECONFIRMED)
    if reconfirmed is not None and events.index(reconfirmed) < events.index(declared):
        reconfirmed = None
    return {
        "declared_on": declared.occurred_on, "counsellor": declared.counsellor, "language": declared.language,
        "interpreter": declared.interpreter, "information_given": sorted(declared.information_given or ()),
        "reconfirmed_on": reconfirmed.occurred_on if reconfirmed is not None else None,
    }


def _best_interests(determination: BestInterestsDetermination | None) -> dict[str, object] | None:
    """For a child travelling without a parent (S1): the best-interests decision and the reception arrangement."""
    if determination is None:
        return None
    return {"decided_on": determination.decided_on, "decided_by": determination.decided_by,
            "outcome": determination.outcome.value, "reception_confirmed_on": determination.reception_confirmed_on}


def load(session: Session, reference: str) -> Facts | None:
    """Everything the declaration prints about a case, from the current records."""
    case = records.case_or_none(session, reference)
    if case is None:
        return None
    people = records.household(session, case.id)
    sessions = list(session.scalars(select(CounsellingSession).where(CounsellingSession.case_id == case.id)
                                    .order_by(CounsellingSession.held_on, CounsellingSession.id)))
    events: dict[int, list[VoluntarinessEvent]] = {p.id: [] for p in people}
    for event in session.scalars(select(VoluntarinessEvent).where(VoluntarinessEvent.person_id.in_(list(events)))
                                 .order_by(VoluntarinessEvent.occurred_on, VoluntarinessEvent.id)):
        events[event.person_id].append(event)
    names = {p.id: records.person_name(p) for p in people}
    determinations: dict[int, BestInterestsDetermination] = {}
    for determination in session.scalars(select(BestInterestsDetermination).where(
            BestInterestsDetermination.person_id.in_(list(events)))
            .order_by(BestInterestsDetermination.decided_on, BestInterestsDetermination.id)):
        determinations[determination.person_id] = determination
    topics: set[str] = set()
    for counselling in sessions:
        topics.update(counselling.topics or ())
    members = []
    for person in people:
        decision = _decision(person, events[person.id])
        if decision is not None:
            topics.update(decision["information_given"])  # type: ignore[arg-type]
        members.append({
            "name": names[person.id], "name_latin": records.latin_name(person), "date_of_birth": person.date_of_birth,
            "language": records.signer_language(person, str(decision["language"] or "") if decision else None),
            "relationship": person.relationship_to_head.value,
            "guardian": names.get(person.guardian_id) if person.guardian_id else None,
            "decision": decision,
            "best_interests": _best_interests(determinations.get(person.id)),
        })
    office = letterhead(session)
    return {
        "case": case.reference,
        "country": {"code": case.country.code, "name": case.country.name}, "region": case.region_of_return,
        "language": records.returnee_language(people, sessions), "office_language": office.language,
        "members": members, "topics": sorted(topics),
        "counselling": [{"held_on": s.held_on, "counsellor": s.counsellor, "language": s.language,
                         "interpreter": s.interpreter, "outcome": s.outcome.value} for s in sessions],
    }


verification.register_kind(KIND, load)


def _refusals(session: Session, case_id: int, on: date) -> list[Reason]:
    facts = load_facts(session, [case_id])[case_id]
    verdict = readiness.check(facts, on)
    return [r for r in verdict.reasons if r.safeguard in _BLOCKING and r.code not in _NOT_BLOCKING]


def print_declaration(store: Store, reference: str) -> Printed:
    """The declaration for a case whose members' decision to return is on record and still stands."""
    require(store, Permission.PRINT_DOCUMENTS)
    with store.transaction() as session:
        facts = load(session, reference)
        case = records.case_or_none(session, reference)
        if facts is None or case is None:
            raise NotFoundError("case_file", reference)
        if case.status is CaseStatus.INVOLVEMENT_ENDED:
            raise SafeguardError("S3", "document.declaration_after_end", reference=case.reference)
        refusals = _refusals(session, case.id, store.today())
        if refusals:
            first = refusals[0]
            raise SafeguardError(first.safeguard.value, "document.declaration_refused", tuple(refusals),
                                 reference=case.reference, why=tuple(r.said for r in refusals))
        facts = verification.plain(facts)
        languages = Languages(str(facts["office_language"]), str(facts["language"]))
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=case.reference, facts=facts,
                         title=languages.title("decl_title"), header_title=say("decl_title", languages.office),
                         subtitle=_subtitle(facts), story=story(facts),
                         language=str(facts["language"]))


def _subtitle(facts: Facts) -> str:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    language = str(facts["office_language"])
    country = country_name(facts["country"]["code"], language, facts["country"]["name"])
    region = f", {facts['region']}" if facts["region"] else ""
    return say("dv_subtitle", language, case=facts["case"], country=f"{country}{region}")


def _language(code: str | None) -> str:
    return language_name(code) if code else ""


def story(facts: Facts) -> list[Flowable]:
    """The body of the declaration, from its facts (plain JSON values): the household, then one declaration per
    signer (each member who declared; a guardian for the minors in their care), each in the signer's language
    beside the office's, each signed on the page that ends its text."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    office_language, language = str(facts["office_language"]), str(facts["language"])
    say_ = sayer(office_language)
    rtl = is_rtl_language(office_language)
    direction = "R" if rtl else "L"
    members = facts["members"]
    holders = [m for m in members if m["decision"] is not None]
    out: list[Flowable] = [
        layout.fields([
            (say_("dv_household"), "، ".join(m["name"] for m in members) if rtl
             else ", ".join(m["name"] for m in members)),
            (say_("dv_language"), _language(language) + _printed_in(language, office_language)),
        ], rtl=rtl),
        layout.heading(say_("dv_household")),
        layout.table([say_("col_name"), say_("col_born"), say_("dv_in_household"), say_("dv_decision")], [
            [name_cell(m["name"], m["name_latin"], direction),
             format_date(_day(m["date_of_birth"]), office_language),
             say_(f"rel_{m['relationship']}"),
             _decision_line(m, office_language)]
            for m in members
        ], [52 * mm, 32 * mm, 28 * mm, layout.CONTENT_WIDTH - 112 * mm], rtl=rtl),
    ]
    if facts["counselling"]:
        header = [say_("dv_date"), say_("dv_counsellor"), say_("dv_session_language"), say_("dv_interpreter"),
                  say_("dv_outcome")]
        out += [layout.heading(say_("dv_counselling")), layout.table(header, [
            [format_date(_day(s["held_on"]), office_language), s["counsellor"],
             language_name_in(s["language"], office_language) if s["language"] else "",
             s["interpreter"] or "—", say_(f"out_{s['outcome']}")] for s in facts["counselling"]
        ], [30 * mm, 40 * mm, 28 * mm, 40 * mm, layout.CONTENT_WIDTH - 138 * mm], rtl=rtl)]
    for signer in holders:  # each on a page of its own: the text a signer signs on the page they sign it
        out += [PageBreak(), *_signed_by(facts, signer)]
    return out


def _signed_by(facts: Facts, signer: dict[str, Any]) -> list[Flowable]:
    """One signer's declaration: the text in their language beside the office's, their minors, their signature."""
    office_language = str(facts["office_language"])
    languages = Languages(office_language, str(signer["language"] or facts["language"]))
    country = Country(facts["country"]["code"], facts["country"]["name"])  # named in each column's language
    out: list[Flowable] = [languages.heading("decl_title"),
                           layout.para(signer["name"] + (f" ({signer['name_latin']})" if signer["name_latin"] else ""),
                                       layout.BODY.but(bold=True, space_after=1 * mm), "R" if languages.rtl else "L"),
                           languages.block("decl_statement", country=country),
                           languages.block("decl_explained")]
    topics = [t for t in facts["topics"] if has_key(f"topic_{t}")]
    others = [t for t in facts["topics"] if not has_key(f"topic_{t}")]
    out.append(languages.texts(["\n".join(f"•  {say(f'topic_{t}', lang)}" for t in topics)
                                + "".join(f"\n•  {named(CounsellingTopic, t)}" for t in others)
                                for lang in languages.columns()]))
    out.append(languages.heading("decl_decision"))
    for member in facts["members"]:
        minor = member["decision"] is None and member["guardian"] == signer["name"]
        if minor:
            out.append(languages.block("decl_minor", name=member["name"], guardian=member["guardian"]))
        determination = member["best_interests"]
        if (member is signer or minor) and determination \
                and determination["outcome"] == BestInterestsOutcome.RETURN_IN_BEST_INTERESTS.value:
            day = _day(determination["decided_on"])
            out.append(languages.texts([say("decl_unaccompanied", lang, name=member["name"],
                                            date=format_date(day, lang)) for lang in languages.columns()]))
    out += [languages.block("decl_change_mind"), languages.block("decl_protection")]
    decision = signer["decision"]
    interpreter = decision["interpreter"] or (facts["counselling"][-1]["interpreter"] if facts["counselling"]
                                              else None)
    roles = [("sig_returnee", signer["name"]), ("sig_counsellor", decision["counsellor"] or ""),
             ("sig_interpreter", interpreter or "")]
    # The data-protection notice and the signatures that follow it stay on one page.
    out.append(KeepTogether([
        languages.heading("decl_data_title"), languages.block("decl_data", country=country),
        languages.heading("signatures"),
        layout.signature_lines([_role(languages, key, name) for key, name in roles],
                               date_label=lambda: _each_language(languages, "date", ": ____________", layout.SMALL),
                               columns=3, rtl=languages.rtl)]))
    return out


def _each_language(languages: Languages, key: str, after: str = "",
                   style: TextStyle = layout.LABEL) -> Flowable:
    """A label in each language of the document, one line each, in its own direction."""
    return layout.Stack([MixedText(say(key, lang) + after, style, "R" if is_rtl_language(lang) else "L")
                         for lang in languages.columns()])


def _role(languages: Languages, key: str, name: str) -> Flowable:
    parts = _each_language(languages, key).parts
    name_line = MixedText(name, layout.BODY.but(size=8.5), "R" if languages.rtl else "L")
    return layout.Stack([*parts, name_line] if name else parts)


def _printed_in(language: str, office_language: str) -> str:
    shown = printed_as(language)
    if shown is None:
        return " " + say("dv_no_translation", office_language, tongue=language_name(office_language))
    return "" if shown == language else " " + say("dv_printed_in", office_language, tongue=language_name(shown))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _decision_line(member: dict[str, Any], language: str) -> str:
    say_ = sayer(language)
    decision = member["decision"]
    if not isinstance(decision, dict):
        return say_("dv_on_decision_of", name=member["guardian"]) if member["guardian"] else say_("dv_no_decision")
    line = say_("dv_declared_on", date=format_date(_day(decision["declared_on"]), language))
    if decision["reconfirmed_on"]:
        line += ", " + say_("dv_reconfirmed_on", date=format_date(_day(decision["reconfirmed_on"]), language))
    who = ", ".join(part for part in (
        say_("dv_by_counsellor", name=decision["counsellor"]) if decision["counsellor"] else "",
        say_("dv_in_language", tongue=language_name_in(str(decision["language"]), language))
        if decision["language"] else "",
        say_("dv_by_interpreter", name=decision["interpreter"]) if decision["interpreter"] else "",
    ) if part)
    return f"{line}\n{who}" if who else line
