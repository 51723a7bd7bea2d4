"""The allocation's input: frozen, validated data about households, needs, packages, partners and budgets.

No database and no calendar: months are integers counted from `Instance.start` (the first day of month
0). A household's `arrival_month` is the month its movement arrives (planned or recorded), possibly
negative when it arrived before the horizon. Money is in whole euros. Allocations already delivered are
not here: their needs are met, and what they used is already taken off the budgets, the households'
ceilings and the partners' capacity.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from planning.errors import ValidationError

KINDS = ("business_start_up", "vocational_training", "education", "housing", "medical", "psychosocial")
TRAINING = "vocational_training"
ADULT_AGE = 18


def month_start(start: date, month: int) -> date:
    """The first day of month `month` counted from `start` (month 0)."""
    index = start.year * 12 + start.month - 1 + month
    return date(index // 12, index % 12 + 1, 1)


def month_index(start: date, day: date) -> int:
    """The month of `day`, counted from `start` (negative before it)."""
    return (day.year - start.year) * 12 + day.month - start.month


@dataclass(frozen=True)
class Package:
    """One package of the catalogue, as the allocation sees it (one country of return)."""

    id: int
    kind: str
    partner: int
    country: str
    in_kind: int  # € per package
    cash: int  # € paid in cash on delivery
    regions: frozenset[str] = frozenset()  # served regions; empty: the whole country
    min_age: int = 0
    max_age: int | None = None
    head_only: bool = False  # only for the head of household (a business start-up, housing)
    vulnerabilities: frozenset[str] = frozenset()  # empty: anyone; otherwise the person needs one of these
    skill: str | None = None  # the trade taught (vocational training)
    lead_min: int = 0  # delivery no earlier than this many months after the arrival month
    lead_max: int = 3  # and no later than this
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or f"package {self.id}"

    def serves(self, country: str, region: str) -> bool:
        return self.country == country and (not self.regions or region in self.regions)

    def validate(self) -> None:
        if self.kind not in KINDS:
            raise ValidationError(f"{self.name}.kind", "reintegration.unknown_kind", self.kind)
        for name in ("in_kind", "cash", "min_age", "lead_min"):
            if getattr(self, name) < 0:
                raise ValidationError(f"{self.name}.{name}", "allocation_input.negative", getattr(self, name))
        if self.in_kind + self.cash == 0:
            raise ValidationError(f"{self.name}.cost", "allocation_input.free_package", 0)
        if self.max_age is not None and self.max_age < self.min_age:
            raise ValidationError(f"{self.name}.max_age", "reintegration.max_age_below_min", self.max_age,
                                  min_age=self.min_age)
        if self.lead_max < self.lead_min:
            raise ValidationError(f"{self.name}.lead_max", "allocation_input.lead_max_before_min", self.lead_max,
                                  lead_min=self.lead_min)
        if (self.kind == TRAINING) != (self.skill is not None):
            raise ValidationError(f"{self.name}.skill", "allocation_input.skill_of_training",
                                  self.skill)


@dataclass(frozen=True)
class Person:
    id: int
    age: int  # at arrival
    head: bool = False
    vulnerabilities: frozenset[str] = frozenset()

    @property
    def adult(self) -> bool:
        return self.age >= ADULT_AGE

    @property
    def vulnerable(self) -> bool:
        return bool(self.vulnerabilities)


@dataclass(frozen=True)
class Need:
    """A need found in the assessment: one per person and kind of package."""

    id: int
    person: int
    kind: str
    priority: int = 2  # 1 urgent, 2 important, 3 useful
    skill: str | None = None  # the trade wished for (vocational training); None: any trade


@dataclass(frozen=True)
class Household:
    id: int
    country: str
    region: str
    arrival_month: int
    people: tuple[Person, ...]
    needs: tuple[Need, ...]
    budget: int | None  # the funding line paying for it; None: no budget covers its arrival
    spent_in_kind: int = 0  # already delivered to it, counted against its ceilings
    spent_cash: int = 0
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or f"household {self.id}"

    @property
    def adults(self) -> int:
        return sum(1 for p in self.people if p.adult)

    @property
    def dependants(self) -> int:
        return len(self.people) - self.adults


@dataclass(frozen=True)
class Budget:
    """A funding line for a period: what is left of it, and its ceilings per adult and per dependant."""

    id: int
    in_kind: int  # € left
    cash: int
    in_kind_per_adult: int = 2_000
    in_kind_per_dependant: int = 1_000
    cash_per_adult: int = 300
    cash_per_dependant: int = 100
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or f"budget {self.id}"

    def ceilings(self, household: Household) -> tuple[int, int]:
        """(in kind, cash) the household may receive in all, before what it was already given."""
        return (household.adults * self.in_kind_per_adult + household.dependants * self.in_kind_per_dependant,
                household.adults * self.cash_per_adult + household.dependants * self.cash_per_dependant)


@dataclass(frozen=True)
class Capacity:
    """How many packages a partner can still deliver in a region in one month."""

    partner: int
    region: str
    month: int
    places: int


@dataclass(frozen=True)
class Demand:
    """How much a skill is in demand in a region of return: 0 (none) to 100 (scarce, sought after)."""

    country: str
    region: str
    skill: str
    index: int


@dataclass(frozen=True)
class Option:
    """A way to meet a need: this package, delivered in this month."""

    need: int
    package: int
    month: int


@dataclass(frozen=True)
class Instance:
    start: date  # the first day of month 0
    months: int  # horizon: deliveries in months 0 .. months-1
    households: tuple[Household, ...]
    packages: tuple[Package, ...]
    budgets: tuple[Budget, ...]
    capacities: tuple[Capacity, ...]
    demand: tuple[Demand, ...] = ()
    partners: dict[int, str] = field(default_factory=dict)  # names, for explanations
    #: The accepted allocation being re-planned: options now held (kept where possible).
    current: frozenset[Option] = frozenset()

    def validated(self) -> Instance:
        """Check every record and cross-reference; raise `ValidationError` naming the bad one."""
        if self.start.day != 1:
            raise ValidationError("start", "allocation_input.not_first_day", self.start)
        if self.months < 1:
            raise ValidationError("months", "allocation_input.no_month", self.months)
        for what, ids in (("households", [h.id for h in self.households]), ("packages", [p.id for p in self.packages]),
                          ("budgets", [b.id for b in self.budgets]),
                          ("needs", [n.id for h in self.households for n in h.needs]),
                          ("people", [p.id for h in self.households for p in h.people])):
            if len(ids) != len(set(ids)):
                raise ValidationError(what, "allocation_input.duplicate_ids")
        for package in self.packages:
            package.validate()
        budgets = {b.id for b in self.budgets}
        for budget in self.budgets:
            for name in ("in_kind", "cash", "in_kind_per_adult", "in_kind_per_dependant", "cash_per_adult",
                         "cash_per_dependant"):
                if getattr(budget, name) < 0:
                    raise ValidationError(f"{budget.name}.{name}", "allocation_input.negative",
                                          getattr(budget, name))
        for household in self.households:
            if not household.people:
                raise ValidationError(f"{household.name}.people", "allocation_input.empty_household")
            if household.budget is not None and household.budget not in budgets:
                raise ValidationError(f"{household.name}.budget", "allocation_input.unknown_budget", household.budget)
            members = {p.id for p in household.people}
            kinds: set[tuple[int, str]] = set()
            for need in household.needs:
                if need.person not in members:
                    raise ValidationError(f"{household.name}.need {need.id}", "allocation_input.other_household",
                                          need.person)
                if need.kind not in KINDS:
                    raise ValidationError(f"{household.name}.need {need.id}.kind", "allocation_input.unknown_kind",
                                          need.kind)
                if not 1 <= need.priority <= 3:
                    raise ValidationError(f"{household.name}.need {need.id}.priority", "allocation_input.priority",
                                          need.priority)
                if (need.person, need.kind) in kinds:
                    raise ValidationError(f"{household.name}.need {need.id}", "allocation_input.need_twice",
                                          need.kind)
                kinds.add((need.person, need.kind))
        for capacity in self.capacities:
            if capacity.places < 0:
                raise ValidationError(f"capacity of partner {capacity.partner}", "allocation_input.negative",
                                      capacity.places)
        for demand in self.demand:
            if not 0 <= demand.index <= 100:
                raise ValidationError(f"demand index {demand.region}/{demand.skill}", "allocation_input.demand_index",
                                      demand.index)
        return self

    # -- lookups shared by the model, the baseline and the explanations (not by the validator) --

    def month_start(self, month: int) -> date:
        return month_start(self.start, month)

    def households_needs(self) -> Iterator[tuple[Household, Need]]:
        for household in self.households:
            for need in household.needs:
                yield household, need

    def demand_index(self, country: str, region: str, skill: str) -> int:
        return self._demand.get((country, region, skill), 0)

    @property
    def _demand(self) -> dict[tuple[str, str, str], int]:
        cached: dict[tuple[str, str, str], int] | None = self.__dict__.get("_demand_cache")
        if cached is None:
            cached = {(d.country, d.region, d.skill): d.index for d in self.demand}
            object.__setattr__(self, "_demand_cache", cached)
        return cached

    def owners(self) -> dict[int, tuple[Household, Person, Need]]:
        """Need id → (its household, its person, the need)."""
        cached: dict[int, tuple[Household, Person, Need]] | None = self.__dict__.get("_owners_cache")
        if cached is None:
            cached = {}
            for household in self.households:
                people = {p.id: p for p in household.people}
                for need in household.needs:
                    cached[need.id] = (household, people[need.person], need)
            object.__setattr__(self, "_owners_cache", cached)
        return cached

    def package(self, package_id: int) -> Package:
        return self.packages_by_id()[package_id]

    def packages_by_id(self) -> dict[int, Package]:
        cached: dict[int, Package] | None = self.__dict__.get("_packages_cache")
        if cached is None:
            cached = {p.id: p for p in self.packages}
            object.__setattr__(self, "_packages_cache", cached)
        return cached

    def places(self) -> dict[tuple[int, str, int], int]:
        """(partner, region, month) → places; a month without a row has none."""
        return {(c.partner, c.region, c.month): c.places for c in self.capacities}

    def subset(self, household_ids: set[int]) -> Instance:
        """The same data for some households only (an independent part of the problem)."""
        households = tuple(h for h in self.households if h.id in household_ids)
        needs = {n.id for h in households for n in h.needs}
        return Instance(self.start, self.months, households, self.packages, self.budgets, self.capacities,
                        self.demand, self.partners, frozenset(o for o in self.current if o.need in needs))
