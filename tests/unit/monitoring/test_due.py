"""The due list: overdue and due soon, for a monitor, by country and region, most overdue first."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from monitoring.due import due
from monitoring.followups import FollowUpEntry, log_follow_up
from planning.errors import ValidationError
from planning.storage.models.monitoring import ContactMode, FollowUpKind
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import add_monitor, arrived_family, as_of


def test_due_and_overdue_follow_ups_for_a_monitor_by_country_and_region(store: Store) -> None:
    add_monitor(store, "mona")
    _, tbilisi = arrived_family(store)
    add_monitor(store, "bert")
    _, batumi = arrived_family(store, region="Batumi", with_assurances=False)
    _, senegal = arrived_family(store, "SEN", region="Dakar")
    assert [tbilisi.monitor, batumi.monitor] == ["mona", "bert"]

    today = due(store)
    assert [(d.case_id, d.month, d.days_overdue) for d in today] == sorted(
        [(p.case_id, 0, 0) for p in (tbilisi, batumi, senegal)])

    later = as_of(store, TODAY + timedelta(days=40))
    rows = due(later)
    assert [(d.due_on, d.overdue) for d in rows][:3] == [(TODAY, True)] * 3
    assert {d.month for d in rows} == {0, 1}
    assert rows[0].days_overdue == 40 and rows[-1].days_overdue == 10
    assert {d.case_id for d in due(later, monitor="mona")} == {tbilisi.case_id}
    assert {d.case_id for d in due(later, country="GEO")} == {tbilisi.case_id, batumi.case_id}
    assert {d.case_id for d in due(later, country="GEO", region="batumi")} == {batumi.case_id}
    assert due(later, within_days=0, limit=2)[0].as_dict()["overdue"] is True
    assert len(due(later, limit=2)) == 2


def test_a_logged_follow_up_leaves_the_list_and_its_escalation_joins_it(store: Store) -> None:
    _, plan = arrived_family(store)
    [first] = due(store)
    logged = log_follow_up(store, first.follow_up_id, FollowUpEntry(TODAY, ContactMode.PHONE, contact_made=False))
    rows = due(store, within_days=7)
    assert [(r.follow_up_id, r.kind) for r in rows] == [(logged.escalation_id, FollowUpKind.SECOND_ATTEMPT)]
    assert rows[0].case_id == plan.case_id


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"within_days": -1}, "within_days"),
    ({"within_days": 400}, "within_days"),
    ({"limit": 0}, "limit"),
    ({"country": "Atlantis"}, "country"),
    ({"monitor": "x" * 121}, "monitor"),
])
def test_bad_filters_name_the_field(store: Store, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        due(store, **kwargs)
    assert raised.value.field == field
