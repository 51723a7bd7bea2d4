"""The English templates of the errors the command line raises itself (it speaks English), by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Signing in (desktop/commands/session.py)
    "sign_in.no_password_given": "Signing in as {user} needs a password: set {variable} or run the command in a "
                                 "terminal (--user NAME or {user_variable} for another user)",
    "sign_in.must_change_password": "{user} must choose a new password first: sign in to the app once (it asks for "
                                    "the new password), then run the command again",
}

messages.register(__name__, ERRORS)
