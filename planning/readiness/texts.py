"""The words of the readiness check: one message and one resolution template per reason code.

A rule gives a reason its code and the values of its text (`Reason.of`); the English text is the
code's template filled with those values. The values travel with the reason (`Reason.params`), so
the interface can fill the same template in another language (`desktop/readiness_words.py` holds
the same templates, marked for translation).

A value is a str, an int, a date, a vocabulary word (a `StrEnum`, written 'medical need'), a tuple
of words (written 'readmission, no punishment'), None, or a `Phrase`: one of a few wordings of a
part of the text ('none is recorded', 'the assurance X expired on D') with values of its own.
"""

from __future__ import annotations

from typing import Final

from planning import messages
from planning.messages import Params, Phrase, Value, english, fill, plain

__all__ = ["PHRASES", "TEXTS", "Params", "Phrase", "Value", "disambiguation", "english", "fill", "plain"]

#: The message and the resolution of each reason code, `{name}` where a value goes.
NO_DECLARATION: Final = "S1.no_declaration"
NOT_RECONFIRMED: Final = "S1.not_reconfirmed"

TEXTS: dict[str, tuple[str, str]] = {
    # S1 Voluntariness
    NO_DECLARATION: (
        "{person} has no recorded decision to return",
        "Counsel {person} and record their informed declaration"),
    "S1.uninformed": (
        "The declaration of {declared_on} by {person} does not record the counsellor, the language and the "
        "information given",
        "Record a new informed declaration for {person}"),
    "S1.stale": (
        "{person}'s decision was last expressed on {expressed_on}, more than {days} days before {on}",
        "Reconfirm {person}'s decision within {days} days of travel"),
    NOT_RECONFIRMED: (
        "{person} has not reconfirmed the decision on the day of departure ({on})",
        "Ask {person} at check-in and record the reconfirmation"),
    "S1.no_best_interests": (
        "{person} is an unaccompanied minor with no best-interests decision",
        "Record a best-interests determination for {person}"),
    "S1.not_in_best_interests": (
        "The best-interests determination of {decided_on} found return is not in {person}'s best interests",
        "Only a new best-interests determination finding return in the child's interests can lift this"),
    "S1.case_closed": (
        "The case {reference} was closed on {closed_on}; a closed case is not planned or moved",
        "None: if the household asks again, open a new case and counsel them"),
    "S1.not_checked_in": (
        "{person} was not ticked present when the household was checked in for {on}",
        "Check {person} in at the desk (present and, for an adult, reconfirming), or take the household off "
        "the movement"),
    "S1.reception_unconfirmed": (
        "No reception arrangement is confirmed for {person} in the country of return",
        "Confirm who receives {person} on arrival and record the confirmation"),
    # S2 Refusal stops everything
    "S2.refused": (
        "{person} refused on {occurred_on}; the whole household is out of every planned movement and back in "
        "counselling",
        "Counsel the household again; only a new declaration by {person} after that counselling lifts this"),
    "S2.withdrawn": (
        "{person} withdrew on {occurred_on}; the whole household is out of every planned movement and back in "
        "counselling",
        "Counsel the household again; only a new declaration by {person} after that counselling lifts this"),
    # S3 No force, ever
    "S3.force_needed": (
        "On {occurred_on} it was recorded that physical force would be needed to move {person}; the "
        "organisation's involvement has ended",
        "None: the case can never be scheduled again"),
    "S3.same_person_ended": (
        "{person} matches {other} of case {reference}, whose involvement ended on {ended_on} (force would have "
        "been needed): the same person is not moved under a new case",
        "A coordinator and a data-protection officer must each record a reasoned decision that {person} is a "
        "different person, or that a new, genuine decision stands"),
    # S4 Protection claims are referred, not decided
    "S4.protection_granted": (
        "{person} was found to need international protection ({reference})",
        "None: a person in need of protection is not returned"),
    "S4.not_referred": (
        "{person} expressed a fear of return on {raised_on}; the case is on hold",
        "Refer the claim to the national asylum authority or UNHCR"),
    "S4.pending": (
        "{person}'s protection claim was referred on {referred_on} and awaits a decision",
        "Record the authority's final decision"),
    "S4.no_fresh_decision": (
        "After the final negative decision of {decided_on} on {person}'s claim, no new voluntary decision has "
        "been recorded",
        "Counsel {holder} and record a new declaration dated after {decided_on}"),
    "S4.same_person_protected": (
        "{person} matches {other} of case {reference}, who was found to need international protection "
        "({protection}): the same person is not returned under a new case",
        "A coordinator and a data-protection officer must each record a reasoned decision that {person} is a "
        "different person, or that the protection has ceased"),
    # S5 Readmission assurance
    "S5.no_readmission": (
        "No readmission assurance from {country} covers {person} on {on}: {why}",
        "Obtain a readmission assurance from {country} covering {person} ({nationality} national) valid on the "
        "travel date"),
    # S6 No-punishment guarantee
    "S6.no_guarantee": (
        "{country} punishes irregular exit and no guarantee of non-punishment covers {person} on {on}: {why}",
        "Obtain {country}'s guarantee that returnees are not punished for leaving irregularly, valid on the "
        "travel date (or record that the exit was regular)"),
    # S7 Monitoring authorisation
    "S7.no_authorisation": (
        "{country} has given no monitoring authorisation valid on {on}",
        "Obtain {country}'s authorisation to monitor returnees"),
    "S7.active_needed": (
        "{person}'s profile calls for active monitoring, but {country} authorises only passive monitoring",
        "Obtain {country}'s authorisation for active monitoring"),
    # S8 Advisories
    "S8.suspended": (
        "Returns to {where} are suspended by {issued_by} {until}: {summary}",
        "Wait until the advisory is lifted or ends"),
    "S8.suspended_profile": (
        "Returns of {profile} to {where} are suspended by {issued_by} {until}: {summary}",
        "Wait until the advisory is lifted or ends"),
    # S9 Breach escalation
    "S9.under_review": (
        "{country}'s assurances ({kinds}) are under review after a reported breach",
        "A coordinator with the review role must record the review decision for {country}"),
    # S10 Travel readiness
    "S10.no_document": (
        "{person} holds no travel document valid on {on}: {why}",
        "Record a valid passport or emergency travel document for {person}"),
    "S10.no_clearance": (
        "{person} has medical needs and no fit-to-travel clearance valid on {on}: {why}",
        "Record a fit-to-travel clearance for {person} valid on the travel date"),
    "S10.seats_short": (
        "The booking of {reference} holds {booked} seat(s); the household is now {needed} people",
        "Give the booking a seat for every member (the movement needs room for them), or move the household"),
    "S10.medical_escort": (
        "{needed} member(s) need a medical escort; the booking holds {booked}",
        "Reserve medical escort places on the movement"),
    "S10.minor_escort": (
        "{needed} minor(s) need an escort; the booking holds {booked}",
        "Reserve escort places for minors on the movement"),
}

#: The wordings a part of a reason's text can take (`Phrase`).
PHRASES: dict[str, str] = {
    # Why no assurance covers the person (S5, S6)
    "assurance_later": "the assurance {reference} only takes effect on {valid_from}",
    "assurance_expired": "the assurance {reference} expired on {valid_to}",
    "assurance_requested": "the assurance {reference} has been requested but not given",
    "no_assurance": "none is recorded",
    # Why no travel document is valid (S10)
    "document_expired": "the {document} expires on {valid_until}",
    "no_document": "none is recorded",
    # Why no fit-to-travel clearance is valid (S10)
    "unfit": "assessed unfit to travel on {assessed_on}",
    "clearance_expired": "the clearance ran out on {valid_until}",
    "no_clearance": "no clearance is recorded",
    # Where and until when returns are suspended (S8)
    "country_region": "{country}, {region}",
    "until": "until {date}",
    "no_end_date": "with no end date",
    # A protection decision recorded without a reference (S4)
    "decision_recorded": "decision recorded",
}


messages.register(__name__, phrases=PHRASES)


def disambiguation(key: str) -> str | None:
    """The phrase's key when its English is shared with another phrase (each may translate differently)."""
    return messages.disambiguation(key)
