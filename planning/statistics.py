"""The dimensions reports for donors count by — month, country, sex, age group, vulnerability (as AVRR reporting
disaggregates them) — and the order their keys are listed in (the reports themselves: `planning/reports/`)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from planning.vocabulary import Sex, VulnerabilityKind


class CountBy(StrEnum):
    MONTH = "month"
    COUNTRY = "country"
    SEX = "sex"
    AGE_GROUP = "age_group"
    VULNERABILITY = "vulnerability"


class AgeGroup(StrEnum):
    """Age on the day of the event counted (a departure, a withdrawal, a package handed over)."""

    UNDER_5 = "0-4"
    CHILD = "5-11"
    ADOLESCENT = "12-17"
    YOUNG_ADULT = "18-24"
    ADULT = "25-59"
    OLDER = "60+"


class NoVulnerability(StrEnum):
    """The vulnerability column's value for a person with none recorded on the day of the event."""

    NONE = "none"


Key = date | str | Sex | AgeGroup | VulnerabilityKind | NoVulnerability


def age_group(born: date, on: date) -> AgeGroup:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for limit, group in ((5, AgeGroup.UNDER_5), (12, AgeGroup.CHILD), (18, AgeGroup.ADOLESCENT),
                         (25, AgeGroup.YOUNG_ADULT), (60, AgeGroup.ADULT)):
        if age < limit:
            return group
    return AgeGroup.OLDER


def order(key: Key) -> tuple[int, str]:
    """Months in time order, vocabulary in its declared order (none last), countries by code."""
    if isinstance(key, date):
        return (0, key.isoformat())
    if isinstance(key, NoVulnerability):
        return (2, "")
    if isinstance(key, StrEnum):
        return (1, f"{list(type(key)).index(key):03d}")
    return (1, key)
