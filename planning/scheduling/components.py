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
    found = []
    for label in np.unique(case_label[has]):
        cases = np.nonzero(case_label == label)[0]
        movements = np.nonzero(labels == label)[0]
        found.append(Component(cases, movements, int(np.count_nonzero(pair_label == label))))
    found.sort(key=lambda c: -c.pairs)
    return found
