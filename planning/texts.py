"""The English templates of the errors that planning/'s own modules raise, by key.

A key names what went wrong (`integrity`, `case.final`); `{name}` marks where a value goes. The
interface translates the same templates (`desktop/service_messages.py` marks them) and fills them with
the values in the interface language. Sub-packages with many messages keep their own table
(`planning/readiness/texts.py`, `planning/storage/texts.py`…), registered the same way.
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
    # Text typed or imported (planning/validation.py)
    "text.empty": "must not be empty",
    "text.too_long": "is longer than {max_length} characters",
    "text.line_break": "must be on one line: it contains a line break",
    "text.control_character": "contains a control character ({character}); remove it",
    "text.direction_control": "contains {character}, which would change the direction of the text around it; "
                              "remove it",
    "text.invisible_character": "contains an invisible character ({character}); remove it",
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
                               "import-field-key FILE` (an officer exports it with the field key), or restore a "
                               "backup made on this desktop",
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

#: The kinds of break, as `audit verify` names them.
PHRASES = {
    "audit.kind.altered": "altered",
    "audit.kind.recomputed": "recomputed",
    "audit.kind.removed": "removed",
    "audit.kind.inserted": "inserted",
    "audit.kind.head": "head moved",
    "audit.kind.cut": "cut",
    "audit.kind.rewritten": "rewritten",
    "audit.kind.checkpoint": "false checkpoint",
}

#: Counted nouns.
PLURALS = {
    "audit.entry": ("{n} entry", "{n} entries"),
}

messages.register(__name__, {**ERRORS, **AUDIT}, phrases=PHRASES, plurals=PLURALS)
