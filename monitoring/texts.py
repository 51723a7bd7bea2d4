"""The English templates of the errors monitoring/ raises (visit routes keep theirs in `routes/texts.py`), by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # S7 on the day of a visit
    "route.not_authorised": "{country} authorises active monitoring in {region} on none of the days {first} to "
                            "{last}: no visit can be planned there",
    "follow_up.visit_unauthorised_that_day": "{country} does not authorise active monitoring on {on}: a visit "
                                             "cannot be recorded for that day (a report received or a call can)",
    # Follow-ups (monitoring/followups.py)
    "follow_up.before_arrival": "{done_on} is before the arrival on {arrived_on}",
    "follow_up.unknown_mode": "is not a known way of following up",
    "follow_up.visit_not_authorised": "a visit is active monitoring, which the country did not authorise for this "
                                      "plan",
    "follow_up.yes_or_no": "must be yes or no",
    "follow_up.yes_no_or_unknown": "must be yes, no or not known",
    "follow_up.score_range": "must be a score from 1 to 5",
    "follow_up.score_without_contact": "a sustainability score needs contact with the returnee",
    "follow_up.contradiction": "contradicts the punishment, detention or refusal reported",
    "follow_up.logged": "was already logged ({status})",
    # Follow-up schedules (monitoring/schedule.py)
    "schedule.no_follow_up": "name at least one follow-up (0 = on arrival)",
    "schedule.month_range": "each must be a whole number of months from 0 to {most}",
    "schedule.unknown_profile": "is not a known profile",
    # Attachments (monitoring/attachments.py)
    "attachment.too_many": "at most {most} per follow-up",
    "attachment.no_plain_name": "a file needs a plain file name",
    "attachment.name_too_long": "the file name {name}… is too long",
    "attachment.kind": "{name}: this kind of file cannot be attached (allowed: {kinds})",
    "attachment.empty": "{name} is empty",
    "attachment.too_large": "{name} is {size} MB; the limit is {limit} MB per file",
    "attachment.too_large_together": "together the files are {size} MB; the limit is {limit} MB",
    "attachment.digest": "the stored file does not match its recorded digest",
    # Household places and field offices (monitoring/places.py)
    "place.not_degrees": "must be a number of decimal degrees",
    "place.degrees_range": "must lie between -{limit} and {limit} degrees",
    "place.latitude_missing": "is missing while the longitude is given; give both or neither",
    "place.longitude_missing": "is missing while the latitude is given; give both or neither",
    "place.zero": "0, 0 is not a place anyone lives; leave the coordinates empty if they are not known",
    "place.coordinates_form": "write the latitude, then the longitude, in decimal degrees (e.g. 41.71510, 44.82710)",
    "place.nothing_given": "give an address, coordinates or both",
    "place.removed": "was removed by someone else; reload it",
    "office.no_working_day": "name at least one working day",
    "office.day_number": "days are numbered 1 (Monday) to 7 (Sunday)",
    "office.no_coordinates": "a field office needs its coordinates: routes start and end there",
    "office.hours_not_times": "working hours are times of day",
    "office.closes_before_opening": "must be after the opening time {opens_at}",
    "office.name_taken": "{country} already has a field office called '{name}'",
    # Assurance reviews (monitoring/review.py)
    "review.unknown_outcome": "is not restore, restrict_region, restrict_profile or suspend",
    "review.region_needed": "restricting to a region names the region",
    "review.profile_needed": "restricting a profile names a known profile",
    "review.nothing_to_decide": "{country} has no assurances under review and no reported breach awaiting a "
                                "decision",
    "review.nothing_to_restrict": "{country} has no assurance under review to restrict to a region; restore, "
                                  "restrict a profile or suspend",
    # Compliance reports (monitoring/compliance.py, compliance_report.py)
    "compliance.period_reversed": "{period_from} is after the end of the period {period_to}",
    "compliance.period_too_long": "a report covers at most {most}; this period spans {months}",
    "compliance.not_a_date": "must be a date (YYYY-MM-DD)",
    "report.not_saved": "Could not save the report to {path}: {reason}",
    # Follow-ups due, visit forms, history, subject access
    "due.days_range": "must be a number of days from 0 to 366",
    "due.rows": "must be a positive number of rows",
    "visit_form.not_a_number": "is a follow-up number",
    "visit_form.logged": "was already logged ({status}); a visit form is for a follow-up still due",
    "history.not_a_case": "is not a case",
    "subject_access.not_a_person": "'{text}' is neither a person id nor a case reference",
    "subject_access.digest": "attachment {attachment} does not match its recorded digest",
}

#: The fields monitoring's checks name, as English names them.
FIELDS: dict[str, str] = {
    "address": "address", "attachment": "attachment", "attachments": "attachments", "case_id": "case id",
    "closes_at": "closes at", "contact_made": "contact made", "country": "country", "day_end": "day end",
    "detained": "detained", "directions": "directions", "done_on": "done on", "economic_score": "economic score",
    "fined": "fined", "first_day": "first day", "follow_up": "follow up", "harassed": "harassed",
    "last_day": "last day", "latitude": "latitude", "limit": "limit", "livelihood": "livelihood",
    "longitude": "longitude", "mode": "mode", "monitor": "monitor", "monitors": "monitors",
    "monitors_per_day": "monitors per day", "months": "months", "name": "name", "notes": "notes",
    "opens_at": "opens at", "outcome": "outcome", "package_delivered": "package delivered",
    "period_from": "period from", "period_to": "period to", "person": "person", "place": "place",
    "profile": "profile", "prosecuted": "prosecuted", "psychosocial_score": "psychosocial score",
    "punished": "punished", "readmission_refused": "readmission refused",
    "readmitted_without_problems": "readmitted without problems", "reason": "reason", "region": "region",
    "service_minutes": "service minutes", "social_score": "social score", "speed_kmh": "speed kmh",
    "within_days": "within days", "working_days": "working days",
}

#: The kinds of record monitoring's errors name besides the tables' (`planning/texts.py`).
KINDS: dict[str, str] = {
    "head_of_household": "head of household in case",
    "field_office_for": "field office for",
}

PLURALS: dict[str, tuple[str, str]] = {
    "file": ("{n} file", "{n} files"),
    "month": ("{n} month", "{n} months"),
}

messages.register(__name__, ERRORS, phrases={f"kind.{k}": w for k, w in KINDS.items()}, plurals=PLURALS,
                  fields=FIELDS)
