"""The English templates of the errors the interface raises itself (a file it cannot write, a choice not
made), by key; translated like the services' (the catalogue generator reads this table too)."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Files the interface reads and writes
    "save.not_written": "Could not write {path}: {reason}",
    "open.not_read": "Could not read {path}: {reason}",
    "save.cannot_be_written": "cannot be written ({reason})",
    "open.cannot_be_read": "{file} cannot be read ({reason})",
    "scan.none_attached": "no scan is attached to this assurance",
    "scan.not_saved": "Could not save the scan to {path}: {reason}",
    "printer.not_started": "The printer could not be started.",
    # Choices a dialog needs before it can save
    "choice.country": "choose a country from the list",
    "choice.partner": "choose the partner (add one first)",
    "choice.movement": "choose the movement to move the household to",
    "choice.participant": "tick at least one member who took part",
    "typed.amount": "must be an amount in euros",
    "typed.password_again": "differs from the password typed above",
    "typed.date_and_time": "{text} is not a date and time (YYYY-MM-DD HH:MM)",
    "typed.no_date_and_time": "nothing is not a date and time (YYYY-MM-DD HH:MM)",
    "capacity.last_before_first": "is before the first month",
    # A leg's problem under the legs table ('legs[2].departure_at: …')
    "leg.problem": "Leg {number}, {part}: {problem}",
}

#: A leg's fields as an error under the legs table names them.
PHRASES: dict[str, str] = {
    "leg_field.origin": "origin",
    "leg_field.destination": "destination",
    "leg_field.departure": "departure",
    "leg_field.arrival": "arrival",
    "leg_field.carrier": "carrier",
    "leg_field.transit_visa_required": "transit visa required",
}

#: The fields the interface's own checks name.
FIELDS: dict[str, str] = {
    "attachments": "attachments", "cash": "cash", "cash_per_adult": "cash per adult",
    "cash_per_dependant": "cash per dependant", "cash_total": "cash total", "country": "country", "file": "file",
    "in_kind": "in kind", "in_kind_per_adult": "in kind per adult", "in_kind_per_dependant": "in kind per dependant",
    "in_kind_total": "in kind total", "last": "last", "latitude": "latitude", "legs": "legs", "movement": "movement",
    "participants": "participants", "partner": "partner", "repeat password": "repeat password", "scan": "scan",
}

messages.register(__name__, ERRORS, phrases=PHRASES, fields=FIELDS)
