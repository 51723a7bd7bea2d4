"""Reintegration's words: its errors, why a need is left unmet, what an allocation breaks, what a demand
import refuses.

A key names what is wrong (`allocation.outdated`, `unmet.no_budget`); `{name}` marks where a value goes.
The interface translates the same templates and fills them with the values in its language (amounts as
`Money`, months as `Month`, kinds of package and vulnerabilities as vocabulary words).
"""

from __future__ import annotations

from typing import Final

from planning import messages

OTHER_TRADE: Final = "eligibility.other_trade"

ERRORS: dict[str, str] = {
    # The catalogue, partners, budgets and needs (planning.reintegration.catalogue, budgets, needs)
    "reintegration.negative_amount": "must be an amount in euros, not negative",
    "reintegration.below_allocated": "is below the {allocated} already allocated",
    "reintegration.not_a_member": "is not a member of this case",
    "reintegration.unknown_kind": "is not a known kind of package",
    "reintegration.priority": "must be 1 (urgent), 2 (important) or 3 (useful)",
    "reintegration.trade_without_training": "only a vocational training need names a trade",
    "reintegration.too_many_skills": "at most {most} skills of up to {length} characters",
    "reintegration.need_twice": "a person has at most one need of each kind",
    "reintegration.assessment_removed": "was removed since it was read",
    "reintegration.not_a_date": "must be a date",
    "reintegration.partner_name_taken": "another partner already has this name",
    "reintegration.no_month": "choose at least one month",
    "reintegration.places": "must be a whole number from 0 to {most}",
    "reintegration.free_package": "a package costs something, in kind or in cash",
    "reintegration.negative_number": "must be a whole number, not negative",
    "reintegration.max_age_below_min": "is below the minimum age {min_age}",
    "reintegration.lead_months": "must be from the earliest month ({earliest}) to {most}",
    "reintegration.unknown_vulnerability": "is not a known vulnerability",
    "reintegration.trade_of_training": "a vocational training names the trade it teaches, other packages none",
    "reintegration.package_code_taken": "another package already has this code",
    # Adjusting, accepting and delivering an allocation (planning.reintegration.allocations)
    "allocation.replacement_for_another_need": "meets another need",
    "allocation.need_not_in_plan": "is not part of this plan",
    "allocation.broken": "The allocation was not accepted: {violations}",
    "allocation.broken_more": "The allocation was not accepted: {violations} (and {more} more)",
    "allocation.outdated": "The allocation was not accepted: arrivals, needs, budgets, capacities or accepted "
                           "allocations changed since it was made; run it again",
    "allocation.not_arrived": "{reference} has not arrived in the country of return; a package is handed over "
                              "after arrival",
    "allocation.involvement_ended": "{reference}: {why}; no package is handed over",
    "allocation.not_deliverable": "is {status}; only an accepted package can be handed over",
    "allocation.no_withdrawal_reason": "say why the package is withdrawn",
    # The allocation's input (planning.reintegration.allocation.instance): a bad record is a bug in what built it.
    "allocation_input.unknown_kind": "is not a known kind",
    "allocation_input.negative": "must not be negative",
    "allocation_input.free_package": "a package costs something (in kind or cash)",
    "allocation_input.lead_max_before_min": "is before the earliest delivery ({lead_min})",
    "allocation_input.skill_of_training": "vocational training, and only it, teaches a skill",
    "allocation_input.not_first_day": "must be the first day of a month",
    "allocation_input.no_month": "the horizon needs at least one month",
    "allocation_input.duplicate_ids": "duplicate ids",
    "allocation_input.empty_household": "a household has at least one person",
    "allocation_input.unknown_budget": "names an unknown budget",
    "allocation_input.other_household": "names a person of another household",
    "allocation_input.priority": "must be 1, 2 or 3",
    "allocation_input.need_twice": "a person has one need per kind",
    "allocation_input.demand_index": "must be from 0 to 100",
    # What building the allocation's input left out (planning.reintegration.allocation.from_database)
    "allocation_input.no_arrival": "no planned or recorded arrival",
    "allocation_input.not_ready": "may not travel on its booking now: {reasons}",
    "allocation_input.no_region": "no region of return recorded",
    "allocation_input.no_members": "no members",
    "allocation_input.needs_met": "every need already met",
    "allocation_input.no_needs": "no needs recorded",
    # What the validator finds wrong with an allocation (planning.reintegration.allocation.validator)
    "allocation_rule.broken": "{rule}: {problem}",
    "allocation_rule.unknown": "need {need} or package {package} is not in the instance",
    "allocation_rule.ineligible": "{package} for {household}, person {person} {problem}",
    "allocation_rule.late": "{package} for {household}, person {person} delivered in {month}, outside "
                            "{earliest}–{latest}, the months its lead time allows",
    "allocation_rule.no_budget": "{household}, person {person}: no budget pays for {package}",
    "allocation_rule.one_per_kind": "person {person} receives {count} {kind} packages",
    "allocation_rule.over_capacity": "{partner} delivers {packages} in {region} in {month} but can deliver {places}",
    "allocation_rule.above_ceiling_in_kind": "{household} receives {amount} in kind, above its ceiling of {ceiling}",
    "allocation_rule.above_ceiling_cash": "{household} receives {amount} in cash, above its ceiling of {ceiling}",
    "allocation_rule.over_budget_in_kind": "{budget} pays {amount} in kind but has {left} left",
    "allocation_rule.over_budget_cash": "{budget} pays {amount} in cash but has {left} left",
    # Why a package cannot meet a need (planning.reintegration.allocation.options)
    "eligibility.other_kind": "another kind of package",
    "eligibility.not_offered": "not offered in {region}",
    "eligibility.ages": "for ages {min_age}–{max_age} (the person is {age})",
    "eligibility.ages_from": "for ages {min_age}+ (the person is {age})",
    "eligibility.head_only": "only for the head of household",
    "eligibility.vulnerable_only": "for {vulnerability} only",
    "eligibility.vulnerable_any": "only for someone with one of: {vulnerabilities}",
    OTHER_TRADE: "teaches {taught}, not {wished}",
    # Why a need is left unmet (planning.reintegration.allocation.explain)
    "unmet.no_budget": "no budget covers its arrival in {month}",
    "unmet.search_stopped": "a {kind} package still fits: the search stopped before allocating it "
                            "(run again with more time, or adjust by hand)",
    "unmet.ceiling": "the household's ceiling has {left} in kind left, the cheapest eligible {kind} package costs "
                     "{cheapest}",
    "unmet.budget": "{budget} has {in_kind} in kind and {cash} in cash left",
    "unmet.no_place": "{partners}: no place left in {region} in {month}",
    "unmet.no_place_between": "{partners}: no place left in {region} from {first} to {last}",
    "unmet.no_package_for_country": "the catalogue has no {kind} package for {country}",
    "unmet.not_offered": "no {kind} package is offered in {region}",
    "unmet.no_training": "no training in {skill} is offered in {region} (only {trades})",
    "unmet.not_eligible": "not eligible: {reasons}",
    "unmet.lead_time_passed": "the lead time of every eligible {kind} package has passed since the arrival in "
                              "{arrival}",
    "unmet.beyond_horizon": "delivery after the arrival in {arrival} falls beyond the planning horizon",
    "unmet.not_in_time": "no eligible {kind} package can be delivered in time",
    # Importing skills in demand (planning.reintegration.demand): all rows or none
    "demand.not_a_number": "must be a number from 0 to 100",
    "demand.not_whole": "must be a whole number from 0 to 100",
    "demand_import.refused": "Nothing was imported: {problems}",
    "demand_import.refused_more": "Nothing was imported: {problems}; and {more} more",
    "demand_import.unreadable_workbook": "{name}: not a readable XLSX workbook ({error})",
    "demand_import.not_utf8": "{name}: not UTF-8 text",
    "demand_import.wrong_type": "{name}: only .csv and .xlsx files can be imported",
    "demand_import.empty": "{name}: the file is empty",
    "demand_import.missing_column": "header: missing column {missing} (found {found})",
    "demand_import.missing_columns": "header: missing columns {missing} (found {found})",
    "demand_import.too_many_rows": "{name}: more than {most} rows",
    "demand_import.row": "row {row}: {problem}",
    "demand_import.repeated": "row {row}: repeats row {first} ({region}, {skill})",
    "demand_import.unknown_country": "row {row}: country: {country} has no country profile",
}

#: The allocation's hard rules (`planning.reintegration.allocation.rules.RULES`) as a broken rule names them,
#: a partner known only by its number, and how a package fails a need.
PHRASES: dict[str, str] = {
    "allocation_rule.one_per_type": "one package of each kind",
    "allocation_rule.eligibility": "eligibility",
    "allocation_rule.lead_time": "lead time",
    "allocation_rule.capacity": "partner capacity",
    "allocation_rule.ceilings": "household ceilings",
    "allocation_rule.budget": "budget",
    "allocation.partner_number": "partner {number}",
    # How a package fails a need, in a broken eligibility rule
    "allocation_rule.other_kind": "is a {package_kind} package for a {need_kind} need",
    "allocation_rule.not_offered": "is not offered in {region} ({country})",
    "allocation_rule.age": "does not admit age {age}",
    "allocation_rule.head_only": "is for the head of household only",
    "allocation_rule.vulnerability": "needs a vulnerability the person does not have",
    "allocation_rule.other_trade": "teaches {taught}, the person wished for {wished}",
}

PLURALS: dict[str, tuple[str, str]] = {
    "package": ("{n} package", "{n} packages"),
}

messages.register(__name__, ERRORS, phrases=PHRASES, plurals=PLURALS)
