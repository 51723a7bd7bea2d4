"""The gates' refusals: a household the readiness check refuses at a gate, named with the safeguard and
the fix, for every gate alike (booking, plan acceptance, check-in, departure, documents, reintegration,
monitoring)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planning import messages
from planning.errors import SafeguardError
from planning.messages import Message, Value
from planning.readiness.reasons import Reason, Verdict

messages.register(__name__, {
    "gate.household": "{reference}: {reasons} — to resolve: {fixes}",
    "departure.not_ready": "{movement} cannot be recorded as departed: {households}. A household that did not "
                           "board is taken off the movement first",
    "manifest.not_ready": "No manifest of {movement} can be printed while a booked household is not ready on the "
                          "day: {households}. Resolve it, or take the household off the movement",
    "assurance.breach_open": "a reported breach of {country}'s assurances awaits its review decision; only the "
                             "review decision (Monitoring page, with its reason) can bring a {kind} assurance "
                             "into force",
    "route.not_authorised": "{country} authorises active monitoring in {region} on none of the days {first} to "
                            "{last}: no visit can be planned there",
    "follow_up.visit_not_authorised": "{country} does not authorise active monitoring on {on}: a visit cannot be "
                                      "recorded for that day (a report received or a call can)",
})


#: The keys of the gates' own refusals (the module registers their templates).
DEPARTURE_NOT_READY = "departure.not_ready"
MANIFEST_NOT_READY = "manifest.not_ready"
BREACH_OPEN = "assurance.breach_open"
VISIT_NOT_AUTHORISED = "follow_up.visit_not_authorised"
ROUTE_NOT_AUTHORISED = "route.not_authorised"


@dataclass(frozen=True)
class Resolution:
    """What would resolve a reason, as a value of a message (the interface words it in its language)."""

    reason: Reason

    def english(self) -> str:
        return self.reason.resolution


def household(verdict: Verdict) -> Message:
    """'HW-2026-000012: S8: … — to resolve: …'"""
    return Message.of("gate.household", reference=verdict.reference, reasons=verdict.reasons,
                      fixes=tuple(Resolution(r) for r in verdict.reasons))


def refused(key: str, verdicts: Sequence[Verdict], **params: Value) -> SafeguardError:
    """The gate's refusal for these households (each not ready): `key`'s template takes `{households}`."""
    refusals = [v for v in verdicts if not v.ready]
    assert refusals, "a refusal names at least one household that is not ready"
    first = refusals[0].reasons[0]
    return SafeguardError(first.safeguard.value, key, reasons=tuple(r for v in refusals for r in v.reasons),
                          households=tuple(household(v) for v in refusals), **params)
