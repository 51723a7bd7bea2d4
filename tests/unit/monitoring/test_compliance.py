"""The country compliance report: exact figures on a known history, on both backends; periods; bad input."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from monitoring.compliance import MAX_MONTHS, Figures, IncidentCounts, compliance
from planning import countries
from planning.errors import NotFoundError, ValidationError
from planning.storage.models.monitoring import IncidentKind, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceStatus, MonitoringLevel
from tests.unit.monitoring.compliance_history import PERIOD, SEEN_ON, build
from tests.unit.monitoring.helpers import as_of

JUNE = Figures(due=4, done=3, missed=1, outstanding=0, contact_made=2, incidents=IncidentCounts(1, detention=1))
JULY = Figures(due=3, done=2, missed=0, outstanding=1, contact_made=2,
               incidents=IncidentCounts(1, punishment=1, detention=1))
SEPTEMBER = Figures(due=4, done=0, missed=1, outstanding=3, contact_made=0)


def test_the_figures_of_a_known_history_month_by_month_on_both_backends(any_store: Store) -> None:
    build(any_store)

    report = compliance(as_of(any_store, SEEN_ON), "GEO", *PERIOD)

    assert (report.country_code, report.country_name) == ("GEO", "Georgia")
    assert report.as_of == SEEN_ON and report.counted_to == SEEN_ON
    assert [m.label for m in report.months] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
                                                "2026-12"]
    assert [m.figures for m in report.months] == [JUNE, JULY, Figures(), SEPTEMBER, Figures(), Figures(), Figures()]
    totals = report.totals
    assert totals == Figures(due=11, done=5, missed=2, outstanding=4, contact_made=4,
                             incidents=IncidentCounts(2, punishment=1, detention=2))
    assert totals.logged == 7
    assert totals.done_rate == pytest.approx(5 / 11) and totals.contact_rate == pytest.approx(4 / 7)
    assert report.months[0].figures.done_rate == 0.75 and report.months[0].figures.contact_rate == 0.5
    assert report.months[2].figures.done_rate is None and report.months[2].figures.contact_rate is None
    assert totals.incidents.by_kind() == ((IncidentKind.PUNISHMENT, 1), (IncidentKind.DETENTION, 2),
                                          (IncidentKind.READMISSION_REFUSED, 0))
    assert report.open_incidents == 1
    assert report.decisions == ((ReviewOutcome.RESTORE, 1),)
    plans = report.plans
    assert (plans.total, plans.active, plans.passive, plans.unmonitored, plans.shortfall,
            plans.arrived_in_period) == (3, 1, 2, 0, 0, 3)
    assert [(a.kind, a.status) for a in report.assurances] == [
        (AssuranceKind.READMISSION, AssuranceStatus.UNDER_REVIEW),
        (AssuranceKind.NO_PUNISHMENT, AssuranceStatus.UNDER_REVIEW),
        (AssuranceKind.MONITORING_AUTHORISATION, AssuranceStatus.IN_FORCE)]
    assert report.assurances[2].monitoring_level is MonitoringLevel.ACTIVE
    assert report.assurances[0].reference == "GEO-READ-1" and report.assurances[0].valid_to == date(2027, 6, 1)


def test_another_country_has_its_own_figures_and_its_monitoring_shortfall(any_store: Store) -> None:
    build(any_store)

    report = compliance(as_of(any_store, SEEN_ON), "Armenia", *PERIOD)

    assert report.country_code == "ARM"
    # Arrival, month 1 and month 3 have fallen due by 20 September; none was logged.
    assert report.totals == Figures(due=3, outstanding=3)
    assert report.totals.contact_rate is None and report.totals.done_rate == 0
    assert report.open_incidents == 0 and report.decisions == ()
    assert (report.plans.total, report.plans.passive, report.plans.shortfall) == (1, 1, 1)


def test_the_period_chooses_the_months_and_what_is_counted(store: Store) -> None:
    build(store)
    seen = as_of(store, SEEN_ON)

    july = compliance(seen, "GEO", date(2026, 7, 1), date(2026, 7, 31))
    assert [m.label for m in july.months] == ["2026-07"]
    assert july.totals == JULY
    assert july.decisions == ()
    assert july.plans.total == 3 and july.plans.arrived_in_period == 0

    # A period cut mid-month counts only the days inside it: B's second attempt (06-08) is left out.
    early_june = compliance(seen, "GEO", date(2026, 5, 15), date(2026, 6, 7))
    assert [m.label for m in early_june.months] == ["2026-05", "2026-06"]
    assert early_june.totals == Figures(due=3, done=2, missed=1, contact_made=1,
                                        incidents=IncidentCounts(1, detention=1))

    # Seen on 5 July, later follow-ups have not fallen due yet; the period runs on past today.
    on_july_5 = compliance(as_of(store, date(2026, 7, 5)), "GEO", *PERIOD)
    assert on_july_5.counted_to == date(2026, 7, 5)
    assert on_july_5.totals.due == 7 and on_july_5.totals.outstanding == 1

    before = compliance(seen, "GEO", date(2025, 1, 1), date(2025, 12, 31))
    assert before.totals == Figures() and before.plans.total == 0 and before.open_incidents == 1
    assert len(before.assurances) == 3  # valid from 2025-11-13


def test_open_incidents_are_counted_as_of_the_day_drawn_up(store: Store) -> None:
    build(store)
    # The June detention (reported 06-01) was closed by the review decision of 06-20; the July one (07-04) is open.
    open_on = {day: compliance(as_of(store, day), "GEO", *PERIOD).open_incidents
               for day in (date(2026, 5, 31), date(2026, 6, 10), date(2026, 6, 25), date(2026, 7, 4), SEEN_ON)}
    assert open_on == {date(2026, 5, 31): 0, date(2026, 6, 10): 1, date(2026, 6, 25): 0, date(2026, 7, 4): 1,
                       SEEN_ON: 1}


def test_a_country_with_nothing_gives_zeros(store: Store) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))

    report = compliance(store, "MDA", date(2026, 1, 1), date(2026, 3, 31))

    assert [m.figures for m in report.months] == [Figures()] * 3
    assert report.totals == Figures() and report.totals.done_rate is None and report.totals.contact_rate is None
    assert report.open_incidents == 0 and report.decisions == () and report.assurances == ()
    assert report.plans.total == 0 and report.plans.shortfall == 0
    assert report.as_dict()["totals"] == {
        "due": 0, "done": 0, "missed": 0, "outstanding": 0, "contact_made": 0, "done_rate": None,
        "contact_rate": None, "incidents": 0,
        "incidents_by_kind": {"punishment": 0, "detention": 0, "readmission_refused": 0}}


@pytest.mark.parametrize(("country", "start", "end", "field"), [
    ("GEO", date(2026, 5, 1), date(2026, 4, 30), "period_from"),
    ("GEO", "2026-01-01", date(2026, 4, 30), "period_from"),
    ("GEO", date(2026, 1, 1), datetime(2026, 4, 30, 12), "period_to"),
    ("GEO", date(2010, 1, 1), date(2026, 4, 30), "period_to"),
    ("Georgja", date(2026, 1, 1), date(2026, 4, 30), "country"),
    ("", date(2026, 1, 1), date(2026, 4, 30), "country"),
])
def test_bad_input_names_the_field(store: Store, country: str, start: object, end: object, field: str) -> None:
    countries.save_profile(store, "GEO", countries.ProfileDraft(irregular_exit_punished=False))
    with pytest.raises(ValidationError) as raised:
        compliance(store, country, start, end)  # type: ignore[arg-type]
    assert raised.value.field == field


def test_the_longest_period_is_accepted_and_an_unknown_profile_is_not_found(store: Store) -> None:
    countries.save_profile(store, "GEO", countries.ProfileDraft(irregular_exit_punished=False))
    report = compliance(store, "GEO", date(2017, 1, 1), date(2026, 12, 31))
    assert len(report.months) == MAX_MONTHS
    with pytest.raises(NotFoundError):
        compliance(store, "TUR", date(2026, 1, 1), date(2026, 1, 31))


def test_the_report_as_json_values(store: Store) -> None:
    build(store)
    values = compliance(as_of(store, SEEN_ON), "GEO", *PERIOD).as_dict()
    assert values["country"] == "GEO" and values["period_from"] == "2026-06-01"
    totals = values["totals"]
    assert isinstance(totals, dict) and totals["done_rate"] == round(5 / 11, 4) and totals["incidents"] == 2
    months = values["months"]
    assert isinstance(months, list) and months[1]["incidents_by_kind"] == {
        "punishment": 1, "detention": 1, "readmission_refused": 0}
    assert values["review_decisions"] == {"restore": 1}
