"""The English templates of the errors that opening, migrating, backing up and rekeying the database raise."""

from __future__ import annotations

from typing import Final

from planning import messages

WRONG_KEY: Final = "storage.wrong_key"
BACKUP_WRONG_KEY: Final = "backup.wrong_key"

ERRORS: dict[str, str] = {
    # Opening the database (planning/storage/engine.py, store.py)
    "storage.failed": "The database failed: {name}",
    WRONG_KEY: "The database {where} cannot be read with this key: the key or passphrase is wrong, or "
                         "the file is not a Homeward database",
    "storage.locked": "The database {where} is locked by another program; close it and try again",
    "storage.read_only": "The database {where} is read-only; check the file's permissions",
    "storage.disk_full": "The disk holding {where} is full; free some space",
    "storage.unavailable": "The database file {where} cannot be opened; check the folder exists and is writable",
    "storage.corrupt": "The database {where} is damaged; restore it from a backup",
    "storage.unreachable": "The database server at {where} cannot be reached or refused the login; check the "
                           "address, the network and the credentials",
    "storage.failed_at": "The database {where} failed: {name}",
    "storage.not_permitted": "The database {where} refused: this desktop's database login may not do that (its "
                             "role does not allow it); nothing was saved",
    "storage.not_your_account": "The database {where} refused: this desktop's database login belongs to another "
                                "account than the one signed in; sign in as that account, or use your own login",
    # Where the database is (planning/storage/location.py)
    "location.invalid": "is not a valid database URL or path",
    "location.no_path": "an embedded database needs a file path",
    "location.unsupported": "unsupported database kind {backend}",
    # The schema (planning/storage/migrate.py)
    "storage.migration": "The database schema cannot be migrated to {revision}: {detail}",
    "storage.unversioned": "The database holds tables but no migration history, so Homeward cannot tell which "
                           "version wrote it; restore it from a backup or ask your administrator",
    "storage.too_new": "The database was written by a newer version of Homeward (schema {revision}); update "
                       "Homeward before opening it",
    "storage.reseal_needs_key": "The database holds {values} to bind to their records, and this desktop does not "
                                "hold its field key {key_id}; import it (`homeward keys import-field-key FILE`) "
                                "and upgrade again; nothing was changed",
    "storage.reseal_no_key_record": "The database holds {values} but no record of the field key that sealed them; "
                                    "restore it from a backup; nothing was changed",
    # Backups (planning/storage/backup.py)
    BACKUP_WRONG_KEY: "{path} cannot be read with this key or passphrase, or is not a Homeward backup",
    "backup.damaged": "{path} is damaged ({detail}); nothing was restored",
    "backup.failed_check": "{path} failed its integrity check; nothing was restored",
    "backup.target_is_folder": "{path} is a folder",
    "backup.not_written": "The backup could not be written to {path}: {reason}",
    "backup.no_pg_dump": "pg_dump is not installed here, so a PostgreSQL backup cannot be made; install the "
                         "PostgreSQL client tools",
    "backup.pg_dump_failed": "pg_dump failed: {detail}",
    "backup.missing": "{path} does not exist",
    "backup.not_a_backup": "{path} is not a Homeward backup",
    "backup.too_new": "{path} was made by a newer version of Homeward (schema {revision}); update Homeward before "
                      "restoring it",
    "backup.of_embedded": "{path} is a backup of an embedded database and cannot be restored into this one",
    "backup.of_postgresql": "{path} is a backup of a PostgreSQL database and cannot be restored into this one",
    "backup.no_pg_restore": "pg_restore is not installed here; install the PostgreSQL client tools",
    "backup.damaged_dump": "{path} holds a damaged dump; nothing was restored",
    "backup.pg_restore_failed": "pg_restore failed, the database is unchanged: {detail}",
    # Rotating the database key (planning/storage/rekey.py)
    "rekey.not_embedded": "only the embedded (encrypted file) database has a key to rotate; a PostgreSQL server's "
                          "password is changed on the server",
    "rekey.key_in_url": "the key is given in the database URL; rotate a key the keychain holds (open the file by "
                        "its path)",
    "rekey.no_file": "no database file at this path",
    "rekey.no_keychain_key": "The keychain holds no key for {path} (it is opened with a passphrase); the key can be "
                             "rotated only where the keychain holds it",
    "rekey.new_key_fails": "The database {path} does not open with its new key after the rotation; the new key "
                           "stays in the keychain as pending and is tried at the next start",
    "rekey.in_use": "The database {path} is in use by another program; close Homeward everywhere it is open and "
                    "try again",
    "rekey.wrong_key": "The database {path} cannot be read with the keychain's key",
    "rekey.failed": "Rotating the key of {path} failed ({error}); the old key still opens it",
    "rekey.keychain_refused": "The OS keychain refused to store the new key ({error}); nothing was changed",
}

PLURALS: dict[str, tuple[str, str]] = {
    "sealed_value": ("{n} sealed value", "{n} sealed values"),
}

messages.register(__name__, ERRORS, plurals=PLURALS)
