"""The one readiness check: may this case travel on this date, and if not, why not."""

from __future__ import annotations

from datetime import date

from planning.readiness.facts import CaseFacts
from planning.readiness.reasons import Reason, Safeguard, Stage, Verdict
from planning.readiness.rules import (
    s1_voluntariness,
    s2_refusal,
    s3_force,
    s4_protection,
    s5_readmission,
    s6_no_punishment,
    s7_monitoring,
    s8_advisories,
    s9_review,
    s10_travel,
    same_person,
)

RULES = (
    s3_force, s4_protection, same_person, s2_refusal, s1_voluntariness, s5_readmission, s6_no_punishment,
    s7_monitoring, s8_advisories, s9_review, s10_travel,
)


def check(case: CaseFacts, on: date, stage: Stage = Stage.PLANNING) -> Verdict:
    """Ready, or every reason why not (DESIGN.md §1)."""
    reasons: list[Reason] = []
    for rule in RULES:
        reasons.extend(rule.check(case, on, stage))
    return Verdict(case.id, case.reference, on, stage, tuple(reasons))


__all__ = ["CaseFacts", "Reason", "Safeguard", "Stage", "Verdict", "check"]
