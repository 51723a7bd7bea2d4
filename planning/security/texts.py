"""The English templates of the errors that accounts, permissions, keys and field encryption raise, by key."""

from __future__ import annotations

from typing import Final

from planning import messages

OTHER_FIELD_KEY: Final = "field_crypto.other_key"

ERRORS: dict[str, str] = {
    # Accounts (planning/security/accounts.py)
    "account.name_empty": "must not be empty",
    "account.name_form": "use 2–80 letters, digits, dots, dashes or underscores, starting with a letter or digit",
    "account.name_taken": "is taken",
    "account.unknown_role": "is not coordinator, monitor, data_protection_officer or read_only",
    "account.first_is_administrator": "the first account that can sign in is the administrator (data-protection "
                                      "officer), who then adds everyone else",
    "account.own_deactivation": "you cannot deactivate your own account",
    "account.last_administrator": "{user} is the last active data-protection officer; make someone else one first",
    "password.too_short": "must have at least {length}",
    "password.too_long": "must have at most {length}",
    "password.contains_name": "must not contain the user name",
    "password.spaces": "must not start or end with a space",
    "password.not_current": "is not your current password",
    "password.unchanged": "must differ from the current one",
    # Signing in
    "sign_in.refused": "Wrong user name or password, or this account may not sign in now: {failures} in a row "
                       "lock it for {minutes}, and a deactivated account stays closed; ask the data-protection "
                       "officer if it goes on",
    # Recovering an officer's account (planning/security/recovery.py)
    "recovery.refused": "This recovery code does not open the account {user}: it is wrong or was used already, or "
                        "{user} is no active data-protection officer holding a code; nothing was changed",
    "recovery.own_account": "is your own account: change your password instead (File › Change password…)",
    "permission.first_administrator": "An administrator exists already; sign in, and ask them for an account",
    # Permissions (planning/security/permissions.py): one key per permission, naming the roles it is granted to.
    "permission.read": "{user} ({role}) may not read records: only a coordinator, monitor, data-protection "
                       "officer or read-only user may",
    "permission.edit_cases": "{user} ({role}) may not open or change cases, members, travel documents and minors' "
                             "determinations: only a coordinator or data-protection officer may",
    "permission.counsel": "{user} ({role}) may not record counselling sessions: only a coordinator or "
                          "data-protection officer may",
    "permission.record_voluntariness": "{user} ({role}) may not record voluntariness (declarations, "
                                       "reconfirmations, refusals): only a coordinator or data-protection officer "
                                       "may",
    "permission.refer_protection": "{user} ({role}) may not record protection concerns, referrals and outcomes: "
                                   "only a coordinator or data-protection officer may",
    "permission.edit_countries": "{user} ({role}) may not change country profiles, assurances and advisories: only "
                                 "a coordinator or data-protection officer may",
    "permission.plan_movements": "{user} ({role}) may not add, change, import or cancel movements and accept "
                                 "movement plans: only a coordinator or data-protection officer may",
    "permission.book": "{user} ({role}) may not book, move or cancel bookings and record check-in, departure and "
                       "arrival: only a coordinator or data-protection officer may",
    "permission.import_referrals": "{user} ({role}) may not import referrals: only a coordinator or "
                                   "data-protection officer may",
    "permission.print_documents": "{user} ({role}) may not issue travel letters, declarations, manifests, "
                                  "assurance summaries and vouchers, and set the letterhead: only a coordinator or "
                                  "data-protection officer may",
    "permission.plan_reintegration": "{user} ({role}) may not change reintegration packages, needs, budgets and "
                                     "allocations: only a coordinator or data-protection officer may",
    "permission.manage_monitoring": "{user} ({role}) may not start monitoring plans and set follow-up schedules: "
                                    "only a coordinator or data-protection officer may",
    "permission.record_follow_ups": "{user} ({role}) may not record follow-ups, their attachments and incidents: "
                                    "only a coordinator, monitor or data-protection officer may",
    "permission.edit_places": "{user} ({role}) may not change household places and field offices: only a "
                              "coordinator, monitor or data-protection officer may",
    "permission.issue_monitoring_reports": "{user} ({role}) may not issue compliance reports, visit route "
                                           "printouts and visit forms: only a coordinator, monitor or "
                                           "data-protection officer may",
    "permission.decide_review": "{user} ({role}) may not decide an assurance review: only a coordinator or "
                                "data-protection officer may",
    "permission.decide_identity": "{user} ({role}) may not sign a decision that a person matching someone whose "
                                  "involvement ended or who was granted protection is someone else, or decided "
                                  "anew: only a coordinator or data-protection officer may",
    "permission.manage_users": "{user} ({role}) may not manage user accounts: only a data-protection officer may",
    "permission.manage_keys": "{user} ({role}) may not manage database and field keys: only a data-protection "
                              "officer may",
    "permission.view_audit": "{user} ({role}) may not read, verify or checkpoint the audit log: only a "
                             "data-protection officer may",
    "permission.back_up": "{user} ({role}) may not take a backup of the whole database: only a coordinator or "
                          "data-protection officer may",
    "permission.restore": "{user} ({role}) may not restore the database from a backup: only a data-protection "
                          "officer may",
    "permission.export_personal_data": "{user} ({role}) may not export a person's data: only a data-protection "
                                       "officer may",
    "permission.export_lists": "{user} ({role}) may not export lists of people (cases, follow-ups, plans, "
                               "passengers, allocations) to a file: only a coordinator, monitor or data-protection "
                               "officer may",
    "permission.purge": "{user} ({role}) may not anonymise or purge records: only a data-protection officer may",
    "permission.demo_data": "{user} ({role}) may not add a synthetic demo caseload: only a coordinator or "
                            "data-protection officer may",
    # The OS keychain (planning/security/keys.py, field_keys.py, server_passwords.py)
    "keychain.unavailable": "No OS keychain is available ({error})",
    "keychain.not_a_keychain": "{backend} is not an OS keychain (it keeps secrets in a plain or merely obfuscated "
                               "file, or nowhere), so Homeward keeps no secret there",
    "keychain.no_key": "The keychain holds no key for {path}",
    "keychain.not_interactive": "{reason}; start Homeward interactively to enter the database passphrase",
    "keychain.no_passphrase": "{reason}, and no passphrase was given",
    "keychain.refused_key": "The OS keychain refused to store the key ({error})",
    "keychain.refused_backup_key": "The OS keychain refused to store the backup key ({error})",
    "keychain.refused_field_key": "The OS keychain refused to store the field key ({error})",
    "keychain.refused_server_password": "The OS keychain refused to store the server password ({error})",
    "server_password.empty": "must not be empty",
    # Field keys and field encryption (planning/security/field_keys.py, field_crypto.py)
    "field_key.missing": "This desktop's keychain holds no field key {key_id} for this database, so encrypted "
                         "notes and attachments cannot be read or written; ask an administrator for the exported "
                         "key and run `homeward keys import-field-key FILE`",
    "field_key.other_database": "The field key in the keychain ({held}) is not this database's ({expected})",
    "field_key.short_passphrase": "needs at least {length}",
    "field_key.unreadable": "cannot be read ({reason})",
    "field_key.not_an_export": "is not a Homeward field key export",
    "field_key.wrong_passphrase": "does not open this key file",
    "field_key.other_key": "holds field key {held}, but this database uses {expected}",
    "field_key.other_installation": "holds the audit chain key of installation {held}, but this database is "
                                    "installation {expected}",
    "field_crypto.altered": "The encrypted {context} could not be opened: it was altered or moved from another "
                            "record, or sealed with another field key",
    "field_crypto.not_sealed": "The {context} holds plain text where an encrypted value belongs: it was written "
                               "around Homeward and is not shown",
    "field_crypto.unbound": "The encrypted {context} is not bound to its record (sealed by an older Homeward); "
                            "run `homeward db upgrade` on a desktop holding the field key",
    OTHER_FIELD_KEY: "The encrypted {context} was sealed with field key {sealed_with}, not the key this "
                              "desktop holds ({held}); import that key",
    "field_crypto.damaged": "The encrypted {context} is damaged",
    # What `homeward keys check` finds (planning/security/sealed_fields.py)
    "sealed_check.plain": "holds plain text where a sealed value belongs",
    "sealed_check.altered": "does not open: it was altered, or moved from another record",
    "sealed_check.unbound": "was sealed the older way, not bound to its record",
    "sealed_check.other_key": "was sealed with another field key ({key_id})",
    "sealed_check.damaged": "is damaged",
    "sealed_check.digest": "opens, but does not match the file's recorded digest",
}

PLURALS: dict[str, tuple[str, str]] = {
    "character": ("{n} character", "{n} characters"),
    "minute": ("{n} minute", "{n} minutes"),
    "wrong_password": ("{n} wrong password", "{n} wrong passwords"),
}

messages.register(__name__, ERRORS, plurals=PLURALS)
