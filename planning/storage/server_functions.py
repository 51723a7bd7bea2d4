"""On PostgreSQL, the functions through which the audit chain and the append-only tables are written.

No desktop role may INSERT into `audit_entry`, UPDATE `audit_chain_head`, or UPDATE or DELETE an audit
entry or a voluntariness event (`planning.storage.grants`). Those writes go through these functions,
SECURITY DEFINER and owned (once `homeward db grant` ran) by `homeward_audit_writer`, a role nobody
logs in as:

- `homeward_audit_lock()` locks the chain head for the caller's transaction and returns it;
- `homeward_audit_append(entries, head)` appends entries only at the head (positions and links
  continuous from it), with a time near the server's, each under the account of the login role that
  calls it (a desktop signed in to Homeward as someone else cannot write under their name), then
  moves the head to the last entry;
- `homeward_audit_redact(case_id, by)` and `homeward_voluntariness_redact(person_ids, on)` make the
  one change retention may make (the triggers check it again), for the data-protection officer;
- `homeward_sync_account(user name)`, owned by `homeward_role_keeper` (which may create roles, and
  nothing else: nobody logs in as it either), puts one account's login role in step with the account
  as the officer just changed it: made if missing (without a password), in its role's group only,
  able to log in while active, and with its sessions ended once deactivated. It touches no role but
  `hw_<user name>` roles of `homeward_accounts`.

A login role of a Homeward account is named `hw_<user name>` and is a member of `homeward_accounts`.
Before `db grant` (one role owning everything, as in the tests) the functions run as that owner and
check the same.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: Every function here, with its arguments (for ALTER ... OWNER, GRANT EXECUTE and DROP).
SIGNATURES = {
    "lock": "homeward_audit_lock()",
    "append": "homeward_audit_append(json, json)",
    "redact": "homeward_audit_redact(integer, integer)",
    "redact_voluntariness": "homeward_voluntariness_redact(integer[], date)",
}
#: The keeper's function (separate: another owner, created by `db grant` once the roles exist).
SYNC = "homeward_sync_account(text)"
KEEPER = "homeward_role_keeper"
ACCOUNTS_ROLE = "homeward_accounts"
LOGIN_PREFIX = "hw_"
#: Entries a desktop may write under another name: a refused sign-in names the account tried, and the
#: evidence of a head found moved is the system's.
OTHER_ACTORS = ("account.sign_in_refused", "audit.head_moved")
#: How far an entry's time may be from the server's clock.
CLOCK_TOLERANCE = "15 minutes"

_LOCK = """
CREATE OR REPLACE FUNCTION homeward_audit_lock()
RETURNS TABLE (seq integer, hash text, installation_id text, keyed_from integer, mac text, key_source text,
               wrapped_key bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    RETURN QUERY SELECT h.seq, h.hash::text, h.installation_id::text, h.keyed_from, h.mac::text,
                        h.key_source::text, h.wrapped_key
                 FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
END
$$
"""

_APPEND = """
CREATE OR REPLACE FUNCTION homeward_audit_append(entries json, head json)
RETURNS SETOF integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    current_seq integer;
    current_hash text;
    account text;
    e json;
    new_id integer;
BEGIN
    SELECT h.seq, h.hash INTO current_seq, current_hash FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{accounts}')
       AND pg_has_role(session_user, '{accounts}', 'MEMBER') AND session_user LIKE '{prefix}%' THEN
        account := substr(session_user, {after_prefix});
    END IF;
    FOR e IN SELECT value FROM json_array_elements(entries) LOOP
        IF (e->>'seq')::integer IS DISTINCT FROM current_seq + 1 OR e->>'prev_hash' IS DISTINCT FROM current_hash THEN
            RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
                MESSAGE = 'audit entries are appended at the head of the chain only';
        END IF;
        IF abs(extract(epoch FROM ((e->>'at')::timestamptz - clock_timestamp()))) >
           extract(epoch FROM interval '{tolerance}') THEN
            RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
                MESSAGE = 'an audit entry''s time is far from the server''s clock';
        END IF;
        IF account IS NOT NULL AND e->>'actor' IS DISTINCT FROM account
           AND NOT (e->>'action' = ANY (ARRAY[{other_actors}])) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('login role %s may write audit entries as %s only, not as %s',
                                 session_user, account, e->>'actor');
        END IF;
        INSERT INTO audit_entry (at, actor, action, entity, entity_id, case_id, before, after, seq, digest,
                                 prev_hash, hash)
        VALUES ((e->>'at')::timestamptz, e->>'actor', e->>'action', e->>'entity', (e->>'entity_id')::integer,
                (e->>'case_id')::integer, e->'before', e->'after', (e->>'seq')::integer, e->>'digest',
                e->>'prev_hash', e->>'hash')
        RETURNING id INTO new_id;
        current_seq := current_seq + 1;
        current_hash := e->>'hash';
        RETURN NEXT new_id;
    END LOOP;
    IF (head->>'seq')::integer IS DISTINCT FROM current_seq OR head->>'hash' IS DISTINCT FROM current_hash THEN
        RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
            MESSAGE = 'the chain head moves to its last entry only';
    END IF;
    UPDATE audit_chain_head SET seq = current_seq, hash = current_hash, mac = head->>'mac',
        keyed_from = COALESCE((head->>'keyed_from')::integer, keyed_from),
        key_source = CASE WHEN (head::jsonb) ? 'key_source' THEN head->>'key_source' ELSE key_source END,
        wrapped_key = CASE WHEN (head::jsonb) ? 'wrapped_key' THEN decode(head->>'wrapped_key', 'hex')
                           ELSE wrapped_key END
    WHERE id = 1;
END
$$
"""

_REDACT = """
CREATE OR REPLACE FUNCTION homeward_audit_redact(case_id integer, by_entry integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    changed integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.id = by_entry AND a.action = 'retention.apply') THEN
        RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
            MESSAGE = 'audit entries are redacted by a retention entry only';
    END IF;
    UPDATE audit_entry a SET before = NULL, after = NULL, redacted_by = by_entry
    WHERE a.case_id = homeward_audit_redact.case_id AND a.redacted_by IS NULL;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$$
"""

_REDACT_VOLUNTARINESS = """
CREATE OR REPLACE FUNCTION homeward_voluntariness_redact(person_ids integer[], redacted date)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    changed integer;
BEGIN
    UPDATE voluntariness_event v SET statement = NULL, counsellor = NULL, interpreter = NULL,
        redacted_on = redacted
    WHERE v.person_id = ANY (person_ids) AND v.redacted_on IS NULL;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$$
"""


_SYNC = """
CREATE OR REPLACE FUNCTION homeward_sync_account(username text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    login text := '{prefix}' || username;
    wanted text;
    active boolean;
    grp text;
BEGIN
    IF username !~ '^[a-z0-9][a-z0-9._-]{{1,59}}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'not a Homeward user name';
    END IF;
    SELECT 'homeward_' || u.role, u.active INTO wanted, active FROM user_account u WHERE u.username = $1;
    IF wanted IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('no account %s', username);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE {accounts}', login);
    ELSIF NOT pg_has_role(login, '{accounts}', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the role %s is not a Homeward login', login);
    END IF;
    FOREACH grp IN ARRAY ARRAY[{groups}] LOOP
        IF grp <> wanted OR NOT active THEN
            EXECUTE format('REVOKE %I FROM %I', grp, login);
        END IF;
    END LOOP;
    IF active THEN
        EXECUTE format('GRANT %I TO %I', wanted, login);
        EXECUTE format('ALTER ROLE %I LOGIN', login);
        RETURN 'active';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    BEGIN
        PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = login;
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;  -- without pg_signal_backend its sessions end at their next reconnection
    END;
    RETURN 'deactivated';
END
$$
"""


def install_sync(conn: Connection, groups: tuple[str, ...]) -> None:
    """The keeper's function (by `db grant`, once the group roles exist)."""
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    conn.execute(text(_SYNC.format(schema=schema, prefix=LOGIN_PREFIX, accounts=ACCOUNTS_ROLE,
                                   groups=", ".join(f"'{g}'" for g in groups))))


def sync_account(conn: Connection, username: str) -> str | None:
    """Put `username`'s login role in step with the account (PostgreSQL once `db grant` ran); None where
    there is nothing to keep in step."""
    if conn.dialect.name != "postgresql":
        return None
    if not conn.execute(text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": SYNC}).scalar():
        return None
    return str(conn.execute(text("SELECT homeward_sync_account(:u)"), {"u": username}).scalar_one())


def install(conn: Connection) -> None:
    """Create (or replace) the functions in the connection's current schema (PostgreSQL only)."""
    if conn.dialect.name != "postgresql":
        return
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    values = {"schema": schema, "accounts": ACCOUNTS_ROLE, "prefix": LOGIN_PREFIX.replace("_", "\\_"),
              "after_prefix": len(LOGIN_PREFIX) + 1, "tolerance": CLOCK_TOLERANCE,
              "other_actors": ", ".join(f"'{action}'" for action in OTHER_ACTORS)}
    for sql in (_LOCK, _APPEND, _REDACT, _REDACT_VOLUNTARINESS):
        conn.execute(text(sql.format(**values)))


def drop(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for signature in (*SIGNATURES.values(), SYNC):
        conn.execute(text(f"DROP FUNCTION IF EXISTS {signature}"))
