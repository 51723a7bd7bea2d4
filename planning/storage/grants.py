"""On PostgreSQL, roles that bind where the data is: a group role per Homeward role, a login role per account.

The services check every action against the signed-in account's role (`planning.security.permissions`),
but a desktop that holds a database login could skip them (psql, a script). `homeward db grant`, run by
the database's owner or a superuser, makes the database itself refuse what a role may not do:

- a group role per Homeward role (`homeward_coordinator`, `homeward_monitor`,
  `homeward_data_protection_officer`, `homeward_read_only`), each granted what that role needs on
  each table and nothing more (a read-only user may read, not change; a monitor may write follow-ups,
  places and their side effects, not cases; neither may read what a protection statement says);
- a login role per Homeward account, `hw_<user name>`, a member of its role's group and of
  `homeward_accounts`, and not able to log in once the account is deactivated (its sessions ended);
- `homeward_role_keeper`, which nobody logs in as either, owning the function through which the
  officer's account changes reach the login roles at once (`homeward_sync_account`);
- `homeward_audit_writer`, which nobody logs in as, owning the functions through which the audit log
  is appended to and redacted (`planning.storage.server_functions`): UPDATE and DELETE on the audit log
  and on voluntariness events are granted to no login role, and the audit log is read by the
  data-protection officer only;
- nothing for PUBLIC: no table, sequence or function, and no connection to the database.

Run it again after `db upgrade` (new tables) and after accounts change; it only adds what is missing and
takes away what a role no longer has.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from planning.storage.base import Base
from planning.storage.models import UserAccount
from planning.storage.server_functions import ACCOUNTS_ROLE, KEEPER, LOGIN_PREFIX, SIGNATURES, SYNC, install_sync
from planning.vocabulary import Role

GROUPS = {
    Role.COORDINATOR: "homeward_coordinator",
    Role.MONITOR: "homeward_monitor",
    Role.DATA_PROTECTION_OFFICER: "homeward_data_protection_officer",
    Role.READ_ONLY: "homeward_read_only",
}
WRITER = "homeward_audit_writer"
#: The longest PostgreSQL role name.
MAX_ROLE_NAME = 63

AUDIT = {"audit_entry", "audit_chain_head"}
APPEND_ONLY = {"voluntariness_event", "audit_entry"}
#: Tables no case work writes: accounts and keys (the officer's), the audit log, the schema's version.
ADMINISTRATION = {"user_account", "field_key", "alembic_version", *AUDIT, "voluntariness_event"}
#: Columns a monitor or read-only user may not select (what a person said about the protection they seek).
HIDDEN = {"protection_referral": frozenset({"statement"})}
#: What signing in and changing one's own password writes, for every role.
SIGN_IN_COLUMNS = ("failed_attempts", "locked_until", "last_sign_in_at", "password_hash", "password_changed_at",
                   "must_change_password", "version")
#: What a monitor writes: follow-ups with their files and incidents, places and offices, the documents it
#: issues, and what a reported breach changes at once (the country's assurances under review, the bookings
#: put at risk, the cases' status).
MONITOR_WRITES = {"follow_up", "follow_up_attachment", "monitoring_incident", "monitoring_plan", "household_place",
                  "field_office", "document_issue"}
MONITOR_SIDE_EFFECTS = {
    "assurance": ("status", "version"),
    "booking": ("status", "version"),
    "case_file": ("status", "ready", "decided_on", "household_size", "vulnerable", "status_checked_on"),
}
#: Records a coordinator may change but never delete (history is kept: cases, people, statements,
#: consent, transfers, documents issued, bookings, follow-ups, incidents).
KEPT_WHOLE = {"case_file", "person", "protection_referral", "consent_record", "data_transfer", "document_issue",
              "booking", "booking_check_in", "movement", "follow_up", "monitoring_incident", "person_identity",
              "identity_decision"}
#: Where the voluntariness events and the audit log may be redacted by retention (through the functions).
REDACTABLE = {"voluntariness_event": ("statement", "counsellor", "interpreter", "redacted_on"),
              "audit_entry": ("before", "after", "redacted_by")}


def login_role(username: str) -> str:
    return f"{LOGIN_PREFIX}{username}"


def _q(name: str) -> str:
    """A role or table name quoted as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Login:
    """What `grant` did for one account's login role."""

    account: str
    role: str
    group: str | None
    active: bool
    created: bool = False
    #: A password set now (printed nowhere but the file the command was given).
    password: str | None = None
    #: Why the account has no login role (a name too long, a role of that name not Homeward's).
    skipped: str | None = None


@dataclass
class GrantReport:
    schema: str
    tables: int = 0
    logins: list[Login] = field(default_factory=list)


def tables() -> list[str]:
    return sorted({*Base.metadata.tables, "alembic_version"})


def privileges(table: str, role: Role) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    """The table-wide privileges of `role`'s group on `table`, and its column-wide ones."""
    whole: set[str] = set()
    columns: dict[str, tuple[str, ...]] = {}
    hidden = HIDDEN.get(table, frozenset())
    casework = table not in ADMINISTRATION
    if table == "audit_entry":
        return ({"SELECT"} if role is Role.DATA_PROTECTION_OFFICER else set()), {}
    if role in (Role.MONITOR, Role.READ_ONLY) and hidden:
        columns["SELECT"] = tuple(c.name for c in Base.metadata.tables[table].columns if c.name not in hidden)
    else:
        whole.add("SELECT")
    if table == "user_account":
        if role is Role.DATA_PROTECTION_OFFICER:
            whole |= {"INSERT", "UPDATE"}
        else:
            columns["UPDATE"] = SIGN_IN_COLUMNS
    if table == "field_key" and role is not Role.READ_ONLY:
        whole.add("INSERT")
        if role is Role.DATA_PROTECTION_OFFICER:
            whole.add("UPDATE")
    if table == "voluntariness_event" and role in (Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER):
        whole.add("INSERT")
    if role is Role.MONITOR:
        if table in MONITOR_WRITES:
            whole |= {"INSERT", "UPDATE"}
        elif table in MONITOR_SIDE_EFFECTS:
            columns["UPDATE"] = MONITOR_SIDE_EFFECTS[table]
    if casework and role is Role.COORDINATOR:
        whole |= {"INSERT", "UPDATE"} | (set() if table in KEPT_WHOLE else {"DELETE"})
    if casework and role is Role.DATA_PROTECTION_OFFICER:
        whole |= {"INSERT", "UPDATE", "DELETE"}
    return whole, columns


def _exists(conn: Connection, role: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def _is_homeward_login(conn: Connection, role: str) -> bool:
    return bool(conn.execute(text("SELECT pg_has_role(:r, :a, 'MEMBER')"), {"r": role, "a": ACCOUNTS_ROLE}).scalar())


def _ensure_group(conn: Connection, role: str) -> None:
    if not _exists(conn, role):
        conn.execute(text(f"CREATE ROLE {_q(role)} NOLOGIN"))
    else:
        conn.execute(text(f"ALTER ROLE {_q(role)} NOLOGIN"))


def grant(conn: Connection, *, new_passwords: Collection[str] = (), passwords: bool = False) -> GrantReport:
    """Set up the roles and privileges in the connection's schema (one transaction, the caller's). New
    login roles get a password only when `passwords` is set (they are returned, once); `new_passwords`
    names existing accounts whose login password is replaced."""
    schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    report = GrantReport(schema)
    for role in (*GROUPS.values(), WRITER, ACCOUNTS_ROLE):
        _ensure_group(conn, role)
    everyone = [*GROUPS.values(), WRITER]
    conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_q(database)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(database)} TO {', '.join(map(_q, everyone))}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {_q(schema)} FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {_q(schema)} TO {', '.join(map(_q, everyone))}"))
    for grantee in ("PUBLIC", *map(_q, everyone)):
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_q(schema)} FROM {grantee}"))
        conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {_q(schema)} FROM {grantee}"))
    present = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    for table in tables():
        if table not in present:
            continue
        report.tables += 1
        all_columns = ", ".join(_q(c) for c in _columns(conn, table))
        for role, group in GROUPS.items():
            if all_columns:
                conn.execute(text(f"REVOKE ALL ({all_columns}) ON {_q(table)} FROM {_q(group)}"))
            whole, columns = privileges(table, role)
            if whole:
                conn.execute(text(f"GRANT {', '.join(sorted(whole))} ON {_q(table)} TO {_q(group)}"))
            for privilege, names in columns.items():
                conn.execute(text(f"GRANT {privilege} ({', '.join(map(_q, names))}) ON {_q(table)} TO {_q(group)}"))
    _grant_writer(conn, present)
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_q(schema)} TO "
                      f"{', '.join(map(_q, everyone))}"))
    _grant_functions(conn)
    _keeper(conn, present)
    report.logins = sync_logins(conn, new_passwords=new_passwords, passwords=passwords)
    return report


def _keeper(conn: Connection, present: set[str]) -> None:
    """`homeward_role_keeper`: may make and change login roles in the Homeward groups, through
    `homeward_sync_account` only (the officer's, when an account is added, changes role or is deactivated)."""
    if not _exists(conn, KEEPER):
        conn.execute(text(f"CREATE ROLE {_q(KEEPER)} NOLOGIN CREATEROLE"))
    conn.execute(text(f"ALTER ROLE {_q(KEEPER)} NOLOGIN CREATEROLE"))
    for group in (*GROUPS.values(), ACCOUNTS_ROLE):
        conn.execute(text(f"GRANT {_q(group)} TO {_q(KEEPER)} WITH ADMIN OPTION"))
    try:
        with conn.begin_nested():
            conn.execute(text(f"GRANT pg_signal_backend TO {_q(KEEPER)}"))  # to end a deactivated login's sessions
    except DBAPIError:
        pass  # only a superuser may: those sessions then end at their next reconnection
    if "user_account" in present:
        conn.execute(text(f"GRANT SELECT (username, role, active) ON user_account TO {_q(KEEPER)}"))
    install_sync(conn, tuple(GROUPS.values()))
    if not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
        conn.execute(text(f"GRANT {_q(KEEPER)} TO current_user"))
    conn.execute(text(f"ALTER FUNCTION {SYNC} OWNER TO {_q(KEEPER)}"))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {SYNC} FROM PUBLIC"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION {SYNC} TO {_q(GROUPS[Role.DATA_PROTECTION_OFFICER])}"))


def _columns(conn: Connection, table: str) -> list[str]:
    return list(conn.execute(text("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = :t ORDER BY ordinal_position"),
                             {"t": table}).scalars())


def _grant_writer(conn: Connection, present: set[str]) -> None:
    """What the functions' owner needs: append to the audit log and move its head; redact."""
    if "audit_entry" in present:
        conn.execute(text(f"GRANT SELECT, INSERT ON audit_entry TO {_q(WRITER)}"))
        conn.execute(text(f"GRANT UPDATE ({', '.join(REDACTABLE['audit_entry'])}) ON audit_entry TO {_q(WRITER)}"))
    if "audit_chain_head" in present:
        conn.execute(text(f"GRANT SELECT, UPDATE ON audit_chain_head TO {_q(WRITER)}"))
    if "voluntariness_event" in present:
        conn.execute(text(f"GRANT SELECT ON voluntariness_event TO {_q(WRITER)}"))
        conn.execute(text(f"GRANT UPDATE ({', '.join(REDACTABLE['voluntariness_event'])}) ON voluntariness_event "
                          f"TO {_q(WRITER)}"))


def _grant_functions(conn: Connection) -> None:
    me = str(conn.execute(text("SELECT current_user")).scalar_one())
    if not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
        conn.execute(text(f"GRANT {_q(WRITER)} TO {_q(me)}"))  # to hand the functions over to it
    everyone = ", ".join(_q(g) for g in GROUPS.values())
    for name, signature in SIGNATURES.items():
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {_q(WRITER)}"))
        conn.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        callers = everyone if name in ("lock", "append") else _q(GROUPS[Role.DATA_PROTECTION_OFFICER])
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {callers}"))


def sync_logins(conn: Connection, *, new_passwords: Collection[str] = (), passwords: bool = False,
                only: Iterable[str] | None = None) -> list[Login]:
    """Each account's login role as the account stands: its group, LOGIN while active, NOLOGIN (and its
    sessions ended) once deactivated."""
    wanted = set(only) if only is not None else None
    done: list[Login] = []
    for username, role, active in conn.execute(select(UserAccount.username, UserAccount.role, UserAccount.active)
                                               .order_by(UserAccount.username)):
        if wanted is not None and username not in wanted:
            continue
        done.append(_sync_login(conn, username, Role(role), bool(active), username in new_passwords, passwords))
    return done


def _sync_login(conn: Connection, username: str, role: Role, active: bool, renew: bool, passwords: bool) -> Login:
    name = login_role(username)
    group = GROUPS[role]
    if len(name.encode("utf-8")) > MAX_ROLE_NAME:
        return Login(username, name, group, active, skipped="the user name is too long for a PostgreSQL role")
    created = False
    if not _exists(conn, name):
        conn.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN IN ROLE {_q(ACCOUNTS_ROLE)}"))
        created = True
    elif not _is_homeward_login(conn, name):
        return Login(username, name, group, active, skipped="a PostgreSQL role of that name exists and is not "
                                                            "one Homeward made; rename it or the account")
    for other in GROUPS.values():
        if other != group or not active:
            conn.execute(text(f"REVOKE {_q(other)} FROM {_q(name)}"))
    password = None
    if active:
        conn.execute(text(f"GRANT {_q(group)} TO {_q(name)}"))
        conn.execute(text(f"ALTER ROLE {_q(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                          "NOBYPASSRLS"))
        if renew or (created and passwords):
            password = secrets.token_urlsafe(18)
            conn.execute(text(f"ALTER ROLE {_q(name)} PASSWORD {_literal(conn, password)}"))
    else:
        conn.execute(text(f"ALTER ROLE {_q(name)} NOLOGIN"))
        _end_sessions(conn, name)
    return Login(username, name, group if active else None, active, created, password)


def _end_sessions(conn: Connection, name: str) -> None:
    """A deactivated account's open sessions end now, where the one running this may end them."""
    try:
        with conn.begin_nested():
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r "
                              "AND pid <> pg_backend_pid()"), {"r": name})
    except DBAPIError:
        pass  # not a superuser nor in pg_signal_backend: they end at their next reconnection


def _literal(conn: Connection, value: str) -> str:
    return str(conn.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one())
