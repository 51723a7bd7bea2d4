"""Proven bounds for a component, from its linear relaxation: how many (weighted) people any plan can place,
and how little waiting and cost any plan placing at least P of them can have.

The LP is solved (GLOP) on each household's cheapest candidates only, a few rounds adding the ones whose
reduced cost says they matter; its dual prices then give a **Lagrangian bound over every pair** — valid
whatever the prices, so the restriction can weaken the bound but never make it wrong:

- placement ≤ Σ_m (λ_m·seats + μ_m·medical + ν_m·minor) + Σ_c max(0, max_m w_c − λ_m p_c − μ_m e_c − ν_m n_c)
- waiting and cost ≥ constant + Σ_c min(0, min_m v_cm + λ_m p_c + μ_m e_c + ν_m n_c − η w_c) − Σ_m (λ_m seats +
  μ_m medical + ν_m minor) + Σ_charters min(0, fixed − λ_m seats) + η·P, for every P: a line in the people
  placed, so one LP solve bounds the second phase at whatever placement the search reaches.

Charters are relaxed as Σ p·x ≤ seats·used; a locked booking counts as placed where it is.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
from ortools.linear_solver import linear_solver_pb2, pywraplp

from planning.scheduling import memory
from planning.scheduling.components import Component
from planning.scheduling.pairs import Flags, Ints, Pairs

#: Each household's cheapest candidates in the first LP; more are added where their reduced cost asks.
FIRST_COLUMNS = 8
ROUNDS = 2
#: A component with more candidate pairs has its LP solved block by block (of about this many pairs). Solved
#: whole, a dominant country's LP rounds into a far better plan: block by block, a household counts in every
#: block it could travel in, and the plans rounded from them collide (hard-20k's dominant country, 1.45 million
#: pairs: 24,000 weighted people placed within 1.3 % of the LP, against 22,260 within 2 %).
BLOCK_PAIRS = 2_000_000
#: LP solves for the first phase's bound of a component solved whole, the ones after `ROUNDS` once its plan is
#: rounded (hard-20k, its dominant country solved whole: the plan might place up to 52,155 weighted people after
#: two, 33,810 after three — the third is within 1 % of the LP's optimum).
WHOLE_ROUNDS = 3
#: Where between the start's placement and the first phase's bound the second phase's LP is first solved.
TARGET_SHARE = 0.9

Floats = np.typing.NDArray[np.float64]


@dataclass(frozen=True)
class Prices:
    """Dual prices per movement (by id) of one phase's LP; any non-negative prices give a valid bound."""

    movement_ids: Ints
    seat: Floats
    medical: Floats
    minor: Floats
    placement: float  # η, the second phase only
    value: float = 0.0  # the restricted LP's optimum (feasible with its columns)

    def on(self, movement_ids: Ints) -> Prices:
        """The same prices for another list of movements (0 for movements they do not know)."""
        order = np.argsort(self.movement_ids)
        position = np.searchsorted(self.movement_ids[order], movement_ids)
        clipped = np.minimum(position, max(0, order.shape[0] - 1))
        known = (position < order.shape[0]) & (self.movement_ids[order][clipped] == movement_ids) if order.size \
            else np.zeros(movement_ids.shape[0], np.bool_)
        index = order[clipped] if order.size else clipped

        def take(values: Floats) -> Floats:
            return np.where(known, values[index], 0.0) if order.size else np.zeros(movement_ids.shape[0])

        return Prices(movement_ids, take(self.seat), take(self.medical), take(self.minor), self.placement, self.value)


@dataclass(frozen=True)
class Bound:
    placement: int  # no plan of the component places more weighted people
    #: The second phase is bounded by constant + slope·P for plans placing at least P, for each line (the
    #: LP's value is convex in P: the lines are its tangents at a few placements, their maximum bounds it).
    lines: tuple[tuple[float, float], ...]
    seconds: float
    placement_prices: Prices | None = field(default=None, repr=False)
    waiting_prices: tuple[Prices, ...] = field(default=(), repr=False)
    #: the LP's plan at the highest placement solved, fractional (`planning.scheduling.rounding` rounds it)
    guide: Guide | None = field(default=None, repr=False)

    def waiting_and_cost(self, placed: int) -> int:
        value = max(constant + slope * placed for constant, slope in self.lines)
        return math.floor(value - 1e-9 * abs(value) - 1e-6)


@dataclass
class _Lp:
    """The component's arrays, restricted to its own cases, pairs and movements."""

    pairs: Pairs
    cases: Ints  # global case indexes
    movements: Ints  # global movement indexes
    pair_index: Ints  # global pair indexes, grouped by case
    local_case: Ints  # per pair: position in `cases`
    local_movement: Ints  # per pair: position in `movements`
    group_start: Ints  # per local case (with at least one pair)
    constant: int  # the second phase with nobody placed

    @classmethod
    def of(cls, pairs: Pairs, component: Component) -> _Lp:
        pair_index = np.sort(component.pair_index)
        local_of_case = np.full(pairs.people.shape[0], -1, np.int64)
        local_of_case[component.cases] = np.arange(component.cases.shape[0])
        local_of_movement = np.full(pairs.seats.shape[0], -1, np.int64)
        local_of_movement[component.movements] = np.arange(component.movements.shape[0])
        local_case = local_of_case[pairs.case[pair_index]]
        group_start = np.searchsorted(local_case, np.arange(component.cases.shape[0]))
        constant = int(pairs.unplaced[component.cases].sum())
        return cls(pairs, component.cases, component.movements, pair_index, local_case,
                   local_of_movement[pairs.movement[pair_index]], group_start, constant)

    def pick(self, scores: Floats, per_case: int) -> Flags:
        """Per case, its `per_case` lowest-scoring pairs."""
        order = np.lexsort((scores, self.local_case))
        rank = np.arange(order.shape[0]) - self.group_start[self.local_case[order]]
        chosen = np.zeros(order.shape[0], np.bool_)
        chosen[order[rank < per_case]] = True
        return chosen


def compute(pairs: Pairs, component: Component, assigned: Ints, *, time_limit: float,
            on_guide: Callable[[Guide], None] | None = None) -> Bound:
    """Both bounds of `component`, whose plan so far is `assigned` (per case, a movement index or -1).

    Up to `BLOCK_PAIRS` candidate pairs the LP is solved whole. A larger component (a dominant country's
    year) is cut into blocks of consecutive departure days, each block's LP solved on its own; their prices,
    put together, price every movement of the component, and the Lagrangian over all its pairs is a proven
    bound again (at a few values of η, the blocks' own).
    """
    if component.pairs <= BLOCK_PAIRS:
        placed = int(pairs.weight[component.cases][assigned[component.cases] >= 0].sum())
        return _compute(pairs, component, placed, time_limit=time_limit, on_guide=on_guide)
    started = time.perf_counter()
    found = []
    blocks = _blocks(pairs, component)
    for number, block in enumerate(blocks):
        remaining = time_limit - (time.perf_counter() - started)
        if remaining <= 0.1:
            break
        on = np.zeros(pairs.seats.shape[0], np.bool_)
        on[block.movements] = True
        placed = int(pairs.weight[block.cases][(assigned[block.cases] >= 0)
                                               & on[np.maximum(assigned[block.cases], 0)]].sum())
        found.append(_compute(pairs, block, placed, time_limit=remaining / (len(blocks) - number), rounds=1,
                              second_line=False))
    lp = _Lp.of(pairs, component)
    value = pairs.value[lp.pair_index].astype(np.float64)
    forced = _forced(pairs, lp)
    movement_ids = pairs.movement_ids[lp.movements]
    upper = float(pairs.weight[lp.cases].sum())
    lines = [_trivial(lp, value, forced)]
    one = _joined([b.placement_prices for b in found if b.placement_prices is not None], 0.0)
    waiting: list[Prices] = []
    if one is not None and len(found) == len(blocks):
        upper = min(upper, _placement_bound(lp, one.on(movement_ids), forced))
    two = [p for b in found for p in b.waiting_prices[:1]]
    for eta in sorted({p.placement for p in two}):
        joined = _joined(two, eta)
        if joined is not None:
            constant, slope, _ = _waiting_line(lp, joined.on(movement_ids), value, forced)
            lines.append((constant, slope))
            waiting.append(joined)
    guides = [b.guide for b in found if b.guide is not None]
    guide = Guide(np.concatenate([g.pairs for g in guides]), np.concatenate([g.fractions for g in guides])) \
        if guides else None
    if guide is not None and on_guide is not None:
        on_guide(guide)
    return Bound(_floor(upper), tuple(lines), time.perf_counter() - started, one, tuple(waiting), guide)


def _blocks(pairs: Pairs, component: Component) -> list[Component]:
    """The component cut by departure day into blocks of about `BLOCK_PAIRS` candidate pairs."""
    movements = component.movements[np.argsort(pairs.day[component.movements], kind="stable")]
    degree = np.bincount(pairs.movement[component.pair_index], minlength=pairs.seats.shape[0])[movements]
    chunks = np.split(movements, np.nonzero(np.diff(np.cumsum(degree) // BLOCK_PAIRS))[0] + 1)
    chunk_of = np.full(pairs.seats.shape[0], -1, np.int64)
    for number, chunk in enumerate(chunks):
        chunk_of[chunk] = number
    pair_chunk = chunk_of[pairs.movement[component.pair_index]]
    order = np.argsort(pair_chunk, kind="stable")
    edges = np.searchsorted(pair_chunk[order], np.arange(len(chunks) + 1))
    blocks = []
    for number, chunk in enumerate(chunks):
        pair_index = np.sort(component.pair_index[order[edges[number]:edges[number + 1]]])
        if pair_index.size:
            blocks.append(Component(np.unique(pairs.case[pair_index]), np.sort(chunk), int(pair_index.size),
                                    pair_index))
    return blocks


def _joined(prices: list[Prices], placement: float) -> Prices | None:
    """The blocks' prices as one (each movement is in one block), with η = `placement`."""
    if not prices:
        return None
    return Prices(np.concatenate([p.movement_ids for p in prices]), np.concatenate([p.seat for p in prices]),
                  np.concatenate([p.medical for p in prices]), np.concatenate([p.minor for p in prices]), placement)


def _compute(pairs: Pairs, component: Component, placed: int, *, time_limit: float, rounds: int = ROUNDS,
             second_line: bool = True, on_guide: Callable[[Guide], None] | None = None) -> Bound:
    """Both bounds of a component solved whole. The second phase's LP is solved `TARGET_SHARE` of the way
    from `placed` (what the start reaches) to the first phase's bound — about where the search ends — and,
    time permitting, at `placed`; each solve gives a line, and the first one the guide to round. Once the
    guide is out, a first phase still short of its columns gets up to `WHOLE_ROUNDS` solves in all."""
    started = time.perf_counter()
    lp = _Lp.of(pairs, component)
    value = pairs.value[lp.pair_index].astype(np.float64)
    forced = _forced(pairs, lp)
    chosen = lp.pick(value, FIRST_COLUMNS) | forced
    upper, best_one, settled = _first_phase(lp, chosen, forced, started + time_limit / 3, rounds)
    if not math.isfinite(upper):
        upper = float(pairs.weight[lp.cases].sum())
    lines = [_trivial(lp, value, forced)]
    waiting_prices: list[Prices] = []
    guides: list[Guide] = []
    chosen |= lp.pick(value, FIRST_COLUMNS)  # phase one's columns keep high placements feasible
    reachable = best_one.value if best_one is not None else upper  # with the columns chosen so far
    targets = (int(placed + max(0.0, min(upper, reachable) - placed) * TARGET_SHARE), placed)
    for target in dict.fromkeys(targets if second_line else targets[:1]):
        best = -math.inf
        for _ in range(rounds):
            remaining = time_limit - (time.perf_counter() - started)
            if remaining <= 0.05:
                break
            first = not waiting_prices
            prices = _solve(lp, chosen, forced, phase=2, placed=target, time_limit=remaining,
                            guide=guides if first else None)
            if prices is None:
                break
            constant, slope, reduced = _waiting_line(lp, prices, value, forced)
            if constant + slope * target > best:
                best = constant + slope * target
                line = (constant, slope), prices
            wanted = ~chosen & (reduced < -1e-6)
            if not wanted.any():
                break
            chosen |= wanted & lp.pick(reduced, FIRST_COLUMNS)
        if math.isfinite(best):
            lines.append(line[0])
            waiting_prices.append(line[1])
        if target != targets[0]:
            continue
        if guides and on_guide is not None and waiting_prices:
            on_guide(guides[-1])  # the plan can be rounded now; what follows only sharpens the bounds
        if not settled and rounds < WHOLE_ROUNDS:
            found, prices, settled = _first_phase(lp, chosen, forced, started + time_limit, WHOLE_ROUNDS - rounds)
            if found < upper:
                upper, best_one = found, prices
    return Bound(_floor(upper), tuple(lines), time.perf_counter() - started, best_one, tuple(waiting_prices),
                 guides[-1] if guides else None)


def _first_phase(lp: _Lp, chosen: Flags, forced: Flags, until: float,
                 rounds: int) -> tuple[float, Prices | None, bool]:
    """The first phase's bound (inf if no LP was solved) and its prices, adding to `chosen` the columns whose
    reduced profit asks for them, for up to `rounds` LP solves or until `until` (`time.perf_counter()`); and
    whether the last solve asked for no more columns (its bound is the LP's optimum)."""
    pairs = lp.pairs
    upper = math.inf
    best: Prices | None = None
    settled = False
    for _ in range(rounds):
        prices = _solve(lp, chosen, forced, phase=1, placed=0, time_limit=max(0.1, until - time.perf_counter()))
        if prices is None:
            break
        found = _placement_bound(lp, prices, forced)
        if found < upper:
            upper, best = found, prices
        profit = pairs.weight[lp.cases][lp.local_case] - _price(lp, prices)
        wanted = ~chosen & (profit > 1e-6)
        # no column asks to come in, or the bound already meets what these columns reach: the LP's optimum
        settled = not wanted.any() or found <= prices.value + 1e-6 * max(1.0, abs(found))
        if settled or time.perf_counter() > until:
            break
        chosen |= wanted & lp.pick(-profit, FIRST_COLUMNS)
    return upper, best, settled


def placement_whole(pairs: Pairs, component: Component, previous: Bound, *, time_limit: float) -> Bound:
    """`previous` (a component bounded block by block) with the first phase's bound of the component solved
    whole, when tighter: block prices put together count a household in every block it could travel in, which
    bounds a dominant country's year by nearly all its people. Up to `WHOLE_ROUNDS` LP solves."""
    started = time.perf_counter()
    lp = _Lp.of(pairs, component)
    forced = _forced(pairs, lp)
    chosen = lp.pick(pairs.value[lp.pair_index].astype(np.float64), FIRST_COLUMNS) | forced
    upper, prices, _ = _first_phase(lp, chosen, forced, started + time_limit, WHOLE_ROUNDS)
    seconds = previous.seconds + time.perf_counter() - started
    if prices is None or _floor(upper) >= previous.placement:
        return replace(previous, seconds=seconds)
    return replace(previous, placement=_floor(upper), placement_prices=prices, seconds=seconds)


def closing(pairs: Pairs, component: Component, assigned: Ints, *, time_limit: float) -> Bound:
    """Both bounds of a component its search has ended: the first phase's LP, then the second phase's at the
    placement `assigned` reaches."""
    started = time.perf_counter()
    lp = _Lp.of(pairs, component)
    value = pairs.value[lp.pair_index].astype(np.float64)
    forced = _forced(pairs, lp)
    chosen = lp.pick(value, FIRST_COLUMNS) | forced
    upper = float(pairs.weight[lp.cases].sum())
    prices = _solve(lp, chosen, forced, phase=1, placed=0, time_limit=time_limit / 3)
    if prices is not None:
        upper = min(upper, _placement_bound(lp, prices, forced))
    first = Bound(_floor(upper), (_trivial(lp, value, forced),), time.perf_counter() - started, prices)
    return at(pairs, component, assigned, first, time_limit=time_limit - (time.perf_counter() - started))


def at(pairs: Pairs, component: Component, assigned: Ints, previous: Bound, *, time_limit: float) -> Bound:
    """`previous` with one more line: the second phase's LP solved at the placement `assigned` reaches (the
    search's end), from the columns of that plan and the cheapest ones, so it is feasible."""
    started = time.perf_counter()
    lp = _Lp.of(pairs, component)
    value = pairs.value[lp.pair_index].astype(np.float64)
    forced = _forced(pairs, lp)
    cases = lp.cases
    placed = int(pairs.weight[cases][assigned[cases] >= 0].sum())
    chosen = lp.pick(value, FIRST_COLUMNS) | forced
    chosen |= pairs.movement[lp.pair_index] == assigned[pairs.case[lp.pair_index]]  # the plan's own pairs
    best: tuple[tuple[float, float], Prices] | None = None
    for _ in range(ROUNDS):
        remaining = time_limit - (time.perf_counter() - started)
        if remaining <= 0.05:
            break
        prices = _solve(lp, chosen, forced, phase=2, placed=placed, time_limit=remaining)
        if prices is None:
            break
        constant, slope, reduced = _waiting_line(lp, prices, value, forced)
        if best is None or constant + slope * placed > best[0][0] + best[0][1] * placed:
            best = (constant, slope), prices
        wanted = ~chosen & (reduced < -1e-6)
        if not wanted.any():
            break
        chosen |= wanted & lp.pick(reduced, FIRST_COLUMNS)
    if best is None:
        return previous
    return replace(previous, lines=(*previous.lines, best[0]), waiting_prices=(*previous.waiting_prices, best[1]),
                   seconds=previous.seconds + time.perf_counter() - started)


def reevaluate(pairs: Pairs, component: Component, previous: Bound) -> Bound:
    """The bounds of a changed component at the prices of an earlier LP (a re-plan): no LP solve."""
    started = time.perf_counter()
    lp = _Lp.of(pairs, component)
    value = pairs.value[lp.pair_index].astype(np.float64)
    forced = _forced(pairs, lp)
    movement_ids = pairs.movement_ids[lp.movements]
    upper = float(pairs.weight[lp.cases].sum())
    if previous.placement_prices is not None:
        upper = min(upper, _placement_bound(lp, previous.placement_prices.on(movement_ids), forced))
    lines = [_trivial(lp, value, forced)]
    for prices in previous.waiting_prices:
        constant, slope, _ = _waiting_line(lp, prices.on(movement_ids), value, forced)
        lines.append((constant, slope))
    return Bound(_floor(upper), tuple(lines), time.perf_counter() - started, previous.placement_prices,
                 previous.waiting_prices)


def _trivial(lp: _Lp, value: Floats, forced: Flags) -> tuple[float, float]:
    """The line every household on its best movement as if alone gives (no prices at all)."""
    return float(lp.constant + _per_case(lp, value, forced, best="min").sum()), 0.0


def _floor(upper: float) -> int:
    return math.floor(upper + 1e-9 * abs(upper) + 1e-6)


def _forced(pairs: Pairs, lp: _Lp) -> Flags:
    """Per pair of the component, whether it is a locked booking (placed whatever the plan)."""
    locked = pairs.locked[lp.cases]
    locked = locked[locked >= 0]
    forced = np.zeros(lp.pair_index.shape[0], np.bool_)
    if locked.size:
        position = np.minimum(np.searchsorted(lp.pair_index, locked), lp.pair_index.shape[0] - 1)
        here = lp.pair_index[position] == locked  # a block may not hold a locked case's pair
        forced[position[here]] = True
    return forced


def _price(lp: _Lp, prices: Prices) -> Floats:
    """Per pair, what its household's seats and escort places cost at the given prices."""
    pairs = lp.pairs
    cases = lp.cases[lp.local_case]
    return (prices.seat[lp.local_movement] * pairs.people[cases] + prices.medical[lp.local_movement]
            * pairs.medical[cases] + prices.minor[lp.local_movement] * pairs.minor[cases])


def _capacity(lp: _Lp, prices: Prices, *, charters: bool) -> float:
    pairs = lp.pairs
    seats = pairs.seats[lp.movements].astype(np.float64)
    escorts = float((prices.medical * pairs.medical_places[lp.movements]).sum()
                    + (prices.minor * pairs.minor_places[lp.movements]).sum())
    if not charters:
        return float((prices.seat * seats).sum()) + escorts
    fixed = pairs.fixed[lp.movements].astype(np.float64)
    flying = np.where(fixed > 0, np.minimum(0.0, fixed - prices.seat * seats), -prices.seat * seats)
    return float(flying.sum()) - escorts


def _per_case(lp: _Lp, scores: Floats, forced: Flags, *, best: str) -> Floats:
    """Per case with candidates, its best score (min or max), or its forced pair's when it is locked."""
    has = np.diff(np.append(lp.group_start, lp.local_case.shape[0])) > 0
    starts = lp.group_start[has]
    reduce = np.minimum if best == "min" else np.maximum
    result = reduce.reduceat(scores, starts)
    result = np.minimum(result, 0.0) if best == "min" else np.maximum(result, 0.0)
    if forced.any():
        local = lp.local_case[forced]
        order = np.searchsorted(np.nonzero(has)[0], local)
        result[order] = scores[forced]
    return result


def _placement_bound(lp: _Lp, prices: Prices, forced: Flags) -> float:
    profit = lp.pairs.weight[lp.cases][lp.local_case] - _price(lp, prices)
    return _capacity(lp, prices, charters=False) + float(_per_case(lp, profit, forced, best="max").sum())


def _waiting_line(lp: _Lp, prices: Prices, value: Floats, forced: Flags) -> tuple[float, float, Floats]:
    """The second phase's Lagrangian bound as constant + slope·P, and each pair's reduced cost."""
    weight = lp.pairs.weight[lp.cases][lp.local_case]
    reduced = value + _price(lp, prices) - prices.placement * weight
    constant = lp.constant + float(_per_case(lp, reduced, forced, best="min").sum()) + _capacity(lp, prices,
                                                                                                   charters=True)
    return constant, prices.placement, reduced


@dataclass(frozen=True)
class Guide:
    """An LP solution of the second phase: per pair (global index) its fraction, to round into a plan."""

    pairs: Ints
    fractions: Floats


def _solve(lp: _Lp, chosen: Flags, forced: Flags, *, phase: int, placed: int, time_limit: float,
           guide: list[Guide] | None = None) -> Prices | None:
    """The restricted LP of one phase; its dual prices (clamped to be non-negative), or None if unsolved.
    With `guide`, the primal solution is appended to it.

    Built as a proto from the arrays (a row's terms in one call), solved by GLOP.
    """
    pairs = lp.pairs
    columns = np.nonzero(chosen)[0]
    cases = lp.local_case[columns]
    movements = lp.local_movement[columns]
    people, medical, minor, weight = (pairs.people[lp.cases][cases], pairs.medical[lp.cases][cases],
                                      pairs.minor[lp.cases][cases], pairs.weight[lp.cases][cases])
    request = linear_solver_pb2.MPModelRequest(
        solver_type=linear_solver_pb2.MPModelRequest.GLOP_LINEAR_PROGRAMMING,
        solver_time_limit_seconds=max(0.05, time_limit),
        # the second phase re-solves from the first's columns: the dual simplex is two to five times faster there
        solver_specific_parameters="" if phase == 1 else "use_dual_simplex: true")
    model = request.model
    model.maximize = phase == 1
    gains = weight if phase == 1 else pairs.value[lp.pair_index[columns]]
    low = forced[columns].astype(np.float64)
    for lower, gain in zip(low.tolist(), gains.tolist(), strict=True):
        model.variable.add(lower_bound=lower, upper_bound=1.0, objective_coefficient=gain)
    fixed = pairs.fixed[lp.movements]
    charters = np.nonzero(fixed > 0)[0] if phase == 2 else np.zeros(0, np.int64)
    used = {}
    for local in charters.tolist():
        used[local] = len(model.variable)
        model.variable.add(lower_bound=0.0, upper_bound=1.0, objective_coefficient=float(fixed[local]))

    def rows(group: Ints, coefficients: Ints, count: int, bounds: list[float],
             extra: dict[int, tuple[int, float]] | None = None) -> list[int]:
        """One ≤ row per group value, over the columns with a non-zero coefficient; their row numbers."""
        keep = coefficients != 0
        order = np.argsort(group[keep], kind="stable")
        members, values = np.nonzero(keep)[0][order], coefficients[keep][order]
        edges = np.searchsorted(group[keep][order], np.arange(count + 1))
        numbers = []
        for index in range(count):
            numbers.append(len(model.constraint))
            row = model.constraint.add(upper_bound=bounds[index])
            row.var_index.extend(members[edges[index]:edges[index + 1]].tolist())
            row.coefficient.extend(values[edges[index]:edges[index + 1]].astype(np.float64).tolist())
            if extra and index in extra:
                row.var_index.append(extra[index][0])
                row.coefficient.append(extra[index][1])
        return numbers

    count = lp.movements.shape[0]
    seats = pairs.seats[lp.movements].astype(np.float64)
    seat_bounds = [0.0 if local in used else float(seats[local]) for local in range(count)]
    seat_rows = rows(movements, people, count, seat_bounds,
                     {local: (column, -float(seats[local])) for local, column in used.items()})
    medical_rows = rows(movements, medical, count, pairs.medical_places[lp.movements].astype(np.float64).tolist())
    minor_rows = rows(movements, minor, count, pairs.minor_places[lp.movements].astype(np.float64).tolist())
    rows(cases, np.ones(columns.shape[0], np.int64), lp.cases.shape[0], [1.0] * lp.cases.shape[0])
    placement_row = None
    if phase == 2:
        placement_row = len(model.constraint)
        row = model.constraint.add(lower_bound=float(placed), upper_bound=math.inf)
        row.var_index.extend(range(columns.shape[0]))
        row.coefficient.extend(weight.astype(np.float64).tolist())
    response = linear_solver_pb2.MPSolutionResponse()
    pywraplp.Solver.SolveWithProto(request, response)
    memory.release()  # GLOP's working memory: a dominant country's LP would otherwise add it to every later peak
    if response.status not in (linear_solver_pb2.MPSOLVER_OPTIMAL, linear_solver_pb2.MPSOLVER_FEASIBLE):
        return None
    dual = np.asarray(response.dual_value, np.float64)
    if dual.shape[0] != len(model.constraint):
        return None
    if guide is not None:
        primal = np.asarray(response.variable_value, np.float64)[:columns.shape[0]]
        guide.append(Guide(lp.pair_index[columns], primal))

    def prices(numbers: list[int]) -> Floats:
        found = dual[numbers] if numbers else np.zeros(count)
        return np.maximum(0.0, found if phase == 1 else -found)

    return Prices(pairs.movement_ids[lp.movements], prices(seat_rows), prices(medical_rows), prices(minor_rows),
                  max(0.0, float(dual[placement_row])) if placement_row is not None else 0.0,
                  float(response.objective_value))
