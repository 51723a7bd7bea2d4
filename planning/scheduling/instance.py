"""The planner's input: frozen, validated data about cases and movements — no database, no dates to parse.

Days are integers counted from `Instance.start` (day 0), so the model never handles calendars.
Readiness has already been evaluated: `CaseDemand.allowed` lists the movements on whose departure
date the case passes every safeguard (`planning.readiness`), and only ready cases are here at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planning.errors import ValidationError
from planning.messages import Message


@dataclass(frozen=True)
class MovementSupply:
    """One way home with its places for returnees."""

    id: int
    country: str
    day: int  # departure, days after Instance.start
    seats: int
    cost_per_seat: int  # whole currency units (EUR)
    fixed_cost: int = 0  # a charter: paid once if anyone flies on it
    medical_escort_places: int = 0
    minor_escort_places: int = 0
    label: str = ""

    def validate(self) -> None:
        for name in ("seats", "cost_per_seat", "fixed_cost", "medical_escort_places", "minor_escort_places"):
            if getattr(self, name) < 0:
                raise ValidationError(f"movement {self.label or self.id}.{name}", "plan_input.negative",
                                      getattr(self, name))
        if self.day < 0:
            raise ValidationError(f"movement {self.label or self.id}.day", "plan_input.departs_before_horizon",
                                  self.day)


@dataclass(frozen=True)
class CaseDemand:
    """One household that must travel whole on one movement, or not at all."""

    id: int
    country: str
    people: int
    vulnerable_people: int = 0
    medical_escorts: int = 0  # escort places the household needs
    minor_escorts: int = 0
    decided_day: int = 0  # the day of the household's decision (negative: before the horizon)
    allowed: frozenset[int] = field(default_factory=frozenset)  # movement ids readiness allows
    current: int | None = None  # the movement it is booked on now (re-planning)
    locked: bool = False  # the current booking must stay
    confirmed: bool = False  # the current booking is confirmed (moving it costs more than a proposed one)
    #: Why the current booking stays where it is although nobody locked it (a travel letter issued, departure
    #: close): such a case is `locked` too, until the coordinator frees it.
    protected: Message | None = None
    label: str = ""
    #: Why readiness allows no movement at all, when `allowed` is empty (for the explanation).
    not_ready_reason: Message | None = None

    def validate(self) -> None:
        name = self.label or str(self.id)
        if self.people < 1:
            raise ValidationError(f"case {name}.people", "plan_input.empty_household", self.people)
        if not 0 <= self.vulnerable_people <= self.people:
            raise ValidationError(f"case {name}.vulnerable_people", "plan_input.vulnerable_out_of_range",
                                  self.vulnerable_people)
        if self.medical_escorts < 0 or self.minor_escorts < 0:
            raise ValidationError(f"case {name}.escorts", "plan_input.negative")
        if self.locked and self.current is None:
            raise ValidationError(f"case {name}.locked", "plan_input.locked_without_movement")


@dataclass(frozen=True)
class Instance:
    start: date
    days: int  # horizon length
    cases: tuple[CaseDemand, ...]
    movements: tuple[MovementSupply, ...]

    def validated(self) -> Instance:
        """Check every record and cross-reference; raise `ValidationError` naming the bad one."""
        ids = [m.id for m in self.movements]
        if len(ids) != len(set(ids)):
            raise ValidationError("movements", "plan_input.duplicate_movements")
        if len({c.id for c in self.cases}) != len(self.cases):
            raise ValidationError("cases", "plan_input.duplicate_cases")
        by_id = {m.id: m for m in self.movements}
        for movement in self.movements:
            movement.validate()
            if movement.day >= self.days:
                raise ValidationError(f"movement {movement.label or movement.id}.day",
                                      "plan_input.departs_after_horizon", movement.day)
        for case in self.cases:
            case.validate()
            for movement_id in case.allowed | ({case.current} if case.current is not None else set()):
                found = by_id.get(movement_id)
                if found is None:
                    raise ValidationError(f"case {case.label or case.id}.allowed", "plan_input.unknown_movement",
                                          movement_id)
                if found.country != case.country:
                    raise ValidationError(f"case {case.label or case.id}.allowed",
                                          "plan_input.other_country", movement_id,
                                          movement=found.label or str(found.id))
            if case.locked and case.current not in case.allowed:
                raise ValidationError(f"case {case.label or case.id}.locked",
                                      "plan_input.locked_not_allowed", case.current)
        return self

    def movement(self, movement_id: int) -> MovementSupply:
        return next(m for m in self.movements if m.id == movement_id)

    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({c.country for c in self.cases} | {m.country for m in self.movements}))

    def for_country(self, country: str) -> Instance:
        """The independent sub-problem of one country of return."""
        return Instance(self.start, self.days, tuple(c for c in self.cases if c.country == country),
                        tuple(m for m in self.movements if m.country == country))
