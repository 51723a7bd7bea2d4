"""Independent parts of a plan: households and movements that can never compete for a seat, apart.

Two households are in the same component when they share a candidate movement, directly or through
others; a component's plan changes nothing in another's (a movement serves one country, so countries are
always apart, and a country's gaps in supply or readiness split it further). Households with no candidate
at all are in no component: they stay unplaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planning.scheduling.pairs import Ints, Pairs


@dataclass(frozen=True)
class Component:
    cases: Ints  # case indexes, ascending
    movements: Ints  # movement indexes, ascending
    pairs: int  # candidate pairs in it
    pair_index: Ints  # their indexes in `Pairs`, grouped by case

    @property
    def size(self) -> int:
        return self.pairs


def split(pairs: Pairs) -> list[Component]:
    """The connected components of the candidate pairs, largest first."""
    if pairs.size == 0:
        return []
    labels = np.arange(pairs.seats.shape[0], dtype=np.int64)
    has = np.diff(pairs.start) > 0
    starts = pairs.start[:-1][has]
    while True:
        lowest = np.minimum.reduceat(labels[pairs.movement], starts)
        per_pair = np.repeat(lowest, np.diff(pairs.start)[has])
        updated = labels.copy()
        np.minimum.at(updated, pairs.movement, per_pair)
        while True:  # pointer jumping: every label points at its root
            jumped = updated[updated]
            if np.array_equal(jumped, updated):
                break
            updated = jumped
        if np.array_equal(updated, labels):
            break
        labels = updated
    case_label = np.full(pairs.people.shape[0], -1, np.int64)
    case_label[has] = labels[pairs.movement[starts]]
    pair_label = labels[pairs.movement]
    by_pair = np.argsort(pair_label, kind="stable")  # stable: grouped by case within a component still
    pair_edges = np.searchsorted(pair_label[by_pair], np.unique(case_label[has]))
    by_case = np.argsort(case_label, kind="stable")
    by_movement = np.argsort(labels, kind="stable")
    found = []
    for number, label in enumerate(np.unique(case_label[has]).tolist()):
        low, high = np.searchsorted(case_label[by_case], [label, label + 1])
        cases = np.sort(by_case[low:high])
        low, high = np.searchsorted(labels[by_movement], [label, label + 1])
        movements = np.sort(by_movement[low:high])
        first = pair_edges[number]
        last = pair_edges[number + 1] if number + 1 < pair_edges.shape[0] else by_pair.shape[0]
        found.append(Component(cases, movements, int(last - first), by_pair[first:last]))
    found.sort(key=lambda c: -c.pairs)
    return found
