"""The English templates of the errors the command line raises itself (it speaks English), by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Passphrases and passwords typed at the terminal
    "terminal.passphrase_not_interactive": "a passphrase can only be typed in an interactive terminal",
    "terminal.passphrases_differ": "the two passphrases differ",
    "terminal.passwords_differ": "differs from the password typed first",
    "terminal.variable_not_set": "environment variable {variable} is not set",
    "terminal.password_not_interactive": "type it in an interactive terminal or use --password-env",
    "terminal.passphrase_not_given": "type it in an interactive terminal or use --passphrase-env",
    "terminal.new_password": "set {variable} or type it in a terminal",
    "terminal.no_account": "no such account",
    # Arguments
    "argument.set_password_embedded": "set-password is for a PostgreSQL database (--db postgresql://...)",
    "argument.password_in_url": "the URL already holds a password: give it without one (postgresql://USER@HOST/DB) "
                                "and type the password here",
    "argument.no_region": "no active monitoring plans in a region called '{region}'; regions with active plans: "
                          "{known}",
    "argument.region_of_several": "'{region}' is a region of {countries}: name the country with --country",
    "argument.office_coordinates": "a field office needs its coordinates",
    "argument.end_before_start": "{end} is before --from {start}",
    "argument.lock_needs_accept": "--lock and --unlock take effect only with --accept",
    "argument.not_in_plan": "{reference} is not among the households of this plan",
    "argument.report_one_output": "give one of --xlsx, --pdf and --json",
    "argument.report_pdf_for_sharing": "a printed report is meant for sharing: small counts are always hidden "
                                       "(leave out --all-counts)",
    "argument.batch_movement": "{batch} needs the movement: --movement CODE",
    "argument.subject_needed": "{kind} needs a {subject}",
    "argument.output_is_folder": "{path} is a folder; give the PDF file to write",
    "argument.office_name_needed": "no office is stored yet: give its name with --name",
    "argument.output_exists": "{path} already exists; nothing was written (give --force to replace it)",
    "argument.output_is_file": "{path} is a file; give a folder for the letters",
    "argument.logo_unreadable": "cannot read {path}: {reason}",
    "argument.unknown_check": "no check called '{check}'; the checks: {known}",
    # Signing in (desktop/commands/session.py)
    "sign_in.no_password_given": "Signing in as {user} needs a password: set {variable} or run the command in a "
                                 "terminal (--user NAME or {user_variable} for another user)",
    "sign_in.must_change_password": "{user} must choose a new password first: sign in to the app once (it asks for "
                                    "the new password), then run the command again",
    # The database passphrase from a file (desktop/commands/session.py)
    "passphrase_file.unreadable": "cannot be read ({reason})",
    "passphrase_file.open_to_others": "can be read by other users of this computer; make it yours alone "
                                      "(chmod 600 {path}) and try again",
    "passphrase_file.empty": "is empty",
    # Recovering an officer (desktop/commands/users.py)
    "recovery.code_not_given": "set {variable} or type it in a terminal",
    "recovery.needs_code": "Recovering {user} needs the officer's recovery code (`homeward users recover {user} "
                           "--code`) or another data-protection officer signed in (--user NAME); signing in was "
                           "refused: {refusal}",
    # Roles on PostgreSQL (desktop/commands/db.py)
    "grant.needs_passwords_file": "new passwords are written to a file only: give --passwords-file FILE",
    "grant.not_postgresql": "roles and grants are for a PostgreSQL database (--db postgresql://...); an embedded "
                            "database is protected by its key",
}

messages.register(__name__, ERRORS)
