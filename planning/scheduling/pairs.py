"""The planner's candidate pairs as arrays: which household may take which movement, and what it changes.

A national year has around a million (household, movement) pairs; held as numpy arrays they take tens of
megabytes where dictionaries of tuples would take gigabytes, and the bounds, the components and the
neighbourhoods are computed on them in vectorised passes. Pairs are grouped by case (in the instance's
case order) and, within a case, ordered by departure day.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from planning.scheduling.instance import Instance
from planning.scheduling.objective import WAIT_SCALE, Weights, move_penalty, waiting_penalty, weighted_people

Ints = NDArray[np.int64]
Flags = NDArray[np.bool_]


@dataclass(frozen=True)
class Pairs:
    instance: Instance
    # per movement (instance order)
    movement_ids: Ints
    day: Ints
    seats: Ints
    medical_places: Ints
    minor_places: Ints
    fixed: Ints
    # per case (instance order)
    people: Ints
    weight: Ints  # weighted people (phase one)
    medical: Ints
    minor: Ints
    unplaced: Ints  # phase two when left unplaced: waiting to the horizon's end, and any move
    locked: Ints  # the pair index a locked case must keep, else -1
    start: Ints  # pairs of case i are start[i]:start[i + 1]
    # per pair
    case: Ints  # case index
    movement: Ints  # movement index
    value: Ints  # phase two's change when the case takes this movement instead of staying unplaced (€)

    @property
    def size(self) -> int:
        return int(self.case.shape[0])

    @classmethod
    def build(cls, instance: Instance, weights: Weights) -> Pairs:
        movements = instance.movements
        order = np.argsort(np.fromiter((m.id for m in movements), np.int64, len(movements)), kind="stable")
        movement_ids = np.fromiter((m.id for m in movements), np.int64, len(movements))
        sorted_ids = movement_ids[order]

        def column(name: str, source: tuple[object, ...]) -> Ints:
            return np.fromiter((getattr(item, name) for item in source), np.int64, len(source))

        day, seats = column("day", movements), column("seats", movements)
        medical_places = column("medical_escort_places", movements)
        minor_places = column("minor_escort_places", movements)
        fixed, cost = column("fixed_cost", movements), column("cost_per_seat", movements)
        cases = instance.cases
        people, decided = column("people", cases), column("decided_day", cases)
        medical, minor = column("medical_escorts", cases), column("minor_escorts", cases)
        lengths = np.fromiter((len(c.allowed) for c in cases), np.int64, len(cases))
        allowed = np.fromiter(chain.from_iterable(c.allowed for c in cases), np.int64, int(lengths.sum()))
        owner = np.repeat(np.arange(len(cases), dtype=np.int64), lengths)
        position = np.searchsorted(sorted_ids, allowed)
        present = (position < len(sorted_ids)) & (sorted_ids[np.minimum(position, len(sorted_ids) - 1)] == allowed)
        index = order[np.minimum(position, len(sorted_ids) - 1)]
        keep = (present & (seats[index] >= people[owner]) & (medical_places[index] >= medical[owner])
                & (minor_places[index] >= minor[owner]))
        owner, index = owner[keep], index[keep]
        arranged = np.lexsort((movement_ids[index], day[index], owner))
        owner, index = owner[arranged], index[arranged]
        start = np.searchsorted(owner, np.arange(len(cases) + 1))

        per_person = weights.waiting_per_day
        wait = np.maximum(0, day[index] - decided[owner])
        waiting = people[owner] * per_person * (WAIT_SCALE * wait + wait * wait) // WAIT_SCALE
        moves = np.fromiter((move_penalty(c, weights) for c in cases), np.int64, len(cases))
        unplaced = moves + np.fromiter((waiting_penalty(c, instance.days, weights) for c in cases), np.int64,
                                       len(cases))
        current = np.fromiter((c.current if c.current is not None else -1 for c in cases), np.int64, len(cases))
        staying = movement_ids[index] == current[owner]
        value = waiting + people[owner] * cost[index] - unplaced[owner] + np.where(staying, 0, moves[owner])
        locked = np.full(len(cases), -1, np.int64)
        for i, case in enumerate(cases):
            if case.locked:
                hits = np.nonzero(staying[start[i]:start[i + 1]])[0]
                if hits.size:
                    locked[i] = start[i] + hits[0]
        weight = np.fromiter((weighted_people(c) for c in cases), np.int64, len(cases))
        return cls(instance, movement_ids, day, seats, medical_places, minor_places, fixed, people, weight, medical,
                   minor, unplaced, locked, start, owner, index, value)

    def options(self, case_index: int) -> Ints:
        """The movement indexes case `case_index` may take, by departure day."""
        return self.movement[self.start[case_index]:self.start[case_index + 1]]
