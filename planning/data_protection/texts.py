"""The English templates of the errors data protection raises (consent, transfers, retention), by key.

`{name}` marks where a value goes; the interface translates the same templates and fills them with the values
in its language.
"""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Consent, other lawful bases and transfers (planning.data_protection.consent)
    "consent.anonymised": "case {reference} was anonymised on {day}",
    "consent.unknown_basis": "is not a known lawful basis",
    "consent.before_birth": "{day} is before the person was born",
    "consent.already_withdrawn": "was already withdrawn on {day}",
    "consent.withdrawn_before_given": "{day} is before it was given ({given})",
    "consent.no_fields": "choose at least one kind of data to share",
    "consent.unknown_fields": "unknown: {unknown} (known: {known})",
    "consent.no_basis": "Sharing {person}'s data with {to} for \"{purpose}\" is refused: no consent or other lawful "
                        "basis for that purpose is recorded for {day} (record it in the case file first)",
    # Retention (planning.data_protection.retention)
    "retention.years": "must be a whole number of years from 1 to 100",
}

messages.register(__name__, ERRORS)
