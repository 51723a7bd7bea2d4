"""The declaration of voluntary return: what was explained, the decision, the rights kept; bilingual, signed."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import readiness
from planning.documents import layout, printable, records, verification
from planning.documents.bilingual import Languages
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import format_date, has_key, language_name, printed_as, say
from planning.documents.verification import Facts
from planning.errors import NotFoundError, SafeguardError
from planning.labels import named
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason, Safeguard
from planning.security.permissions import Permission, require
from planning.storage.models import BestInterestsDetermination, CounsellingSession, Person, VoluntarinessEvent
from planning.storage.store import Store
from planning.vocabulary import (
    BestInterestsOutcome,
    CaseStatus,
    CounsellingOutcome,
    CounsellingTopic,
    Relationship,
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
            raise NotFoundError("case", reference)
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
    country = facts["country"]["name"]
    region = f", {facts['region']}" if facts["region"] else ""
    return f"Case {facts['case']} · return to {country}{region}"


def _language(code: str | None) -> str:
    return language_name(code) if code else ""


def story(facts: Facts) -> list[Flowable]:
    """The body of the declaration, from its facts (plain JSON values)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    office_language, language = str(facts["office_language"]), str(facts["language"])
    languages = Languages(office_language, language)
    country = facts["country"]["name"]
    members = facts["members"]
    holders = [m for m in members if m["decision"] is not None]
    out: list[Flowable] = [
        layout.fields([
            ("Household", ", ".join(m["name"] for m in members)),
            ("Language of the returnee", _language(language) + _printed_in(language, office_language)),
        ]),
        layout.heading("Household"),
        layout.table(["Name", "Born", "In household", "Decision"], [
            [m["name"] + (f"\n{m['name_latin']}" if m["name_latin"] else ""),
             format_date(_day(m["date_of_birth"]), office_language),
             named(Relationship, m["relationship"]),
             _decision_line(m, office_language)]
            for m in members
        ], [52 * mm, 32 * mm, 28 * mm, layout.CONTENT_WIDTH - 112 * mm]),
        languages.heading("decl_title"),
        languages.block("decl_statement", country=country),
        languages.block("decl_explained"),
    ]
    topics = [t for t in facts["topics"] if has_key(f"topic_{t}")]
    others = [t for t in facts["topics"] if not has_key(f"topic_{t}")]
    out.append(languages.texts(["\n".join(f"•  {say(f'topic_{t}', lang)}" for t in topics)
                                + "".join(f"\n•  {named(CounsellingTopic, t)}" for t in others)
                                for lang in languages.columns()]))
    if facts["counselling"]:
        header = ["Date", "Counsellor", "Language", "Interpreter", "Outcome"]
        out += [layout.heading("Counselling"), layout.table(header, [
            [format_date(_day(s["held_on"]), office_language), s["counsellor"], _language(s["language"]),
             s["interpreter"] or "—", named(CounsellingOutcome, s["outcome"])] for s in facts["counselling"]
        ], [30 * mm, 40 * mm, 28 * mm, 40 * mm, layout.CONTENT_WIDTH - 138 * mm])]
    out.append(languages.heading("decl_decision"))
    for member in members:
        if member["decision"] is None and member["guardian"]:
            out.append(languages.block("decl_minor", name=member["name"], guardian=member["guardian"]))
        determination = member["best_interests"]
        if determination and determination["outcome"] == BestInterestsOutcome.RETURN_IN_BEST_INTERESTS.value:
            day = _day(determination["decided_on"])
            out.append(languages.texts([say("decl_unaccompanied", language, name=member["name"],
                                            date=format_date(day, language)) for language in languages.columns()]))
    out += [languages.block("decl_change_mind"), languages.block("decl_protection"),
            languages.heading("decl_data_title"), languages.block("decl_data", country=country),
            languages.heading("signatures")]
    counsellor = next((h["decision"]["counsellor"] for h in reversed(holders) if h["decision"]["counsellor"]), None)
    interpreter = next((h["decision"]["interpreter"] for h in reversed(holders) if h["decision"]["interpreter"]),
                       None)
    if interpreter is None and facts["counselling"]:
        interpreter = facts["counselling"][-1]["interpreter"]
    signatories = [(languages.title("sig_returnee"), h["name"]) for h in holders]
    signatories += [(languages.title("sig_counsellor"), counsellor or ""),
                    (languages.title("sig_interpreter"), interpreter or "")]
    for start in range(0, len(signatories), 3):
        row = signatories[start:start + 3]
        out.append(layout.signature_lines([f"{role}\n{name}" if name else role for role, name in row],
                                          date_label=languages.title("date"), columns=3))
    return out


def _printed_in(language: str, office_language: str) -> str:
    shown = printed_as(language)
    if shown is None:
        return f" (no translation: printed in {language_name(office_language)} only)"
    return "" if shown == language else f" (printed in {language_name(shown)})"


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _decision_line(member: dict[str, object], language: str) -> str:
    decision = member["decision"]
    if not isinstance(decision, dict):
        return f"travels on the decision of {member['guardian']}" if member["guardian"] else "no decision recorded"
    line = f"declared on {format_date(_day(decision['declared_on']), language)}"
    if decision["reconfirmed_on"]:
        line += f", reconfirmed on {format_date(_day(decision['reconfirmed_on']), language)}"
    who = ", ".join(part for part in (
        f"counsellor {decision['counsellor']}" if decision["counsellor"] else "",
        f"in {_language(str(decision['language']))}" if decision["language"] else "",
        f"interpreter {decision['interpreter']}" if decision["interpreter"] else "",
    ) if part)
    return f"{line}\n{who}" if who else line

