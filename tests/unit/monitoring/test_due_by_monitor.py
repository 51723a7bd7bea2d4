"""Follow-ups due today and overdue, counted per monitor for Home."""

from __future__ import annotations

from datetime import timedelta

from monitoring import due
from planning.storage.store import Store
from tests.unit.monitoring.helpers import arrived_family, follow_ups


def test_due_today_and_overdue_per_monitor(store: Store) -> None:
    _, plan = arrived_family(store)
    dates = sorted(f.due_on for f in follow_ups(store, plan.plan_id) if f.status.value == "due")
    first, second = dates[0], dates[1]
    assert due.by_monitor(store, on=first - timedelta(days=1)) == []
    (load,) = due.by_monitor(store, on=first)
    assert (load.due_today, load.overdue, load.oldest_due_on) == (1, 0, None)
    (load,) = due.by_monitor(store, on=second)
    assert (load.due_today, load.overdue, load.oldest_due_on) == (1, 1, first)
    rows = due.due(store, on=second, within_days=0)
    assert len(rows) == load.due_today + load.overdue and {r.monitor for r in rows} == {load.monitor}
