"""Readiness reasons as the check really produces them: hand-built households that reach every code and
every wording of its message, and the reasons over a demo database (for tests of their translations)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

import planning.readiness.rules
from planning import readiness
from planning.readiness.facts import (
    AdvisoryRecord,
    AssuranceRecord,
    BestInterestsRecord,
    BookingRecord,
    CaseFacts,
    ClearanceRecord,
    CountryFacts,
    DocumentRecord,
    PersonFacts,
    ReferralRecord,
    SamePersonRecord,
    VoluntarinessRecord,
    VulnerabilityRecord,
)
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Reason, Stage
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    BookingStatus,
    EscortNeed,
    IdentityFinding,
    MonitoringLevel,
    ProtectionOutcome,
    ReferralAuthority,
    TravelDocumentKind,
    VoluntarinessKind,
    VulnerabilityKind,
)

ON = date(2026, 6, 1)
TOPICS = ("right_to_change_mind", "reintegration")


def _declared(days_before: int = 30, informed: bool = True, kind: VoluntarinessKind = VoluntarinessKind.DECLARED,
              id: int = 1) -> VoluntarinessRecord:
    return VoluntarinessRecord(id, kind, ON - timedelta(days=days_before), "C. Counsellor" if informed else None,
                               "ka" if informed else None, TOPICS if informed else ())


def _passport(valid_until: date = ON + timedelta(days=400),
              kind: TravelDocumentKind = TravelDocumentKind.PASSPORT) -> DocumentRecord:
    return DocumentRecord(kind, "GE123", ON - timedelta(days=900), valid_until)


def _adult(id: int = 1, name: str = "Giorgi Beridze", **changes: object) -> PersonFacts:
    person = PersonFacts(id=id, name=name, date_of_birth=date(1985, 3, 2), nationality="GEO",
                         exit_irregular=False, events=(_declared(),), documents=(_passport(),))
    return replace(person, **changes)  # type: ignore[arg-type]


def _assurances(**status: tuple[AssuranceStatus, date, date | None]) -> tuple[AssuranceRecord, ...]:
    """One assurance of each kind, in force for a year around ON unless `status[kind]` says otherwise."""
    found = []
    for n, kind in enumerate(AssuranceKind):
        state, start, end = status.get(kind.value, (AssuranceStatus.IN_FORCE, ON - timedelta(days=200),
                                                    ON + timedelta(days=200)))
        found.append(AssuranceRecord(
            id=n + 1, kind=kind, scope=AssuranceScope.NATIONALS, status=state, valid_from=start, valid_to=end,
            reference=f"GEO-{kind.value[:4].upper()}-1",
            monitoring_level=MonitoringLevel.ACTIVE if kind is AssuranceKind.MONITORING_AUTHORISATION else None))
    return tuple(found)


def _country(**changes: object) -> CountryFacts:
    country = CountryFacts("GEO", "Georgia", assurances=_assurances())
    return replace(country, **changes)  # type: ignore[arg-type]


def _case(*members: PersonFacts, country: CountryFacts | None = None, **changes: object) -> CaseFacts:
    case = CaseFacts(id=1, reference="HW-2026-000001", country=country or _country(),
                     members=members or (_adult(),), region="Tbilisi")
    return replace(case, **changes)  # type: ignore[arg-type]


def households() -> Iterator[tuple[str, CaseFacts, Stage]]:
    """(what it shows, the household, the stage): every code and every wording of the readiness check."""
    yield "ready", _case(), Stage.PLANNING
    # S1
    yield "no declaration", _case(_adult(events=())), Stage.PLANNING
    yield "uninformed", _case(_adult(events=(_declared(informed=False),))), Stage.PLANNING
    yield "stale", _case(_adult(events=(_declared(days_before=200),))), Stage.PLANNING
    yield "not reconfirmed", _case(), Stage.DEPARTURE
    child = PersonFacts(id=2, name="Luka Beridze", date_of_birth=date(2012, 1, 20), nationality="GEO",
                        exit_irregular=False, events=(_declared(),), documents=(_passport(),))
    yield "unaccompanied, no best interests", _case(child), Stage.PLANNING
    for outcome, reception in ((BestInterestsOutcome.RETURN_NOT_IN_BEST_INTERESTS, None),
                               (BestInterestsOutcome.RETURN_IN_BEST_INTERESTS, None),
                               (BestInterestsOutcome.RETURN_IN_BEST_INTERESTS, ON + timedelta(days=3))):
        decided = BestInterestsRecord(ON - timedelta(days=10), outcome, reception)
        yield f"unaccompanied, {outcome.value}", _case(replace(child, best_interests=(decided,))), Stage.PLANNING
    # S2
    for kind in (VoluntarinessKind.REFUSED, VoluntarinessKind.WITHDRAWN):
        events = (_declared(days_before=40), _declared(days_before=10, kind=kind, id=2))
        yield kind.value, _case(_adult(events=events), _adult(2, "Nino Beridze")), Stage.PLANNING
    # S3
    force = (_declared(days_before=40), _declared(days_before=5, kind=VoluntarinessKind.FORCE_NEEDED, id=2))
    yield "force", _case(_adult(events=force)), Stage.PLANNING
    # S4
    raised = ON - timedelta(days=20)
    for name, referral in (
        ("not referred", ReferralRecord(1, raised, None, None, ProtectionOutcome.PENDING)),
        ("pending", ReferralRecord(1, raised, ReferralAuthority.UNHCR, raised + timedelta(days=1),
                                   ProtectionOutcome.PENDING)),
        ("negative", ReferralRecord(1, raised, ReferralAuthority.NATIONAL_ASYLUM_AUTHORITY, raised,
                                    ProtectionOutcome.FINAL_NEGATIVE, ON - timedelta(days=3), "NAA-17/2026")),
        ("granted", ReferralRecord(1, raised, ReferralAuthority.UNHCR, raised, ProtectionOutcome.NEEDS_PROTECTION,
                                   ON - timedelta(days=3), "UNHCR-2026-044")),
        ("granted, no reference", ReferralRecord(1, raised, ReferralAuthority.UNHCR, raised,
                                                 ProtectionOutcome.NEEDS_PROTECTION, ON - timedelta(days=3))),
    ):
        yield f"protection {name}", _case(_adult(referrals=(referral,))), Stage.PLANNING
    minor = replace(child, guardian_id=1, events=())
    negative = ReferralRecord(1, raised, ReferralAuthority.UNHCR, raised, ProtectionOutcome.FINAL_NEGATIVE,
                              ON - timedelta(days=3), "X")
    yield "protection negative, guardian decides", _case(_adult(), replace(minor, referrals=(negative,))), \
        Stage.PLANNING
    # S3 and S4 of the same person in another case (the person registry)
    ended = SamePersonRecord(11, "Giorgi Beridze", "HW-2025-000017", ended_on=ON - timedelta(days=400))
    protected = SamePersonRecord(12, "Giorgi Beridze", "HW-2024-000480", protected=True,
                                 protection_reference="UNHCR-2024-913")
    unreferenced = replace(protected, protection_reference=None)
    decided = replace(ended, decided=IdentityFinding.DIFFERENT_PERSON)
    for name, same in (("ended", (ended,)), ("protected", (protected, unreferenced)), ("decided", (decided,))):
        yield f"same person {name}", _case(_adult(same_person=same)), Stage.PLANNING
    # S5 and S6: every way an assurance can fail to cover the travel date
    later = (AssuranceStatus.IN_FORCE, ON + timedelta(days=10), ON + timedelta(days=300))
    expired = (AssuranceStatus.IN_FORCE, ON - timedelta(days=300), ON - timedelta(days=1))
    requested = (AssuranceStatus.REQUESTED, ON - timedelta(days=30), None)
    review = (AssuranceStatus.UNDER_REVIEW, ON - timedelta(days=30), None)
    punished = _country(irregular_exit_punished=True)
    for kind in (AssuranceKind.READMISSION, AssuranceKind.NO_PUNISHMENT):
        for name, state in (("later", later), ("expired", expired), ("requested", requested), ("review", review)):
            country = replace(punished, assurances=_assurances(**{kind.value: state}))
            yield f"{kind.value} {name}", _case(_adult(exit_irregular=None), country=country), Stage.PLANNING
        others = tuple(a for a in punished.assurances if a.kind is not kind)
        yield f"{kind.value} none", _case(_adult(exit_irregular=True), country=replace(punished, assurances=others)), \
            Stage.PLANNING
    foreigner = _adult(2, "Mariam Aliyeva", nationality="AZE")
    yield "readmission, foreign spouse", _case(_adult(), foreigner), Stage.PLANNING
    # S7
    no_monitoring = tuple(a for a in _assurances() if a.kind is not AssuranceKind.MONITORING_AUTHORISATION)
    yield "no monitoring", _case(country=_country(assurances=no_monitoring)), Stage.PLANNING
    passive = tuple(replace(a, monitoring_level=MonitoringLevel.PASSIVE)
                    if a.kind is AssuranceKind.MONITORING_AUTHORISATION else a for a in _assurances())
    trafficked = _adult(vulnerabilities=(VulnerabilityRecord(VulnerabilityKind.VICTIM_OF_TRAFFICKING,
                                                              ON - timedelta(days=90)),))
    yield "active monitoring needed", _case(trafficked, country=_country(
        assurances=passive, active_monitoring_profiles=frozenset({"victim_of_trafficking"}))), Stage.PLANNING
    # S8
    for region in (None, "Tbilisi"):
        for until in (None, ON + timedelta(days=45)):
            advisory = AdvisoryRecord(1, "UNHCR", "Renewed fighting near the border", ON - timedelta(days=5),
                                      until, region=region)
            yield f"advisory {region} {until}", _case(country=_country(advisories=(advisory,))), Stage.PLANNING
    elderly = _adult(vulnerabilities=(VulnerabilityRecord(VulnerabilityKind.ELDERLY, ON - timedelta(days=90)),))
    for profile in ("elderly", "medical_need"):
        advisory = AdvisoryRecord(2, "Ministry of Health", "No care for returnees", ON - timedelta(days=5), None,
                                  profile=profile, region="tbilisi")
        sick = _adult(2, "Nino Beridze", vulnerabilities=(VulnerabilityRecord(
            VulnerabilityKind.MEDICAL_NEED, ON - timedelta(days=90)),), clearances=(ClearanceRecord(
                ON - timedelta(days=3), True, ON + timedelta(days=30)),))
        yield f"advisory {profile}", _case(elderly, sick, country=_country(advisories=(advisory,))), Stage.PLANNING
    # S9
    one = _assurances(readmission=review)
    yield "review, one kind", _case(country=_country(assurances=one)), Stage.PLANNING
    several = _assurances(readmission=review, no_punishment=review, monitoring_authorisation=review)
    yield "review, every kind", _case(country=_country(assurances=several)), Stage.PLANNING
    # S10
    yield "no document", _case(_adult(documents=())), Stage.PLANNING
    for kind in TravelDocumentKind:
        old = (_passport(ON - timedelta(days=40), kind), _passport(ON - timedelta(days=20), kind))
        yield f"expired {kind.value}", _case(_adult(documents=old)), Stage.PLANNING
    pregnant = (VulnerabilityRecord(VulnerabilityKind.PREGNANCY, ON - timedelta(days=60)),)
    for name, clearances in (("no clearance", ()),
                             ("unfit", (ClearanceRecord(ON - timedelta(days=4), False, ON + timedelta(days=20)),)),
                             ("ran out", (ClearanceRecord(ON - timedelta(days=60), True, ON - timedelta(days=2)),))):
        yield name, _case(_adult(vulnerabilities=pregnant, clearances=clearances)), Stage.PLANNING
    escorted = (_adult(escort_need=EscortNeed.MEDICAL), _adult(2, "Nino Beridze", escort_need=EscortNeed.MEDICAL),
                _adult(3, "Luka Beridze", date_of_birth=date(2014, 1, 1), guardian_id=1,
                       escort_need=EscortNeed.MINOR))
    booking = BookingRecord(1, 7, ON, BookingStatus.CONFIRMED, medical_escorts=1, minor_escorts=0)
    yield "escorts", _case(*escorted, bookings=(booking,)), Stage.PLANNING
    yield "case closed", _case(closed_on=ON - timedelta(days=3)), Stage.PLANNING
    # A household that grew after its booking and check-in: a seat short, a member never ticked present
    grown = (_adult(), _adult(2, "Nino Beridze"))
    checked_in = BookingRecord(1, 7, ON, BookingStatus.CHECKED_IN, seats=1, ticked=frozenset({1}))
    yield "grown after check-in", _case(*grown, bookings=(checked_in,)), Stage.DEPARTURE
    # Everything at once, on the day of departure
    everything = _case(
        _adult(events=(_declared(days_before=200, informed=False),), documents=(), exit_irregular=None,
               vulnerabilities=(*pregnant, VulnerabilityRecord(VulnerabilityKind.VICTIM_OF_TRAFFICKING,
                                                               ON - timedelta(days=90)))),
        replace(child, id=2, name="Luka Beridze", guardian_id=1),
        country=_country(irregular_exit_punished=True, assurances=_assurances(readmission=expired,
                                                                              no_punishment=later),
                         advisories=(AdvisoryRecord(1, "UNHCR", "Unrest", ON, None),)),
        bookings=(replace(booking, medical_escorts=0),))
    yield "everything", everything, Stage.DEPARTURE


def hand_built() -> list[Reason]:
    return [r for _name, case, stage in households() for r in readiness.check(case, ON, stage).reasons]


def demo_reasons(store: Store, days: tuple[int, ...] = (0, 30, 120, 400)) -> list[Reason]:
    """Every reason over every case of the store's database, on a few dates, planning and departure."""
    from planning.storage.models import Case

    today = store.today()
    with store.reading() as session:
        ids = list(session.scalars(select(Case.id)))
        facts = load_facts(session, ids)
    found = []
    for case in facts.values():
        for offset in days:
            for stage in Stage:
                found += readiness.check(case, today + timedelta(days=offset), stage).reasons
    return found


# --- the codes and phrases the rules' source names ------------------------------------------------

RULES = Path(planning.readiness.rules.__file__).parent
CODE = re.compile(r"S(?:[1-9]|10)\.[a-z_]+")


def _literals(call: str) -> set[str]:
    """The first argument of every `<call>(...)` in the rules' source, where it is a literal (or a
    conditional between literals)."""
    found: set[str] = set()
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and ast.unparse(node.func) == call and node.args):
                continue
            first = node.args[0]
            options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            if isinstance(first, ast.Name):  # a variable: the literals assigned to it in the same file
                options = [n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                           if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == first.id
                                                                for t in n.targets)]
                options = [o for v in options for o in ([v.body, v.orelse] if isinstance(v, ast.IfExp) else [v])]
            for option in options:
                assert isinstance(option, ast.Constant), f"{path.name}:{node.lineno}: {ast.unparse(first)}"
                found.add(str(option.value))
    return found


def rule_codes() -> set[str]:
    """Every reason code the rules can emit, read from their source (`Reason.of("S1.…", …)`)."""
    return _literals("Reason.of")


def rule_phrases() -> set[str]:
    """Every phrase the rules use (`Phrase.of("…", …)`)."""
    return _literals("Phrase.of")
