"""The gates' refusals: a household the readiness check refuses at a gate, named with the safeguard and
the fix, for every gate alike (booking, plan acceptance, check-in, departure, documents, reintegration,
monitoring)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planning.messages import Message
from planning.readiness.reasons import Reason, Safeguard, Verdict


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


@dataclass(frozen=True)
class Refusal:
    """What a gate's refusal carries: the first reason's safeguard, every reason, and a line per household —
    `SafeguardError(refusal.safeguard, "<key>", reasons=refusal.reasons, households=refusal.households, …)`."""

    safeguard: Safeguard
    reasons: tuple[Reason, ...]
    households: tuple[Message, ...]


def refusal(verdicts: Sequence[Verdict]) -> Refusal | None:
    """The refusal for the households of `verdicts` that are not ready (None: every one is)."""
    refused = [v for v in verdicts if not v.ready]
    if not refused:
        return None
    return Refusal(refused[0].reasons[0].safeguard, tuple(r for v in refused for r in v.reasons),
                   tuple(household(v) for v in refused))
