"""S4 Protection claims are referred, not decided."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Stage
from planning.readiness.texts import Phrase
from planning.vocabulary import ProtectionOutcome, VoluntarinessKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        for referral in person.referrals:
            if referral.raised_on > on:
                continue
            if referral.outcome is ProtectionOutcome.NEEDS_PROTECTION:
                yield Reason.of("S4.protection_granted", person, final=True, person=person.name,
                                reference=referral.outcome_reference or Phrase.of("decision_recorded"))
            elif referral.authority is None:
                yield Reason.of("S4.not_referred", person, person=person.name, raised_on=referral.raised_on)
            elif referral.outcome is ProtectionOutcome.PENDING:
                yield Reason.of("S4.pending", person, person=person.name, referred_on=referral.referred_on)
            else:
                decided = referral.outcome_on
                holder = case.decision_holder(person, on)
                fresh = decided is not None and any(
                    e.kind is VoluntarinessKind.DECLARED and decided <= e.occurred_on <= on
                    for e in holder.events
                )
                if not fresh:
                    yield Reason.of("S4.no_fresh_decision", person, decided_on=decided, person=person.name,
                                    holder=holder.name)
