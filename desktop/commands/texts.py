"""The English templates of the errors the command line raises itself (it speaks English), by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
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
}

messages.register(__name__, ERRORS)
