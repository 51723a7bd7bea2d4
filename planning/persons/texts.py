"""The English templates of the person registry: its errors and the notes that say why a match matters."""

from __future__ import annotations

from planning import messages

UNTIL = ("the new case will be blocked until a coordinator and a data-protection officer both record a reasoned "
         "decision that it is a different person")

TEXTS: dict[str, str] = {
    # Errors
    "identity.no_link": "{person} is not linked to anyone of another case whose involvement ended or who was "
                        "granted protection; there is nothing to decide",
    "identity.decided": "The decision on {person} and {other} of case {reference} was already recorded by "
                        "{coordinator} and {officer}; it cannot be signed again",
    "identity.same_signer": "{user} signed the other half of this decision; the second half must be signed by "
                            "another account",
    "identity.role": "{user} may not sign this decision: one half is signed by a coordinator, the other by a "
                     "data-protection officer",
    "identity.unknown_finding": "is not a known finding",
    # Why a match matters (the new-case dialog, the referral import report)
    "identity.matches_ended": "{person} matches {other} of case {reference}, whose involvement ended on "
                              "{ended_on} (force would have been needed): " + UNTIL + " or that a new, genuine "
                              "decision stands",
    "identity.matches_protected": "{person} matches {other} of case {reference}, who was found to need "
                                  "international protection ({protection}): " + UNTIL + " or that the protection "
                                  "has ceased",
    "identity.matches_known": "{person} matches {other} of case {reference} ({status}): the new record will be "
                              "linked to the same person",
}

messages.register(__name__, TEXTS)
