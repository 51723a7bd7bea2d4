"""`homeward db set-password`: the PostgreSQL password in the keychain, tested first; the URL then needs none."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import make_url

from desktop.cli import main
from planning.security import server_passwords
from tests.conftest import MemoryKeyring


def test_a_stored_password_is_used_for_a_url_without_one(memory_keyring: MemoryKeyring) -> None:
    url = make_url("postgresql+psycopg://homeward@db.office.example:5433/cases")
    assert server_passwords.with_password(url).password is None

    server_passwords.store_password(url, "s3cret-enough")

    assert memory_keyring.secrets[("homeward", "postgresql:homeward@db.office.example:5433/cases")] == "s3cret-enough"
    assert server_passwords.with_password(url).password == "s3cret-enough"
    assert server_passwords.with_password(url.set(password="given")).password == "given"
    assert server_passwords.with_password(url.set(database="other")).password is None


@pytest.mark.postgres
def test_set_password_checks_then_keeps_it(pg_empty_url: str, memory_keyring: MemoryKeyring,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    url = make_url(pg_empty_url)
    password = url.password or "the-test-cluster-trusts-any"
    bare = url.set(password=None).render_as_string(hide_password=False)
    written = url.set(password=password).render_as_string(hide_password=False)
    monkeypatch.setenv("PG_PASSWORD", password)

    assert main(["--db", written, "db", "set-password", "--password-env", "PG_PASSWORD"]) == 2
    assert "already holds a password" in capsys.readouterr().err
    assert main(["--db", bare, "db", "set-password", "--password-env", "UNSET_VAR"]) == 2
    assert "UNSET_VAR is not set" in capsys.readouterr().err

    assert main(["--db", bare, "db", "set-password", "--password-env", "PG_PASSWORD"]) == 0
    out = capsys.readouterr().out
    assert "checked and kept" in out and password not in out
    assert server_passwords.load_password(make_url(bare)) == password
    assert main(["--db", bare, "db", "upgrade"]) == 0


def test_set_password_is_for_server_databases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "db", "set-password"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
