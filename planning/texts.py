"""The English templates of the errors that planning/'s own modules raise, by key.

A key names what went wrong (`integrity`, `case.final`); `{name}` marks where a value goes. The
interface translates the same templates (`desktop/service_messages.py` marks them) and fills them with
the values in the interface language, with the phrases (parts of a text) and counted nouns those texts
use. Sub-packages with many messages keep their own table
(`planning/readiness/texts.py`, `planning/storage/texts.py`…), registered the same way.
"""

from __future__ import annotations

from typing import Final

from planning import messages

INTEGRITY: Final = "integrity"

ERRORS: dict[str, str] = {
    # Gates: a household the readiness check refuses at a gate (planning/gates.py)
    "gate.household": "{reference}: {reasons} — to resolve: {fixes}",
    "departure.not_ready": "{movement} cannot be recorded as departed: {households}. A household that did not "
                           "board is taken off the movement first",
    "manifest.not_ready": "No manifest of {movement} can be printed while a booked household is not ready on the "
                          "day: {households}. Resolve it, or take the household off the movement",
    "assurance.breach_open": "a reported breach of {country}'s assurances awaits its review decision; only the "
                             "review decision (Monitoring page, with its reason) can bring a {kind} assurance "
                             "into force",
    # Every family
    "not_found": "No {what} {key} found",
    "conflict.version": "{what} {record} was changed by someone else (you edited version {expected}, it is now at "
                        "version {found}); nothing was saved, reload and apply your change again",
    "conflict.while_saving": "The {what} was changed by someone else while you were saving; nothing was saved, "
                             "reload and apply your change again",
    INTEGRITY: "The change conflicts with a stored record ({constraint}); nothing was saved",
    # Text typed or imported (planning/validation.py)
    "text.empty": "must not be empty",
    "text.too_long": "is longer than {max_length} characters",
    "text.line_break": "must be on one line: it contains a line break",
    "text.control_character": "contains a control character ({character}); remove it",
    "text.direction_control": "contains {character}, which would change the direction of the text around it; "
                              "remove it",
    "text.invisible_character": "contains an invisible character ({character}); remove it",
    # Any field (planning/validation.py and the services' own checks)
    "value.required": "is required",
    "value.not_chosen": "must be chosen: nothing is assumed",
    "value.not_whole_number": "must be a whole number",
    "value.negative": "must not be negative",
    "value.not_amount": "is not an amount",
    "value.implausibly_large": "is implausibly large",
    "value.with_suggestion": "{problem} (did you mean {suggestion}?)",
    "date.in_future": "{when} is in the future",
    "date.impossibly_early": "{when} is impossibly early",
    "date.unreadable": "'{text}' is not a date; write it as {example}",
    "period.end_before_start": "{end} is before {start_field} {start}",
    "country.missing": "must name a country",
    "country.unknown_code": "unknown country code '{code}'",
    "language.unknown_code": "unknown language code '{code}'",
    "file.too_large": "is larger than {megabytes} MB",
    "file.empty": "the file is empty",
    # Cases and their members (planning/cases.py)
    "case.unknown_referral_source": "is not a known referral source",
    "case.no_members": "a case needs at least one person",
    "case.one_head": "exactly one member must be the head of household",
    "case.head_stays_head": "the head of household stays head; make another member head first",
    "case.guardian_not_adult_member": "must be an adult member of the same case",
    "case.guardian_not_in_household": "must point at another member of the household",
    "case.guardian_not_adult": "must be an adult",
    "case.too_old": "{born} would make the person older than 125",
    "case.unknown_sex": "must be F, M or X",
    "case.unknown_relationship": "is not a known relationship",
    "case.not_an_email": "'{email}' is not an e-mail address",
    "case.unknown_vulnerability": "is not a known vulnerability",
    "case.vulnerability_ends_before_noted": "{ended_on} is before it was noted ({noted_on})",
    "case.already_closed": "{reference} is already closed",
    "case.before_opened": "{day} is before the case was opened",
    "case.before_opened_on": "{day} is before the case was opened ({opened_on})",
    "case.final": "{reference} is {status}",
    "case.involvement_ended": "the organisation's involvement in {reference} has ended",
    "case.involvement_ended_for_good": "the organisation's involvement in {reference} has ended; nothing can reopen it",
    "case.needs_protection": "a member of {reference} was found to need protection; the case cannot be planned for "
                             "return",
    # Counselling and decisions to return (planning/counselling.py, planning/voluntariness.py)
    "counselling.no_topic": "record at least one option explained",
    "counselling.unknown_topic": "is not a known counselling topic",
    "counselling.unknown_outcome": "is not a known outcome",
    "counselling.not_members": "are not members of this case",
    "voluntariness.unknown_kind": "is not a known voluntariness event",
    "voluntariness.unknown_topic": "is not a known topic",
    "voluntariness.no_language": "an informed decision records the language used",
    "voluntariness.change_of_mind_untold": "the returnee must be told they may change their mind at any time",
    "voluntariness.force_unconfirmed": "recording that force would be needed ends the case for good; it must be "
                                       "confirmed",
    "voluntariness.nothing_to_reconfirm": "{person} has no current declaration to reconfirm; record a declaration "
                                          "after counselling",
    "voluntariness.no_such_movement": "no such movement",
    # Protection claims (planning/protection.py)
    "protection.unknown_authority": "must be the national asylum authority or UNHCR",
    "protection.already_referred": "the claim was already referred on {referred_on}",
    "protection.referred_before_raised": "{referred_on} is before the concern was raised ({raised_on})",
    "protection.not_final": "must be a final decision: needs protection or final negative",
    "protection.not_referred": "record the referral to the authority before its decision",
    "protection.already_decided": "a decision was already recorded on {outcome_on}",
    "protection.decided_before_referral": "{outcome_on} is before the referral ({referred_on})",
    # Minors' best interests, travel documents (planning/minors.py, planning/travel.py)
    "minors.unknown_outcome": "is not a known best-interests outcome",
    "minors.confirmed_before_decided": "{confirmed_on} is before the determination ({decided_on})",
    "travel.unknown_document_kind": "must be a passport or an emergency travel document",
    "travel.unknown_document_status": "is not a known document status",
    # Country profiles, assurances and advisories (planning/countries.py)
    "country.unknown_profile": "is not a known profile",
    "assurance.unknown_kind": "is not a known assurance",
    "assurance.unknown_scope": "is not a known scope",
    "assurance.unknown_status": "is not a known status",
    "assurance.level_missing": "a monitoring authorisation says passive or active",
    "assurance.level_not_allowed": "only monitoring authorisations have a level",
    "assurance.persons_missing": "an individual assurance names the persons it covers",
    "assurance.persons_not_allowed": "only individual assurances name persons",
    "assurance.under_review": "this assurance is under review after a reported breach; only the review decision "
                              "(Monitoring page, with its reason) can put it back in force",
    # Movements and their legs (planning/movements.py)
    "movement.no_datetime": "is required (a date and time)",
    "movement.no_time_zone": "needs a time zone (give the UTC offset)",
    "movement.unknown_kind": "is not a known kind of movement",
    "movement.new_not_open": "a new or edited movement is planned or confirmed",
    "movement.arrives_before_departure": "{arrives} is not after the departure {departs}",
    "movement.escorts_over_capacity": "more escort places than the {capacity} seats",
    "movement.charter_without_cost": "a charter has a charter cost",
    "movement.code_taken": "a movement {code} is already registered",
    "movement.not_changeable": "movement {code} has {status}; it can no longer be changed",
    "movement.below_bookings": "bookings already hold {booked}; remove or move bookings first",
    "movement.country_has_bookings": "households are booked on this movement; move them before changing its "
                                     "country",
    "movement.not_cancellable": "movement {code} has {status}; it cannot be cancelled",
    "movement.checked_in": "households are checked in on {code}; record the departure or remove them one by one, "
                           "with their reason",
    "movement.closed": "{code} has {status}",
    "movement.departed": "{code} departed on {day}",
    "leg.arrives_before_departure": "{arrives} is not after the leg's departure {departs}",
    "leg.first_origin": "the first leg must leave from {origin}",
    "leg.last_destination": "the last leg must arrive at {destination}",
    "leg.first_departure": "the first leg must leave at the movement's departure",
    "leg.last_arrival": "the last leg must arrive at the movement's arrival",
    "leg.not_chained": "must leave from {place}, where the previous leg arrives",
    "leg.leaves_before_arrival": "leaves {place} before the previous leg arrives",
    "leg.connection_too_long": "the connection at {place} lasts {wait}, longer than {limit} h (no overnight "
                               "transit)",
    "leg.connection_overnight": "the connection at {place} spans the night (00:00–06:00 local); no overnight transit",
    # Bookings (planning/booking_service.py)
    "booking.no_members": "{reference} has no members to book",
    "booking.not_ready": "{reference} cannot travel on {day}: {reason}",
    "booking.not_ready_more": "{reference} cannot travel on {day}: {reason} (and {more})",
    "booking.no_room": "{reference} needs {wanted} on {code}; {free} free",
    "booking.over_capacity": "{code} would hold {taken}; it has {available}",
    "booking.wrong_country": "{code} does not go to {country}, {reference}'s country of return",
    "booking.already_travelled": "{reference} has already travelled",
    "booking.already_booked": "the household is already booked on {code}; move that booking instead",
    "booking.not_movable": "a {status} booking cannot be moved",
    "booking.not_removable": "a {status} booking cannot be removed",
    "booking.not_lockable": "a {status} booking cannot be locked",
    # Check-in, departure and arrival (planning/checkin.py)
    "checkin.unknown_response": "is not a known check-in answer",
    "checkin.not_booked": "{person} is not booked on {code}",
    "checkin.not_departure_day": "check-in for {code} is on its departure day, {day}",
    "checkin.no_time_zone": "needs a date, a time and a time zone",
    "checkin.not_departed": "{code} has {status}, not departed",
    "checkin.arrival_before_departure": "{arrived_at} is not after the departure",
    # Importing a flight schedule (planning/movement_import.py): the file, its cells, its rows
    "import.unreadable": "The file {path} cannot be read: {reason}",
    "movement_import.wrong_kind": "import reads .csv or .xlsx files",
    "movement_import.not_utf8": "the file is not UTF-8 text (byte {byte}); save it as CSV UTF-8",
    "movement_import.nul_bytes": "the file holds NUL bytes; it is not a CSV text file",
    "movement_import.unreadable_csv": "the CSV cannot be read: {reason}",
    "movement_import.unreadable_xlsx": "the file is not a readable XLSX workbook ({reason})",
    "movement_import.empty": "is empty: no header row and no movements",
    "movement_import.too_many_rows": "has more than {max_rows} rows; split it",
    "movement_import.column_missing": "the required column is missing",
    "movement_import.column_missing_close": "the required column is missing; did you mean '{close}'?",
    "movement_import.column_twice": "a column name appears twice",
    "movement_import.columns_ignored": "columns ignored: {columns}",
    "movement_import.no_movements": "has a header row but no movements",
    "movement_import.formula": "holds a formula ({formula}); formulas are not evaluated, type the value",
    "movement_import.formula_like": "starts like a formula; formulas are not accepted",
    "movement_import.no_time": "has a date but no time",
    "movement_import.not_datetime": "is not a date and time (YYYY-MM-DD HH:MM)",
    "movement_import.not_whole_number": "is not a whole number",
    "movement_import.not_yes_or_no": "is not yes or no",
    "movement_import.unknown_kind": "is not one of {kinds}",
    "movement_import.repeats_line": "repeats line {line}",
    "movement_import.code_taken": "is already registered",
    "movement_import.in_column": "{column}: {problem}",
    "movement_import.in_column_with_value": "{column}: {problem} ('{value}')",
    "movement_import.in_file": "file, {issue}",
    "movement_import.at_line": "line {line}, {issue}",
    "movement_import.file_refused": "cannot be imported: {issue}",
    "movement_import.rows_refused": "{rows}, first: {issue}; fix the file or import only the valid rows",
    "movement_import.nothing_to_import": "no movement to import",
    "movement_import.row_refused": "line {line}: {problem}; nothing was imported",
    # The audit log (planning/audit_log.py)
    "audit_log.end_before_start": "{end} is before the start {start}",
    # A solver in its own process (planning/solver_process.py)
    "solver.crashed": "The {solver} stopped unexpectedly ({how}); nothing was changed. Its log is saved in {log}",
    # Names of places in other languages (planning/place_names.py)
    "place_name.language": "places are named only in {languages}",
}

#: Restores (planning/backups.py): what an older or another installation's backup would undo.
RESTORE = {
    "restore.older": "This backup is older than the database: restoring it would undo the last {lost} of the audit "
                     "log (after position {backup_seq}, up to {live_seq}; {start} to {end} UTC), which touched: "
                     "{actions}. Nothing was replaced. To restore it all the same, confirm it (--older); the "
                     "restore is logged",
    "restore.diverged": "This backup's history went another way than the database's after position {common_seq}: "
                        "restoring it would undo the last {lost} of the audit log ({start} to {end} UTC), which "
                        "touched: {actions}. Nothing was replaced. To restore it all the same, confirm it "
                        "(--older); the restore is logged",
    "restore.other_installation": "This backup is of another installation ({theirs}; this database is {ours}): "
                                  "restoring it replaces everything here and undoes all {lost} of the audit log "
                                  "({start} to {end} UTC), which touched: {actions}. Nothing was replaced. To "
                                  "restore it all the same, confirm it (--other-installation); the restore is "
                                  "logged",
    "restore.log_not_written": "The restore log {path} cannot be written ({reason}); nothing was restored",
}

#: The audit chain: its key, its checkpoints, and what `audit verify` finds (a break is its kind, where, and
#: one of these).
AUDIT = {
    # The audit chain's key (planning/audit_keys.py)
    "audit.chain_key_refused": "The OS keychain refused to store the audit chain key ({name})",
    "audit.chain_key_nowhere": "The audit log needs a chain key kept outside the database, and no OS keychain is "
                               "available here; on PostgreSQL, run `homeward db grant` so the server keeps it",
    "audit.chain_key_missing": "The audit log of installation {installation} is linked with a chain key, and this "
                               "desktop's keychain holds none for it; import it with `homeward keys "
                               "import-field-key FILE` (an officer exports it with the field key)",
    "audit.chain_key_unopened": "The audit log of installation {installation} is linked with a chain key sealed "
                                "with the database passphrase, and this passphrase does not open it",
    # Checkpoints of the audit chain (planning/audit_checkpoints.py)
    "checkpoint.file_is_folder": "{path} is a folder",
    "checkpoint.no_file": "there is no file {path}",
    "checkpoint.unreadable": "{path} cannot be read ({reason})",
    "checkpoint.not_a_checkpoint": "{path} is not a Homeward audit checkpoint",
    # What `audit verify` finds (planning/audit_chain.py)
    "audit.break.entry": "{kind}: entry {entry} (position {seq}, {at} UTC, {actor}, {action}): {detail}",
    "audit.break.chain": "{kind}: {detail}",
    "audit.head_missing": "the chain head row is missing",
    "audit.second_entry": "a second entry at position {seq}",
    "audit.tail_missing": "the chain head records {head}; the last {missing} after this one are missing",
    "audit.head_hash_differs": "the last entry's hash is not the one the chain head records",
    "audit.after_head": "position {seq} is after the end the chain head records ({head})",
    "audit.gap_one": "1 entry before this one (position {first}) is missing",
    "audit.gap": "{count} before this one (positions {first} to {last}) are missing",
    "audit.redacted_with_payload": "marked redacted but holds a payload",
    "audit.redacted_by_unknown": "marked redacted by entry {by}, which is not a later retention run",
    "audit.payload_changed": "its before/after values were changed",
    "audit.fields_changed": "its fields (time, actor, action, entity or case) were changed",
    "audit.recomputed": "its link is a plain SHA-256 where the chain key's HMAC belongs: the chain was recomputed "
                        "from here on by someone without the key",
    "audit.unlinked": "it does not link to the entry before it (an entry was replaced or inserted here)",
    "audit.head_unsigned": "the chain head (position {seq}) does not carry the chain key's signature: it was moved "
                           "or rewritten without the key, as when entries at the end are cut off",
    "audit.head_found_moved": "a write found the chain head moved to position {seq} without the chain key and "
                               "recorded it here: the entries after position {seq} were cut, or the head rewritten",
    "audit.keyed_from_moved": "the chain head says keyed links start at position {found}, but the chain key was "
                              "made for position {expected}",
    "audit.cut": "the chain ends at position {head}, but the checkpoint of {at} UTC ({source}) recorded position "
                 "{seq}: the {missing} after the head are gone (a cut tail, or an older backup restored without "
                 "record)",
    "audit.rewritten": "the entry at position {seq} no longer has the hash the checkpoint of {at} UTC ({source}) "
                       "recorded: the chain was rewritten up to there",
    "audit.checkpoint_forged": "the checkpoint of {at} UTC ({source}) is not signed with this installation's chain "
                               "key",
    "audit.checkpoint_other_installation": "the checkpoint of {at} UTC ({source}) belongs to installation {theirs}; "
                                           "this database is installation {ours}",
    "audit.checkpoint_before_restore": "the checkpoint of {at} UTC ({source}) at position {seq} predates the "
                                       "restore recorded at position {restore_seq} ({restored_at} UTC, {actor}), "
                                       "which set the chain back to position {backup_seq}",
}

#: Parts of a text: the kinds of break, as `audit verify` names them; the field holding the first day of a
#: period, as an error names it (`validation.period`; the same words as the field's own name); how long a
#: connection lasts (planning/movements.py).
PHRASES = {
    "audit.kind.altered": "altered",
    "audit.kind.recomputed": "recomputed",
    "audit.kind.removed": "removed",
    "audit.kind.inserted": "inserted",
    "audit.kind.head": "head moved",
    "audit.kind.cut": "cut",
    "audit.kind.rewritten": "rewritten",
    "audit.kind.checkpoint": "false checkpoint",
    "period.valid_from": "valid from",
    "period.in_force_from": "in force from",
    "period.issued_on": "issued on",
    "period.assessed_on": "assessed on",
    "period.period_start": "period start",
    "duration.hours_minutes": "{hours} h {minutes} min",
    # The solvers run in their own process (planning/solver_process.py)
    "solver.movements": "movement planner",
    "solver.allocation": "reintegration allocation",
    "solver.routes": "visit-route planner",
    "solver.killed": "killed, perhaps for lack of memory",
    "solver.signal": "signal {name}",
    "solver.exit": "exit code {code}",
}

#: Counted nouns: the English singular and plural, `{n}` where the number goes.
PLURALS = {
    "audit.entry": ("{n} entry", "{n} entries"),
    "seat": ("{n} seat", "{n} seats"),
    "escort_place.medical": ("{n} medical escort place", "{n} medical escort places"),
    "escort_place.minor": ("{n} escort place for minors", "{n} escort places for minors"),
    "more_reason": ("{n} more reason", "{n} more reasons"),
    "row_with_problems": ("{n} row has problems", "{n} rows have problems"),
}

#: The fields planning's checks name (`ValidationError.field`), as English names them: every literal field of
#: planning/ and its packages (a test reads them from the raise sites).
FIELDS: dict[str, str] = {
    "active_monitoring_profiles": "active monitoring profiles", "address": "address", "agent": "agent",
    "allocation": "allocation", "arrival_at": "arrival at", "arrived_at": "arrived at", "assessed_by": "assessed by",
    "assessed_on": "assessed on", "assessment": "assessment", "assignments": "assignments", "authority": "authority",
    "authority_name": "authority name", "basis": "basis", "booking": "booking", "carrier": "carrier", "case": "case",
    "dimension": "way to count",
    "cases": "cases", "charter_cost": "charter cost", "checkpoint": "checkpoint", "closed_on": "closed on",
    "code": "code", "conditions": "conditions", "confirmed": "confirmed", "confirmed_on": "confirmed on",
    "consent": "consent", "contact": "contact", "counsellor": "counsellor", "country": "country",
    "current password": "current password", "database": "database", "day": "day", "decided_by": "decided by",
    "decided_on": "decided on", "decision": "decision", "delivered_on": "delivered on", "departed_at": "departed at",
    "destination": "destination", "details": "details", "display name": "display name", "email": "email",
    "end": "end", "ended_on": "ended on", "fields": "fields", "file": "file", "filename": "filename",
    "finding": "finding", "flight_number": "flight number", "folder": "folder", "funding_line": "funding line",
    "given_on": "given on", "guardian": "guardian", "held_on": "held on", "in_force_from": "in force from",
    "in_force_to": "in force to", "in_kind": "in kind", "in_kind_total": "in kind total",
    "information_given": "information given", "interpreter": "interpreter", "issued_by": "issued by",
    "issued_on": "issued on", "issuing_authority": "issuing authority", "issuing_country": "issuing country",
    "kind": "kind", "language": "language", "lead_max_months": "lead max months",
    "legs[1].departure_at": "legs[1].departure at", "legs[1].origin": "legs[1].origin", "locks": "locks",
    "logo": "logo", "mapping": "mapping", "max_age": "max age", "medical_escort_places": "medical escort places",
    "members": "members", "minor_escort_places": "minor escort places", "monitoring_level": "monitoring level",
    "month": "month", "months": "months", "movement": "movement", "movements": "movements", "name": "name",
    "nationality": "nationality", "need": "need", "needs": "needs", "new password": "new password", "note": "note",
    "noted_on": "noted on", "notes": "notes", "number": "number", "occurred_on": "occurred on",
    "opened_on": "opened on", "origin": "origin", "other_person": "other person", "outcome": "outcome",
    "outcome_on": "outcome on", "participants": "participants", "passphrase": "passphrase", "password": "password",
    "period_end": "period end", "period_start": "period start", "person": "person", "person_ids": "person ids",
    "phone": "phone", "places": "places", "profile": "profile", "purpose": "purpose", "raised_on": "raised on",
    "reason": "reason", "reception_arrangement": "reception arrangement", "recipient": "recipient",
    "reference": "reference", "referral_note": "referral note", "referral_source": "referral source",
    "referred_on": "referred on", "region": "region", "region_of_return": "region of return", "regions": "regions",
    "relationship": "relationship", "replacement": "replacement", "response": "response", "role": "role",
    "rows": "rows", "safeguard": "safeguard", "scan": "scan", "scope": "scope", "shared_on": "shared on",
    "skill": "skill", "start": "start", "statement": "statement", "status": "status", "summary": "summary",
    "topics": "topics", "translation": "translation", "user": "user", "user name": "user name",
    "valid_from": "valid from", "valid_to": "valid to", "valid_until": "valid until",
    "vulnerabilities": "vulnerabilities", "wishes": "wishes", "withdrawn_on": "withdrawn on", "years": "years",
    # a household member's own fields (`members[0].sex`), named by planning/cases.py's member checks
    "given_names": "given names", "family_name": "family name", "given_names_latin": "given names (Latin script)",
    "family_name_latin": "family name (Latin script)", "date_of_birth": "date of birth", "sex": "sex",
    "languages": "languages", "preferred_language": "preferred language",
    "permanent_residence": "permanent residence",
}

#: The kinds of record an error names (`NotFoundError`, `ConflictError`): every table, by its name, and the
#: other kinds the services name; registered as the phrases `kind.<name>`.
KINDS: dict[str, str] = {
    "advisory": "advisory", "assessed_need": "assessed need", "assurance": "assurance",
    "assurance_person": "person covered by an assurance", "audit_chain_head": "audit chain head",
    "audit_entry": "audit entry", "best_interests_determination": "best-interests determination",
    "booking": "booking", "booking_check_in": "check-in", "case_file": "case", "consent_record": "consent record",
    "counselling_participant": "counselling participant", "counselling_session": "counselling session",
    "country_profile": "country profile", "data_transfer": "data transfer", "document_issue": "issued document",
    "field_key": "field key", "field_office": "field office", "fit_to_travel": "fit-to-travel clearance",
    "follow_up": "follow-up", "follow_up_attachment": "attachment", "household_place": "household place",
    "identity_decision": "identity decision", "monitoring_incident": "monitoring incident",
    "monitoring_plan": "monitoring plan", "monitoring_schedule": "follow-up schedule", "movement": "movement",
    "movement_leg": "movement leg", "needs_assessment": "needs assessment", "office_profile": "office profile",
    "package_allocation": "package allocation", "partner_capacity": "partner capacity", "person": "person",
    "person_identity": "person identity", "protection_referral": "protection referral",
    "reintegration_budget": "reintegration budget", "reintegration_package": "reintegration package",
    "reintegration_partner": "reintegration partner", "skill_demand": "skill demand",
    "travel_document": "travel document", "user_account": "user", "voluntariness_event": "voluntariness event",
    "vulnerability": "vulnerability",
    "document_signing_key": "document signing key", "place_name": "place name",
    "country": "country", "allocation": "allocation", "booking_of_case": "booking of case", "document": "document",
    "record": "record",
}

messages.register(__name__, {**ERRORS, **RESTORE, **AUDIT},
                  phrases={**PHRASES, **{f"kind.{k}": w for k, w in KINDS.items()}}, plurals=PLURALS, fields=FIELDS)
