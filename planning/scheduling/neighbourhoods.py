"""Searching a plan a window of departure days at a time, on several cores, never making it worse.

A component small enough is one window: CP-SAT solves it whole (both phases, `planning.scheduling.cpsat`)
and its bounds are exact. A large one — a dominant country's year — is cut into overlapping windows of
consecutive movements (about `WINDOW_PAIRS` candidate pairs each). A window's neighbourhood is every
household that could take one of its movements — unplaced, booked there, or booked elsewhere (it may stay
there, or move in and free its seat) — and the rest of the plan stays as it is. The neighbourhood is
re-planned exactly (both phases) and kept only when it places more weighted people, or as many for less
waiting and cost: the plan only ever improves, from the start (greedy, the kept bookings, or the LP's
plan rounded) on.

Identical households of a neighbourhood (same size, needs, decision day, candidates and booking) are one
integer variable, how many of them take each movement, so the search does not wander among symmetric plans.
Windows that share no household and no movement are searched at the same time, one per core; a window is
searched again only after a change near it.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from planning.scheduling import cpsat
from planning.scheduling.components import Component
from planning.scheduling.instance import CaseDemand, Instance, MovementSupply
from planning.scheduling.objective import Weights
from planning.scheduling.outcome import ShouldStop
from planning.scheduling.pairs import Flags, Ints, Pairs

#: A component with at most this many candidate pairs is solved whole.
EXACT_PAIRS = 12_000
#: Candidate pairs in a window of a larger component (neighbouring windows overlap by half).
WINDOW_PAIRS = 5_000
#: CP-SAT workers for the last window searched, alone on the machine (a whole component: CP-SAT's portfolio).
ALONE_WORKERS = 8
#: Seconds a single window may take at most, and at least.
WINDOW_SECONDS = (1.0, 6.0)


@dataclass
class Window:
    component: int
    movements: Ints  # movement indexes, by departure day
    pairs: Ints  # candidate pairs on these movements
    cases: Ints  # cases with a candidate pair here (sorted)
    whole: bool  # the window is its whole component
    dirty: bool = True  # to be searched (again)
    searched: int = 0
    proven: cpsat.Lexicographic | None = None  # the last search proved both phases here, with no change since
    last: cpsat.Lexicographic | None = None  # the last search's outcome (a whole component: its exact bounds)
    placement_limit: int | None = None  # a known upper bound on the weighted people it can place (the LP's)


@dataclass
class Search:
    """The plan under search (`assigned`: per case, a movement index or -1) and its windows."""

    pairs: Pairs
    weights: Weights
    gap: float
    assigned: Ints
    windows: list[Window] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    busy_cases: Flags | None = None
    busy_movements: Flags | None = None
    improvements: int = 0
    paused: set[int] = field(default_factory=set)  # components whose windows are not to be claimed
    retries: int = 3  # searches of a window that neither improves nor proves it (1 when re-planning)
    cascade: bool = True  # an improvement opens the windows around it again (not when re-planning)
    near: Flags | None = None  # re-planning: the movements the change touched (only their households move)
    closed: bool = False  # the result is being read: nothing may change the plan any more (a late LP's offer)
    searching: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # windows in flight per component

    def __post_init__(self) -> None:
        self.busy_cases = np.zeros(self.pairs.people.shape[0], np.bool_)
        self.busy_movements = np.zeros(self.pairs.seats.shape[0], np.bool_)

    def add_component(self, number: int, component: Component,
                      touched: tuple[Flags, Flags] | None = None) -> None:
        """Its windows, all to be searched — or, re-planning (`touched`: the movements and households that
        changed), only those holding a change."""
        first = len(self.windows)
        self._windows(number, component)
        if touched is not None:
            movements, _ = touched  # a changed household's movements, before and after, are among them
            for window in self.windows[first:]:
                window.dirty = bool(movements[window.movements].any())

    def _windows(self, number: int, component: Component) -> None:
        pairs = self.pairs
        pair_index = component.pair_index
        if component.pairs <= EXACT_PAIRS:
            self.windows.append(Window(number, component.movements, pair_index, component.cases, whole=True))
            return
        movements = component.movements[np.argsort(pairs.day[component.movements], kind="stable")]
        degree = np.bincount(pairs.movement[pair_index], minlength=pairs.seats.shape[0])[movements]
        chunks = np.split(movements, np.nonzero(np.diff(np.cumsum(degree) // (WINDOW_PAIRS // 2)))[0] + 1)
        chunk_of = np.full(pairs.seats.shape[0], -1, np.int64)
        for at, chunk in enumerate(chunks):
            chunk_of[chunk] = at
        pair_chunk = chunk_of[pairs.movement[pair_index]]
        order = np.argsort(pair_chunk, kind="stable")
        edges = np.searchsorted(pair_chunk[order], np.arange(len(chunks) + 1))
        for at, (first, second) in enumerate(zip(chunks, [*chunks[1:], None], strict=True)):
            taken = first if second is None else np.concatenate([first, second])
            window_pairs = np.sort(pair_index[order[edges[at]:edges[min(at + 2, len(chunks))]]])
            # The window belongs to component `number` (its searches are counted, paused and offered per component)
            self.windows.append(Window(number, taken, window_pairs, np.unique(pairs.case[window_pairs]), whole=False))
            if second is None or second.shape[0] == 0:
                break

    # --- one window -------------------------------------------------------------------------------------

    def claim(self) -> tuple[Window, Neighbourhood] | None:
        """The next dirty window that shares nothing with the ones being searched, marked busy."""
        assert self.busy_cases is not None and self.busy_movements is not None
        with self.lock:
            # Components solved whole first (quick, and their bounds are exact), then the least searched windows,
            # largest first: a dominant country's hundreds of windows must not leave the others unsearched.
            for window in sorted((w for w in self.windows if w.dirty and w.component not in self.paused),
                                 key=lambda w: (w.searched, not w.whole, -len(w.pairs))):
                members = self._members(window)
                if self.busy_cases[members].any() or self.busy_movements[window.movements].any():
                    continue
                self.busy_cases[members] = True
                self.busy_movements[window.movements] = True
                self.searching[window.component] += 1
                window.dirty = False
                break
            else:
                return None
        # Built outside the lock: only this thread changes these households and movements until release.
        neighbourhood = Neighbourhood.build(self.pairs, window, members, self.assigned, self.near)
        neighbourhood.placement_limit = window.placement_limit
        neighbourhood.presolve = window.whole
        return window, neighbourhood

    def release(self, window: Window, neighbourhood: Neighbourhood, found: cpsat.Lexicographic | None) -> bool:
        """Keep what the search found when it is better; free the window. Whether the plan changed."""
        assert self.busy_cases is not None and self.busy_movements is not None
        with self.lock:
            self.busy_cases[neighbourhood.cases] = False
            self.busy_movements[window.movements] = False
            self.searching[window.component] -= 1
            window.searched += 1
            if found is None:
                window.dirty = True
                return False
            better = (found.placement, -found.waiting_and_cost) > (neighbourhood.placement, -neighbourhood.value)
            proven = found.placement_proven and (
                found.waiting_and_cost - found.waiting_and_cost_bound <= self.gap * max(1, found.waiting_and_cost))
            window.proven = found if proven else None
            window.last = found
            # Not proven yet: worth another look later — again and again while it improves (not re-planning).
            if not proven and ((better and self.cascade) or window.searched < self.retries):
                window.dirty = True
            if not better:
                return False
            changed = neighbourhood.apply(self, found)
            self.improvements += 1
            if self.cascade:
                self._touch(window, changed)
            return True

    def offer(self, number: int, cases: Ints, plan: Ints, rank: Callable[[Ints], tuple[int, int]],
              until: float) -> bool:
        """Put a whole plan of component `number` (per case of `cases`, a movement index) in place of the one
        under search if it ranks better, once the windows in flight there are done. Whether it did."""
        with self.lock:
            self.paused.add(number)
        try:
            while True:
                with self.lock:
                    if self.closed:
                        return False
                    if not self.searching[number]:
                        proposed = self.assigned.copy()
                        proposed[cases] = plan
                        if rank(proposed) >= rank(self.assigned):
                            return False
                        self.assigned[cases] = plan
                        for window in self.windows:
                            if window.component == number:
                                window.dirty, window.proven, window.searched = True, None, 0
                        self.improvements += 1
                        return True
                if time.perf_counter() > until:
                    return False
                time.sleep(0.01)
        finally:
            with self.lock:
                self.paused.discard(number)

    def close(self) -> None:
        """No change to the plan from now on: waits for an offer being written to finish."""
        with self.lock:
            self.closed = True

    def _touch(self, window: Window, changed: Ints) -> None:
        """Mark the windows that the change could open something in."""
        moved = np.zeros(self.pairs.people.shape[0], np.bool_)
        moved[changed] = True
        on = set(window.movements.tolist())
        for other in self.windows:
            if other is window or other.component != window.component:
                continue
            if moved[other.cases].any() or on.intersection(other.movements.tolist()):
                other.dirty = True
                other.proven = None

    def _members(self, window: Window) -> Ints:
        """The households the window re-plans: every one with a candidate there (those booked elsewhere may
        stay where they are), and so every one booked there — or, re-planning, only those with a candidate on
        a movement the change touched (the others keep their bookings, and their seats)."""
        if self.near is None:
            return window.cases
        near = self.near[self.pairs.movement[window.pairs]]
        return np.unique(self.pairs.case[window.pairs[near]])

    # --- the whole search ------------------------------------------------------------------------------

    def run(self, deadline: float, workers: int, should_stop: ShouldStop | None,
            on_change: Callable[[], None], window_seconds: tuple[float, float] | None = None) -> None:
        """Search windows on `workers` threads until every window is settled or the deadline passes;
        `window_seconds` (least, most) overrides `WINDOW_SECONDS` (a re-plan wants its answer at once)."""
        least, most = window_seconds or WINDOW_SECONDS
        total = max(1, sum(len(w.pairs) for w in self.windows))

        def worker() -> None:
            while time.perf_counter() < deadline and not (should_stop is not None and should_stop()):
                claimed = self.claim()
                if claimed is None:
                    with self.lock:
                        if not any(w.dirty for w in self.windows) and not self.paused:
                            return
                    time.sleep(0.01)
                    continue
                window, neighbourhood = claimed
                remaining = deadline - time.perf_counter()
                with self.lock:
                    waiting = max(1, sum(len(w.pairs) for w in self.windows if w.dirty)) + len(window.pairs)
                    alone = not any(w.dirty for w in self.windows) and sum(self.searching.values()) == 1
                share = remaining * workers * len(window.pairs) / min(total, waiting)
                seconds = min(remaining, max(least, min(most, share)))
                found = None
                if alone and window_seconds is None:  # the last window: it gets every core (and the time left)
                    seconds = remaining
                if seconds > 0.05:
                    # One CP-SAT worker per search while several run, one per core: a portfolio of eight sharing a
                    # core with another search finds worse plans, and proves less, than one worker with the core
                    # (the `large` benchmark: 11.5 % → 1.6 % proven in the same minute). The last window searched
                    # gets CP-SAT's portfolio on every core.
                    found = neighbourhood.solve(self.weights, seconds, self.gap, should_stop,
                                                (ALONE_WORKERS if window.whole else workers) if alone else 1, deadline)
                if self.release(window, neighbourhood, found):
                    on_change()

        threads = [threading.Thread(target=worker, name=f"plan-search-{n}", daemon=True) for n in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


@dataclass
class Neighbourhood:
    """A window's households as a small instance (identical households as one case with a count)."""

    instance: Instance
    cases: Ints  # the case indexes it re-plans
    members: dict[int, list[int]]  # representative case id → the case indexes it stands for
    counts: dict[int, int]
    hint: cpsat.Counts
    placement: int
    value: int
    placement_limit: int | None = None
    presolve: bool = True

    @classmethod
    def build(cls, pairs: Pairs, window: Window, cases: Ints, assigned: Ints,
              near: Flags | None = None) -> Neighbourhood:
        """`near` (re-planning): households may only stay where they are or take a movement the change touched,
        so a withdrawal fills its seats without a chain of moves through the whole country."""
        instance = pairs.instance
        on = np.zeros(pairs.seats.shape[0], np.bool_)
        on[window.movements] = True
        reachable = on if near is None else on & near
        groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
        options: dict[int, frozenset[int]] = {}
        for index in cases.tolist():
            case = instance.cases[index]
            found = pairs.options(index)
            allowed = frozenset(pairs.movement_ids[found[reachable[found]]].tolist())
            if assigned[index] >= 0 and (near is not None or not on[assigned[index]]):
                allowed |= {int(pairs.movement_ids[assigned[index]])}  # it may stay where it is booked
            options[index] = allowed
            if case.locked:
                groups[("locked", index)].append(index)
            else:
                groups[(case.people, case.vulnerable_people, case.medical_escorts, case.minor_escorts,
                         case.decided_day, case.current, case.confirmed, allowed)].append(index)
        demands: list[CaseDemand] = []
        members: dict[int, list[int]] = {}
        counts: dict[int, int] = {}
        hint: cpsat.Counts = defaultdict(int)
        for group in groups.values():
            first = instance.cases[group[0]]
            demands.append(replace(first, allowed=options[group[0]]))
            members[first.id] = group
            if len(group) > 1:
                counts[first.id] = len(group)
            for index in group:
                if assigned[index] >= 0:
                    hint[first.id, int(pairs.movement_ids[assigned[index]])] += 1
        staying = _staying(pairs, window, cases, on, assigned)
        movements = [_left_for(instance.movements[m], staying.get(m)) for m in window.movements.tolist()]
        movements += _elsewhere(pairs, cases, on, assigned)
        sub = Instance(instance.start, instance.days, tuple(demands), tuple(movements))
        charged = window.movements[[m not in staying for m in window.movements.tolist()]]
        placement, value = _measure(pairs, cases, charged, assigned)
        return cls(sub, cases, members, counts, dict(hint), placement, value)

    def solve(self, weights: Weights, seconds: float, gap: float, should_stop: ShouldStop | None,
              workers: int = 1, until: float | None = None) -> cpsat.Lexicographic:
        return cpsat.solve(self.instance, weights, time_limit=seconds, workers=workers, gap=gap, hint=self.hint,
                           counts=self.counts, placement_limit=self.placement_limit, should_stop=should_stop,
                           presolve=self.presolve, until=until)

    def apply(self, search: Search, found: cpsat.Lexicographic) -> Ints:
        """Write the found plan into `search.assigned`; the case indexes whose movement changed."""
        pairs = search.pairs
        index_of = {int(movement_id): index for index, movement_id in
                    zip(np.arange(pairs.movement_ids.shape[0]).tolist(), pairs.movement_ids.tolist(), strict=True)}
        before = search.assigned[self.cases].copy()
        search.assigned[self.cases] = -1
        by_case: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for (case_id, movement_id), count in found.counts.items():
            by_case[case_id].append((index_of[movement_id], count))
        for case_id, group in self.members.items():
            taken = by_case.get(case_id, [])
            wanted = {movement: count for movement, count in taken}
            # members already on a movement they keep stay there; the others fill the rest
            rest = []
            for index in group:
                movement = int(before[np.searchsorted(self.cases, index)])
                if movement >= 0 and wanted.get(movement, 0) > 0:
                    search.assigned[index] = movement
                    wanted[movement] -= 1
                else:
                    rest.append(index)
            for movement, count in wanted.items():
                for _ in range(count):
                    search.assigned[rest.pop(0)] = movement
        changed: Ints = self.cases[search.assigned[self.cases] != before]
        return changed


def _staying(pairs: Pairs, window: Window, cases: Ints, on: Flags, assigned: Ints) -> dict[int, tuple[int, int, int]]:
    """Per movement of the window, the places households outside the neighbourhood keep on it (re-planning)."""
    member = np.zeros(pairs.people.shape[0], np.bool_)
    member[cases] = True
    held: dict[int, tuple[int, int, int]] = {}
    for index in window.cases[~member[window.cases]].tolist():
        movement = int(assigned[index])
        if movement >= 0 and on[movement]:
            seats, medical, minor = held.get(movement, (0, 0, 0))
            held[movement] = (seats + int(pairs.people[index]), medical + int(pairs.medical[index]),
                              minor + int(pairs.minor[index]))
    return held


def _left_for(movement: MovementSupply, held: tuple[int, int, int] | None) -> MovementSupply:
    """The movement with what households outside the neighbourhood hold taken off (it flies anyway then)."""
    if held is None:
        return movement
    seats, medical, minor = held
    return replace(movement, seats=movement.seats - seats, medical_escort_places=movement.medical_escort_places
                   - medical, minor_escort_places=movement.minor_escort_places - minor, fixed_cost=0)


def _elsewhere(pairs: Pairs, cases: Ints, on: Flags, assigned: Ints) -> list[MovementSupply]:
    """The movements outside the window that households of the neighbourhood are booked on, each with just
    the places those households hold (nobody else can take them here) and no fixed cost (it flies anyway)."""
    held: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for index in cases.tolist():
        movement = int(assigned[index])
        if movement >= 0 and not on[movement]:
            places = held[movement]
            places[0] += int(pairs.people[index])
            places[1] += int(pairs.medical[index])
            places[2] += int(pairs.minor[index])
    return [replace(pairs.instance.movements[m], seats=seats, medical_escort_places=medical,
                    minor_escort_places=minor, fixed_cost=0) for m, (seats, medical, minor) in held.items()]


def _measure(pairs: Pairs, cases: Ints, movements: Ints, assigned: Ints) -> tuple[int, int]:
    """Both phases of the neighbourhood as it stands: weighted people placed, waiting and cost (€)."""
    placed = assigned[cases] >= 0
    value = int(pairs.unplaced[cases].sum())
    for index in cases[placed].tolist():
        start, end = pairs.start[index], pairs.start[index + 1]
        hit = np.nonzero(pairs.movement[start:end] == assigned[index])[0]
        value += int(pairs.value[start + hit[0]])
    flying = np.zeros(pairs.seats.shape[0], np.bool_)
    flying[assigned[cases][placed]] = True
    value += int(pairs.fixed[movements][flying[movements]].sum())
    return int(pairs.weight[cases][placed].sum()), value
