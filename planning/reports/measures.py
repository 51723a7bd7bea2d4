"""What a report counts: the three reports, each one's measures, their units and the dimensions that fit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planning.statistics import CountBy


class ReportKind(StrEnum):
    RETURNS = "returns"
    REINTEGRATION = "reintegration"
    MONITORING = "monitoring"


class Unit(StrEnum):
    """What one measure's cells hold: a count of distinct things, a sum of money, or a mean score."""

    PEOPLE = "people"
    HOUSEHOLDS = "households"
    FOLLOW_UPS = "follow_ups"
    INCIDENTS = "incidents"
    #: Euros: a sum (Decimal, two places).
    AMOUNT = "amount"
    #: A mean sustainability score, 1 to 5 (Decimal, two places).
    SCORE = "score"

    @property
    def counts(self) -> bool:
        return self not in (Unit.AMOUNT, Unit.SCORE)


class Measure(StrEnum):
    # returns: each person's outcome in the period (one per person: the last)
    TRAVELLED = "travelled"
    WITHDREW = "withdrew"
    INVOLVEMENT_ENDED = "involvement_ended"
    PROTECTION_REFERRED = "protection_referred"
    PROTECTION_GRANTED = "protection_granted"
    # reintegration
    PEOPLE_ALLOCATED = "people_allocated"
    PEOPLE_DELIVERED = "people_delivered"
    HOUSEHOLDS_ALLOCATED = "households_allocated"
    HOUSEHOLDS_DELIVERED = "households_delivered"
    AMOUNT_ALLOCATED = "amount_allocated"
    AMOUNT_DELIVERED = "amount_delivered"
    # monitoring
    FOLLOW_UPS_DUE = "follow_ups_due"
    FOLLOW_UPS_DONE = "follow_ups_done"
    FOLLOW_UPS_MISSED = "follow_ups_missed"
    FOLLOW_UPS_ESCALATED = "follow_ups_escalated"
    INCIDENTS_OPENED = "incidents_opened"
    ECONOMIC_SCORE = "economic_score"
    SOCIAL_SCORE = "social_score"
    PSYCHOSOCIAL_SCORE = "psychosocial_score"


UNITS: dict[Measure, Unit] = {
    **{m: Unit.PEOPLE for m in (Measure.TRAVELLED, Measure.WITHDREW, Measure.INVOLVEMENT_ENDED,
                                Measure.PROTECTION_REFERRED, Measure.PROTECTION_GRANTED, Measure.PEOPLE_ALLOCATED,
                                Measure.PEOPLE_DELIVERED)},
    Measure.HOUSEHOLDS_ALLOCATED: Unit.HOUSEHOLDS,
    Measure.HOUSEHOLDS_DELIVERED: Unit.HOUSEHOLDS,
    Measure.AMOUNT_ALLOCATED: Unit.AMOUNT,
    Measure.AMOUNT_DELIVERED: Unit.AMOUNT,
    **{m: Unit.FOLLOW_UPS for m in (Measure.FOLLOW_UPS_DUE, Measure.FOLLOW_UPS_DONE, Measure.FOLLOW_UPS_MISSED,
                                    Measure.FOLLOW_UPS_ESCALATED)},
    Measure.INCIDENTS_OPENED: Unit.INCIDENTS,
    **{m: Unit.SCORE for m in (Measure.ECONOMIC_SCORE, Measure.SOCIAL_SCORE, Measure.PSYCHOSOCIAL_SCORE)},
}


@dataclass(frozen=True)
class Spec:
    """One report's measures (in the order shown), those its chart draws, and the dimensions it can be split by."""

    kind: ReportKind
    measures: tuple[Measure, ...]
    charted: tuple[Measure, ...]
    dimensions: tuple[CountBy, ...]
    #: Whether each subject has at most one of the measures (returns: one outcome per person), so a row's
    #: total across the measures means something (the people with any outcome, each once).
    exclusive: bool = False


SPECS: dict[ReportKind, Spec] = {
    ReportKind.RETURNS: Spec(
        ReportKind.RETURNS,
        (Measure.TRAVELLED, Measure.WITHDREW, Measure.INVOLVEMENT_ENDED, Measure.PROTECTION_REFERRED,
         Measure.PROTECTION_GRANTED),
        (Measure.TRAVELLED, Measure.WITHDREW, Measure.INVOLVEMENT_ENDED, Measure.PROTECTION_REFERRED,
         Measure.PROTECTION_GRANTED),
        tuple(CountBy), exclusive=True),
    ReportKind.REINTEGRATION: Spec(
        ReportKind.REINTEGRATION,
        (Measure.PEOPLE_ALLOCATED, Measure.PEOPLE_DELIVERED, Measure.HOUSEHOLDS_ALLOCATED,
         Measure.HOUSEHOLDS_DELIVERED, Measure.AMOUNT_ALLOCATED, Measure.AMOUNT_DELIVERED),
        (Measure.PEOPLE_ALLOCATED, Measure.PEOPLE_DELIVERED),
        tuple(CountBy)),
    ReportKind.MONITORING: Spec(
        ReportKind.MONITORING,
        (Measure.FOLLOW_UPS_DUE, Measure.FOLLOW_UPS_DONE, Measure.FOLLOW_UPS_MISSED, Measure.FOLLOW_UPS_ESCALATED,
         Measure.INCIDENTS_OPENED, Measure.ECONOMIC_SCORE, Measure.SOCIAL_SCORE, Measure.PSYCHOSOCIAL_SCORE),
        (Measure.FOLLOW_UPS_DUE, Measure.FOLLOW_UPS_DONE, Measure.FOLLOW_UPS_MISSED, Measure.FOLLOW_UPS_ESCALATED),
        (CountBy.MONTH, CountBy.COUNTRY)),
}
