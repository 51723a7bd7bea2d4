"""Returns for donors: people who travelled, by month, country, sex, age group and vulnerability, with totals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planning.errors import ValidationError
from planning.statistics import (
    AgeGroup,
    CountBy,
    NoVulnerability,
    age_group,
    returnees,
    shown,
    tabulate,
)
from planning.storage.store import Store
from planning.vocabulary import Sex, VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family


def test_age_groups_on_the_day_of_departure() -> None:
    on = date(2026, 6, 1)
    assert age_group(date(2021, 6, 2), on) is AgeGroup.UNDER_5
    assert age_group(date(2021, 6, 1), on) is AgeGroup.CHILD
    assert age_group(date(2008, 6, 2), on) is AgeGroup.ADOLESCENT
    assert age_group(date(1966, 6, 1), on) is AgeGroup.OLDER


def test_a_family_that_returned_is_counted_every_way(store: Store) -> None:
    arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)  # Giorgi, Nino (trafficked), Luka
    people = returnees(store, TODAY - timedelta(days=30), TODAY)
    assert len(people) == 3 and {p.departed_on for p in people} == {TODAY}
    by_sex = tabulate(people, CountBy.SEX, CountBy.AGE_GROUP)
    assert by_sex.rows == (Sex.FEMALE, Sex.MALE) and by_sex.columns == (AgeGroup.CHILD, AgeGroup.ADULT)
    assert by_sex.cell(Sex.MALE, AgeGroup.CHILD) == 1 and by_sex.cell(Sex.MALE, AgeGroup.ADULT) == 1
    assert by_sex.row_totals == {Sex.MALE: 2, Sex.FEMALE: 1} and by_sex.total == 3
    by_need = tabulate(people, CountBy.VULNERABILITY)
    assert by_need.row_totals == {VulnerabilityKind.VICTIM_OF_TRAFFICKING: 1, NoVulnerability.NONE: 2}
    by_month = tabulate(people, CountBy.MONTH, CountBy.COUNTRY)
    assert by_month.rows == (TODAY.replace(day=1),) and by_month.columns == ("GEO",)
    assert returnees(store, TODAY + timedelta(days=1), TODAY + timedelta(days=30)) == []


def test_small_counts_are_suppressed_for_sharing_and_a_reversed_period_is_refused(store: Store) -> None:
    assert (shown(3, True), shown(3, False), shown(0, True), shown(5, True)) == ("<5", "3", "0", "5")
    with pytest.raises(ValidationError) as raised:
        returnees(store, TODAY, TODAY - timedelta(days=1))
    assert raised.value.field == "period_end"


@pytest.mark.parametrize("across", [None, "religion"])
def test_an_unknown_way_to_count_is_refused_naming_it(across: str | None) -> None:
    down: object = "religion" if across is None else CountBy.SEX
    with pytest.raises(ValidationError) as raised:
        tabulate([], down, across)  # type: ignore[arg-type]
    assert raised.value.field == "dimension" and raised.value.value == "religion"
    assert raised.value.message.startswith("dimension: 'religion' is not a way to count returns")
