"""The movement planner's words: its errors, why a household is not placed, what its input left out.

A key names what is wrong (`plan.refused`, `unplaced.no_seat_left`); `{name}` marks where a value goes.
The interface translates the same templates and fills them with the values in its language.
"""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # The planner's input (planning.scheduling.instance): a bad record is a bug in what built it.
    "plan_input.negative": "must not be negative",
    "plan_input.departs_before_horizon": "departs before the horizon",
    "plan_input.departs_after_horizon": "departs after the horizon",
    "plan_input.empty_household": "a household has at least one person",
    "plan_input.vulnerable_out_of_range": "must be between 0 and the household size",
    "plan_input.locked_without_movement": "a locked case needs its current movement",
    "plan_input.duplicate_movements": "duplicate movement ids",
    "plan_input.duplicate_cases": "duplicate case ids",
    "plan_input.unknown_movement": "names an unknown movement",
    "plan_input.other_country": "movement {movement} goes to another country",
    "plan_input.locked_not_allowed": "its locked movement is not one readiness allows",
    "plan_input.end_before_start": "{end} is before the start {start}",
    # Solving and accepting a plan
    "plan.infeasible": "No plan is possible ({rule}): {violation}",
    "plan.case_not_in_instance": "case {case} is not part of the plan's instance",
    "plan.movement_not_in_instance": "movement {movement} is not part of the plan's instance",
    "plan.booking_not_movable": "is {status}; the plan cannot change it",
    "plan.lock_and_unlock": "{case} cannot be locked and unlocked at once",
    "plan.lock_not_placed": "{case} is not placed by the plan; only a booking can be locked",
    "plan.booking_locked": "is locked on its movement; unlock it before re-planning",
    "plan.booking_changed": "The plan was not accepted: the booking of {reference} changed since the plan was "
                            "made; plan again",
    "plan.refused": "The plan was not accepted: {reference}: {cause}",
    "plan.over_capacity": "{movement} would be over capacity with the households the plan puts on it "
                          "({households}): {problem}",
    # What the validator finds wrong with a plan (planning.scheduling.validator)
    "plan_rule.unknown_case": "case {case} is not in the instance",
    "plan_rule.unknown_movement": "case {case} is booked on unknown movement {movement}",
    "plan_rule.not_ready": "case {case} is booked on movement {movement}, which its readiness does not allow",
    "plan_rule.locked_elsewhere": "case {case} is locked on movement {movement} but is not booked there",
    "plan_rule.over_capacity": "movement {movement} has {capacity} but its households need {need}",
    # Why a household is not placed (planning.scheduling.explain)
    "unplaced.movement_cancelled": "its movement {movement} was cancelled; {reason}",
    "unplaced.not_ready": "{reason}",
    "unplaced.not_ready_unexplained": "not ready",
    "unplaced.no_movement_to_country": "no movement to {country} between {start} and {end}",
    "unplaced.no_movement_allowed": "readiness allows no movement in the planning horizon",
    "unplaced.too_large": "household of {people} is larger than the seats on every allowed movement "
                          "({movements}, until {last})",
    "unplaced.no_seat_left": "no seat for {people} left on the {movements} before its window closes on {last}",
    "unplaced.medical_escorts_full": "medical-escort places are full on the {movements} until {last}",
    "unplaced.minor_escorts_full": "minor-escort places are full on the {movements} until {last}",
    "unplaced.search_stopped": "it still fits on {room} of its {movements}: the search stopped before placing it "
                               "(re-run with more time, or book it by hand)",
    # Reasons the generated demo instances give (planning.scheduling.generator)
    "unplaced.assurance_expires": "the readmission assurance expires before any movement in the horizon",
    "unplaced.not_ready_in_horizon": "not ready to travel before the horizon ends",
    # What building the planner's input left out or noticed (planning.scheduling.from_database)
    "plan_input.several_open_bookings": "more than one open booking; resolve by hand",
    "plan_input.keeps_its_seats": "{status}; keeps its seats",
    "plan_input.outside_horizon": "booked on a movement outside the horizon",
    "plan_input.no_members": "no members",
    "plan_input.overbooked": "{movement} is overbooked by {seats} outside this plan",
    "plan_input.lock_released": "{reference}: its locked booking no longer passes readiness; planned unlocked",
    "plan_input.protection_released": "{reference}: its confirmed booking no longer passes readiness; planned as "
                                      "if free",
    # Why a confirmed booking stays where it is (planning.scheduling.from_database)
    "plan_protected.letter_issued": "travel letter issued on {issued}",
    "plan_protected.departs_soon": "departs on {departs}, within {days}",
}

#: The planner's hard rules (`planning.scheduling.rules.RULES`) as an infeasibility names them.
PHRASES: dict[str, str] = {
    "plan_rule.whole_household": "whole household",
    "plan_rule.readiness": "readiness",
    "plan_rule.seats": "seats",
    "plan_rule.medical_escorts": "medical escorts",
    "plan_rule.minor_escorts": "minor escorts",
    "plan_rule.locked_bookings": "locked bookings",
    "plan_rule.charter_used": "charter used",
}

PLURALS: dict[str, tuple[str, str]] = {
    "seat": ("{n} seat", "{n} seats"),
    "medical_escort_place": ("{n} medical-escort place", "{n} medical-escort places"),
    "minor_escort_place": ("{n} minor-escort place", "{n} minor-escort places"),
    "movement": ("{n} movement", "{n} movements"),
    "allowed_movement": ("{n} allowed movement", "{n} allowed movements"),
}

messages.register(__name__, ERRORS, phrases=PHRASES, plurals=PLURALS)

# What a plan proves, in the coordinator's words (planning.scheduling.proof), and why it moves a booking.
PROOF: dict[str, str] = {
    "plan_proof.summary": "{placement}; {cost}",
    "plan_move.cancelled": "{case}: its movement {before} is no longer in the plan; now on {after}",
    "plan_move.cancelled_left_out": "{case}: its movement {before} is no longer in the plan; no other seat",
    "plan_move.not_ready": "{case}: readiness no longer allows {before}; now on {after}",
    "plan_move.not_ready_left_out": "{case}: readiness no longer allows {before}; no other seat",
    "plan_move.earlier": "{case}: from {before} to {after}, which leaves {days} earlier (seats freed)",
    "plan_move.cheaper": "{case}: from {before} to {after}, the same day for less",
    "plan_move.makes_room": "{case}: from {before} to {after}, making room for {households}",
    "plan_move.left_out": "{case}: taken off {before} for {households}, who waited longer or are more vulnerable",
}

PROOF_PHRASES: dict[str, str] = {
    "plan_proof.all_placed": "all people who can travel are placed (proven)",
    "plan_proof.everyone_placed": "everyone is placed",
    "plan_proof.placed_open": "{placed} placed; a better plan might place up to {more} more (a vulnerable person "
                              "counts twice)",
    "plan_proof.cost_optimal": "waiting and cost optimal (proven)",
    "plan_proof.cost_within": "waiting and cost within {percent} % of optimal (proven)",
    "plan_proof.cost_open": "waiting and cost not yet bounded",
    "plan_move.confirmed": "confirmed booking",
}

PROOF_PLURALS: dict[str, tuple[str, str]] = {
    "person": ("{n} person", "{n} people"),
    "day": ("{n} day", "{n} days"),
}

messages.register(__name__, PROOF, phrases=PROOF_PHRASES, plurals=PROOF_PLURALS)
