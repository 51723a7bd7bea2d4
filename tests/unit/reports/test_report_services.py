"""The three reports counted on hand-built records (tests/unit/reports/facts.py tells the story and the
expected figures are counted from it by hand), on SQLCipher and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from monitoring.report import monitoring_report
from planning.errors import ValidationError
from planning.reports.measures import Measure, ReportKind
from planning.reports.reintegration import reintegration_report
from planning.reports.report import request
from planning.reports.returns import returns_report
from planning.statistics import AgeGroup, CountBy, NoVulnerability
from planning.storage.store import Store
from planning.vocabulary import Sex, VulnerabilityKind
from tests.unit.monitoring.helpers import as_of
from tests.unit.reports.facts import AS_OF, END, START, build

M, F = Sex.MALE, Sex.FEMALE
MARCH, APRIL, MAY = date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)
T, W, E, R, G = (Measure.TRAVELLED, Measure.WITHDREW, Measure.INVOLVEMENT_ENDED, Measure.PROTECTION_REFERRED,
                 Measure.PROTECTION_GRANTED)


@pytest.fixture
def store(any_store: Store) -> Store:
    build(any_store)
    return as_of(any_store, AS_OF)


def test_each_person_counts_once_under_their_last_outcome_in_the_period(store: Store) -> None:
    report = returns_report(store, request(ReportKind.RETURNS, START, END, ["month"]))
    table = report.overview
    assert table.rows == (MARCH, APRIL, MAY) and table.columns == (T, W, E, R, G)
    # Nino withdrew in March, decided again and travelled in April: travelled only
    assert [table.cell(MARCH, m).value for m in (T, W, E, R, G)] == [0, 1, 0, 0, 0]  # Davit
    assert [table.cell(APRIL, m).value for m in (T, W, E, R, G)] == [3, 0, 0, 0, 1]  # household A, Ahmad
    assert [table.cell(MAY, m).value for m in (T, W, E, R, G)] == [0, 0, 1, 1, 0]  # Mariam, Zahra
    assert {row: f.value for row, f in table.row_totals.items()} == {MARCH: 1, APRIL: 4, MAY: 2}
    assert {m: f.value for m, f in table.column_totals.items()} == {T: 3, W: 1, E: 1, R: 1, G: 1}
    assert table.total is not None and table.total.value == 7  # Irakli left after the period


def test_returns_by_sex_and_vulnerability_count_on_the_day_of_the_event(store: Store) -> None:
    report = returns_report(store, request("returns", START, END, ["sex", "age_group"]))
    assert {row: f.value for row, f in report.overview.row_totals.items()} == {F: 3, M: 4}
    travelled = next(t for t in report.tables if t.measure is T)
    assert travelled.cell(M, AgeGroup.ADULT).value == 1 and travelled.cell(M, AgeGroup.CHILD).value == 1  # Luka, 11
    assert travelled.cell(F, AgeGroup.ADULT).value == 1
    referred = next(t for t in report.tables if t.measure is R)
    assert referred.cell(F, AgeGroup.ADOLESCENT).value == 1  # Zahra, 15 on the day she raised it
    by_need = returns_report(store, request("returns", START, END, ["vulnerability", "country"]))
    assert by_need.overview.cell(VulnerabilityKind.VICTIM_OF_TRAFFICKING, T).value == 1
    assert by_need.overview.cell(NoVulnerability.NONE, T).value == 2
    by_country = next(t for t in by_need.tables if t.measure is T)
    assert by_country.cell(NoVulnerability.NONE, "GEO").value == 2 and by_country.column_totals["GEO"].value == 3


def test_small_counts_are_suppressed_below_the_smallest_shown(store: Store) -> None:
    report = returns_report(store, request("returns", START, END, ["country"]))
    plain = report.as_dict(smallest=5)
    rows = {row["key"]: row for row in plain["overview"]["rows"]}  # type: ignore[index]
    assert rows["GEO"]["total"] == "<5" and rows["AFG"]["total"] == "<5"  # 4 and 3 people
    assert plain["overview"]["total"] == 7 and plain["suppressed_under"] == 5  # type: ignore[index]
    assert rows["GEO"]["cells"]["protection_granted"] == 0  # nothing to hide in an empty cell
    every = report.as_dict(smallest=1)
    assert {row["key"]: row["total"] for row in every["overview"]["rows"]} == {"AFG": 3, "GEO": 4}  # type: ignore
    assert every["suppressed_under"] is None


def test_follow_ups_of_a_deactivated_monitor_still_count(store: Store) -> None:
    report = monitoring_report(store, request("monitoring", START, END, ["month"]))
    table = report.overview
    due, done, missed, escalated = (Measure.FOLLOW_UPS_DUE, Measure.FOLLOW_UPS_DONE, Measure.FOLLOW_UPS_MISSED,
                                    Measure.FOLLOW_UPS_ESCALATED)
    assert [table.cell(APRIL, m).value for m in (due, done, missed, escalated)] == [1, 1, 0, 0]
    assert [table.cell(MAY, m).value for m in (due, done, missed, escalated)] == [2, 1, 1, 1]
    assert table.cell(MARCH, due).value == 0  # a month with nothing still shows
    assert table.column_totals[due].value == 3  # the one due on 15 June is not counted
    assert table.column_totals[Measure.INCIDENTS_OPENED].value == 1
    assert table.column_totals[Measure.ECONOMIC_SCORE].value == Decimal("4.00")  # (3 + 5) / 2
    assert table.column_totals[Measure.SOCIAL_SCORE].value == Decimal("4.00")
    assert table.cell(MAY, Measure.PSYCHOSOCIAL_SCORE).value is None  # nothing to average
    assert table.row_totals == {}  # follow-ups, incidents and scores do not add up


def test_packages_allocated_and_delivered_with_amounts_against_the_budget(store: Store) -> None:
    report = reintegration_report(store, request("reintegration", START, END, ["month", "sex"]))
    table = report.overview
    assert table.cell(APRIL, Measure.PEOPLE_ALLOCATED).value == 2  # Luka's was cancelled
    assert table.cell(APRIL, Measure.HOUSEHOLDS_ALLOCATED).value == 1
    assert table.cell(APRIL, Measure.AMOUNT_ALLOCATED).value == Decimal("2900.00")
    assert table.cell(MAY, Measure.PEOPLE_DELIVERED).value == 1
    assert table.cell(MAY, Measure.AMOUNT_DELIVERED).value == Decimal("1800.00")
    amounts = next(t for t in report.tables if t.measure is Measure.AMOUNT_ALLOCATED)
    assert amounts.cell(APRIL, F).value == Decimal("1100.00") and amounts.cell(APRIL, M).value == Decimal("1800.00")
    households = next(t for t in report.tables if t.measure is Measure.HOUSEHOLDS_ALLOCATED)
    assert households.cell(APRIL, F).value == 1 and households.cell(APRIL, M).value == 1
    assert households.row_totals[APRIL].value == 1  # one household, under each of its two members' sexes
    (line,) = report.budgets
    assert (line.budget, line.delivered_in_period, line.committed, line.remaining) == (
        Decimal("12000.00"), Decimal("1800.00"), Decimal("1100.00"), Decimal("9100.00"))
    assert report.currency == "EUR"


@pytest.mark.parametrize(("kind", "by", "field", "key"), [
    ("returns", ["religion"], "dimension", "report.unknown_dimension"),
    ("monitoring", ["sex"], "dimension", "report.dimension_not_available"),
    ("returns", ["sex", "sex"], "dimension", "report.dimension_count"),
    ("returns", ["sex", "month", "country"], "dimension", "report.dimension_count"),
    ("budget", ["sex"], "report", "report.unknown_kind"),
])
def test_a_bad_request_is_refused_naming_the_field(kind: str, by: list[str], field: str, key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        request(kind, START, END, by)
    assert raised.value.field == field and raised.value.key == key


def test_a_reversed_or_too_long_period_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        request("returns", END, START, ["month"])
    assert raised.value.field == "period_end"
    with pytest.raises(ValidationError) as raised:
        request("returns", date(2010, 1, 1), END, ["month"])
    assert raised.value.key == "report.period_too_long"
    assert CountBy.MONTH in request("returns", START, END, ["month"]).by
