"""Roles bind where the data is: after `homeward db grant`, each account's own PostgreSQL login can do what its
Homeward role may and nothing more, whatever it sends (plain psycopg, or the services handed a forged actor),
and nobody can cut or rewrite the audit log or the voluntariness events."""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import make_url

from desktop.cli import main
from desktop.commands.session import open_store
from monitoring.followups import log_follow_up
from planning import case_file, protection
from planning.audit_chain import verify
from planning.data_protection import retention
from planning.errors import StorageError
from planning.readiness.service import verdict_for
from planning.security import accounts
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import Case
from planning.storage.models.monitoring import FollowUpStatus
from planning.storage.store import Actor, Store
from planning.vocabulary import CaseStatus, Role
from tests.conftest import TODAY
from tests.scenarios import Family, open_family, ready_family
from tests.unit.monitoring.helpers import arrived_family, follow_ups
from tests.unit.monitoring.test_incidents import DETAINED

pytestmark = pytest.mark.postgres

PASSWORD = "a long enough password 1"
_runs = itertools.count(1)


@dataclass
class Office:
    url: str
    names: dict[Role, str]
    family: Family

    def login(self, role: Role) -> str:
        return f"hw_{self.names[role]}"

    def connect(self, role: Role | str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as that account's login role (the test server trusts local logins)."""
        url = make_url(self.url)
        user = self.login(role) if isinstance(role, Role) else role
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=user, autocommit=True)

    def store(self, role: Role, actor: Actor | None = None) -> Store:
        """The services over that account's own login, acting as `actor` (its own account by default)."""
        location = resolve(make_url(self.url).set(username=self.login(role)).render_as_string(hide_password=False))
        return Store(open_engine(location), actor or Actor(self.names[role], role), location)


@pytest.fixture
def office(pg_empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Office]:
    run = f"{os.getpid()}x{next(_runs)}"  # login roles belong to the whole server: one set per test
    names = {role: f"{role.value.split('_')[0][:5]}{run}" for role in Role}
    owner = open_store(pg_empty_url)
    try:
        accounts.create_first_administrator(owner, names[Role.DATA_PROTECTION_OFFICER], "Dora", PASSWORD)
        officer = owner.as_actor(Actor(names[Role.DATA_PROTECTION_OFFICER], Role.DATA_PROTECTION_OFFICER))
        for role in (Role.COORDINATOR, Role.MONITOR, Role.READ_ONLY):
            accounts.create_account(officer, accounts.NewAccount(names[role], role.value, role, PASSWORD))
        family = open_family(officer)
        protection.raise_concern(officer, family.father, date.today(), "They will arrest me at the border")
    finally:
        owner.engine.dispose()
    passwords = tmp_path / "passwords.tsv"
    assert main(["--db", pg_empty_url, "db", "grant", "--passwords-file", str(passwords)]) == 0
    out = capsys.readouterr().out
    assert "homeward_read_only" in out and "written to" in out
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600 and len(passwords.read_text().splitlines()) == 4
    yield Office(pg_empty_url, names, family)


def refused(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> bool:
    try:
        conn.execute(sql)
    except (errors.InsufficientPrivilege, errors.RaiseException, errors.RestrictViolation):
        return True
    return False


def test_a_read_only_login_cannot_change_a_case(office: Office) -> None:
    with office.connect(Role.READ_ONLY) as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone() == (1,)
        assert refused(conn, "UPDATE case_file SET region_of_return = 'Elsewhere'")
        assert refused(conn, "DELETE FROM booking")
        assert refused(conn, "INSERT INTO country_profile (code, name, irregular_exit_punished, "
                             "active_monitoring_profiles, version) VALUES ('XXX', 'X', false, '[]', 1)")
        assert refused(conn, "UPDATE user_account SET role = 'data_protection_officer'")


def test_nobody_can_cut_or_rewrite_the_audit_log_or_the_voluntariness_events(office: Office) -> None:
    for role in Role:
        with office.connect(role) as conn:
            assert refused(conn, "DELETE FROM audit_entry"), role
            assert refused(conn, "UPDATE audit_entry SET actor = 'someone else'"), role
            assert refused(conn, "UPDATE audit_chain_head SET seq = 0"), role
            assert refused(conn, "TRUNCATE audit_entry"), role
            assert refused(conn, "DELETE FROM voluntariness_event"), role
            assert refused(conn, "UPDATE voluntariness_event SET statement = NULL"), role
            assert refused(conn, "INSERT INTO audit_entry (at, actor, action, entity, seq, digest, prev_hash, hash) "
                                 "VALUES (now(), 'x', 'x', 'x', 999, 'x', 'x', 'x')"), role
    with office.connect(Role.COORDINATOR) as conn:
        assert refused(conn, "SELECT homeward_audit_redact(1, 1)")  # retention's redaction: the officer's only
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        office.connect("homeward_audit_writer").close()


def test_monitors_and_read_only_users_cannot_read_what_a_statement_says(office: Office) -> None:
    for role in (Role.MONITOR, Role.READ_ONLY):
        with office.connect(role) as conn:
            assert conn.execute("SELECT outcome FROM protection_referral").fetchone() == ("pending",)
            assert refused(conn, "SELECT statement FROM protection_referral"), role
            assert refused(conn, "SELECT * FROM audit_entry"), role  # the log repeats what was recorded
    with office.connect(Role.COORDINATOR) as conn:
        assert str(conn.execute("SELECT statement FROM protection_referral").fetchone()[0]).startswith("hw2:")


def test_a_monitor_cannot_open_or_change_cases(office: Office) -> None:
    with office.connect(Role.MONITOR) as conn:
        assert refused(conn, "UPDATE case_file SET region_of_return = 'Elsewhere'")
        assert refused(conn, "UPDATE person SET given_names = 'Someone'")
        assert refused(conn, "INSERT INTO voluntariness_event (person_id, kind, occurred_on, recorded_at, "
                             "recorded_by) VALUES (1, 'refused', current_date, now(), 'x')")


def test_a_service_handed_a_forged_actor_writes_nothing_under_another_name(office: Office) -> None:
    """The services trust the Actor they are handed; the database does not: a coordinator's desktop that
    claims to be the officer gets its write refused, and nothing of it is kept."""
    officer = office.names[Role.DATA_PROTECTION_OFFICER]
    forged = office.store(Role.COORDINATOR, Actor(officer, Role.DATA_PROTECTION_OFFICER))
    try:
        with pytest.raises(StorageError) as refused_name:
            protection.raise_concern(forged, office.family.mother, date.today(), "written under the officer's name")
        assert refused_name.value.key == "storage.not_your_account"
    finally:
        forged.engine.dispose()
    own = office.store(Role.COORDINATOR)
    try:
        protection.raise_concern(own, office.family.mother, date.today(), "Fears the militia")  # as herself: fine
    finally:
        own.engine.dispose()
    read_only = office.store(Role.READ_ONLY, Actor(officer, Role.DATA_PROTECTION_OFFICER))
    try:
        with pytest.raises(StorageError) as refused_write:
            protection.raise_concern(read_only, office.family.mother, date.today(), "as the officer, from read-only")
        assert refused_write.value.key == "storage.not_permitted"
    finally:
        read_only.engine.dispose()
    checker = office.store(Role.DATA_PROTECTION_OFFICER)
    try:
        report = verify(checker)
        assert report.ok, report.broken
        with office.connect(Role.DATA_PROTECTION_OFFICER) as conn:
            actors = [row[0] for row in conn.execute("SELECT actor FROM audit_entry WHERE action = 'protection.raise' "
                                                     "ORDER BY seq")]
        assert actors == [officer, office.names[Role.COORDINATOR]]
    finally:
        checker.engine.dispose()


def test_account_changes_reach_the_login_roles_at_once(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    """The officer deactivates the monitor over her own login: the monitor's login can no longer connect,
    at once; an account she adds has its login role in its group (a password comes from `db grant`)."""
    officer = office.store(Role.DATA_PROTECTION_OFFICER)
    newcomer = f"new{office.names[Role.MONITOR]}"
    try:
        version = next(a.version for a in accounts.list_accounts(officer) if a.username == office.names[Role.MONITOR])
        accounts.set_active(officer, office.names[Role.MONITOR], False, version)
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            office.connect(Role.MONITOR).close()
        accounts.create_account(officer, accounts.NewAccount(newcomer, "New", Role.READ_ONLY, PASSWORD))
    finally:
        officer.engine.dispose()
    with office.connect(Role.DATA_PROTECTION_OFFICER) as conn:
        assert conn.execute("SELECT rolcanlogin, pg_has_role(rolname, 'homeward_read_only', 'MEMBER'), "
                            "pg_has_role(rolname, 'homeward_coordinator', 'MEMBER') FROM pg_roles "
                            "WHERE rolname = %s", (f"hw_{newcomer}",)).fetchone() == (True, True, False)
        assert refused(conn, f'ALTER ROLE "hw_{newcomer}" SUPERUSER')  # the officer's login cannot do it itself
    assert main(["--db", office.url, "db", "grant"]) == 0
    assert f"{office.names[Role.MONITOR]}: {office.login(Role.MONITOR)} (deactivated" in capsys.readouterr().out


def test_each_role_does_its_everyday_work_over_its_own_login(office: Office) -> None:
    """The grants are not only refusals: each role's own work goes through (the monitor's report of a
    detention with its side effects on assurances, bookings and cases; the coordinator's household made
    ready; the read-only user's sign-in and case file; the officer's retention)."""
    def on(role: Role) -> Store:
        own = office.store(role)
        return Store(own.engine, own.actor, own.location, today=lambda: TODAY)

    coordinator, monitor, reader, officer = (on(r) for r in (Role.COORDINATOR, Role.MONITOR, Role.READ_ONLY,
                                                             Role.DATA_PROTECTION_OFFICER))
    try:
        ready = ready_family(coordinator)
        _, plan = arrived_family(coordinator, with_assurances=False)
        follow_up = next(f for f in follow_ups(monitor, plan.plan_id) if f.status is FollowUpStatus.DUE)
        logged = log_follow_up(monitor, follow_up.id, DETAINED)
        assert logged.incident_id is not None
        assert not verdict_for(monitor, ready.case_id).ready  # S9, through the monitor's own login

        signed = accounts.sign_in(reader, office.names[Role.READ_ONLY], PASSWORD)
        assert signed.actor.role is Role.READ_ONLY
        view = case_file.load(reader, office.family.case_id)
        assert [r.statement for m in view.members for r in m.referrals] == [""]  # not its to read

        with officer.transaction() as session:
            session.get_one(Case, ready.case_id).closed_on = date(2019, 5, 1)
            session.get_one(Case, ready.case_id).status = CaseStatus.CLOSED
        later = Store(officer.engine, officer.actor, officer.location, today=lambda: date(2033, 1, 1))
        assert retention.apply(later).references == (ready.reference,)  # redacted through the officer's functions
        report = verify(officer)
        assert report.ok, report.broken
    finally:
        for store in (coordinator, monitor, reader, officer):
            store.engine.dispose()
