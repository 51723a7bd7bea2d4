"""S4 Protection claims are referred, not decided."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage
from planning.vocabulary import ProtectionOutcome, VoluntarinessKind


def check(case: CaseFacts, on: date, stage: Stage) -> Iterator[Reason]:
    for person in case.members:
        for referral in person.referrals:
            if referral.raised_on > on:
                continue

            def reason(code: str, message: str, resolution: str, final: bool = False) -> Reason:
                return Reason(Safeguard.S4, f"S4.{code}", message, resolution,
                              person.id, person.name, final)  # noqa: B023

            if referral.outcome is ProtectionOutcome.NEEDS_PROTECTION:
                yield reason("protection_granted",
                             f"{person.name} was found to need international protection "
                             f"({referral.outcome_reference or 'decision recorded'})",
                             "None: a person in need of protection is not returned", final=True)
            elif referral.authority is None:
                yield reason("not_referred",
                             f"{person.name} expressed a fear of return on {referral.raised_on}; "
                             "the case is on hold",
                             "Refer the claim to the national asylum authority or UNHCR")
            elif referral.outcome is ProtectionOutcome.PENDING:
                yield reason("pending",
                             f"{person.name}'s protection claim was referred on {referral.referred_on} "
                             "and awaits a decision",
                             "Record the authority's final decision")
            else:
                decided = referral.outcome_on
                holder = case.decision_holder(person, on)
                fresh = decided is not None and any(
                    e.kind is VoluntarinessKind.DECLARED and decided <= e.occurred_on <= on
                    for e in holder.events
                )
                if not fresh:
                    yield reason("no_fresh_decision",
                                 f"After the final negative decision of {decided} on {person.name}'s "
                                 "claim, no new voluntary decision has been recorded",
                                 f"Counsel {holder.name} and record a new declaration dated after "
                                 f"{decided}")
