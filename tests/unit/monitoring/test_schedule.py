"""Follow-up schedules: due dates, the default, configuration per country and profile."""

from __future__ import annotations

from datetime import date

import pytest

from monitoring import schedule
from monitoring.schedule import DEFAULT_MONTHS, Schedules, add_months, due_dates, load_schedules, set_schedule
from planning.errors import ValidationError
from planning.storage.store import Store
from planning.vocabulary import MonitoringLevel, VulnerabilityKind
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import arrived_family, row_counts

TRAFFICKING = VulnerabilityKind.VICTIM_OF_TRAFFICKING


def test_due_dates_are_on_arrival_then_whole_months_later_clamped_to_the_month_end() -> None:
    assert due_dates(date(2026, 1, 31), DEFAULT_MONTHS) == [
        (0, date(2026, 1, 31)), (1, date(2026, 2, 28)), (3, date(2026, 4, 30)), (6, date(2026, 7, 31)),
        (12, date(2027, 1, 31)),
    ]
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_the_most_specific_schedule_applies() -> None:
    found = Schedules({"*|*": (0, 2), "GEO|*": (0, 6), "*|victim_of_trafficking": (0, 1, 2),
                       "GEO|victim_of_trafficking": (0, 1), "GEO|elderly": (0, 4)})
    assert found.months_for("GEO", {"victim_of_trafficking", "elderly"}) == (0, 1, 4)
    assert found.months_for("GEO", set()) == (0, 6)
    assert found.months_for("SEN", {"victim_of_trafficking"}) == (0, 1, 2)
    assert found.months_for("SEN", set()) == (0, 2)
    assert Schedules({}).months_for("SEN", set()) == DEFAULT_MONTHS


def test_configured_schedules_are_stored_and_used_for_new_plans(store: Store) -> None:
    set_schedule(store, [0, 1, 2, 3], country="GEO", profile=TRAFFICKING)
    set_schedule(store, [12, 0, 6, 6], country="GE")
    stored = set_schedule(store, [0, 1, 2, 3, 24], country="GEO", profile=TRAFFICKING)

    assert stored.months == (0, 1, 2, 3, 24)
    with store.reading() as session:
        assert load_schedules(session).by_key == {"GEO|victim_of_trafficking": (0, 1, 2, 3, 24), "GEO|*": (0, 6, 12)}
    _, plain = arrived_family(store)
    _, victim = arrived_family(store, kind=TRAFFICKING, level=MonitoringLevel.ACTIVE)
    assert plain.due == (TODAY, date(2026, 12, 1), date(2027, 6, 1))
    assert victim.due == (TODAY, date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1), date(2028, 6, 1))


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"months": []}, "months"),
    ({"months": [0, 61]}, "months"),
    ({"months": [0, -1]}, "months"),
    ({"months": [0, 1.5]}, "months"),
    ({"months": [0], "country": "Georgiaa"}, "country"),
    ({"months": [0], "profile": "pirate"}, "profile"),
])
def test_bad_schedules_name_the_field_and_write_nothing(store: Store, kwargs: dict[str, object], field: str) -> None:
    before = row_counts(store)
    months = kwargs.pop("months")
    with pytest.raises(ValidationError) as raised:
        schedule.set_schedule(store, months, **kwargs)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert row_counts(store) == before
