"""The dimensions reports count by: age groups on the day of the event, and the order keys are listed in."""

from __future__ import annotations

from datetime import date

from planning.statistics import AgeGroup, NoVulnerability, age_group, order
from planning.vocabulary import Sex, VulnerabilityKind


def test_age_groups_on_the_day_of_the_event() -> None:
    on = date(2026, 6, 1)
    assert age_group(date(2021, 6, 2), on) is AgeGroup.UNDER_5
    assert age_group(date(2021, 6, 1), on) is AgeGroup.CHILD
    assert age_group(date(2008, 6, 2), on) is AgeGroup.ADOLESCENT
    assert age_group(date(2001, 6, 2), on) is AgeGroup.YOUNG_ADULT
    assert age_group(date(1966, 6, 2), on) is AgeGroup.ADULT
    assert age_group(date(1966, 6, 1), on) is AgeGroup.OLDER


def test_months_in_time_order_words_as_declared_none_last_countries_by_code() -> None:
    assert sorted([date(2026, 5, 1), date(2025, 12, 1)], key=order) == [date(2025, 12, 1), date(2026, 5, 1)]
    assert sorted([Sex.OTHER, Sex.FEMALE, Sex.MALE], key=order) == [Sex.FEMALE, Sex.MALE, Sex.OTHER]
    assert sorted([NoVulnerability.NONE, VulnerabilityKind.ELDERLY, VulnerabilityKind.UNACCOMPANIED_MINOR],
                  key=order) == [VulnerabilityKind.UNACCOMPANIED_MINOR, VulnerabilityKind.ELDERLY,
                                 NoVulnerability.NONE]
    assert sorted(["GEO", "AFG"], key=order) == ["AFG", "GEO"]
