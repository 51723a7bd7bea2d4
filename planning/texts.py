"""The English templates of the errors that planning/'s own modules raise, by key.

A key names what went wrong (`storage.locked`, `case.final`); `{name}` marks where a value goes. The
interface translates the same templates (`desktop/service_messages.py` marks them) and fills them with
the values in the interface language. Sub-packages with many messages keep their own table
(`planning/readiness/texts.py`, `planning/scheduling/texts.py`…), registered the same way.
"""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    # Every family
    "not_found": "No {what} {key} found",
    "conflict.version": "{what} {record} was changed by someone else (you edited version {expected}, it is now at "
                        "version {found}); nothing was saved, reload and apply your change again",
    "conflict.while_saving": "The {what} was changed by someone else while you were saving; nothing was saved, "
                             "reload and apply your change again",
    "integrity": "The change conflicts with a stored record ({constraint}); nothing was saved",
    # The database
    "storage.failed": "The database failed: {name}",
    "storage.wrong_key": "The database {where} cannot be read with this key: the key or passphrase is wrong, or "
                         "the file is not a Homeward database",
    "storage.locked": "The database {where} is locked by another program; close it and try again",
    "storage.read_only": "The database {where} is read-only; check the file's permissions",
    "storage.disk_full": "The disk holding {where} is full; free some space",
    "storage.unavailable": "The database file {where} cannot be opened; check the folder exists and is writable",
    "storage.corrupt": "The database {where} is damaged; restore it from a backup",
    "storage.unreachable": "The database server at {where} cannot be reached or refused the login; check the "
                           "address, the network and the credentials",
    "storage.failed_at": "The database {where} failed: {name}",
}

messages.register(__name__, ERRORS)
