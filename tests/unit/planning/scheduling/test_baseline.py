"""Never worse than the baseline: per country, the plan places at least the (weighted) people greedy places,
and at equal placement waits and costs no more — even when the solver alone would lose (issue 18)."""

from __future__ import annotations

import numpy as np
import pytest

from planning.scheduling import greedy, neighbourhoods, validator
from planning.scheduling.components import split
from planning.scheduling.instance import Instance
from planning.scheduling.neighbourhoods import Search
from planning.scheduling.objective import Weights, evaluate, placement_weight
from planning.scheduling.pairs import Pairs
from planning.scheduling.solver import plan
from planning.scheduling.stress import Stress, generate


def per_country(data: Instance, assignments: dict[int, int]) -> dict[str, tuple[int, int]]:
    """(unplaced weighted people, waiting + cost) per country: lower is better, in this order."""
    found = {}
    for country in data.countries():
        part = data.for_country(country)
        terms = evaluate(part, {c.id: assignments[c.id] for c in part.cases if c.id in assignments})
        found[country] = (terms.unplaced_weighted_people, terms.waiting_penalty + terms.cost)
    return found


def test_one_dominant_country_is_never_planned_worse_than_greedy() -> None:
    # CP-SAT alone, cold, on 1,000 households of one country, returns fewer people placed than greedy
    data = generate(Stress("dominant", 1500, 3), 1)
    result = plan(data, time_limit=6, workers=2)
    assert validator.check(data, result.assignments) == []
    mine, baseline = per_country(data, result.assignments), per_country(data, greedy.plan(data))
    assert all(mine[country] <= baseline[country] for country in baseline), (mine, baseline)


def test_a_late_offer_cannot_tear_the_plan_being_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The LP thread may outlive the search; an offer it makes while the result is read is refused, and a plan
    left broken by any search is replaced by the baseline there: never a plan that breaks a rule."""
    data = generate(Stress("dominant", 1500, 3), 1)
    original = Search.run

    def broken_search(self: Search, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        crowded = int(np.bincount(self.assigned[self.assigned >= 0]).argmax())
        for case in range(self.assigned.shape[0]):  # all who could take it on one movement: far over its seats
            if crowded in self.pairs.options(case):
                self.assigned[case] = crowded

    monkeypatch.setattr(Search, "run", broken_search)
    result = plan(data, time_limit=3, workers=2)
    assert validator.check(data, result.assignments) == []
    mine, baseline = per_country(data, result.assignments), per_country(data, greedy.plan(data))
    assert all(mine[country] <= baseline[country] for country in baseline)


def test_a_closed_search_refuses_an_offer() -> None:
    data = generate(Stress("dominant", 1500, 3), 1)
    pairs = Pairs.build(data, Weights(placement=placement_weight(data, Weights())))
    search = Search(pairs, Weights(), 0.01, greedy.plan_on(pairs))
    before = search.assigned.copy()
    search.close()
    cases = np.arange(before.shape[0])
    assert not search.offer(0, cases, np.full(cases.shape[0], -1), lambda plan: (0, 0), until=0.0)
    assert (search.assigned == before).all()


def test_every_window_of_a_large_component_belongs_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows are paused, counted and offered per component: a window that named its chunk instead let the LP's
    plan be written over a window under search, which then overfilled movements (issue 18's hard-5k)."""
    monkeypatch.setattr(neighbourhoods, "EXACT_PAIRS", 100)
    monkeypatch.setattr(neighbourhoods, "WINDOW_PAIRS", 200)
    data = generate(Stress("dominant", 1500, 3), 1)
    pairs = Pairs.build(data, Weights(placement=placement_weight(data, Weights())))
    search = Search(pairs, Weights(), 0.01, greedy.plan_on(pairs))
    components = [c for c in split(pairs) if c.pairs > 100]
    for number, component in enumerate(components, start=7):
        search.add_component(number, component)
    assert len(search.windows) > 2 * len(components)
    assert sorted({w.component for w in search.windows}) == list(range(7, 7 + len(components)))
    search.paused.add(7)
    claimed = search.claim()
    assert claimed is None or claimed[0].component != 7  # a paused component's windows wait
