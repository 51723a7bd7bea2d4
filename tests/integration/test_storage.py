"""Storage guarantees: encryption at rest, keys and passphrases, optimistic locking, no secrets in logs."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import sqlcipher3
from sqlalchemy import URL, create_engine, select

from planning.errors import ConflictError, KeychainError, StorageError
from planning.security.keychain import is_keychain
from planning.security.keychain import refused as refused_backend
from planning.security.keys import SERVICE, DatabaseKey, account_for
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import CountryProfile
from planning.storage.store import SYSTEM, Store
from tests.conftest import MemoryKeyring

DISTINCTIVE = "Qwertzuiopland-7f3a9c"


def new_database(path: Path, **kwargs: object) -> None:
    engine = open_engine(resolve(str(path)), **kwargs)  # type: ignore[arg-type]
    migrate.upgrade(engine)
    engine.dispose()


# --- encryption at rest ------------------------------------------------------------------------


def test_the_file_is_unreadable_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "homeward.db"
    engine = open_engine(resolve(str(path)))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(CountryProfile.__table__.insert().values(  # type: ignore[attr-defined]
            code="QWZ", name=DISTINCTIVE, irregular_exit_punished=False, active_monitoring_profiles=[],
            notes=DISTINCTIVE, version=1,
        ))
    engine.dispose()

    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        plain.execute("SELECT name FROM sqlite_master").fetchall()
    plain.close()
    for file in tmp_path.iterdir():
        assert DISTINCTIVE.encode() not in file.read_bytes(), file.name
        assert DISTINCTIVE.encode("utf-16-le") not in file.read_bytes(), file.name


def test_a_wrong_key_in_the_keychain_is_reported(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "homeward.db"
    new_database(path)
    memory_keyring.set_password(SERVICE, account_for(path), DatabaseKey.generate().stored_form())

    with pytest.raises(StorageError) as caught:
        open_engine(resolve(str(path)))
    assert caught.value.key == "storage.wrong_key"


def test_a_wrong_key_in_the_url_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "homeward.db"
    new_database(path)
    location = resolve(f"sqlite+pysqlcipher://:not-the-key@/{path}")
    assert location.explicit_key == "not-the-key"

    with pytest.raises(StorageError) as caught:
        open_engine(location)
    assert caught.value.key == "storage.wrong_key"
    assert "not-the-key" not in caught.value.message


# --- no keychain ---------------------------------------------------------------------------------


@pytest.fixture
def no_keychain() -> None:
    """Like a desktop with no OS keychain: every keyring call raises NoKeyringError."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores it


@pytest.mark.usefixtures("no_keychain")
def test_without_keychain_or_passphrase_prompt_nothing_opens(tmp_path: Path) -> None:
    path = tmp_path / "homeward.db"

    with pytest.raises(KeychainError) as caught:
        open_engine(resolve(str(path)))
    assert caught.value.key == "keychain.not_interactive"
    assert not path.exists()


@pytest.mark.usefixtures("no_keychain")
def test_without_keychain_the_passphrase_creates_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "homeward.db"
    asked: list[tuple[Path, bool]] = []

    def ask(where: Path, new: bool) -> str:
        asked.append((where, new))
        return "correct horse battery staple"

    new_database(path, ask_passphrase=ask)
    assert path.exists()
    engine = open_engine(resolve(str(path)), ask)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert [new for _, new in asked] == [True, False]

    with pytest.raises(StorageError) as caught:
        open_engine(resolve(str(path)), lambda _p, _n: "wrong passphrase")
    assert caught.value.key == "storage.wrong_key"

    with pytest.raises(KeychainError):
        open_engine(resolve(str(path)), lambda _p, _n: None)


# --- optimistic locking --------------------------------------------------------------------------


def add_country(store: Store) -> int:
    with store.transaction() as session:
        country = CountryProfile(code="OPT", name="Original")
        session.add(country)
        session.flush()
        return country.id


def test_the_second_of_two_edits_of_one_version_is_refused(any_store: Store) -> None:
    country_id = add_country(any_store)
    with any_store.transaction() as first_session:
        first = first_session.get_one(CountryProfile, country_id)
    with any_store.transaction() as second_session:
        second = second_session.get_one(CountryProfile, country_id)
    assert first.version == second.version == 1

    with any_store.transaction() as session:
        session.add(first)
        first.name = "First edit"
    with pytest.raises(ConflictError), any_store.transaction() as session:
        session.add(second)
        second.name = "Second edit"

    with any_store.reading() as session:
        stored = session.scalars(select(CountryProfile).where(CountryProfile.id == country_id)).one()
        assert (stored.name, stored.version) == ("First edit", 2)


@pytest.mark.postgres
def test_concurrent_transactions_never_overwrite_silently(pg_store: Store) -> None:
    """Two open transactions on PostgreSQL (two desktops, two engines): the later writer gets a conflict,
    the first change stays."""
    country_id = add_country(pg_store)
    other = Store(create_engine(pg_store.engine.url), pg_store.actor)

    with pytest.raises(ConflictError), pg_store.transaction() as slow:
        late = slow.get_one(CountryProfile, country_id)
        with other.transaction() as fast:
            fast.get_one(CountryProfile, country_id).name = "Fast edit"
        late.name = "Slow edit"
    other.engine.dispose()

    with pg_store.reading() as session:
        stored = session.get_one(CountryProfile, country_id)
        assert (stored.name, stored.version) == ("Fast edit", 2)


# --- secrets stay out of logs and messages -------------------------------------------------------


def test_the_sqlcipher_key_is_never_logged(
    tmp_path: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "homeward.db"
    engine = open_engine(resolve(str(path)))
    migrate.ensure_current(engine)
    (secret,) = [DatabaseKey.from_stored(v).secret for v in memory_keyring.secrets.values()]

    assert secret not in caplog.text
    assert secret not in repr(engine)
    assert secret not in resolve(str(path)).redacted()
    engine.dispose()


@pytest.mark.postgres
def test_the_postgresql_password_is_never_logged(
    pg_database: URL, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    location = resolve(pg_database.set(password="S3cret-pw").render_as_string(hide_password=False))

    engine = open_engine(location)  # the test server trusts local logins and ignores the password
    engine.dispose()

    assert "database opened" in caplog.text
    assert "S3cret-pw" not in caplog.text
    assert "S3cret-pw" not in location.redacted()
    assert "***" in location.redacted()


def test_an_unreachable_server_is_reported_without_the_password() -> None:
    location = resolve("postgresql://homeward:S3cret-pw@127.0.0.1:1/homeward")

    with pytest.raises(StorageError) as caught:
        open_engine(location)
    assert caught.value.key == "storage.unreachable"
    assert "S3cret-pw" not in str(caught.value)


# --- secrets only in a real keychain ---------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def homeward(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, with the keyring backend its environment chooses."""
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)


def test_a_plaintext_keyring_file_never_receives_the_key(tmp_path: Path) -> None:
    """With keyrings.alt installed, keyring picks its PlaintextKeyring where there is no desktop keychain: the
    key would land base64 in a file, and plain sqlcipher3 would then read every name. Homeward refuses it and
    falls back to the passphrase (from a file, for a script)."""
    path = tmp_path / "homeward.db"
    store_file = tmp_path / "data" / "python_keyring" / "keyring_pass.cfg"
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "XDG_DATA_HOME": str(tmp_path / "data")}

    refused = homeward("--db", str(path), "demo", "--cases", "2", "--seed", "1", env=env)

    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "keyrings.alt.file.PlaintextKeyring is not an OS keychain" in refused.stderr
    assert not path.exists() and not store_file.exists()

    passphrase = tmp_path / "passphrase"
    passphrase.write_text("a long passphrase kept offline\n", encoding="utf-8")
    passphrase.chmod(0o644)
    loose = homeward("--db", str(path), "--passphrase-file", str(passphrase), "demo", "--cases", "2", "--seed", "1",
                     env=env)
    assert loose.returncode == 2 and "chmod 600" in loose.stderr and not path.exists()

    passphrase.chmod(0o600)
    made = homeward("--db", str(path), "demo", "--cases", "2", "--seed", "1",
                    env={**env, "HOMEWARD_PASSPHRASE_FILE": str(passphrase)})
    assert made.returncode == 0, made.stderr
    assert not store_file.exists()  # nothing was kept in the file, neither the database nor the field key
    plain = sqlcipher3.connect(str(path))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT given_names FROM person").fetchall()  # no key: nothing to read
    plain.close()
    opened = sqlcipher3.connect(str(path))
    opened.execute('PRAGMA key = "a long passphrase kept offline"')
    assert len(opened.execute("SELECT given_names FROM person").fetchall()) > 0  # the passphrase opens it
    opened.close()


def test_a_plaintext_keyring_is_refused_in_process_and_the_passphrase_is_asked(tmp_path: Path) -> None:
    import keyrings.alt.file

    plain = keyrings.alt.file.PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(plain)  # the autouse fixture restores the memory keychain
    asked: list[bool] = []

    def ask(_where: Path, new: bool) -> str:
        asked.append(new)
        return "correct horse battery staple"

    new_database(tmp_path / "homeward.db", ask_passphrase=ask)

    assert asked == [True]
    assert not (tmp_path / "keyring.cfg").exists()
    assert refused_backend() == "keyrings.alt.file.PlaintextKeyring"


def test_file_null_and_fail_backends_are_not_keychains() -> None:
    import keyring.backends.null
    import keyrings.alt.file
    import keyrings.alt.Windows

    for kind in (keyrings.alt.file.PlaintextKeyring, keyrings.alt.file.EncryptedKeyring,
                 keyrings.alt.Windows.RegistryKeyring, keyring.backends.null.Keyring, keyring.backends.fail.Keyring):
        assert not is_keychain(object.__new__(kind)), kind
    assert is_keychain(MemoryKeyring())


def test_a_chain_uses_only_its_real_keychain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             memory_keyring: MemoryKeyring) -> None:
    import keyrings.alt.file
    from keyring.backends.chainer import ChainerBackend

    plain = keyrings.alt.file.PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring.cfg")
    monkeypatch.setattr(ChainerBackend, "backends", [plain, memory_keyring])
    keyring.set_keyring(ChainerBackend())

    new_database(tmp_path / "homeward.db")

    assert not (tmp_path / "keyring.cfg").exists()
    assert [account for _service, account in memory_keyring.secrets] == [account_for(tmp_path / "homeward.db")]


@pytest.mark.usefixtures("no_keychain")
def test_automatic_backups_work_with_a_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.backups import automatic

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "homeward.db"
    location = resolve(str(path))
    engine = open_engine(location, lambda _p, _n: "correct horse battery staple")
    migrate.upgrade(engine)
    store = Store(engine, SYSTEM, location)
    add_country(store)

    written = automatic(store)

    engine.dispose()
    assert written is not None and written.exists()
    copy = sqlcipher3.connect(str(written))
    copy.execute('PRAGMA key = "correct horse battery staple"')
    assert copy.execute("SELECT name FROM country_profile").fetchall() == [("Original",)]
    copy.close()
